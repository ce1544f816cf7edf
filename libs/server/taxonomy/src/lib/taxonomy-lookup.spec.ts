import { findByCodeOrName, indexByKey, Named, resolveCodes } from './taxonomy-lookup';

const vision: Named = { code: 'cv', name: '计算机视觉', aliases: ['机器视觉', 'Computer Vision', '图像识别'] };
const llm: Named = { code: 'llm', name: '大模型', aliases: ['大语言模型', 'LLM'] };
// An alias of one entry that is the name of another: the name wins.
const ocr: Named = { code: 'ocr', name: '图像识别', aliases: [] };
const capabilities = indexByKey([ocr, vision, llm]);

describe('taxonomy lookup of what people type', () => {
  it('finds an entry by its name, its code or a synonym', () => {
    expect(capabilities.get('计算机视觉')).toBe(vision);
    expect(capabilities.get('cv')).toBe(vision);
    expect(capabilities.get('机器视觉')).toBe(vision);
  });

  it('ignores case, spaces and full-width characters', () => {
    expect(resolveCodes(capabilities, ['ＬＬＭ', ' computer  vision ']).codes).toEqual(['llm', 'cv']);
  });

  it('lets a name win over another entry\'s synonym', () => {
    expect(capabilities.get('图像识别')).toBe(ocr);
  });

  it('lets a code win over another entry\'s synonym', () => {
    const index = indexByKey([llm, { code: 'asr', name: '语音识别', aliases: ['llm'] }]);
    expect(index.get('llm')).toBe(llm);
  });

  it('returns each code once and names the unknown inputs, ignoring blank ones', () => {
    expect(resolveCodes(capabilities, ['大模型', 'LLM', '  ', '量子计算 '])).toEqual({ codes: ['llm'], unknown: ['量子计算'] });
  });

  it('finds deployment modes by code or name', () => {
    const modes = [{ code: 'private', name: '私有化部署' }, { code: 'saas', name: '云服务' }];
    expect(findByCodeOrName(modes, 'SaaS')?.code).toBe('saas');
    expect(findByCodeOrName(modes, '私有化部署')?.code).toBe('private');
    expect(findByCodeOrName(modes, '边缘部署')).toBeUndefined();
  });
});
