import { CAPABILITY_STRENGTH, MatchingModel } from './matching.model';
import { primaryCapability } from './matching.scoring';
import { companyInputFromDemo, companyInputFromDescribed } from './matching.seed-adapters';
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

  it('gives a decoy no capability of its own: bare keywords at most, and no own-AI factor', () => {
    for (const key of ['sudatong-logistics', 'lianzhong-integration', 'hengzhu-materials', 'youyue-ticketing']) {
      const seed = data.enterprises.find((e) => e.key === key);
      if (!seed) throw new Error('fixture missing');
      const profile = model.companyProfile(companyInputFromDemo(seed));
      for (const [, strength] of profile.capabilities) expect(strength).toBeLessThan(0.5);
      expect({ key, ai: profile.ai, note: profile.aiNote }).toEqual({ key, ai: 0, note: 'reseller' });
    }
  });

  it('reads an AI company described in its own words as one, and a reseller saying so as none', () => {
    const own = model.companyProfile(
      companyInputFromDescribed({ id: 'a', name: 'A', profile: '团队自主研发工业缺陷检测算法，基于深度学习模型识别表面划痕', tags: ['机器视觉'], products: [{ name: '质检相机', description: '自动识别缺陷，准确率99%' }] }),
    );
    expect(own.ai).toBeGreaterThanOrEqual(0.7);
    expect(own.aiNote).toBeUndefined();
    expect(new Map(own.capabilities).get('computer-vision')).toBe(CAPABILITY_STRENGTH.declared);
    const reseller = model.companyProfile(companyInputFromDescribed({ id: 'b', name: 'B', profile: '本公司代理销售国内外工业相机和检测设备，提供安装调试服务，不从事算法研发。', tags: [] }));
    expect(reseller).toMatchObject({ ai: 0, aiNote: 'reseller' });
  });

  it('resolves free-text domains through names and aliases, and reads a company\'s domains from its words', () => {
    expect(model.resolveDomain('医疗卫生')).toBe('smart-healthcare');
    expect(model.resolveDomain('交通')).toBe('transportation');
    expect(model.resolveDomain('某个新领域')).toBe('某个新领域');
    expect(model.scenarioProfile({ id: 's', title: '门诊病历', domainCode: '某个新领域' }).domainKnown).toBe(false);
  });

  it('learns term associations and document frequencies from the corpus', () => {
    const companies = data.enterprises.map((e) => companyInputFromDemo(e));
    const corpus = model.buildCorpus(companies, []);
    expect(corpus.documents).toBe(companies.length);
    expect(corpus.df['影像']).toBeGreaterThanOrEqual(2);
    const local = MatchingModel.fromTaxonomy(data.taxonomy, { corpus });
    // A thin title borrows the words its suppliers use: the associations of 影像 join the query.
    const associated = (corpus.associations['影像'] ?? []).map(([t]) => t);
    expect(associated.length).toBeGreaterThan(0);
    const terms = local.scenarioProfile({ id: 's', title: '影像', domainCode: '智慧医疗' }).terms.map(([t]) => t);
    expect(terms).toEqual(expect.arrayContaining([associated[0]]));
  });

  it('keeps the words of a list\'s own domain label in the query when it resolves to a domain of the taxonomy', () => {
    // 高校教学与科研 is read as the research domain; a supplier saying 高校教学 still shares the label's words.
    const profile = model.scenarioProfile({ id: 's', title: '程序设计课程作业自动评阅', domainCode: '高校教学与科研' });
    expect(profile.domainCode).not.toBe('高校教学与科研');
    const terms = profile.terms.map(([t]) => t);
    expect(terms).toEqual(expect.arrayContaining(['高校', '教学']));
  });

  it('lets no word of the unit\'s name or a kind\'s patterns weigh more in a described query than the scenario\'s own words on average', () => {
    const title = '医学影像辅助诊断';
    const description = '基层医院放射科医生不足，胸片和CT阅片排队时间长，希望引入系统对肺结节、骨折等常见异常先行筛查并标注，医生复核后出具报告，缩短患者等待时间。';
    const profile = model.scenarioProfile({ id: 's', title, domainCode: '智慧医疗', agencyName: '市卫生健康委员会', description });
    const own = new Set([...model.tokenizer.features(title).words, ...model.tokenizer.features(title).bigrams, ...model.tokenizer.features(`${title}\n${description}`).words]);
    const ownWeights = profile.terms.filter(([t]) => own.has(t)).map(([, w]) => w);
    const meanOwn = ownWeights.reduce((a, b) => a + b, 0) / ownWeights.length;
    const unitWords = model.tokenizer.terms('市卫生健康委员会').filter((t) => !own.has(t));
    const unitTerms = profile.terms.filter(([t]) => unitWords.includes(t));
    // 卫生健康 is the unit's word: it weighed 0.028 against the own words' mean of 0.025 before the cap.
    expect(unitTerms.map(([t]) => t)).toContain('卫生健康');
    for (const [term, w] of unitTerms) expect({ term, w: w <= meanOwn }).toEqual({ term, w: true });
    // The kind's own patterns are added words too.
    const kindOnly = profile.terms.filter(([t]) => !own.has(t) && !unitWords.includes(t) && ['阅片', '影像诊断', '内镜'].includes(t));
    for (const [term, w] of kindOnly) expect({ term, w: w <= meanOwn }).toEqual({ term, w: true });
  });

  it('caps a title\'s corpus association at its heaviest own word, and leaves the weight cut off out of the query', () => {
    const title = '小区二次供水水表读数远程采集与异常用水识别';
    const description = '人工抄表效率低，读数误差大，希望远程自动读取水表并发现异常用水。';
    const features = model.tokenizer.features(title);
    const own = new Set([...features.words, ...features.bigrams]);
    // Every term in one document of a hundred: one idf for all, so only the shares decide.
    const modelWith = (associations: Array<[string, number]>) =>
      MatchingModel.fromTaxonomy(data.taxonomy, { corpus: { documents: 100, df: {}, associations: { [features.words[0]]: associations } } });
    const profileWith = (associations: Array<[string, number]>, body?: string) =>
      modelWith(associations).scenarioProfile({ id: 's', title, domainCode: '某个新领域', ...(body ? { description: body } : {}) });
    const weightSum = (p: { terms: Array<[string, number]> }) => p.terms.reduce((sum, [, w]) => sum + w, 0);
    // One association takes the whole share of its part (0.08 of 0.72): more than any word of a
    // title whose words and bigrams share 0.44.
    const single = profileWith([['巡检', 1]]);
    const heaviestOwn = Math.max(...single.terms.filter(([t]) => own.has(t)).map(([, w]) => w));
    const association = single.terms.find(([t]) => t === '巡检')?.[1] ?? 0;
    expect(association).toBeGreaterThan(0);
    expect(association).toBeLessThanOrEqual(heaviestOwn + 1e-6);
    // The cut weight is not handed to the title's own words: they weigh what they weigh when the
    // same part is spread over words that each stay under the cap.
    const spread = profileWith(['巡检', '抄表', '计量', '水务', '表计', '远传', '集抄', '用水', '管网', '户表'].map((t): [string, number] => [t, 1]));
    const ownOf = (p: typeof single) => Object.fromEntries(p.terms.filter(([t]) => own.has(t)));
    for (const [term, w] of Object.entries(ownOf(single))) expect({ term, w }).toEqual({ term, w: ownOf(spread)[term] });
    expect(weightSum(single)).toBeLessThan(0.99);
    expect(weightSum(spread)).toBeCloseTo(1, 5);
    // A described scenario's associations are a small part against its many words: left as they are.
    expect(weightSum(profileWith([['巡检', 1]], description))).toBeCloseTo(1, 5);
  });

  it('expands query words through a synonym list', () => {
    const local = MatchingModel.fromTaxonomy(data.taxonomy, { synonyms: [['巡检', '巡查']] });
    const terms = local.scenarioProfile({ id: 's', title: '管网巡检', domainCode: '城市治理' }).terms.map(([t]) => t);
    expect(terms).toEqual(expect.arrayContaining(['巡检', '巡查']));
  });

  it('credits a capability named in a product that shows AI work as a described product, a word elsewhere less', () => {
    const maker = model.companyProfile(
      companyInputFromDescribed({
        id: 'maker',
        name: '甲',
        profile: '医学影像企业，服务县域医共体。',
        products: [{ name: '胸部DR智能辅助诊断软件', description: '计算机视觉自动识别肺结节、肺炎、气胸等十余种异常' }],
      }),
    );
    expect(new Map(maker.capabilities).get('computer-vision')).toBe(CAPABILITY_STRENGTH.described);
    // The same words in an introduction only: a mention.
    const claims = model.companyProfile(companyInputFromDescribed({ id: 'claims', name: '乙', profile: '我们懂计算机视觉。', products: [{ name: '影像归档系统', description: '影像存储与调阅' }] }));
    expect(new Map(claims.capabilities).get('computer-vision') ?? 0).toBeLessThanOrEqual(CAPABILITY_STRENGTH.mentioned);
  });

  it('places a company described only in text in its field from the scenario kinds it names', () => {
    const company = (profile: string) => model.companyProfile(companyInputFromDescribed({ id: 'c', name: '丙', profile, products: [{ name: '驾驶员监测', description: '车内摄像头识别分心与疲劳，实时提醒' }] }));
    // 信号灯 and 公交 are patterns of the traffic-management kind; 交通 alone is one vocabulary hit short.
    expect(company('为公交与信号灯路口提供视频识别服务。').domainCodes).toContain('transportation');
    expect(company('提供视频识别服务。').domainCodes).toEqual([]);
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

  it('counts a company document once for its profile and the corpus statistics alike', () => {
    for (const e of data.enterprises) {
      const input = companyInputFromDemo(e);
      const { profile, counts } = model.companyProfileAndCounts(input);
      expect(profile).toEqual(model.companyProfile(input));
      expect([...counts].sort()).toEqual([...model.companyTermCounts(input)].sort());
    }
  });
});
