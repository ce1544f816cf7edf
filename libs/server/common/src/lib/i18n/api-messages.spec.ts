import { ArgumentsHost, ForbiddenException, NotFoundException, UnauthorizedException } from '@nestjs/common';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { ApiExceptionFilter } from '../api-exception.filter';
import { PageQueryDto } from '../page';
import { createValidationPipe } from '../validation.pipe';
import { API_MESSAGE_CATALOGUES_EN, API_MESSAGES_EN } from './api-messages.en';
import { MATCHING_NOT_MESSAGES } from './en/matching';
import { GENERATED_TEXTS_EN } from './generated-texts';
import { OPEN_DATA_NOT_MESSAGES } from './en/open-data';
import { SCENARIOS_NOT_MESSAGES } from './en/scenarios';
import { TAXONOMY_NOT_MESSAGES } from './en/taxonomy';
import { englishFor, translateApiMessage } from './api-messages';
import { preferredLanguage } from './language';
import { SESSIONS_NOT_MESSAGES } from './not-messages.sessions';

const ROOT = resolve(__dirname, '../../../../../..');

/** Folders whose every Chinese message must have English: they cannot regress. */
const TRANSLATED_API_SOURCES = [
  'libs/server/common/src/lib',
  'libs/server/auth/src/lib',
  'libs/server/sessions/src/lib',
  'libs/server/applications/src/lib',
  'libs/server/reviews/src/lib',
  'libs/server/awards/src/lib',
  'libs/server/products/src/lib',
  'libs/server/organisations/src/lib',
  'libs/server/audit',
  'libs/server/job-console',
  'libs/server/config',
  'libs/server/stats',
  'libs/server/notifications',
  'libs/server/scenarios/src/lib',
  'libs/server/matching/src/lib',
  'libs/server/open-data/src/lib',
  'libs/server/taxonomy/src/lib',
];
/** Sub-folders of those not translated yet (listed, so that the gap is visible). */
const NOT_YET = [
  'libs/server/common/src/lib/i18n',
];
/** Folders of those that hold no messages: the OpenAPI document's descriptions and generated schemas. */
const NOT_MESSAGE_SOURCES = [
  'libs/server/common/src/lib/openapi',
  // The audit export (.csv/.xlsx) is a Chinese document for the authorities: its column headers
  // and outcome names stay Chinese whatever the reader's language.
  'libs/server/audit/src/lib/audit-export.ts',
  // So is the quarterly statistics report (.xlsx): sheet names, headers and figures' names.
  'libs/server/stats/src/lib/stats-report.service.ts',
  // Notification texts are data sent as written (Chinese): mails, their unsubscribe pages, the
  // reminder, match and WeChat texts; digests.ts holds only an SQL comment.
  'libs/server/notifications/src/lib/mail-templates.ts',
  'libs/server/notifications/src/lib/unsubscribe-pages.ts',
  'libs/server/notifications/src/lib/reminders.ts',
  'libs/server/notifications/src/lib/strong-matches.ts',
  'libs/server/notifications/src/lib/match-levels.ts',
  'libs/server/notifications/src/lib/channel-dispatch.handlers.ts',
  'libs/server/notifications/src/lib/digests.ts',
  // The open-data files' column headers: bilingual already (场景名称 title), the same in every language.
  'libs/server/open-data/src/lib/open-data.columns.ts',
];
/**
 * Han strings of libs/server/applications (reviews, awards), products and organisations that are not messages:
 * OpenAPI descriptions and examples; notification titles and bodies and status-event reasons,
 * stored as written (data, like the other notification texts); a recusal reason written by SQL;
 * the review progress ("2/3 已评"), data of the evaluation board.
 */
const APPLICATIONS_AND_PRODUCTS_NOT_MESSAGES = [
  // OpenAPI descriptions and examples
  '承诺所填信息真实有效 (must be true to submit)',
  '与发榜单位不存在利益冲突或关联关系',
  '未被列入失信被执行人名单或重大税收违法失信主体名单',
  '关联关系说明（如有）',
  'The proposal (方案简述)',
  '基于深度学习的肺结节检测方案，已在两家三甲医院部署，支持 DICOM 影像接入与结构化报告输出。',
  'Quote in CNY (元), at most 2 decimals',
  'The team (团队介绍)',
  'Days of public notice (公示)',
  'Acceptance report (验收报告)',
  'Propose the selected application(s); starts the public notice (公示)',
  'A public notice (公示) of a proposed or confirmed award',
  'Start the pilot of an awarded scenario (试点)',
  'Accept the pilot with its acceptance report (验收)',
  'A scenario’s applications (staff and its agency): before the opening (开标) only their number (`sealed`), after it the bids',
  'Product launch events (发布会); planned ones for staff',
  '鹏知影像智能辅助诊断平台',
  '面向医院放射科的肺结节、骨折智能检测平台，支持 DICOM 接入与结构化报告。',
  '计算机视觉',
  '智慧医疗',
  '影像',
  '生成式人工智能服务备案',
  '南山区人民医院',
  '南山区',
  '李经理',
  '2026 人工智能产品发布会（第一场）',
  '南山区人工智能创新服务中心一楼报告厅',
  '深圳示例智能科技有限公司',
  // Notifications and status events (stored as written)
  '已提交申报：{}',
  '申报截止前可修改或撤回。',
  '通过形式审查：{}',
  '未通过形式审查：{}',
  '申报将进入专家评审。',
  '原因：{}',
  '公示 {} 天',
  '您的申报拟揭榜，正在公示',
  '公示 {} 天。',
  '揭榜结果已公示',
  '公示期内可提出异议。',
  '公示收到新的异议',
  '您提出的异议成立',
  '您提出的异议不成立',
  '公示期满，揭榜成功',
  '揭榜成功，公示期满',
  '请与发榜单位对接试点。',
  '场景进入试点',
  '试点已通过验收',
  '联合体邀请：{} 邀请贵单位共同申报「{}」',
  '请在“我的申报”中接受或拒绝。全部成员接受后，牵头单位才能提交申报；接受后，贵单位不得再单独或参加其他联合体申报该场景（《招标投标法实施条例》第三十七条）。',
  '{}{}联合体邀请：{}',
  '已接受',
  '已拒绝',
  '全部成员接受后即可提交申报。',
  '请移除该成员或另行选择成员后再提交。',
  '{}已拒绝联合体邀请：{}',
  '新的评审任务：{} 份申报',
  '存在利益冲突的申报已自动回避。',
  '随发布会入库',
  '产品已入库能力清单',
  '产品未通过审核',
  '产品已下架',
  // Data
  "UPDATE review_assignments SET recused = true, recuse_reason = '专家声明存在利益冲突' WHERE application_id = $1 AND expert_user_id = $2",
  '{}/{} 已评',
];
/** Han strings in those sources that are not messages (examples in the OpenAPI document, and the above). */
const NOT_MESSAGES = new Set([
  '张伟',
  ...SESSIONS_NOT_MESSAGES,
  ...APPLICATIONS_AND_PRODUCTS_NOT_MESSAGES,
  // The audit export's file name and its note when capped (inside the Chinese document).
  '审计日志-{}.{}',
  '仅导出最新的 {} 条，请缩小筛选范围',
  // Configuration defaults that name the platform to the outside (mail sender, SMS signature,
  // the identity service's button): deployment settings, not messages.
  'SceneMatch 场景揭榜对接平台 <no-reply@scenematch.local>',
  '场景揭榜平台',
  '统一身份认证登录',
  // Labels of the statistics view (funnel stages, batches, meetings without an outcome): they
  // also head the Chinese report; the portal words them itself from their keys.
  '第 {} 批 · {}',
  '未分批',
  '已发布',
  '有申报',
  '已揭榜',
  '已验收',
  '未登记',
  // Notifications to an organisation about its verification: notification texts are stored
  // data, sent in Chinese (the organisation's name is part of the title).
  '{} 已通过机构认证',
  '平台已核验贵单位的统一社会信用代码，机构状态为“已认证”。',
  '{} 的机构认证未通过',
  '驳回理由：{}。请核对机构信息后联系平台服务中心。',
  // The name an erased account keeps (stored data).
  '已注销用户',
  // OpenAPI summaries that cite a Chinese name.
  'Give (time recorded) or withdraw the consent to SMS notices (个人信息保护法)',
  // The OpenAPI summary names the report's Chinese sheets.
  'Quarterly report as .xlsx (汇总, 场景, 申报, 揭榜结果, 对接会, 匹配覆盖)',
  ...SCENARIOS_NOT_MESSAGES,
  ...MATCHING_NOT_MESSAGES,
  ...OPEN_DATA_NOT_MESSAGES,
  ...TAXONOMY_NOT_MESSAGES,
]);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return name.endsWith('.ts') && !name.endsWith('spec.ts') ? [path] : [];
  });
}

/** Chinese string and template literals (TypeScript's own parser), `${…}` parts replaced by `{}`. */
function hanLiterals(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) found.push(node.text);
    else if (ts.isTemplateExpression(node)) {
      found.push(node.head.text + node.templateSpans.map((span) => `{}${span.literal.text}`).join(''));
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found.filter((text) => /\p{Script=Han}/u.test(text));
}

const normalise = (key: string) => key.replace(/\{\w+\}/g, '{}');
// Generated texts returned as data (match reasons, lowered-because notes) have their own catalogue.
const CATALOGUE = new Set([...Object.keys(API_MESSAGES_EN), ...Object.keys(GENERATED_TEXTS_EN)].map(normalise));

function reply() {
  const sent: { status?: number; body?: { message: string; errors?: { field: string; message: string }[] } } = {};
  const r = {
    status: (s: number) => ((sent.status = s), r),
    send: (b: never) => ((sent.body = b), r),
    header: () => r,
    getHeader: () => undefined,
  };
  return { r, sent };
}

function hostFor(acceptLanguage: string | undefined, r: unknown): ArgumentsHost {
  const request = { method: 'GET', url: '/api/x', headers: acceptLanguage ? { 'accept-language': acceptLanguage } : {} };
  return { switchToHttp: () => ({ getRequest: () => request, getResponse: () => r }) } as unknown as ArgumentsHost;
}

describe('API messages follow Accept-Language', () => {
  const filter = new ApiExceptionFilter();

  it.each([
    [undefined, 'zh-CN'],
    ['en', 'en'],
    ['en-GB,en;q=0.9', 'en'],
    ['zh-CN,zh;q=0.9,en;q=0.8', 'zh-CN'],
    ['zh-Hans-CN', 'zh-CN'],
    ['de-DE,en;q=0.5', 'en'],
    ['fr', 'zh-CN'],
    ['*', 'zh-CN'],
    ['en;q=0.2,zh-TW;q=0.8', 'zh-CN'],
  ])('Accept-Language %s → %s', (header, language) => {
    expect(preferredLanguage(header)).toBe(language);
  });

  it('answers a bad paging query field by field in English, in Chinese by default', async () => {
    const pipe = createValidationPipe();
    const error = await pipe
      .transform({ page: '0', pageSize: '500' }, { type: 'query', metatype: PageQueryDto })
      .catch((e: unknown) => e);
    const en = reply();
    filter.catch(error, hostFor('en-US,en;q=0.9', en.r));
    expect(en.sent.status).toBe(400);
    expect(en.sent.body?.message).toBe('The submitted data is invalid');
    expect(en.sent.body?.errors).toEqual([
      { field: 'page', message: 'page must be a positive integer' },
      { field: 'pageSize', message: 'pageSize may be at most 100' },
    ]);
    const zh = reply();
    filter.catch(error, hostFor(undefined, zh.r));
    expect(zh.sent.body?.message).toBe('提交的数据有误');
    expect(zh.sent.body?.errors?.[1]).toEqual({ field: 'pageSize', message: 'pageSize 最大为 100' });
  });

  it.each([
    [new UnauthorizedException(), 'Please sign in first'],
    [new ForbiddenException(), 'Access denied'],
    [new NotFoundException('Cannot GET /api/nope'), 'Not found'],
    [new NotFoundException('资源不存在或无权查看'), 'Resource not found or not visible to you'],
    [Object.assign(new Error('body'), { code: 'FST_ERR_CTP_BODY_TOO_LARGE', statusCode: 413 }), 'Request body too large'],
  ])('%s in English', (exception, message) => {
    const en = reply();
    filter.catch(exception, hostFor('en', en.r));
    expect(en.sent.body?.message).toBe(message);
  });

  it('fills variable parts and keeps unknown messages Chinese rather than blank', () => {
    expect(englishFor('验证失败次数过多，账户已锁定，请于 14:05 后再试')).toBe('Too many failed attempts; the account is locked until 14:05');
    expect(translateApiMessage('某条尚无英文的提示', 'en')).toBe('某条尚无英文的提示');
    expect(translateApiMessage('必填；过长', 'en')).toBe('Required; Too long');
    // Organisation names and titles are data: the message is English, the name stays as entered.
    expect(translateApiMessage('智联医疗科技 已报名本场对接会', 'en')).toBe('智联医疗科技 is already registered for this session');
    expect(translateApiMessage('一方已达到洽谈场次上限', 'en')).toBe('One side has reached their maximum number of meetings');
    expect(translateApiMessage('对接会处于「报名中」，不能改为「筹备中」', 'en')).toBe('The session is “Registration open” and cannot become “Planning”');
    expect(translateApiMessage('对接会当前状态下不能报名', 'en')).toBe('Not possible in the session’s current status: registering');
  });

  it('has English for every Chinese message in the translated API sources', () => {
    const missing: string[] = [];
    for (const dir of TRANSLATED_API_SOURCES) {
      for (const file of sourceFiles(join(ROOT, dir))) {
        if (NOT_YET.some((d) => file.startsWith(join(ROOT, d)))) continue;
        if (NOT_MESSAGE_SOURCES.some((d) => file.startsWith(join(ROOT, d)))) continue;
        for (const literal of hanLiterals(file)) {
          if (!NOT_MESSAGES.has(literal) && !CATALOGUE.has(literal)) missing.push(`${relative(ROOT, file)}: ${literal}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('gives a message one English in every catalogue that has it (the merged map keeps only one)', () => {
    const seen = new Map<string, { english: string; catalogue: string }>();
    const conflicts: string[] = [];
    for (const [catalogue, messages] of Object.entries(API_MESSAGE_CATALOGUES_EN)) {
      for (const [chinese, english] of Object.entries(messages)) {
        const first = seen.get(chinese);
        if (first && first.english !== english) conflicts.push(`${chinese}: ${first.catalogue} “${first.english}”, ${catalogue} “${english}”`);
        if (!first) seen.set(chinese, { english, catalogue });
      }
    }
    expect(conflicts).toEqual([]);
  });

  it('has no English containing Chinese', () => {
    const withHan = Object.entries(API_MESSAGES_EN).filter(([, en]) => /\p{Script=Han}/u.test(en));
    expect(withHan).toEqual([]);
  });

  it('leaves no server library with a Chinese message lacking English', () => {
    const counts: Record<string, number> = {};
    const libs = join(ROOT, 'libs/server');
    for (const file of sourceFiles(libs)) {
      const inTranslated = TRANSLATED_API_SOURCES.some((d) => file.startsWith(join(ROOT, d))) && !NOT_YET.some((d) => file.startsWith(join(ROOT, d)));
      if (inTranslated || /\/(testing|database\/src\/lib\/migrations|common\/src\/lib\/i18n)\//.test(file)) continue;
      const untranslated = hanLiterals(file).filter((l) => !CATALOGUE.has(l)).length;
      if (untranslated) {
        const area = relative(libs, file).split('/').slice(0, 1).join('/');
        counts[area] = (counts[area] ?? 0) + untranslated;
      }
    }
    // Every server library is translated: a new Chinese message anywhere needs its English.
    expect(counts).toEqual({});
  });
});
