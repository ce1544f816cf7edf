/** English for the messages of libs/server/matching (see ../api-messages.en.ts for the rules). */
export const MATCHING_MESSAGES_EN: Readonly<Record<string, string>> = {
  匹配结果: 'Match',
  重建任务: 'Recomputation run',
  该企业不存在: 'This company does not exist',
  推荐仅面向企业: 'Recommendations are for companies only',
  只有企业可以标记不感兴趣: 'Only companies can mark scenarios as not interested',
  '该场景已不在征集中，无需标记': 'This scenario is no longer open; there is nothing to mark',
  只有企业可以恢复推荐: 'Only companies can restore recommendations',
  没有该场景的不感兴趣记录: 'This scenario is not marked as not interested',
  只有发榜单位和服务中心可以邀请企业揭榜: 'Only the issuing agency and the service centre can invite companies to apply',
  '只能为已发布、正在征集的场景邀请企业揭榜': 'Companies can only be invited to published scenarios that are open',
  '该场景申报已截止，不能再邀请企业': 'Applications for this scenario have closed; no more invitations',
  只有发榜单位和服务中心可以查看匹配企业: 'Only the issuing agency and the service centre can see the matching companies',
  '日期无效，例如 2026-12-31': 'Invalid date, e.g. 2026-12-31',
  分数应为整数: 'The score must be an integer',
  请选择列出的原因: 'Please choose one of the listed reasons',
  补充说明应为文字: 'The note must be text',
  '补充说明不超过 {n} 字': 'The note can have at most {n} characters',
  请选择要邀请的企业: 'Please choose the company to invite',
  邀请留言应为文字: 'The message must be text',
  '邀请留言不超过 {n} 字': 'The message can have at most {n} characters',
};

/**
 * Han strings of libs/server/matching that are not messages: OpenAPI descriptions and the
 * invitation notification (stored as data). The similarity notes of a lowered recommendation are
 * generated texts: their English is in MATCHING_GENERATED_EN.
 */
export const MATCHING_NOT_MESSAGES: readonly string[] = [
  'Scenarios the caller’s company dismissed (不感兴趣), newest first; only that company sees them',
  'Dismiss a recommended scenario (不感兴趣) with an optional reason: it leaves the list and similar ones rank lower',
  'Undo a dismissal (恢复)',
  'Invite a company to apply (邀请揭榜): its unit or an organiser; 201 when new, 200 when it was invited already',
  '领域不符 / 能力不符 / 规模不符 / 已有合作 / 其他',
  '\n留言：{}',
  '邀请揭榜：{}',
  '{}邀请贵企业申报场景「{}」（发榜单位：{}{}）。{}',
  '，截止 {}',
];

/**
 * English for the texts the matching engine GENERATES and the API returns as data (translated per
 * request by translateGenerated, see ../generated-texts.ts): a match's reasons and why-not lines
 * (libs/matching matching.scoring.ts, stored in match_results as Chinese) and the notes of a
 * recommendation lowered for resembling a dismissed one (matching-feedback.ts). Placeholders:
 * `{names}` a list of data names joined by 、 (kept as entered, joined by commas), `{modes}` the
 * same joined by 或, `{name}` data as entered, `{n}` a number, any other name a
 * part looked up here. generated-texts.spec.ts fails for an engine template without an entry.
 */
export const MATCHING_GENERATED_EN: Readonly<Record<string, string>> = {
  // Reasons (pairReasons)
  '能力匹配：{names}': 'Capability match: {names}',
  '能力匹配（根据标题推断）：{names}': 'Capability match (inferred from the title): {names}',
  '关键词：{names}': 'Keywords: {names}',
  '同领域案例 {n} 个': 'Cases in the same domain: {n}',
  '同领域：{name}': 'Same domain: {name}',
  相关领域有布局: 'Active in a related domain',
  '已入库产品 {n} 个（{maturity}）': 'Listed products: {n} ({maturity})',
  原型验证: 'prototype',
  试点应用: 'pilot',
  规模化应用: 'at scale',
  '支持{names}': 'Supports {names}',
  '具备资质：{names}': 'Certified: {names}',
  '文本提及相关能力：{names}': 'Its texts mention related capabilities: {names}',
  文本部分相近: 'Its texts are partly similar',
  同一领域大类: 'Same broad field',
  // The own-AI caution among the reasons (ownAiCaution)
  '未见自有 AI 能力（{reason}）': 'No AI capability of its own found ({reason})',
  '未见自有 AI 能力（简介自述：{names}）': 'No AI capability of its own found (its introduction says: {names})',
  自述不从事算法研发: 'it says it does no algorithm development',
  '未见自有 AI 能力（产品与案例未见算法、模型或训练）': 'No AI capability of its own found (no algorithms, models or training in its products and cases)',
  '未见自有 AI 能力（资料未提及 AI 技术）': 'No AI capability of its own found (its profile mentions no AI technology)',
  // Why not (eligibilityGaps, whyNotReasons)
  '不满足：需要{modes}': 'Requirement not met: needs {modes}',
  '缺少资质：{name}': 'Missing certification: {name}',
  '简介自述：{names}': 'Its introduction says: {names}',
  '主营代理、经销、外包或集成，未见自有 AI 能力': 'Mainly resale, distribution, outsourcing or integration; no AI capability of its own found',
  '无相关 AI 能力': 'No relevant AI capability',
  '仅提及 AI 相关词语，产品与案例未见自有算法、模型或训练': 'Only mentions AI terms; no algorithms, models or training of its own in its products and cases',
  '缺少关键能力：{name}': 'Missing key capability: {name}',
  '仅文字相近，缺少相应 AI 能力支撑': 'Similar wording only, without the AI capability behind it',
  产品与案例的描述与场景任务关联弱: 'Its products and cases relate weakly to the scenario’s task',
  '资料未提及{name}领域': 'Its profile does not mention the domain {name}',
  领域不符: 'Different domain',
  '无{name}领域案例': 'No cases in the domain {name}',
  // Why a recommendation was lowered: what it shares with a dismissed scenario (matching-feedback.ts)
  '同属{name}': 'Both in {name}',
  '能力相同：{names}': 'Same capabilities: {names}',
  '名称相近：{names}': 'Similar titles: {names}',
};
