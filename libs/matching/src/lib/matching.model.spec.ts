import { MatchingModel } from './matching.model';
import { primaryCapability } from './matching.scoring';
import { companyInputFromDemo } from './matching.seed-adapters';
import { fixtures } from '../testing/matching-fixtures';

describe('MatchingModel', () => {
  const { model, data } = fixtures();
  const capabilityCodes = (title: string, domain: string) => model.scenarioProfile({ id: 's', title, domainCode: domain }).capabilities.map(([c]) => c);

  it('expands a thin title through the scenario kinds: 医学影像辅助诊断 needs 计算机视觉 first', () => {
    const profile = model.scenarioProfile({ id: 'batch1-03', title: '医学影像辅助诊断', domainCode: '智慧医疗', agencyName: '市卫生健康委' });
    expect(profile.thin).toBe(true);
    expect(profile.domainCode).toBe('smart-healthcare');
    expect(profile.kinds.map((k) => k.code)).toContain('medical-imaging');
    expect(primaryCapability(profile)).toBe('computer-vision');
    expect(new Map(profile.capabilities).get('computer-vision')).toBe(1);
    expect(profile.terms.map(([t]) => t)).toEqual(expect.arrayContaining(['医学影像', '影像', '阅片']));
  });

  it('finds the kind of every row of the real list', () => {
    for (const row of data.listRows) {
      const profile = model.scenarioProfile({ id: row.序号, title: row.场景名称, domainCode: row.应用领域 });
      expect({ title: row.场景名称, kinds: profile.kinds.length > 0 }).toEqual({ title: row.场景名称, kinds: true });
    }
  });

  it('reads a pattern inside a longer pattern as the longer kind (体育场馆 is not a museum 场馆)', () => {
    const kinds = model.scenarioProfile({ id: 's', title: '体育场馆', domainCode: '公共服务' }).kinds.map((k) => k.code);
    expect(kinds).toEqual(['sports-venue']);
  });

  it('maps capability synonyms in the text to capabilities', () => {
    expect(capabilityCodes('基于LLM的政策问答', '政务服务')).toContain('large-model');
    expect(capabilityCodes('视频智能分析平台', '城市治理')).toContain('computer-vision');
  });

  it('lets named capabilities lead over what the words suggest', () => {
    const profile = model.scenarioProfile({ id: 's', title: '门诊语音录入电子病历', domainCode: '智慧医疗', capabilityCodes: ['语音识别与合成'] });
    expect(primaryCapability(profile)).toBe('speech');
    expect(profile.capabilities.find(([c]) => c === 'large-model')?.[1]).toBeLessThan(1);
  });

  it('normalises requirement names to codes', () => {
    const profile = model.scenarioProfile({ id: 's', title: '热线', domainCode: 'public-service', requirements: { deploymentModes: ['本地化部署'], certifications: ['生成式人工智能服务备案'] } });
    expect(profile.requirements).toEqual({ deploymentModes: ['on-premise'], certifications: ['genai-service-filing'] });
  });

  it('builds company profiles from products, declarations and texts', () => {
    const seed = data.enterprises.find((e) => e.key === 'pengzhi-medical');
    if (!seed) throw new Error('fixture missing');
    const profile = model.companyProfile(companyInputFromDemo(seed));
    expect(new Map(profile.capabilities).get('computer-vision')).toBe(1);
    expect(profile.domainCodes).toContain('smart-healthcare');
    expect(new Map(profile.casesByDomain).get('smart-healthcare')).toBe(4);
    expect(profile.certifications).toEqual(expect.arrayContaining(['nmpa-class-3', 'genai-service-filing']));
    expect(profile.deploymentModes).toEqual(['hybrid', 'on-premise', 'private-cloud']);
  });

  it('gives a decoy no capability', () => {
    const seed = data.enterprises.find((e) => e.key === 'sudatong-logistics');
    if (!seed) throw new Error('fixture missing');
    expect(model.companyProfile(companyInputFromDemo(seed)).capabilities).toEqual([]);
  });

  it('produces plain, serialisable, deterministic profiles', () => {
    const other = MatchingModel.fromTaxonomy(data.taxonomy);
    for (const seed of data.enterprises.slice(0, 5)) {
      const profile = model.companyProfile(companyInputFromDemo(seed));
      expect(JSON.parse(JSON.stringify(profile))).toEqual(profile);
      expect(other.companyProfile(companyInputFromDemo(seed))).toEqual(profile);
    }
    const scenario = { id: 's', title: '民生诉求办理', domainCode: '公共服务', agencyName: '市政务服务数据管理局' };
    expect(JSON.parse(JSON.stringify(model.scenarioProfile(scenario)))).toEqual(other.scenarioProfile(scenario));
  });
});
