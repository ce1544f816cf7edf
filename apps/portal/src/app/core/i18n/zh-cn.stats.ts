/**
 * zh-CN texts of the figures pages (数据统计, 批次健康). Kept beside zh-cn.ts so that they travel
 * in the lazily loaded chunks; the home page's figure strip, the menu and the route titles are in
 * the message catalogues (home.stats, layout.nav).
 */
export const STATS_TEXTS = {
  dashboard: {
    title: '数据统计',
    lead: '场景发布、揭榜申报、揭榜结果、智能匹配与供需对接会的整体情况。',
    period: '统计期间',
    batch: '榜单批次',
    allBatches: '全部批次',
    domain: '应用领域',
    allDomains: '全部领域',
    reset: '重置筛选',
    batchLabel: (n: number, name: string) => `第 ${n} 批 · ${name}`,
    loadFailed: '统计数据加载失败',
    retry: '重试',
    report: '季度报告',
    quarter: '季度',
    download: '下载报告',
    downloading: '正在生成…',
    downloadFailed: '报告下载失败',
    batchHealth: '批次健康',
    figures: {
      published: '发布场景',
      applications: '揭榜申报',
      shortlisted: '通过形式审查',
      awardsProposed: '拟揭榜（公示）',
      awardsConfirmed: '揭榜成功',
      pilots: '启动试点',
      acceptances: '完成验收',
      coverage: '匹配覆盖率',
      coverageHint: (covered: number, open: number, n: number, score: number) =>
        `${open} 个在榜场景中 ${covered} 个至少有 ${n} 家企业匹配度 ≥ ${score} 分`,
      sessions: '对接会',
      sessionsHint: (held: number) => `已举办 ${held} 场`,
      participants: '参会方',
      participantsHint: (e: number, a: number, c: number) =>
        `企业 ${e} · 单位 ${a} · 签到 ${c}`,
      meetings: '洽谈场次',
      companies: '服务企业',
      companiesHint: (a: number, m: number, x: number) =>
        `申报 ${a} · 洽谈 ${m} · 强匹配 ${x}`,
      agencies: '服务单位',
    },
    charts: {
      trend: '月度趋势',
      domains: '场景领域分布',
      funnel: '揭榜转化漏斗',
      funnelHint: '统计期间发布的场景：发布 → 有申报 → 已揭榜 → 已验收',
      outcomes: '洽谈结果',
      status: '场景状态',
      empty: '统计期间暂无数据',
    },
    series: {
      scenariosPublished: '发布场景',
      applicationsSubmitted: '提交申报',
      awardsConfirmed: '揭榜成功',
      meetingsHeld: '洽谈场次',
      scenarios: '场景数',
    },
  },

  health: {
    title: '批次健康',
    lead: '在榜场景中临近截止仍缺少申报的场景、建议邀请的企业，以及能力清单尚未覆盖的能力需求。',
    batch: '榜单批次',
    allBatches: '全部在榜场景',
    summary: (open: number, flagged: number) =>
      `在榜场景 ${open} 个，需关注 ${flagged} 个`,
    onlyFlagged: '只看需关注',
    loadFailed: '批次健康数据加载失败',
    columns: {
      scenario: '场景',
      agency: '责任单位',
      deadline: '截止日期',
      daysLeft: '剩余天数',
      applications: '申报数',
      suggestions: '建议邀请的企业',
    },
    noDeadline: '未设截止',
    daysLeft: (n: number) => (n === 0 ? '今天截止' : `${n} 天`),
    flagged: '需关注',
    flaggedHint: (days: number, min: number) =>
      `剩余不超过 ${days} 天且申报少于 ${min} 个`,
    noSuggestions: '暂无可邀请的匹配企业',
    empty: '没有在榜场景',
    noneFlagged: (open: number) =>
      `${open} 个在榜场景均无需关注：关闭“只看需关注”可查看全部`,
    gaps: '能力缺口',
    gapsLead: '在榜场景提出、但能力清单中尚无入库产品提供的能力。',
    gapCount: (n: number) => `${n} 个场景需要`,
    noGaps: '在榜场景需要的能力均有入库产品提供',
  },
} as const;
