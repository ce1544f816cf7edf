/**
 * The portal's zh-CN texts in one place. Templates read them through `protected readonly t = TEXTS`
 * so that wording changes (and a later second language) touch this file only.
 */
export const TEXTS = {
  appName: 'SceneMatch 场景揭榜对接平台',
  appShortName: 'SceneMatch',
  footer: '区人工智能创新服务中心 · SceneMatch 场景揭榜对接平台',

  nav: {
    home: '首页',
    scenarios: '场景清单',
    products: '能力清单',
    login: '登录',
    register: '注册',
    recommendations: '为我推荐',
    myApplications: '我的申报',
    myProducts: '我的产品',
    agencyScenarios: '我的场景',
    review: '评审任务',
    admin: '管理后台',
    adminScenarios: '场景审核',
    adminBatches: '榜单批次',
    adminImportExport: '导入导出',
    adminSessions: '对接会',
    adminStats: '数据统计',
    adminAudit: '审计日志',
    sessions: '对接会',
    logout: '退出登录',
    restoring: '正在恢复登录状态…',
  },

  home: {
    title: '让 AI 应用场景与 AI 企业精准对接',
    lead:
      '政府部门、医院、学校和国有企业在这里发布“揭榜挂帅” AI 应用场景，AI 企业在这里展示产品能力、' +
      '获得智能推荐并揭榜申报；区人工智能创新服务中心组织专家评审和供需对接会，推动场景落地试点与验收。',
    browseScenarios: '浏览场景清单',
    registerEnterprise: '企业 / 单位注册',
    statusLabel: '系统状态',
    statusOk: '运行正常',
    statusDegraded: '部分服务异常',
    statusUnknown: '状态未知',
    flowTitle: '三步完成对接',
    steps: [
      {
        key: 'publish',
        title: '发榜',
        text: '发榜单位提交应用场景需求，服务中心审核后按批次发布场景清单。',
      },
      {
        key: 'apply',
        title: '揭榜',
        text: 'AI 企业浏览场景清单、获取智能推荐，提交揭榜申报，专家评审择优。',
      },
      {
        key: 'match',
        title: '对接',
        text: '供需对接会 1:1 洽谈，揭榜成功后公示、试点并组织验收。',
      },
    ],
    domainsTitle: '应用领域',
    domainsCount: (n: number) => `共 ${n} 个应用领域`,
    domainsEmpty: '暂未获取到应用领域数据',
    chartTitle: '各领域分组的应用领域数量',
    chartSeries: '应用领域数',
  },

  auth: {
    loginTitle: '登录',
    loginSubtitle: '使用注册邮箱和密码登录',
    registerTitle: '注册',
    registerSubtitle: '注册用户并同时创建所属单位',
    email: '邮箱',
    password: '密码',
    confirmPassword: '确认密码',
    displayName: '姓名',
    orgType: '单位类型',
    orgName: '单位名称',
    uscc: '统一社会信用代码',
    usccHint: '18 位，填写后即时校验',
    submitLogin: '登录',
    submitRegister: '注册',
    toRegister: '还没有账号？立即注册',
    toLogin: '已有账号？去登录',
    passwordRules: '密码要求',
    demoAccounts: '演示账号',
    demoHint: '演示环境账号，密码均为',
    fill: '填入',
    required: (label: string) => `请填写${label}`,
    emailInvalid: '邮箱格式不正确',
    confirmMismatch: '两次输入的密码不一致',
    nameTooLong: '姓名不能超过 50 个字符',
    orgNameLength: '单位名称应为 2–100 个字符',
    wrongCredentials: '邮箱或密码不正确',
    locked: (until: string) => `账号已锁定，请于 ${until} 后重试`,
    tooManyAttempts: (seconds: number) =>
      `尝试过于频繁，请 ${seconds} 秒后再试`,
    emailTaken: '该邮箱已注册',
    registerFailed: '注册未成功，请检查填写的信息',
  },

  errors: {
    network: '无法连接服务器，请检查网络后重试',
    server: '服务器开小差了，请稍后重试',
    forbiddenTitle: '无权访问',
    forbiddenText: '当前账号没有访问该页面的权限。',
    notFoundTitle: '页面不存在',
    notFoundText: '您访问的页面不存在或已被移除。',
    backHome: '返回首页',
    switchAccount: '切换账号',
  },

  comingSoon: {
    title: '该功能即将上线',
    text: (feature: string) => `“${feature}”正在建设中，敬请期待。`,
  },
} as const;
