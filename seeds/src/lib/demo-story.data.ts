/**
 * The demo story's texts: one past-deadline list of the demo agency (市卫生健康委) with the bids
 * of demo companies at each step of evaluation, and two matchmaking sessions. Days are relative to
 * the first seeding (negative: in the past), so the story stays current on any machine.
 */

import type { SessionNeed } from '@scenematch/contracts';

export const STORY_BATCH = {
  name: '“AI+医疗健康”应用场景专项榜单',
  issuer: '市卫生健康委 示范区人工智能创新服务中心',
  description: '演示数据：市卫生健康委发布的医疗健康专项场景，申报已截止，正在形式审查、专家评审、公示和试点。',
  opensInDays: -90,
  closesInDays: -4,
};

/** Where each bid stands; the steps before it are written as its history. */
export type StoryBidStage = 'withdrawn' | 'submitted' | 'rejected' | 'under_review' | 'selected' | 'not_selected';

export interface StoryBid {
  company: string;
  stage: StoryBidStage;
  submittedInDays: number;
  proposal: string;
  quote: number;
  durationDays: number;
  team: string;
  rejectReason?: string;
  /** The demo expert's scores (技术方案, 团队能力, 案例经验, 报价) and comment, if scored. */
  review?: { solution: number; team: number; cases: number; price: number; comment: string; inDays: number };
}

export interface StoryScenario {
  key: 'quality' | 'triage' | 'mutual' | 'consumables';
  title: string;
  description: string;
  painPoints: string;
  expectedOutcome: string;
  capabilities: string[];
  budget: [number, number];
  site: string;
  deadlineInDays: number;
  /** The last step of the scenario (published → closed → evaluating → awarded → piloting). */
  status: 'closed' | 'evaluating' | 'piloting';
  formCheckInDays?: number;
  assignedInDays?: number;
  award?: { proposedInDays: number; noticeDays: number; confirmedInDays?: number; pilotInDays?: number };
  objection?: { company: string; inDays: number; reason: string };
  bids: StoryBid[];
}

export const STORY_SCENARIOS: StoryScenario[] = [
  {
    key: 'quality',
    title: '门诊电子病历智能质控',
    description:
      '对全市二级以上公立医院门诊电子病历开展实时智能质控：检查主诉、现病史、诊断与处方的完整性和一致性，识别复制粘贴、诊断与用药不符等问题，并向医生即时提示。',
    painPoints: '病历质控依靠人工抽查，抽查率不足 5%，问题发现滞后，医保飞检时集中暴露。',
    expectedOutcome: '门诊病历质控覆盖率 100%，关键缺陷检出率不低于 90%，医生端提示响应时间小于 1 秒。',
    capabilities: ['自然语言处理', '大模型', '知识图谱'],
    budget: [800_000, 1_500_000],
    site: '市人民医院、市第二人民医院（首批试点）',
    deadlineInDays: -14,
    status: 'closed',
    formCheckInDays: -10,
    assignedInDays: -8,
    bids: [
      {
        company: 'pengzhi-medical',
        stage: 'under_review',
        submittedInDays: -16,
        proposal:
          '以鹏知临床辅助决策系统（CDSS）的医学知识图谱为基础，叠加面向病历文书的医疗大模型，建设“事中提示 + 事后评分”的门诊病历质控平台。系统通过医院集成平台实时接收门诊病历，按《病历书写基本规范》和省级质控标准的 126 项规则检查完整性、一致性和合理性；对诊断与处方不符、检验结果未回应等语义问题由大模型判别并给出依据。部署在院内私有云，数据不出院。',
        quote: 1_280_000,
        durationDays: 180,
        team: '项目负责人：刘博（临床医学博士，8 年医疗信息化经验）；算法组 6 人（医学 NLP、知识图谱）；实施组 4 人（HIS/EMR 接口）；临床顾问：三甲医院质控科主任 1 名。',
        review: {
          solution: 88,
          team: 82,
          cases: 85,
          price: 76,
          comment: '知识图谱与大模型结合的思路清晰，规则覆盖完整；报价偏高，建议细化分院部署的费用构成。',
          inDays: -2,
        },
      },
      {
        company: 'yunting-speech',
        stage: 'under_review',
        submittedInDays: -15,
        proposal:
          '依托韵听语音电子病历系统，在医生口述录入环节即完成结构化和质控：语音转写后由病历大模型抽取主诉、现病史、诊断等要素，实时校验缺项和前后矛盾，医生确认后写回电子病历系统。方案兼顾录入效率与质控，已在两家区级医院门诊试运行。',
        quote: 960_000,
        durationDays: 150,
        team: '项目经理 1 人；语音与 NLP 算法 5 人；医院实施 3 人；售后驻场 2 人。',
      },
      {
        company: 'zhanwei-platform',
        stage: 'rejected',
        submittedInDays: -14,
        proposal:
          '采用栈维智能文档处理引擎对门诊病历进行版式识别和字段抽取，结合规则引擎输出质控报告，支持按科室、医生统计缺陷率。',
        quote: 420_000,
        durationDays: 90,
        team: '项目经理 1 人，开发工程师 3 人。',
        rejectReason: '未提供医疗健康数据安全承诺书，且团队中无医疗信息化相关人员，不符合榜单申报条件。',
      },
    ],
  },
  {
    key: 'triage',
    title: '医疗机构智能导诊与预问诊',
    description:
      '在市属医院微信公众号和自助机上提供智能导诊：患者用自然语言描述症状，系统推荐科室和号源；挂号后完成预问诊，把结构化的病情摘要推送给接诊医生。',
    painPoints: '患者挂错号比例约 8%，门诊医生问诊时间被基础信息采集占用。',
    expectedOutcome: '导诊准确率不低于 92%，预问诊完成率不低于 60%，医生单次问诊时间缩短 2 分钟。',
    capabilities: ['自然语言处理', '大模型', '语音识别与合成'],
    budget: [500_000, 1_000_000],
    site: '市中医院、市妇幼保健院',
    deadlineInDays: -4,
    status: 'closed',
    bids: [
      {
        company: 'banxing-service-robot',
        stage: 'submitted',
        submittedInDays: -6,
        proposal:
          '在门诊大厅部署伴行多语种导览问询机器人，与线上公众号共用一套导诊大模型：症状问询后推荐科室并可直接挂号；预问诊支持普通话、粤语和英语语音交互，生成的病情摘要通过医院集成平台推送至医生工作站。',
        quote: 760_000,
        durationDays: 120,
        team: '项目负责人 1 人；对话算法 4 人；机器人交付 3 人；医院接口 2 人。',
      },
      {
        company: 'lianzhong-integration',
        stage: 'withdrawn',
        submittedInDays: -9,
        proposal: '由联众负责导诊系统的软硬件集成与自助机改造，导诊算法引入第三方合作伙伴，提供三年运维。',
        quote: 880_000,
        durationDays: 150,
        team: '集成项目经理 1 人，现场工程师 5 人。',
      },
    ],
  },
  {
    key: 'mutual',
    title: '检查检验结果互认智能核验',
    description:
      '在全市医疗机构间推进检查检验结果互认：医生开单时自动检索患者近期在其他机构的同类结果，判断是否在互认有效期和质控范围内，提示可互认项目，减少重复检查。',
    painPoints: '互认目录条目多、有效期规则复杂，医生难以在开单时逐项判断，重复检查仍然普遍。',
    expectedOutcome: '互认提示覆盖全部互认目录项目，重复检查率下降 30%，为患者年节省费用测算可核。',
    capabilities: ['知识图谱', '自然语言处理', '智能决策与优化'],
    budget: [1_000_000, 2_000_000],
    site: '全市二级以上公立医院',
    deadlineInDays: -28,
    status: 'evaluating',
    formCheckInDays: -26,
    assignedInDays: -25,
    award: { proposedInDays: -3, noticeDays: 7 },
    objection: {
      company: 'pengzhi-medical',
      inDays: -1,
      reason: '拟揭榜单位的方案未提供检验结果互认在三级医院落地的案例，且报价明显低于同类项目，请核实其履约能力和数据安全保障措施。',
    },
    bids: [
      {
        company: 'zhanwei-platform',
        stage: 'selected',
        submittedInDays: -33,
        proposal:
          '以栈维智能文档处理引擎解析各机构检查检验报告，统一编码到互认目录；规则引擎按项目有效期、质控等级和临床情形判断可互认性，在医生开单时通过嵌入式组件提示。平台采用省统一身份认证，报告调阅全程留痕。',
        quote: 1_150_000,
        durationDays: 210,
        team: '项目负责人 1 人（10 年政务与医疗数据平台经验）；文档智能 4 人；规则与知识工程 3 人；实施运维 4 人；合作医院检验科顾问 2 人。',
        review: { solution: 84, team: 80, cases: 72, price: 90, comment: '方案完整、报价合理；医院侧案例偏少，试点阶段应重点验证。', inDays: -22 },
      },
      {
        company: 'pengzhi-medical',
        stage: 'under_review',
        submittedInDays: -30,
        proposal:
          '基于鹏知医学知识图谱构建检查检验互认规则库，覆盖互认目录全部项目及其有效期、适用临床情形；医生开单时实时比对区域健康信息平台中的既往结果并给出“可互认 / 建议复查”及理由，同时统计各机构互认率供卫健部门监管。',
        quote: 1_680_000,
        durationDays: 240,
        team: '项目负责人：刘博；知识工程 5 人；平台开发 6 人；实施 4 人。',
        review: { solution: 86, team: 82, cases: 80, price: 62, comment: '知识图谱积累扎实，但报价高于预算中位数较多，性价比一般。', inDays: -21 },
      },
    ],
  },
  {
    key: 'consumables',
    title: '手术室高值耗材智能管理',
    description:
      '对手术室高值耗材实行“一物一码”智能管理：入库、术中使用、计费全程扫码追溯，AI 识别术中耗材使用与手术记录、计费不一致的情况，并对库存进行智能补货。',
    painPoints: '高值耗材账实不符、漏计费和过期浪费时有发生，人工盘点耗时长。',
    expectedOutcome: '耗材账实相符率 99% 以上，漏计费为零，库存周转天数下降 20%。',
    capabilities: ['计算机视觉', '智能决策与优化'],
    budget: [600_000, 1_200_000],
    site: '市人民医院手术中心',
    deadlineInDays: -56,
    status: 'piloting',
    formCheckInDays: -54,
    assignedInDays: -52,
    award: { proposedInDays: -40, noticeDays: 7, confirmedInDays: -32, pilotInDays: -25 },
    bids: [
      {
        company: 'zhuoheng-medrobot',
        stage: 'selected',
        submittedInDays: -60,
        proposal:
          '在手术间部署耗材识别终端，视觉识别耗材外包装与 UDI 码，与手术麻醉系统的手术记录、HIS 计费实时核对；库存端按手术排程预测耗材需求，自动生成补货单。卓衡已在骨科手术机器人项目中与市人民医院手术中心有合作基础。',
        quote: 980_000,
        durationDays: 180,
        team: '项目负责人 1 人；视觉算法 3 人；医院系统对接 3 人；驻场实施 2 人。',
        review: { solution: 87, team: 84, cases: 86, price: 80, comment: '与手术流程结合紧密，已有院内合作基础，推荐揭榜。', inDays: -48 },
      },
      {
        company: 'lianzhong-integration',
        stage: 'not_selected',
        submittedInDays: -58,
        proposal: '建设手术室耗材智能柜和 RFID 管理系统，结合 PACS 与 HIS 集成，实现耗材全流程追溯。',
        quote: 1_100_000,
        durationDays: 200,
        team: '集成项目经理 1 人，软件 4 人，硬件安装 4 人。',
        review: { solution: 70, team: 72, cases: 68, price: 66, comment: '以硬件集成为主，AI 能力不足，与场景需求的智能核对部分匹配度低。', inDays: -47 },
      },
    ],
  },
];

export interface StoryMeeting {
  slot: number;
  table: number;
  company: string;
  agency: string;
  /** A batch-1 scenario title of the agency (none when the demand side is a financier). */
  scenario?: string;
  score: number;
  outcome?: 'intent' | 'signed' | 'follow_up' | 'none';
  note?: string;
  /** Held online with this link of its own (shown only to the two sides). */
  onlineLink?: string;
  /** Closed sessions: what each side answered to the follow-up question (null: asked, not answered yet). */
  followUp?: { enterprise: StoryFollowUp | null; agency: StoryFollowUp | null };
}

export interface StoryFollowUp {
  answer: 'signed' | 'pilot' | 'financing' | 'none';
  note: string;
}

export interface StorySession {
  title: string;
  description: string;
  venue: string;
  startsInDays: number;
  startsAt: string;
  slotMinutes: number;
  slots: number;
  tables: number;
  status: 'scheduled' | 'closed';
  agendaPublishedInDays: number;
  mode?: 'onsite' | 'online' | 'hybrid';
  /** Days after the start when both sides of each held meeting are asked what came of it. */
  followUpAfterDays?: number;
  agencies: Array<{ name: string; scenarios: string[]; contact: string }>;
  /** The type of session and the demand-side kinds it admits (default: 供需对接会, agencies). */
  sessionType?: 'supply_demand' | 'bank_enterprise' | 'investment';
  admits?: Array<'agency' | 'finance' | 'investor'>;
  /** Banks and investors (demo financiers by name) with the needs they bring. */
  financiers?: Array<{ name: string; contact: string; phone: string; email: string; needs: Array<Omit<SessionNeed, 'id'>> }>;
  companies: string[];
  requests: Array<{ from: string; to: string; scenario?: string; message: string; status: 'accepted' | 'pending' | 'declined' }>;
  meetings: StoryMeeting[];
}

export const STORY_SESSIONS: StorySession[] = [
  {
    title: '人工智能赋能公共服务供需对接会（首场）',
    description: '演示数据：已举办的对接会，洽谈结果已登记。',
    venue: '示范区人工智能创新服务中心 一楼路演厅',
    startsInDays: -35,
    startsAt: '14:00',
    slotMinutes: 20,
    slots: 4,
    tables: 3,
    status: 'closed',
    agendaPublishedInDays: -40,
    // A one-month follow-up (the default is six months), so that the demo's answers are in.
    followUpAfterDays: 30,
    agencies: [
      { name: '市卫生健康委', scenarios: ['临床辅助决策', '医学影像辅助诊断'], contact: '李静' },
      { name: '市政务服务数据管理局', scenarios: ['民生诉求办理'], contact: '周航' },
    ],
    companies: ['pengzhi-medical', 'yunting-speech', 'wanyu-govllm', 'zhanwei-platform'],
    requests: [
      { from: 'pengzhi-medical', to: '市卫生健康委', scenario: '医学影像辅助诊断', message: '希望介绍鹏知影像辅助诊断平台在区级医院的应用情况。', status: 'accepted' },
      { from: '市政务服务数据管理局', to: 'wanyu-govllm', scenario: '民生诉求办理', message: '想了解诉求智能分拨在 12345 热线的落地效果。', status: 'accepted' },
    ],
    meetings: [
      { slot: 0, table: 0, company: 'pengzhi-medical', agency: '市卫生健康委', scenario: '医学影像辅助诊断', score: 92, outcome: 'intent', note: '双方同意在市第二人民医院放射科开展为期三个月的试用评估。',
        followUp: { enterprise: null, agency: { answer: 'pilot', note: '影像辅助诊断已在市第二人民医院放射科试点运行。' } } },
      { slot: 1, table: 0, company: 'yunting-speech', agency: '市卫生健康委', scenario: '临床辅助决策', score: 74, outcome: 'follow_up', note: '卫健委信息中心将提供接口规范，两周后再次沟通。',
        followUp: { enterprise: { answer: 'none', note: '接口规范仍在整理，暂无进展。' }, agency: null } },
      { slot: 0, table: 1, company: 'wanyu-govllm', agency: '市政务服务数据管理局', scenario: '民生诉求办理', score: 90, outcome: 'signed', note: '签订诉求智能分拨试点合作协议。',
        followUp: { enterprise: { answer: 'signed', note: '已签订 12345 热线诉求分拨项目合同。' }, agency: { answer: 'signed', note: '' } } },
      { slot: 1, table: 1, company: 'zhanwei-platform', agency: '市政务服务数据管理局', scenario: '民生诉求办理', score: 68, outcome: 'none', note: '产品与需求契合度不高。',
        followUp: { enterprise: { answer: 'financing', note: '对接会后获得投资机构关注，完成天使轮融资。' }, agency: { answer: 'none', note: '' } } },
    ],
  },
  {
    title: '智慧医疗专场供需对接会',
    description: '演示数据：日程已发布的对接会。市卫生健康委携第一批清单中的医疗场景与 AI 企业一对一洽谈。',
    venue: '示范区人工智能创新服务中心 二楼对接厅',
    startsInDays: 12,
    startsAt: '09:30',
    slotMinutes: 20,
    slots: 6,
    tables: 4,
    status: 'scheduled',
    agendaPublishedInDays: -2,
    mode: 'hybrid',
    agencies: [
      { name: '市卫生健康委', scenarios: ['临床辅助决策', '医学影像辅助诊断', '医用机器人'], contact: '李静' },
    ],
    admits: ['agency', 'finance', 'investor'],
    financiers: [
      {
        name: '鹏城银行科技支行',
        contact: '刘洋',
        phone: '0755-8888 6601',
        email: 'liuyang@bank.demo.scenematch.cn',
        needs: [
          { type: 'loan', name: '科创贷（信用贷款）', amountMin: 100, amountMax: 1000, termMonths: 36, audience: '国家高新技术企业、专精特新中小企业', stages: [], sectors: [], description: '纯信用、随借随还，知识产权可增信。' },
          { type: 'loan', name: '医疗设备融资租赁贷', amountMin: 200, amountMax: 3000, termMonths: 60, audience: '医疗器械与手术机器人企业', stages: [], sectors: [], description: '' },
        ],
      },
      {
        name: '湾区智能产业创业投资基金',
        contact: '吴迪',
        phone: '0755-8666 1200',
        email: 'wudi@vc.demo.scenematch.cn',
        needs: [
          { type: 'investment', name: '医疗 AI 早期项目', amountMin: 500, amountMax: 3000, termMonths: null, audience: '', stages: ['angel', 'a'], sectors: ['智慧医疗', '计算机视觉', '医用机器人'], description: '关注有三甲医院落地案例的团队。' },
        ],
      },
    ],
    companies: ['pengzhi-medical', 'zhuoheng-medrobot', 'yunting-speech', 'banxing-service-robot'],
    requests: [
      { from: 'pengzhi-medical', to: '市卫生健康委', scenario: '临床辅助决策', message: '鹏知 CDSS 已在三家三甲医院上线，希望就全市推广路径交流。', status: 'accepted' },
      { from: '市卫生健康委', to: 'zhuoheng-medrobot', scenario: '医用机器人', message: '请介绍骨科手术导航机器人的临床数据。', status: 'accepted' },
      { from: 'banxing-service-robot', to: '市卫生健康委', scenario: '医用机器人', message: '希望介绍导诊机器人在门诊大厅的应用。', status: 'pending' },
      { from: 'zhuoheng-medrobot', to: '鹏城银行科技支行', message: '手术导航机器人进入量产，希望了解医疗设备融资租赁贷。', status: 'accepted' },
      { from: 'pengzhi-medical', to: '湾区智能产业创业投资基金', message: '正在筹备 A 轮融资，希望约见。', status: 'pending' },
    ],
    meetings: [
      { slot: 0, table: 0, company: 'pengzhi-medical', agency: '市卫生健康委', scenario: '临床辅助决策', score: 93, onlineLink: 'https://meeting.tencent.com/dm/demo-pengzhi-cdss' },
      { slot: 1, table: 0, company: 'zhuoheng-medrobot', agency: '市卫生健康委', scenario: '医用机器人', score: 88 },
      { slot: 2, table: 0, company: 'yunting-speech', agency: '市卫生健康委', scenario: '临床辅助决策', score: 76 },
      { slot: 3, table: 0, company: 'banxing-service-robot', agency: '市卫生健康委', scenario: '医用机器人', score: 64 },
      { slot: 2, table: 1, company: 'zhuoheng-medrobot', agency: '鹏城银行科技支行', score: 0 },
    ],
  },
];
