import {
  OPEN_DATA_DEFAULT_LIMIT,
  OPEN_DATA_DUMPS_KEPT,
  OPEN_DATA_MAX_LIMIT,
  OPEN_DATA_RATE_LIMIT_PER_MINUTE,
  type OpenDataDataset,
} from '@scenematch/contracts';

export interface OpenDataFieldText {
  name: string;
  meaning: string;
}

export interface OpenDataSetText {
  title: string;
  path: string;
  scope: string;
  withdrawn: string;
  fields: OpenDataFieldText[];
}

const COMMON_HEAD: OpenDataFieldText[] = [
  { name: 'id', meaning: '稳定编号（UUID），不会改变，可作为主键' },
  {
    name: 'updatedAt',
    meaning: '最后变更时间（UTC，精确到微秒），数据流按它排序',
  },
  {
    name: 'withdrawn',
    meaning:
      'false：公开记录；true：已撤下（此时只有 id、updatedAt、withdrawn）',
  },
];

/** zh-CN texts of the 开放数据 page (kept here so that they travel in its lazily loaded chunk). */
export const OPEN_DATA_TEXTS = {
  title: '开放数据',
  intro:
    '平台以开放数据的形式公开已发布的应用场景、场景清单（榜单）、能力清单产品和揭榜结果，供政务服务平台、区级数据平台、企业服务平台等系统对接使用。接口无需登录，数据为 JSON；每天另行生成 CSV 与 Excel 文件供下载。',
  notIncluded:
    '开放数据不包含：草稿、待审核、被退回或已取消的场景，未发布的榜单，未入库或已下架的产品，公示期内或被推翻的揭榜结果，任何申报材料（技术方案、团队、附件等密封内容），以及个人联系方式。',
  datasetsTitle: '数据集',
  endpoint: '接口',
  scope: '范围',
  withdrawnLabel: '撤下',
  fieldsTitle: (n: number) => `字段（${n} 个）`,
  datasets: {
    scenarios: {
      title: '应用场景',
      path: '/api/open-data/scenarios',
      scope:
        '已发布的场景，包括已截止、评审中、已揭榜、试点中和已验收的场景（与场景大厅公开的范围一致）。',
      withdrawn: '发布后被取消的场景以撤下记录出现一次。',
      fields: [
        ...COMMON_HEAD,
        { name: 'seqNo', meaning: '榜单内序号' },
        { name: 'title', meaning: '场景名称' },
        { name: 'domain', meaning: '应用领域 { code, name }' },
        {
          name: 'agency / coAgencies',
          meaning: '责任单位 / 联合发榜单位 { id, name }',
        },
        {
          name: 'description / painPoints / expectedOutcome',
          meaning: '场景描述、痛点、预期成效',
        },
        { name: 'capabilities', meaning: '能力需求 [{ code, name }]' },
        { name: 'deadline', meaning: '截止时间（北京时间，ISO 8601）' },
        { name: 'budgetMin / budgetMax', meaning: '预算区间（元）' },
        { name: 'site', meaning: '实施地点' },
        { name: 'batch', meaning: '所属榜单 { id, number, name }' },
        {
          name: 'status',
          meaning:
            'published 征集中 · closed 已截止 · evaluating 评审中 · awarded 已揭榜 · piloting 试点中 · accepted 已验收',
        },
        { name: 'publishedAt / url', meaning: '发布时间、平台上的页面地址' },
      ],
    },
    batches: {
      title: '场景清单（榜单）',
      path: '/api/open-data/batches',
      scope: '已发布和已截止的榜单；草稿榜单不公开。',
      withdrawn: '榜单发布后不会撤下。',
      fields: [
        ...COMMON_HEAD,
        { name: 'number / name / issuer', meaning: '批次、榜单名称、发布单位' },
        { name: 'description', meaning: '说明' },
        { name: 'opensOn / closesOn', meaning: '征集起止日期（北京时间）' },
        { name: 'status', meaning: 'published 征集中 · closed 已截止' },
        { name: 'publishedAt / url', meaning: '发布时间、平台上的页面地址' },
      ],
    },
    products: {
      title: '能力清单产品',
      path: '/api/open-data/products',
      scope: '经服务中心审核入库、在能力清单中公开的产品。',
      withdrawn: '下架的产品以撤下记录出现一次。',
      fields: [
        ...COMMON_HEAD,
        { name: 'name / description', meaning: '产品名称、产品介绍' },
        { name: 'company', meaning: '企业 { id, name }' },
        {
          name: 'capabilities / domains',
          meaning: '技术能力、应用领域 [{ code, name }]',
        },
        {
          name: 'maturity',
          meaning: 'prototype 原型验证 · pilot 试点应用 · scaled 规模化应用',
        },
        { name: 'deploymentModes / cases', meaning: '部署方式、应用案例' },
        {
          name: 'launchEvent',
          meaning: '发布该产品的产品发布会 { id, title, heldOn }',
        },
        { name: 'listedAt / url', meaning: '入库时间、平台上的页面地址' },
      ],
    },
    awards: {
      title: '揭榜结果',
      path: '/api/open-data/awards',
      scope:
        '公示期满、异议处理完毕并经确认的揭榜结果；只含公示中已公开的揭榜单位和金额。',
      withdrawn: '所属场景被取消时，结果以撤下记录出现一次。',
      fields: [
        ...COMMON_HEAD,
        { name: 'scenario', meaning: '场景 { id, title, batchId }' },
        { name: 'agency', meaning: '发榜单位 { id, name }' },
        {
          name: 'winners',
          meaning:
            '揭榜单位 [{ company, members（联合体成员）, amount（金额，元） }]',
        },
        { name: 'noticeStartsAt / noticeEndsAt', meaning: '公示起止时间' },
        { name: 'confirmedAt / url', meaning: '确认时间、公示页面地址' },
      ],
    },
  } satisfies Record<OpenDataDataset, OpenDataSetText>,

  pagingTitle: '增量同步：updatedSince 与游标',
  paging: [
    `每个数据流按记录的最后变更时间（updatedAt，相同时按 id）从旧到新排列。每页最多 limit 条（默认 ${OPEN_DATA_DEFAULT_LIMIT}，最大 ${OPEN_DATA_MAX_LIMIT}）。`,
    '首次同步：不带参数（取全部）或带 updatedSince（只取该时间及以后变更的记录）请求第一页。',
    '翻页：把上一页返回的 nextCursor 作为 cursor 参数请求下一页，直到 hasMore 为 false。游标是不透明的字符串，请原样使用。',
    '之后定期同步：保存最后一个 nextCursor，过一段时间再用它请求，即可得到此后新增或变更的记录；每条变更的记录会以最新内容再出现一次（移到数据流末尾）。',
    '记录被撤下时（场景取消、产品下架），会以 { id, updatedAt, withdrawn: true } 再出现一次，请在本地删除或隐藏。',
    'settledUntil：此时刻之前的变更都已包含在数据流中；正在提交的变更稍后出现在游标之后，不会遗漏。',
  ],
  paramsTitle: '参数',
  params: [
    {
      name: 'updatedSince',
      meaning:
        'ISO 8601 时间，须带时区（Z 或 +08:00）；只写日期表示北京时间当日 0 点。URL 中的 + 请写作 %2B。',
    },
    { name: 'cursor', meaning: '上一页返回的 nextCursor。' },
    { name: 'limit', meaning: `每页条数，1–${OPEN_DATA_MAX_LIMIT}。` },
  ] as OpenDataFieldText[],
  errorsNote:
    '参数有误时返回 400，errors 中逐项列出字段和原因，例如 { "field": "limit", "message": "limit 应为 1–500 的整数" }。',

  examplesTitle: '示例请求',
  examples: {
    first: '第一页（2026 年 12 月 1 日以来变更的场景）',
    next: '下一页（用上一页的 nextCursor）',
    download: '下载最新的场景 CSV 文件',
    response: '返回示例',
  },
  copy: '复制',
  copied: '已复制',
  copyFailed: '无法复制，请手动选择',

  dumpsTitle: '每日数据文件',
  dumpsIntro: `平台每天 03:00（北京时间）生成各数据集的完整文件：CSV（UTF-8 带 BOM，可直接用 Excel 打开）和 Excel（.xlsx），保留最近 ${OPEN_DATA_DUMPS_KEPT} 天。文件中可能被表格软件当作公式执行的内容已加单引号处理。`,
  dumpsLatest: (day: string) => `最新文件：${day}`,
  dumpsRows: (n: number) => `${n} 条`,
  dumpsNone:
    '数据文件尚未生成：平台首次启动后几分钟内生成，之后每天 03:00 更新。请稍后刷新本页。',
  dumpsError: '暂时无法读取数据文件列表',
  retry: '重试',
  dumpsOlder: (n: number) =>
    `另有 ${n} 天的历史文件，可通过 GET /api/open-data/dumps 获取列表。`,

  termsTitle: '使用条款与频率限制',
  terms: [
    '数据以知识共享署名 4.0 国际许可协议（CC BY 4.0）发布：可以复制、分发、改编和商用，但须注明来源“区人工智能创新服务中心 · SceneMatch 场景揭榜对接平台”，并附原始链接。',
    `每个 IP 地址每分钟最多 ${OPEN_DATA_RATE_LIMIT_PER_MINUTE} 次请求，超出时返回 429，请稍后重试。请优先使用增量同步或每日数据文件，不要反复全量抓取。`,
    '数据以平台公开的内容为准；如发现错误，请联系服务中心更正。平台对基于本数据作出的决定不承担责任。',
    '开放数据不含个人信息；请勿尝试将其与其他数据关联以识别个人。',
  ],
  licenceLink: '查看许可协议',
  docsLink: '完整接口文档（OpenAPI）',
} as const;
