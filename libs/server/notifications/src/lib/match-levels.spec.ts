import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SCORE_LEVELS } from '@scenematch/matching/levels';
import { digestMail } from './mail-templates';
import { matchLevelName, strongMatchTitle } from './match-levels';

/** The portal's zh-CN names of the levels: the notices must say what the score ring says. */
const PORTAL_LEVELS = (JSON.parse(readFileSync(join(__dirname, '../../../../../apps/portal/src/i18n/zh-CN/matching.json'), 'utf8')) as {
  score: { levels: Record<string, string> };
}).score.levels;

describe('the level a match notice names (MATCH_NOTIFY_MIN_SCORE)', () => {
  it('is the portal’s name of the threshold’s level: 高度匹配 only from 80', () => {
    expect(strongMatchTitle(80)).toBe('新场景与贵企业高度匹配');
    expect(strongMatchTitle(95)).toBe('新场景与贵企业高度匹配');
    expect(strongMatchTitle(79)).toBe('新场景与贵企业较为匹配');
    expect(strongMatchTitle(70)).toBe('新场景与贵企业较为匹配');
    expect(strongMatchTitle(40)).toBe('新场景与贵企业一般匹配');
    expect(strongMatchTitle(30)).toBe('新场景与贵企业匹配度低');
  });

  it('names every level as the portal does', () => {
    for (const [level, min] of SCORE_LEVELS) expect(matchLevelName(min)).toBe(PORTAL_LEVELS[level]);
  });

  it('is the one the weekly digest names', () => {
    const mail = digestMail({
      displayName: '张三',
      organisation: '示例科技',
      level: matchLevelName(70),
      items: [{ scenarioId: 's1', title: '影像辅助诊断', agency: '市卫健委', domain: '智慧医疗', score: 74, deadline: null }],
      scenarioUrl: (id) => `https://x.cn/scenarios/${id}`,
      recommendationsUrl: 'https://x.cn/me/recommendations',
      unsubscribeUrl: 'https://x.cn/u',
      settingsUrl: 'https://x.cn/s',
    });
    expect(mail.text).toContain('本周有 1 个新发布的场景与示例科技较为匹配：');
    expect(mail.html).toContain('与示例科技较为匹配');
    expect(mail.text).not.toContain('高度匹配');
  });
});
