import * as levels from './levels';
import * as text from './text';

describe('the browser-safe entry points', () => {
  it('keep the score levels in their own subpath, apart from the text pipeline', () => {
    expect(Object.keys(levels).sort()).toEqual(['SCORE_LEVELS', 'scoreLevel']);
    expect(Object.keys(text)).not.toContain('SCORE_LEVELS');
    expect(Object.keys(text)).not.toContain('scoreLevel');
    expect(levels.scoreLevel(80)).toBe('high');
    expect(levels.scoreLevel(79.9)).toBe('good');
  });
});
