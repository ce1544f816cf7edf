/** English for the messages of libs/server/stats (see ../api-messages.en.ts for the rules). */
export const STATS_MESSAGES_EN: Readonly<Record<string, string>> = {
  '应为 ISO 日期，例如 2025-07-01': 'Must be an ISO date, e.g. 2025-07-01',
  榜单编号无效: 'Invalid batch ID',
  应用领域应为文本: 'The domain must be text',
  应用领域过长: 'The domain is too long',
  'minMatches 应为 1–50 的整数': 'minMatches must be an integer from 1 to 50',
  'strongScore 应为 0–100 的整数': 'strongScore must be an integer from 0 to 100',
  '请选择季度，例如 2025Q3': 'Please choose a quarter, e.g. 2025Q3',
  '季度格式应为 YYYYQn，例如 2025Q3': 'A quarter is written YYYYQn, e.g. 2025Q3',
  '报告格式目前仅支持 xlsx': 'Reports are only available as xlsx for now',
  '不是有效的日期：{value}': 'Not a valid date: {value}',
  '未知的应用领域：{domain}': 'Unknown domain: {domain}',
  开始日期不能晚于结束日期: 'The start date cannot be after the end date',
  '统计期间最长 10 年': 'The period may be at most 10 years',
  榜单批次不存在: 'Batch not found',
};
