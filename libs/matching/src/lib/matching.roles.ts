/**
 * Words that tell whether a company does AI work of its own. General vocabulary of AI companies
 * and of the trades that surround them (resellers, distributors, outsourcers, plain integrators),
 * not words of any scenario: they decide whether shared words may count as a fit.
 */

/** Vocabulary of AI work: in a scenario's query these words say "AI", not which task (they weigh less). */
export const AI_VOCABULARY: readonly string[] = [
  '算法', '模型', '深度学习', '机器学习', '神经网络', '人工智能', '大模型', '智能体', '多模态', '知识图谱', '计算机视觉',
  '自然语言', '语音识别', '语音合成', '语义', '图像识别', '视觉识别', '目标检测', '预测模型', '强化学习', '数据挖掘', 'ocr', 'nlp',
  '识别', '自动检测', '智能分析', '推理', '生成式', '机器人', '数字孪生', '无人机', '预测', '预警', '自动生成', '问答', '机器视觉',
  '准确率', '识别率', '召回率', '数据集', '标注', '算力', 'gpu', '自动判', '自动分', '自动提取', '自动抽取', '智能推荐', '语音交互',
  '图像分割', '点云', '三维重建', '路径规划', '机械臂', '具身', '优化求解', '运筹', '时序', '异常检测',
];

// Own-AI evidence (own work, trade roles, manual work, third-party AI): matching.own-ai.ts.
