/** English for the messages of libs/server/audit (see ../api-messages.en.ts for the rules). */
export const AUDIT_MESSAGES_EN: Readonly<Record<string, string>> = {
  'format 应为 csv 或 xlsx': 'format must be csv or xlsx',
  // The actor of a sealed application in the audit list, until the bids are opened.
  '（密封申报，开标后显示）': '(sealed application, shown once bids are opened)',
  // Problems the integrity check reports (GET /api/audit/verify words them in the reader's language).
  '与前一条记录的链接断开（记录被删除或插入）': 'The link to the previous record is broken (a record was deleted or inserted)',
  '记录内容与其哈希不符（记录被篡改）': 'The record does not match its hash (the record was altered)',
  '最新记录与数据库锚点不符（记录被篡改）': 'The latest record does not match the database anchor (a record was altered)',
  '最新的审计记录缺失（记录被删除）': 'The latest audit record is missing (a record was deleted)',
};
