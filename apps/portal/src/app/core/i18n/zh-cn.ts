/**
 * The portal's zh-CN texts not yet moved to the message catalogues (apps/portal/src/i18n; see
 * README.md, "Interface texts"). Templates read them through `protected readonly t = TEXTS`.
 */
export const TEXTS = {
  // Moved to the message catalogues (apps/portal/src/i18n): layout, home, auth. What is left is
  // read by areas not yet moved; each goes when its last reader does.
  common: {
    loading: '加载中…',
    retry: '重试',
    cancel: '取消',
    confirm: '确定',
    save: '保存',
    back: '返回',
    none: '暂无',
    notFilled: '未填写',
    actions: '操作',
    loadFailed: '数据加载失败',
    total: (n: number) => `共 ${n} 条`,
    chartEmpty: '没有结果，无可统计的数据',
  },
} as const;
