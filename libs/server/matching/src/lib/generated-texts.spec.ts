import { MATURITY_LABEL } from '@scenematch/matching';
import { GENERATED_TEXTS_EN, generatedTextEnglish, translateGenerated } from '@scenematch/server-common';
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import ts from 'typescript';
import { explanationIn, recommendationsIn } from './matching.controller';

const ROOT = resolve(__dirname, '../../../../..');

/**
 * The sources whose Chinese literals are generated texts returned as data: the engine's reasons,
 * why-not lines and own-AI cautions, and the notes of a lowered recommendation.
 */
const GENERATING_SOURCES = ['libs/matching/src/lib/matching.scoring.ts', 'libs/server/matching/src/lib/matching-feedback.ts'];
/** The joiner of a `{modes}` list (不满足：需要本地部署或私有云): English joins it with "or". */
const JOINERS = new Set(['或']);

/** Chinese string and template literals of a source (TypeScript's parser), `${…}` parts as `{}`. */
function hanLiterals(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) found.push(node.text);
    else if (ts.isTemplateExpression(node)) found.push(node.head.text + node.templateSpans.map((span) => `{}${span.literal.text}`).join(''));
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found.filter((text) => /\p{Script=Han}/u.test(text));
}

const normalise = (key: string) => key.replace(/\{\w+\}/g, '{}');
const KEYS = new Set(Object.keys(GENERATED_TEXTS_EN).map(normalise));

describe('generated texts in English', () => {
  it('has English for every reason, why-not and note template the engine and the feedback ranking write', () => {
    const literals = GENERATING_SOURCES.flatMap((path) => hanLiterals(resolve(ROOT, path)).map((text) => ({ path, text })));
    expect(literals.length).toBeGreaterThan(30);
    // A label such as 能力匹配 is the head of a `${label}：${names}` reason: its key is 能力匹配：{names}.
    const missing = literals
      .filter(({ text }) => !JOINERS.has(text) && !KEYS.has(text) && !KEYS.has(`${text}：{}`))
      .map(({ path, text }) => `${relative(ROOT, resolve(ROOT, path))}: ${text}`);
    expect(missing).toEqual([]);
    for (const label of Object.values(MATURITY_LABEL)) expect(GENERATED_TEXTS_EN[label]).toBeDefined();
  });

  it('has no Chinese in the English and the same placeholders on both sides', () => {
    for (const [key, english] of Object.entries(GENERATED_TEXTS_EN)) {
      expect([key, /\p{Script=Han}/u.test(english)]).toEqual([key, false]);
      const names = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect([key, names(english)]).toEqual([key, names(key)]);
    }
  });

  it.each([
    ['能力匹配：目标检测、图像分割', 'Capability match: 目标检测, 图像分割'],
    ['能力匹配（根据标题推断）：语音识别', 'Capability match (inferred from the title): 语音识别'],
    ['关键词：医学影像、肺结节', 'Keywords: 医学影像, 肺结节'],
    ['同领域案例 3 个', 'Cases in the same domain: 3'],
    ['同领域：智慧医疗', 'Same domain: 智慧医疗'],
    ['已入库产品 2 个（规模化应用）', 'Listed products: 2 (at scale)'],
    ['支持本地部署、私有云', 'Supports 本地部署, 私有云'],
    ['未见自有 AI 能力（简介自述：代理、安装）', 'No AI capability of its own found (its introduction says: 代理, 安装)'],
    ['未见自有 AI 能力（自述不从事算法研发）', 'No AI capability of its own found (it says it does no algorithm development)'],
    ['不满足：需要本地部署或私有云', 'Requirement not met: needs 本地部署 or 私有云'],
    ['缺少关键能力：目标检测', 'Missing key capability: 目标检测'],
    ['资料未提及智慧交通领域', 'Its profile does not mention the domain 智慧交通'],
    ['无智慧交通领域案例', 'No cases in the domain 智慧交通'],
    ['同属智慧医疗', 'Both in 智慧医疗'],
    ['名称相近：影像、诊断', 'Similar titles: 影像, 诊断'],
    // Agenda runs store texts the API messages already translate.
    ['已生成 12 场洽谈', '12 meetings scheduled'],
    ['智联医疗的其他洽谈优先级更高（双向请求或匹配度更高）', '智联医疗 has meetings with higher priority (mutual requests or better matches)'],
  ])('%s → %s', (chinese, english) => {
    expect(generatedTextEnglish(chinese)).toBe(english);
    expect(translateGenerated(chinese, 'en')).toBe(english);
    expect(translateGenerated(chinese, 'zh-CN')).toBe(chinese);
  });

  it('translates a recommendation page and an explanation for English, and leaves Chinese untouched', () => {
    const page = {
      items: [
        {
          scenario: { id: 's', title: '医学影像辅助诊断', domain: '智慧医疗', agency: '某医院', deadline: null, batch: null, status: 'published' },
          score: 82,
          reasons: ['能力匹配：目标检测', '同领域案例 2 个'],
          lowered: { points: 5, because: [{ scenarioId: 'd', title: '影像质控' }], shared: ['同属智慧医疗'] },
        },
      ],
      total: 1,
      page: 1,
      pageSize: 20,
      minScore: 50,
      belowMinScore: 0,
      dismissed: 1,
    };
    const en = recommendationsIn(page, 'en');
    expect(en.items[0].reasons).toEqual(['Capability match: 目标检测', 'Cases in the same domain: 2']);
    expect(en.items[0].lowered?.shared).toEqual(['Both in 智慧医疗']);
    expect(en.items[0].lowered?.because).toEqual([{ scenarioId: 'd', title: '影像质控' }]);
    expect(recommendationsIn(page, 'zh-CN')).toBe(page);
    const explanation = {
      scenario: { id: 's', title: 't' },
      enterprise: { id: 'o', name: 'n' },
      score: 0,
      eligible: false,
      reasons: ['相关领域有布局'],
      whyNot: ['缺少资质：等保三级', '领域不符'],
      components: { capability: 0, keywords: 0, domain: 0, evidence: 0 },
      capabilitySource: 'stated' as const,
      aiFactor: 100,
      fieldFactor: 100,
    };
    expect(explanationIn(explanation, 'en')).toMatchObject({ reasons: ['Active in a related domain'], whyNot: ['Missing certification: 等保三级', 'Different domain'] });
  });
});
