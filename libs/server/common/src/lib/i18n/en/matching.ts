/** English for the messages of libs/server/matching (see ../api-messages.en.ts for the rules). */
export const MATCHING_MESSAGES_EN: Readonly<Record<string, string>> = {
  不存在或无权查看: 'Not found or not visible to you',
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
  '日期应为 YYYY-MM-DD': 'The date must be YYYY-MM-DD',
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
 * Han strings of libs/server/matching that are not messages: OpenAPI descriptions, the invitation
 * notification (stored as data) and the similarity notes a lowered recommendation carries (data).
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
  '同属{}',
  '能力相同：{}',
  '名称相近：{}',
];
