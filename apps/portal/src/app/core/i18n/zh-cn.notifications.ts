/** zh-CN texts of the in-app notifications (the header's bell and 我的通知). */
export const NOTIFICATION_TEXTS = {
  bell: '通知',
  unread: (n: number) => `${n} 条未读通知`,
  latest: '最新通知',
  viewAll: '查看全部通知',
  readAll: '全部标为已读',
  empty: '暂无通知',
  page: {
    title: '我的通知',
    lead: '平台发给您的消息：申报、评审、公示和揭榜进展等。',
    all: '全部',
    unreadOnly: '仅未读',
    unreadTag: '未读',
    markRead: '标为已读',
    open: '查看',
    read: '已读',
    loadFailed: '通知加载失败',
    unavailable: '通知功能暂未开放',
  },
} as const;
