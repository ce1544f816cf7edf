/** English for the messages of libs/server/open-data (see ../api-messages.en.ts for the rules). */
export const OPEN_DATA_MESSAGES_EN: Readonly<Record<string, string>> = {
  '开放数据文件尚未生成：平台每天 03:00（北京时间）生成一次，首次启动后几分钟内生成，请稍后再试':
    'The open-data files are not written yet: they are written daily at 03:00 (Beijing time) and within minutes of the first start; please try again later',
  '没有 {day} 的开放数据文件（仅保留最近 {days} 天）': 'No open-data files for {day} (only the last {days} days are kept)',
  该日的开放数据文件中没有这个数据集: 'That day’s open-data files do not include this data set',
  '开放数据文件暂不可用，请稍后再试': 'The open-data files are unavailable right now; please try again later',
  '没有这个文件：请求 /api/open-data/dumps/latest/<数据集>.<csv|xlsx>，数据集为 {datasets}':
    'No such file: request /api/open-data/dumps/latest/<dataset>.<csv|xlsx>, where the dataset is one of {datasets}',
  'updatedSince 应为 ISO 8601 时间（含时区），例如 2026-12-01T00:00:00+08:00 或 2026-12-01':
    'updatedSince must be an ISO 8601 time with a time zone, e.g. 2026-12-01T00:00:00+08:00 or 2026-12-01',
  'limit 应为 1–{max} 的整数': 'limit must be an integer from 1 to {max}',
  'cursor 无效': 'Invalid cursor',
  'cursor 无效：请使用上一页返回的 nextCursor': 'Invalid cursor: use the nextCursor returned by the previous page',
};

/**
 * Han strings of libs/server/open-data that are not messages: OpenAPI descriptions. (The daily
 * files' bilingual column headers are in open-data.columns.ts, listed as a non-message source.)
 */
export const OPEN_DATA_NOT_MESSAGES: readonly string[] = [
  'Published scenarios (场景), in order of change',
  'Published scenario lists (榜单), in order of change',
  'Products in the capability list (能力清单), in order of change',
  'Confirmed awards (揭榜结果), in order of change',
  'Awards whose public notice (公示) ended with the award confirmed: winners’ names and awarded amounts as the notice showed them, nothing else of any bid. {}',
];
