import { hanBigrams, normaliseText, scriptRuns } from './matching.text';

describe('the shared text pipeline (script level)', () => {
  it('folds full width and case', () => {
    expect(normaliseText('ＡＩ导游 １２３４５ CT')).toBe('ai导游 12345 ct');
  });

  it('splits Han runs at Latin letters, so no bigram straddles scripts', () => {
    expect(scriptRuns('多语种AI导游导览')).toEqual({ han: ['多语种', '导游导览'], latin: ['ai'] });
    expect(scriptRuns('3D数字人 与 5G 专网、12345热线')).toEqual({ han: ['数字人', '与', '专网', '热线'], latin: ['3d', '5g', '12345'] });
  });

  it('makes overlapping bigrams of a Han run', () => {
    expect(hanBigrams('导游导览')).toEqual(['导游', '游导', '导览']);
    expect(hanBigrams('灯')).toEqual(['灯']);
  });
});
