/** English for the messages of libs/server/job-console (see ../api-messages.en.ts for the rules). */
export const JOB_CONSOLE_MESSAGES_EN: Readonly<Record<string, string>> = {
  任务不存在或已处理: 'Job not found or already handled',
  消息不存在: 'Message not found',
  '该任务已不在失败列表中（可能已重试或已完成）': 'The job is no longer among the failed ones (it may have been retried or completed)',
  '该任务正在执行，请稍后再试': 'The job is running; please try again later',
  '该消息已在队列中，无需重新投递': 'The message is already in its queue; no need to send it again',
  'page 最大为 200': 'page may be at most 200',
  '队列应为 {queues} 之一': 'queue must be one of {queues}',
  任务类型不正确: 'Unknown job type',
  'minutes 应为整数': 'minutes must be an integer',
  'minutes 至少为 1': 'minutes must be at least 1',
  'minutes 最大为 10080（7 天）': 'minutes may be at most 10080 (7 days)',
  // Examples of the OpenAPI document.
  邮件服务已恢复: 'The mail service is back',
  '通知已过时，无需再发': 'The notification is out of date',
  请填写说明: 'Please enter a note',
  '说明最多 500 个字符': 'The note may have at most 500 characters',
  请填写丢弃原因: 'Please give a reason for discarding',
  '丢弃原因应为 2–500 个字符': 'The reason must have 2–500 characters',
};
