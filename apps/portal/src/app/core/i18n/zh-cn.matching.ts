/**
 * zh-CN texts of the matching pages (为我推荐, 场景详情的匹配企业, 智能匹配) and of the explanation
 * drawer. Kept beside zh-cn.ts so that they travel in the lazily loaded chunks (see
 * zh-cn.scenarios.ts); the menu and route titles stay in the catalogue (layout.nav).
 */
export const MATCHING_TEXTS = {
  score: {
    label: '匹配度',
    levels: {
      high: '高度匹配',
      good: '较为匹配',
      fair: '一般匹配',
      low: '匹配度低',
    },
  },

  recommendations: {
    title: '为我推荐',
    lead: '根据企业资料和已入库产品，为您推荐能力相符的揭榜场景，按匹配度从高到低排列。',
    refresh: '刷新',
    domain: '应用领域',
    allDomains: '全部领域',
    openOnly: '只看未截止',
    openOnlyHint: '截止日期在今天或之后（含未设截止日期）的场景',
    minScore: '最低匹配度',
    minScoreValue: (n: number) => (n > 0 ? `${n} 分以上` : '不限'),
    resetFilters: '清除筛选',
    resultCount: (n: number) => `共 ${n} 个推荐场景`,
    noDeadline: '未设截止日期',
    deadlineValue: (d: string) => `截止 ${d}`,
    why: '为什么推荐',
    apply: '查看并申报',
    loadFailed: '推荐加载失败',
    chartTitle: '推荐场景的领域分布',
    chartHint: (n: number) =>
      `按当前条件的前 ${n} 个推荐统计，点击柱条按领域筛选`,
    chartSeries: '推荐场景数',
    chartEmpty: '暂无可统计的推荐',
    emptyFiltered: '当前筛选条件下没有推荐场景',
    emptyFilteredHint: '放宽最低匹配度或换个应用领域试试',
    emptyTitle: '暂时还没有为您推荐的场景',
    emptyText:
      '推荐依据企业资料中的应用领域、能力标签和案例，以及已入库（通过审核）的产品。资料越完整，推荐越准确；新场景发布后会自动推送到这里。',
    emptySteps: [
      {
        key: 'profile',
        text: '完善企业资料',
        hint: '填写应用领域、AI 能力和落地案例',
        link: '/me/profile',
      },
      {
        key: 'products',
        text: '提交产品入库',
        hint: '产品通过审核后列入能力清单',
        link: '/me/products',
      },
    ],
    forbidden: '为我推荐仅面向 AI 企业用户',
    showMore: (n: number, min: number) =>
      `显示更多（另有 ${n} 个低于 ${min} 分的场景）`,
    showFewer: (min: number) => `只看 ${min} 分以上`,
    noneAtMinimum: (min: number) => `暂无 ${min} 分以上的推荐场景`,
    noneAtMinimumHint: (n: number) =>
      `另有 ${n} 个匹配度较低的场景，可点击“显示更多”查看`,
    invited: '已受邀',
    invitedBy: (by: string, at: string) => `${by} 于 ${at} 邀请贵企业揭榜`,
    invitationMessage: (m: string) => `留言：${m}`,
    lowered: (points: number) => `排序下调 ${points}`,
    loweredBecause: (titles: string) =>
      `因您对相似场景「${titles}」标记了不感兴趣`,
    dismiss: '不感兴趣',
    dismissTitle: '不感兴趣',
    dismissLead: (title: string) =>
      `「${title}」将不再出现在推荐中，相似场景的排序也会下调。可以随时在“已标记不感兴趣”中恢复。`,
    dismissReason: '原因（可选）',
    dismissNote: '补充说明（可选）',
    dismissNotePlaceholder: '例如：我们只做教育领域',
    dismissNoteTooLong: (max: number) => `补充说明不超过 ${max} 字`,
    dismissOk: '确定',
    dismissed: (title: string) => `已将「${title}」标记为不感兴趣`,
    dismissFailed: '操作失败',
    dismissedTitle: '已标记不感兴趣',
    dismissedCount: (n: number) => `已标记不感兴趣 ${n} 个`,
    dismissedEmpty: '没有标记为不感兴趣的场景',
    dismissedAt: (at: string) => `标记于 ${at}`,
    restore: '恢复',
    restored: (title: string) => `已恢复推荐「${title}」`,
    restoreFailed: '恢复失败',
    notOpen: '已不在征集',
  },

  explanation: {
    title: '为什么推荐',
    titleFor: (scenario: string, company: string) => `${company} × ${scenario}`,
    total: '综合匹配度',
    breakdown: '得分构成',
    breakdownHint:
      '以文本契合为主，能力、领域和佐证按文本契合程度加分，再乘以下方系数（四舍五入）',
    points: (points: number, max: number) => `${points} / ${max} 分`,
    level: (percent: number) => `达成 ${percent}%`,
    components: {
      capability: {
        label: '能力匹配',
        hint: '场景所需 AI 能力被企业能力覆盖的程度（加分项，不设门槛）',
      },
      keywords: {
        label: '文本契合',
        hint: '场景名称、描述、痛点与企业简介、产品、案例的用词和字词相近程度',
      },
      domain: {
        label: '领域契合',
        hint: '企业是否布局场景所属或相关的应用领域',
      },
      evidence: {
        label: '落地佐证',
        hint: '同领域案例，以及具备所需能力的已入库产品',
      },
    },
    gated: (percent: number) =>
      `文本契合 ${percent}%：能力、领域和落地佐证按文本契合程度折算，避免仅因能力或领域相同而得高分。`,
    capabilitySource: {
      stated: '发榜单位填写',
      inferred: '根据标题推断',
      domain: '按所属领域推断',
      none: '未填写',
    } as Record<string, string>,
    capabilityNotCounted: '能力需求未填写，也无法推断：不计入得分',
    aiFactor: (percent: number) =>
      `未见企业自有 AI 能力（代理、经销、外包或集成等）：综合匹配度按 ${percent}% 计。`,
    fieldFactor: (percent: number) =>
      `企业主要布局其他领域且文本契合不足：综合匹配度按 ${percent}% 计。`,
    ineligible: '不满足场景的硬性要求，匹配度计为 0 分',
    reasons: '推荐理由',
    noReasons: '暂无明显的匹配理由',
    whyNot: '不足之处',
    noWhyNot: '未发现明显不足',
    loadFailed: '匹配说明加载失败',
    openScenario: '查看场景',
    openCompany: '查看企业主页',
  },

  matches: {
    title: '匹配企业',
    lead: '按匹配度排列的 AI 企业，仅发榜单位和服务中心可见。',
    count: (n: number) => `共 ${n} 家`,
    verified: '已认证',
    unverified: '未认证',
    listedProducts: (n: number) => `入库产品 ${n} 个`,
    why: '为什么',
    empty: '暂无匹配企业',
    emptyHint:
      '场景发布后自动计算匹配企业；补充场景描述和能力需求可以让匹配更准确。',
    loadFailed: '匹配企业加载失败',
    invite: '邀请揭榜',
    invited: '已邀请',
    invitedTip: (by: string, at: string) => `${by} 于 ${at} 发出邀请`,
    invitations: (n: number) => `已邀请 ${n} 家`,
    invitationsApplied: (n: number, applied: number) =>
      `已邀请 ${n} 家，其中 ${applied} 家已申报`,
    applied: '已申报',
    notApplied: '未申报',
    sealedTip: '申报截止前，各企业是否申报对所有人保密',
    inviteTitle: (company: string) => `邀请「${company}」揭榜`,
    inviteLabel: '邀请留言（可选）',
    invitePlaceholder:
      '例如：贵企业的影像辅助诊断产品与本场景高度契合，欢迎申报。',
    inviteOk: '发送邀请',
    inviteSent: (company: string) =>
      `已向「${company}」发出邀请，对方将收到站内通知和邮件`,
    inviteAgain: (company: string) => `已邀请过「${company}」，不会重复通知`,
    inviteTooLong: '邀请留言不超过 500 字',
  },

  admin: {
    title: '智能匹配',
    lead: '平台在场景发布、企业资料或产品变化时自动更新匹配结果。调整了分类体系或匹配规则后，可重新计算全部场景与企业的匹配。',
    rebuild: '重新计算全部匹配',
    rebuildConfirm:
      '将重新计算全部场景与企业的匹配，期间推荐结果保持可用。确认开始？',
    rebuildOk: '开始计算',
    started: '已开始重新计算',
    completed: '全部匹配已重新计算完成',
    failed: '重新计算失败，请查看失败原因',
    alreadyRunning: '已有计算任务在进行，显示其进度',
    refresh: '刷新',
    runsTitle: '最近的计算任务',
    empty: '暂无计算记录',
    loadFailed: '计算任务加载失败',
    pollFailed: '进度获取失败，请点击刷新重试',
    startedAt: '开始时间',
    duration: '用时',
    durationValue: (ms: number) =>
      ms < 1000
        ? `${ms} 毫秒`
        : ms < 60_000
          ? `${(ms / 1000).toFixed(1)} 秒`
          : `${Math.floor(ms / 60_000)} 分 ${Math.round((ms % 60_000) / 1000)} 秒`,
    status: '状态',
    statuses: {
      running: '计算中',
      completed: '已完成',
      failed: '失败',
    },
    progress: '进度',
    // The organiser's words: the work is split into parts (shards) computed one by one.
    shards: (done: number, total: number) =>
      total <= 0
        ? '正在准备计算…'
        : done >= total
          ? `全部 ${total} 批已算完`
          : `已算完 ${done} / ${total} 批`,
    scenarios: '场景数',
    companies: '企业数',
    pairsKept: '保留匹配对',
    error: '失败原因',
    current: '当前任务',
  },
} as const;
