/**
 * Words that tell whether a company does AI work of its own. General vocabulary of AI companies
 * and of the trades that surround them (resellers, distributors, outsourcers, plain integrators),
 * not words of any scenario: they decide whether shared words may count as a fit.
 */

/** Vocabulary of AI work: one of these in a company's texts is a sign, several are evidence. */
export const AI_VOCABULARY: readonly string[] = [
  '算法', '模型', '深度学习', '机器学习', '神经网络', '人工智能', '大模型', '智能体', '多模态', '知识图谱', '计算机视觉',
  '自然语言', '语音识别', '语音合成', '语义', '图像识别', '视觉识别', '目标检测', '预测模型', '强化学习', '数据挖掘', 'ocr', 'nlp',
  '识别', '自动检测', '智能分析', '推理', '生成式', '机器人', '数字孪生', '无人机', '预测', '预警', '自动生成', '问答', '机器视觉',
  '准确率', '识别率', '召回率', '数据集', '标注', '算力', 'gpu', '自动判', '自动分', '自动提取', '自动抽取', '智能推荐', '语音交互',
  '图像分割', '点云', '三维重建', '路径规划', '机械臂', '具身', '优化求解', '运筹', '时序', '异常检测',
];

/** Signs of own AI work (research, own algorithms, training), which a reseller's text lacks. */
export const OWN_AI_WORK: readonly string[] = ['自研', '自主研发', '研发', '算法团队', '核心算法', '自有算法', '模型训练', '训练', '发明专利'];

/** A company saying it does not do such work (不从事研发, 无自研算法, 没有算法团队) has none of it. */
export const DENIED_AI_WORK = /(不自研|不研发|未自研|不从事|不涉及|不具备|不具有|不包含|不含|不做|不提供|未涉及|没有|并无|并非|无自研|无自主|无任何)[^，。；;,.]{0,8}(研发|自研|算法|模型|训练|人工智能|ai)/u;

/**
 * Roles of companies that sell, distribute, install, operate or staff others' products rather
 * than make AI: in a company's own introduction, with no AI work of its own beside them.
 */
export const RESELLER_ROLES: readonly string[] = [
  '代理', '经销', '分销', '总代', '转售', '贸易', '进出口', '销售渠道', '渠道商', '批发', '零售', '外包', '劳务', '驻场', '人力资源',
  '系统集成', '集成商', '弱电', '布线', '施工', '安装', '维保', '维修', '租赁', '耗材', '设备销售', '硬件销售', '供货',
  '物业', '装修', '软件开发', '定制开发', '外包开发', '信息化建设', '网站建设', '代运营', '运营服务', '咨询服务', '培训服务',
  '呼叫中心', '人工客服', '坐席', '人工翻译', '翻译服务', '保安', '安保', '保洁', '印刷', '会展', '票务',
];
