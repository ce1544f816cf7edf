/** English for the messages of libs/server/notifications (see ../api-messages.en.ts for the rules). */
export const NOTIFICATIONS_MESSAGES_EN: Readonly<Record<string, string>> = {
  未知的通知类别: 'Unknown notification category',
  请选择开启或关闭: 'Please choose on or off',
  退订链接无效: 'Invalid unsubscribe link',
  退订链接无效或已损坏: 'The unsubscribe link is invalid or damaged',
  该退订链接对应的用户不存在: 'The user of this unsubscribe link no longer exists',
  每周匹配摘要仅面向AI企业用户: 'The weekly match digest is only for AI company users',
  通知类别重复: 'A notification category is listed twice',
  此类通知不提供短信提醒: 'This category offers no SMS reminders',
  运行记录不存在: 'Run not found',
  通知不存在: 'Notification not found',
  短信服务未开通: 'The SMS service is not set up',
  微信服务号消息未开通: 'WeChat official account messages are not set up',
  // Why a channel cannot be switched on (notification settings).
  '请先在“账号安全”中绑定并验证手机号': 'First add and verify a mobile number in Account security',
  '请先在“账号安全”中同意接收短信通知': 'First allow SMS notifications in Account security',
  '请先在“账号安全”中绑定微信': 'First link WeChat in Account security',
};
