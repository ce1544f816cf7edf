import { normaliseText } from './matching.text';

/**
 * Does a company build AI itself? An evidence score (0–1) read from the structure of its
 * documents: how its products and cases work (own models and algorithms, training, measured
 * accuracy, patents and filings), not only what its introduction claims, against the signs of
 * a trade around others' AI (agency, distribution, installation, staffing, consulting, training
 * courses, travel services), of work done by hand or by fixed rules, and of AI bought from third
 * parties. General vocabulary of the trades, not words of any scenario or company.
 */

/** Words of AI technique: what a team that builds AI writes about its products. */
export const AI_TECHNIQUE: readonly string[] = [
  '算法', '模型', '深度学习', '机器学习', '神经网络', '大模型', '人工智能', '计算机视觉', '机器视觉', '自然语言', '语义理解', '知识图谱',
  '多模态', '强化学习', '目标检测', '图像分割', '图像识别', '视觉识别', '视频分析', '行为识别', '人脸识别', '车牌识别', '文字识别', '语音识别',
  '语音合成', '声纹', '生成式', '智能体', '预测模型', '数据挖掘', '点云', '三维重建', '路径规划', '优化求解', '运筹', '时序预测', '异常检测',
  '特征提取', '向量检索', '检索增强', '微调', '推理引擎', '端到端', '卷积', 'transformer', 'ocr', 'nlp', 'ai', 'slam', 'rag', 'llm', 'aigc',
  '语义', '推理', '数据建模', '预测建模', '算法建模', '智能建模', '数字孪生', '机器人', '机械臂', '具身', '算力', 'gpu', '智能算法', '深度神经', '视觉算法', '智能模型',
];

/** What AI does in a product or case: recognises, detects, predicts, generates, answers by itself. */
export const AI_TASK: readonly string[] = [
  '自动识别', '智能识别', '自动检测', '智能检测', '自动分析', '智能分析', '自动生成', '智能生成', '自动分类', '自动提取', '自动抽取', '自动判', '自动预警',
  '智能预警', '智能推荐', '个性化推荐', '智能问答', '自动问答', '自动审核', '智能审核', '自动标注', '自动调度', '智能调度', '自动纠错', '自动翻译', '机器翻译',
  '识别', '检测', '预测', '预警', '研判', '问答', '推荐', '分割', '跟踪', '理解', '自动分', '自动判', '标注', '无人机', '时序', '优化',
];

/**
 * Tasks of judgement that a product performs by itself when its text says so with 自动, 智能 or
 * AI before the verb (口语自动评分, 自动检查病历, 智能质控, 智能排班, AI作文评分, AI辅助判定): the
 * product itself recognises, checks, grades, diagnoses, predicts, generates or matches. Verbs of
 * judgement only, not of moving or alarming (自动让位, 自动报警, 自动喷淋: a rule or a sensor does that).
 */
export const JUDGEMENT_VERBS: readonly string[] = [
  '识别', '检测', '检出', '检查', '评分', '打分', '批改', '阅卷', '评测', '诊断', '筛查', '审查', '审核', '核验', '核查', '校验', '比对',
  '判定', '判断', '判读', '研判', '预测', '预判', '生成', '撰写', '匹配', '推荐', '分类', '提取', '抽取', '转写', '翻译', '质控', '评估',
  '评价', '估算', '测算', '计数', '点数', '排班', '排课', '排产', '调度', '标注', '问答', '答疑', '纠错', '跟踪', '追踪', '分拨', '摘要', '提炼',
];
/**
 * A product that performs a task of judgement by itself: 自动 or AI, then at most two characters
 * (作文, 辅助, 实时), then the verb; 智能, 机器, 算法 or 模型 directly before it (智能制造诊断 is
 * a manufacturing consultancy's service, not 智能诊断).
 */
export const AUTOMATIC_TASK = new RegExp(
  `(?:(?:自动|(?<![a-z0-9])ai(?![a-z0-9]))\\p{Script=Han}{0,2}?|智能|机器|算法|模型)(?:${JUDGEMENT_VERBS.join('|')})`,
  'gu',
);

/** Work of one's own: research, training, measured results, patents and filings. */
export const OWN_AI_WORK: readonly string[] = [
  '自研', '自主研发', '自主知识产权', '研发团队', '算法团队', '算法工程师', '核心算法', '自有算法', '自有模型', '自建模型', '模型训练', '训练', '微调',
  '发明专利', '专利', '软件著作权', '软著', '算法备案', '模型备案', '服务备案', '论文', '实验室', '博士', '数据集', '标注数据', '样本', '迭代',
];

/** Own algorithms and models (not training, which a data-labelling firm writes about its clients' models). */
export const OWN_AI_BUILT: readonly string[] = ['自研算法', '自研模型', '自主研发算法', '算法团队', '算法工程师', '核心算法', '自有算法', '自有模型', '自建模型', '算法备案', '模型备案'];

/** Own work on AI itself (not patents or labs, which an installer or a manufacturer holds too): what offsets a trade role. */
export const OWN_AI_CORE: readonly string[] = [...OWN_AI_BUILT, '模型训练', '训练', '微调'];

/** Measured AI results: accuracy, recall, error rates with a figure. */
export const AI_METRIC = /(准确率|识别率|召回率|检出率|精确率|精准率|准确度|精度|误报率|漏报率|误检率|错误率|命中率|f1|map|auc)[^。；;\n]{0,10}\d/u;

/** Saying it does none of that work. */
export const DENIED_AI_WORK = /(不自研|不研发|未自研|不从事|不涉及|不具备|不具有|不包含|不含|不做|不提供|未涉及|没有|并无|并非|无自研|无自主|无任何|非自研)[^，。；;,.]{0,8}(研发|自研|算法|模型|训练|人工智能|ai|智能分析|识别)/u;

/**
 * Business models of companies that trade, install, staff, advise or teach around others'
 * products rather than make AI: what a company is, named in its own introduction. Sector nouns
 * (零售, 票务, 课程, 坐席) are not here: an AI company names them as the field it works for.
 */
export const TRADE_ROLES: readonly string[] = [
  '代理', '经销', '分销', '总代', '转售', '贸易', '进出口', '渠道商', '批发', '外包', '劳务', '驻场', '人力资源服务', '人力资源外包', '劳务派遣', '人才派遣', '人力派遣', '人员派遣',
  '系统集成', '集成商', '弱电', '布线', '施工', '安装', '维保', '维修', '租赁', '设备销售', '硬件销售', '装修', '定制开发', '外包开发',
  '网站建设', '代运营', '咨询服务', '咨询公司', '管理咨询', '培训服务', '培训机构', '培训学校', '职业培训', '人工客服', '人工翻译', '翻译服务',
  '保安', '安保', '保洁', '印刷', '旅行社', '导游', '地接', '工程公司',
  // The same trades in the words of a partner or a project business (选型、供货; 总承包; 坐席托管; app 开发).
  '选型', '产品销售', '设备供应', '授权服务商', '区域合作伙伴', '渠道合作', '总承包', '工程总包', '项目总包', '坐席托管', '热线运营',
  '软件开发服务', 'app开发', '小程序开发', '外包服务', '硬件供货', '供货商', '分销商', '第三方检测', '检测认证',
  // Certified assessment of others' systems (a 等保 assessor's reports), like a testing lab's.
  '测评机构', '等保测评',
  // Hosting others' machines or land as a service (a data centre's racks, a farm's fields).
  '机房托管', '机柜托管', '服务器托管', '土地托管',
  // Others' drones flown as a contracted service (crop spraying by a team of pilots), not a maker's 飞防 tag.
  '飞防队', '飞防作业', '统防统治', '飞手',
];

/**
 * Data services for others' AI: labelling, collecting, transcribing or keying data by hand for
 * the companies that train models. Such a firm writes every AI word (训练, 数据集, 人脸识别,
 * accuracy figures) about its clients' models, so only an algorithm or model of its own offsets
 * the role (OWN_AI_BUILT), not training words. Phrases of the business model, not bare task
 * words: an AI company writes 自动标注 or 语音转写 about its own product.
 */
export const DATA_SERVICE_ROLES: readonly string[] = [
  '数据标注', '标注服务', '标注公司', '标注团队', '标注员', '标注师', '标注基地', '人工标注', '图像标注', '语音标注', '文本标注', '视频标注',
  'ai训练数据', '训练数据服务', '训练数据采集', '采集与标注', '采集与加工', '数据采集服务', '采集服务', '数据录入', '录入服务', '录入员', '录入外包', '人工转写', '转写服务', '速录',
  '人工校对', '数据加工', '数据清洗服务', '数据处理外包', '内容审核服务', '审核外包', '众包', 'bpo',
];

/**
 * Words of a teaching business: they hold a company down unless its products show AI work (teaching
 * about AI is not building it). Read by the same reader as the trade roles, so that a course's
 * material an education-AI product works on (课程讲义, 课程助教: FIELD_COMPOUNDS) is not a course offered.
 */
export const SERVICE_ROLES: readonly string[] = ['培训', '课程', '讲师', '学员'];

/**
 * The teaching roles a text names. 学员 alone is a product's users (a training simulator's: 学员在三维
 * 场景里开停车); beside 培训, 课程 or 讲师 it is a school's pupils.
 */
function teachingRoles(text: string): string[] {
  const roles = businessWords(text, SERVICE_ROLES);
  return roles.length === 1 && roles[0] === '学员' ? [] : roles;
}

/** Work done by hand, read in an introduction: 人工 (not what a product replaces: 替代人工, 省人工) and 手工. */
const INTRO_MANUAL = /(?<!替代|代替|取代|减少|节省|省|解放|免去|无需|不用|不再|告别|降低|少)人工(?!智能)|手工/u;
const introManual = (introduction: string) => (INTRO_MANUAL.test(normaliseText(introduction)) ? 1 : 0);

/**
 * Work done by people or by fixed rules: what a product without AI does. Not where the clause says
 * it is done automatically (按医嘱自动分包并打印标签: the machine prints; 自动比对后减少人工).
 */
export const MANUAL_WORK = /(?<!(?<!无法|不能|不|未|非|无)自动[^，。；;,\n]{0,8})(人工(?!智能)|手工|纯人工|专人|人员定期|上门|电话回访|规则配置|基于规则|按模板|模板录入|手动|登记|录入|打印|纸质|人力)/gu;

/** AI that comes from someone else: a brand it sells or installs, a third party's algorithm. */
export const THIRD_PARTY_AI =
  /(第三方(?:的)?[^,，。；;\n]{0,4}?(?:算法|模型|ai|引擎|厂商|品牌)|原厂|厂商提供|厂家提供|品牌授权|授权代理|授权经销|合作厂商|集成[^，。；]{0,6}(厂商|品牌)|采购[^，。；]{0,8}(设备|系统|软件|平台)|(接入|整合|集成|引入|对接|调用|搭载|基于|采用)[^，。；]{0,10}(厂商|厂家|伙伴|业界|主流|头部|知名|各类|多家)[^，。；]{0,8}(算法|模型|ai|引擎))/u;

/**
 * A product named as a lesson (AI启蒙课, 机关干部AI办公课, 大模型应用培训班; not 智能排课 or AI备课,
 * which schedule or prepare lessons): teaching, whatever AI its
 * description names. Read on a text's first line, a product's name (an introduction's first line is
 * a sentence, which ends otherwise).
 */
const COURSE_NAME = /((?<![排选备听评约抢上代授巡])课|课程|培训班|训练营)$/u;

/**
 * Advice as a business, read by the business reader (FIELD_COMPOUNDS: 政策咨询, 在线咨询 are a field's
 * services). Not 顾问: an AI product is often named one (AI法律顾问, 智能顾问).
 */
const ADVICE: readonly string[] = ['咨询'];

/** The evidence read from a company's texts, and why it is low when it is. */
export interface OwnAiEvidence {
  /** 0–1: how far the texts show AI built by the company itself. */
  ai: number;
  note?: 'reseller' | 'none' | 'weak';
  /** Trade roles its introduction names (代理, 安装 …), for the explanation. */
  roles: string[];
  /** Share of the products (and of the cases) whose own description shows AI work. */
  aiProducts: number;
  aiCases: number;
  /** Per product (in input order): does its own description show AI work of the company's own. */
  productShowsAi: boolean[];
  /** The counts behind `ai` (for diagnostics). */
  signals?: Record<string, number>;
}

export interface OwnAiInput {
  introduction: string;
  /** Name, description and cases of each listed product. */
  products: string[];
  cases: string[];
  /** Products listed with a capability of the taxonomy (the platform's structured declaration). */
  listedAiProducts: number;
  /** Capabilities declared in a form. */
  declared: boolean;
  /** Capabilities of the taxonomy named in its texts (by name or synonym). */
  capabilityMentions: number;
}

/**
 * Business words that are also part of a field's nouns, and the neighbours that make them so:
 * 施工图, 施工现场 are what a construction-AI company checks or watches, 销售预测 and 生产排程 what a
 * retail or factory AI computes, 路径规划 a technique, 算法工程师 a job, a 政策咨询 hotline or a
 * 占道经营 camera a field's service. Such an occurrence does not name the business; 承接施工,
 * 工程施工 or 管理咨询 still does. One table for every reading of what a company is (its trade
 * roles, its teaching roles and a business of another kind), so that a word means the same in each.
 */
const FIELD_COMPOUNDS: Readonly<Record<string, { before?: readonly string[]; after?: readonly string[] }>> = {
  施工: { before: ['第三方'], after: ['图', '现场', '安全', '工地', '进度', '质量', '扬尘', '人员', '机械', '隐患', '区域', '阶段', '过程', '场景', '监管', '管理', '方案审查'] },
  生产: { before: ['安全'], after: ['安全', '线', '数据', '过程', '质量', '环节', '现场', '排程', '计划'] },
  销售: { after: ['预测', '数据', '线索'] },
  经营: { before: ['占道', '出店', '违规', '违法', '无证', '流动'], after: ['评分', '数据', '状况', '风险', '异常', '分析', '指标', '画像', '行为'] },
  运营: { after: ['商', '数据', '分析', '效率', '监测', '指标'] },
  供应: { after: ['链'] },
  咨询: { before: ['政策', '纳税', '业务', '智能', '在线', '健康', '用药', '办事'], after: ['热线', '问答', '量', '助手', '机器人', '系统', '平台', '小程序'] },
  规划: { before: ['路径', '路线', '航线', '航迹', '轨迹'] },
  工程: { after: ['师'] },
  // A course's material or assistant is what an education-AI product reads or is (课程讲义、课程资料
  // 生成课程专属问答助手, 课程助教, 课程知识图谱); a course offered (AI课程, 课程体系) is teaching.
  课程: { after: ['讲义', '资料', '专属', '助手', '助教', '知识', '报告'] },
  // What a grant or permit needs is a policy product's field (申报条件, 能申报的政策, 免申报); a
  // business of filing others' applications says 代理申报 or 申报服务.
  申报: { before: ['能', '可', '免', '自动', '智能'], after: ['条件', '材料', '指南', '进度', '系统', '平台', '流程', '时间', '截止'] },
};

const latinWord = new Map<string, RegExp>();
/** The words of a list found in a text; a Latin word must stand alone (ai is not in "email"). */
const distinct = (text: string, words: readonly string[]) =>
  words.filter((w) => {
    if (!/^[a-z0-9]+$/.test(w)) return text.includes(w);
    let re = latinWord.get(w);
    if (!re) latinWord.set(w, (re = new RegExp(`(^|[^a-z0-9])${w}([^a-z0-9]|$)`)));
    return re.test(text);
  });

const businessWord = new Map<string, RegExp>();
/**
 * The business words of a list that a text names as a business: each must occur at least once
 * outside its field's compounds (FIELD_COMPOUNDS); a Latin word must stand alone (bpo, app开发).
 */
const businessWords = (text: string, words: readonly string[]) =>
  distinct(text, words).filter((w) => {
    const compounds = FIELD_COMPOUNDS[w];
    if (!compounds) return true;
    let re = businessWord.get(w);
    if (!re) {
      const before = compounds.before?.length ? `(?<!${compounds.before.join('|')})` : '';
      const after = compounds.after?.length ? `(?!${compounds.after.join('|')})` : '';
      businessWord.set(w, (re = new RegExp(`${before}${w}${after}`, 'u')));
    }
    return re.test(text);
  });

/**
 * The tasks of AI a text names (AI_TASK) and the tasks its product performs by itself
 * (AUTOMATIC_TASK), each task once: an automatic task counts by its verb (口语自动评分 and
 * 自动评分 are one task, 评分), and not again where a named task already ends with that verb
 * (机器翻译 is one task, not 机器翻译 and 翻译).
 */
function tasks(text: string, readAutomatic: boolean): string[] {
  const named = distinct(text, AI_TASK);
  if (!readAutomatic) return named;
  const automatic = new Set((text.match(AUTOMATIC_TASK) ?? []).map((phrase) => JUDGEMENT_VERBS.find((v) => phrase.endsWith(v)) ?? phrase));
  return [...named, ...[...automatic].filter((verb) => !named.some((t) => t.endsWith(verb)))];
}

/** A product that says it works by itself: 智能, 自动, AI (a Latin word standing alone). */
const SMART = /(智能|自动|(^|[^a-z0-9])ai([^a-z0-9]|$))/u;

/** What one text (an introduction, a product, a case) says, read once. */
interface Hits {
  technique: string[];
  task: string[];
  own: string[];
  core: string[];
  trade: string[];
  service: string[];
  data: string[];
  built: string[];
  manual: string[];
  /** A measured result of AI (a figure in a text without manual work, or with a technique named). */
  metric: boolean;
  /** Says its product works by itself: 智能, 自动, ai. */
  smart: boolean;
  denied: boolean;
  thirdParty: boolean;
  /** Names advice as what it offers (咨询, 顾问 outside a field's compounds: not 政策咨询 or 智能咨询). */
  advice: boolean;
}

/**
 * AI hardware named as goods: a server, an appliance or an accelerator card for training or
 * inference (训练服务器, 推理一体机, gpu加速卡, 算力服务器), and a large-model appliance that names no
 * model of its own (大模型一体机). What a
 * distributor or a data centre sells, hosts or delivers; the AI words in such a phrase describe
 * the machine, not work of the company's own, so the reader does not count them (a maker of its
 * own models says so elsewhere, and names them: 政务大模型训推一体机 keeps 大模型).
 */
export const AI_HARDWARE_GOODS =
  /(?:(训练|推理|训推|算力|智算|gpu|npu)(?:[、/和与及](?:训练|推理|训推|算力|智算|gpu|npu))*[^，。；;,:：、的和与及\n]{0,3}?|(?<![\p{Script=Han}a-z])大模型(?=一体机))(服务器|硬件|一体机|加速卡|显卡|整机|机柜|工作站|芯片模组|算力卡)/gu;

function read(raw: string): Hits {
  const text = normaliseText(raw).replace(AI_HARDWARE_GOODS, (_, _word: string | undefined, goods: string) => goods);
  const hits: Hits = {
    technique: distinct(text, AI_TECHNIQUE),
    task: [],
    own: distinct(text, OWN_AI_WORK),
    core: distinct(text, OWN_AI_CORE),
    trade: businessWords(text, TRADE_ROLES),
    service: COURSE_NAME.test(text.split('\n', 1)[0]) ? ['课程'] : teachingRoles(text),
    data: distinct(text, DATA_SERVICE_ROLES),
    built: distinct(text, OWN_AI_BUILT),
    manual: [...new Set(text.match(MANUAL_WORK) ?? [])],
    metric: false,
    smart: SMART.test(text),
    denied: DENIED_AI_WORK.test(text),
    thirdParty: THIRD_PARTY_AI.test(text),
    advice: businessWords(text, ADVICE).length > 0,
  };
  // What a text that names a trade, teaching or data-service role, or third-party AI, says is done
  // automatically is done by the goods it sells, installs or staffs (自动识别车牌的摄像机, 智能匹配
  // 合适人选): its automatic tasks are no work of its own.
  const traded = hits.trade.length > 0 || hits.service.length > 0 || hits.data.length > 0 || hits.thirdParty;
  hits.task = tasks(text, !traded);
  // An accuracy figure measures AI only where the work is not done by hand: 标注准确率99% of a
  // labelling team or 录入准确率 of a keying service measures people, unless the text names the
  // technique that reaches it (OCR识别后人工校对 names OCR).
  hits.metric = AI_METRIC.test(text) && (!hits.manual.length || hits.technique.length > 0);
  return hits;
}

/** Distinct words over several texts. */
const union = (hits: Hits[], key: 'technique' | 'task' | 'own' | 'core' | 'built' | 'manual') => new Set(hits.flatMap((h) => h[key])).size;

/** A product or case shows AI work when its own words name a technique with a task, a metric or own work, or two techniques. */
function showsAi(h: Hits): boolean {
  if (h.denied) return false;
  // A course about AI, or AI equipment resold or installed, is not AI the company built; nor is
  // advice about AI (人工智能应用战略咨询: a report, not a product that works).
  if ((h.trade.length || h.service.length || h.advice) && !h.core.length && !h.metric) return false;
  // Data labelled or keyed for others, or a product running someone else's algorithm, is not the company's own AI.
  if (h.data.length && !h.built.length) return false;
  if (h.thirdParty && !h.core.length) return false;
  // Work described as done by hand, with no technique named, is manual work, whatever task it serves (人工拉框标注).
  if (h.manual.length && !h.technique.length && !h.built.length) return false;
  const technique = h.technique.length;
  // A terse product names its AI by what it does for the user: 智能/自动/AI with a task of AI
  // (胸部DR智能辅助诊断：识别肺结节…). Trade, data-service, third-party and manual texts are out above.
  if (h.smart && h.task.length >= 1) return true;
  return technique >= 2 || (technique >= 1 && (h.task.length >= 1 || h.metric || h.own.length >= 1)) || (h.metric && h.task.length >= 1);
}

/**
 * The own-AI evidence of a company. Products and cases carry most of it (AI work described
 * where it is used), the introduction's technique words and own work the rest; trade roles,
 * manual or rule-based work and third-party AI take evidence away; a company that says it does
 * no AI work has none.
 */
export function ownAiEvidence(input: OwnAiInput): OwnAiEvidence {
  const intro = read(input.introduction);
  const products = input.products.map(read);
  const cases = input.cases.map(read);
  const work = [...products, ...cases];
  const all = [intro, ...work];
  const denied = all.some((h) => h.denied);
  const core = denied ? 0 : union(all, 'core');
  // What it is, in its own introduction: a trade, installing, staffing or advising business that
  // no own work on AI (own algorithms, training) offsets. Then the AI its products and cases
  // describe is the goods it trades or installs (a distributor quotes its brands' accuracy too):
  // they show own AI only where they name own work, and its AI words count as claims.
  const trade = intro.trade;
  const tradeBusiness = trade.length - core >= TRADE_BUSINESS_ROLES;
  const shows = (h: Hits) => showsAi(h) && (!tradeBusiness || h.core.length > 0);

  const productShowsAi = products.map(shows);
  const aiProducts = products.length ? productShowsAi.filter(Boolean).length / products.length : 0;
  const listed = products.length ? Math.min(1, input.listedAiProducts / products.length) : 0;
  const productShare = Math.max(aiProducts, listed);
  const aiCases = cases.length ? cases.filter(shows).length / cases.length : 0;
  const technique = union(all, 'technique');
  // A teaching business: its introduction names teaching and every product it lists is teaching.
  // Its AI words are what it teaches, so they count as claims (below), as a trade business's do.
  const teachingBusiness = intro.service.length > 0 && products.length > 0 && products.every((h) => h.service.length > 0);
  // Techniques its products and cases use count fully; those only its introduction claims count less,
  // as do those a course of another business teaches (what a course shows is its subject). A teaching
  // business's words are all claims already: its courses' techniques are not discounted twice.
  const described = union(
    teachingBusiness ? work : work.filter((h) => !h.service.length),
    'technique',
  );
  const task = union(all, 'task');
  const own = denied ? 0 : union(all, 'own');
  const metric = all.some((h) => h.metric) ? 1 : 0;

  // A company that lists no product describes its offering in its introduction: where that
  // description shows AI work (a task performed by itself, a technique with a task) and names no
  // role at all, it counts as a product described there, at the share of the introduction's claims.
  const introShowsAi = !products.length && !intro.trade.length && !intro.service.length && !intro.data.length && shows(intro);
  // Points of evidence; EVIDENCE_FULL of them is a company that plainly builds AI.
  const words =
    POINTS.technique * Math.min(3, described + INTRO_CLAIM * (technique - described)) +
    POINTS.task * Math.min(4, task) +
    POINTS.own * Math.min(2, own) +
    POINTS.metric * metric +
    POINTS.capability * Math.min(2, input.capabilityMentions);
  let points =
    (tradeBusiness || teachingBusiness ? INTRO_CLAIM : 1) * words +
    POINTS.products * (products.length ? productShare : introShowsAi ? INTRO_CLAIM : 0) +
    POINTS.cases * aiCases +
    (input.declared ? POINTS.declared : 0);
  // Each trade role not offset by own work on AI takes evidence away as well; AI words do not offset it.
  const service = productShare < 0.5 ? intro.service : [];
  const roles = [...trade, ...service, ...intro.data];
  // A data service (labelling, keying, transcribing data for others) writes every AI word about
  // its clients' models, so its word counts say nothing of its own AI: without an algorithm or a
  // model of its own it has no own-AI evidence, like a company that says it does no AI work.
  const built = denied ? 0 : union(all, 'built');
  const dataService = intro.data.length > 0 && built === 0;
  const rolePenalty = POINTS.tradeRole * Math.max(0, trade.length - core) + POINTS.serviceRole * service.length;
  // Without a listed product the introduction is where a company says how its work is done; read
  // there, only plain manual work counts (人工判读, 手工), not the field nouns 登记, 录入 or 上门.
  const manual = union(work, 'manual') + (products.length ? 0 : introManual(input.introduction));
  const manualPenalty = productShare >= 0.5 ? 0 : Math.min(3, manual) * POINTS.manual;
  const thirdParty = all.some((h) => h.thirdParty) && own === 0 ? POINTS.thirdParty : 0;
  points -= rolePenalty + manualPenalty + thirdParty;
  const evidence = denied || dataService ? 0 : Math.round(Math.max(0, Math.min(1, points / EVIDENCE_FULL)) * 1e6) / 1e6;
  // A maker of its own software products that names no AI technique is not a trader of others'
  // AI: it keeps a neutral share of the evidence (see PRODUCT_MAKER_EVIDENCE), not the floor; one
  // whose only text is its introduction keeps half of it (INTRO_PRODUCT_EVIDENCE).
  const describesOffering = products.length > 0 || /[\p{Script=Han}a-z0-9]/u.test(normaliseText(input.introduction));
  const productMaker =
    describesOffering && !denied && !dataService && rolePenalty === 0 && manualPenalty === 0 && !thirdParty && businessWords(normaliseText(input.introduction), OTHER_BUSINESS).length === 0;
  const ai = productMaker ? Math.max(evidence, products.length ? PRODUCT_MAKER_EVIDENCE : INTRO_PRODUCT_EVIDENCE) : evidence;

  const signals = { technique, task, own, metric, roles: roles.length, manual, thirdParty: thirdParty ? 1 : 0, products: products.length, cases: cases.length, aiProducts: Math.round(aiProducts * 100) / 100, aiCases: Math.round(aiCases * 100) / 100 };
  const base = { ai, roles, signals, productShowsAi, aiProducts: Math.round(productShare * 1000) / 1000, aiCases: Math.round(aiCases * 1000) / 1000 };
  // The note says what the company's own texts show, before the product maker's neutral share.
  if (evidence >= WEAK_EVIDENCE) return base;
  if (denied || dataService || rolePenalty > 0) return { ...base, note: 'reseller' };
  return { ...base, note: technique + own + task === 0 ? 'none' : 'weak' };
}

/**
 * Evidence kept by a company that makes software products of its own but describes them only by
 * what they do for their users (排课宝：改一门课其他课自动让位; 床位管家：出院、入院、转科随时看得到),
 * with no AI technique named, no trade role, no manual or third-party work: its own-AI factor is
 * 0.82 (aiFactor(0.3)) rather than the floor of a company with no evidence at all. Companies
 * written by people who never saw this code describe a fitting product that way about a third of
 * the time, and the floor ranked them below resellers' and consultants' keyword hits; a trader
 * of others' AI still has a trade role, and a business of another kind is told by OTHER_BUSINESS.
 * The caution in the reasons (未见自有 AI 能力) still shows: the note is read before this share.
 */
export const PRODUCT_MAKER_EVIDENCE = 0.3;
/**
 * The same for a company that lists no product and describes its offering only in its
 * introduction (听质：客服每一通录音都替你听完; 校章：法律文书的错别字…提交前都帮你查出来): that
 * description counts as the introduction's claims do (INTRO_CLAIM), half the product maker's share,
 * so its own-AI factor is 0.46 (aiFactor(0.15)) rather than the 0.1 floor, which had put such a
 * company's full textual fit under a score of 10. Companies written by people who never saw this
 * code describe themselves so about one time in six (sets 8–12 have 49 fitting ones). A trade
 * role, a business of another kind, manual or third-party work keeps the floor, as with products.
 * An introduction that itself shows AI work (工地扬尘在线监测…并识别裸土; AI作文评分) and names no
 * role counts as a described product at the introduction's share (INTRO_CLAIM of POINTS.products).
 */
export const INTRO_PRODUCT_EVIDENCE = 0.15;
/**
 * A business that is not a software product maker, in its own words: manufacturing, trading or
 * running a business, legal services, advice (咨询, 顾问), planning, engineering works, grant
 * applications, publishing and distribution (发行), chain stores (连锁).
 * Such a company keeps the evidence its texts show, without PRODUCT_MAKER_EVIDENCE. Read in the
 * introduction only (what a company says it is, as TRADE_ROLES are) by the same reader as the
 * trade roles, so a field's compound (FIELD_COMPOUNDS: 销售预测, 企业经营评分, 生产排程, 路径规划,
 * 算法工程师, 政策咨询, 占道经营, 施工图) is AI work for a field, not a business of another kind.
 * Still substrings otherwise (智能制造 and 软件工程 count as such a business). Read in the products
 * as well, it had held fitting product makers at the floor.
 */
export const OTHER_BUSINESS: readonly string[] = [
  '生产', '制造', '厂家', '厂商', '销售', '经营', '运营', '供应', '供货', '服务商', '经纪', '信息化', '实施', '运维', '律师', '法律服务',
  '咨询', '规划', '设计院', '顶层设计', '工程', '施工', '申报',
  // Advice by another name, publishing and distribution, chain stores.
  '顾问', '发行', '连锁',
  // Services run with people, vehicles and sites: logistics and warehousing, surveying in the
  // field, care and housekeeping, property management, farming inputs. An AI company for such a
  // field shows its own evidence; without any, it is the service itself, not a software maker.
  // Named as the service it provides (配送服务, 外业), not as the field or the clients (智慧物流装备,
  // 医院物流机器人, 帮运输企业管好运输车).
  '物流服务', '仓储服务', '冷链运输', '运输服务', '配送服务', '外业', '测绘服务', '护理服务', '陪护', '护工',
  '家政', '物业服务', '饲料', '化肥', '农资',
  // Work done by licensed people (持证上岗, 持证公估师): a professional service, not a product.
  '持证',
];

/** Points per sign of own AI work, and per sign against it. */
export const POINTS = {
  technique: 1,
  task: 0.75,
  own: 1,
  metric: 1,
  capability: 0.7,
  products: 2,
  cases: 1,
  declared: 2,
  tradeRole: 1.5,
  serviceRole: 1,
  manual: 0.5,
  thirdParty: 1,
} as const;
/** Share of a technique point for a technique named only in the introduction (a claim, not described work). */
export const INTRO_CLAIM = 0.5;
/** Points that make a company plainly an AI maker (ai = 1). */
export const EVIDENCE_FULL = 4;
/** Below this the evidence is weak: words about AI, but no product or case that shows the company's own AI work. */
export const WEAK_EVIDENCE = 0.25;
/**
 * Trade roles (not offset by own work on AI) that make an introduction describe a trade business
 * (选型 + 区域合作伙伴, 代理 + 安装): then its products' AI is the goods it trades. One role alone
 * (施工 of a construction-AI company, 安装 of a sensor maker) only takes POINTS.tradeRole away.
 */
export const TRADE_BUSINESS_ROLES = 2;
