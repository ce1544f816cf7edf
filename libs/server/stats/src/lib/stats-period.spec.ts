import { monthsOf, statsPeriod, validDate } from './stats-period';

describe('statistics window', () => {
  it('covers twelve months up to today by default', () => {
    expect(statsPeriod({}, '2025-09-17')).toEqual({ from: '2024-10-01', to: '2025-09-17' });
  });

  it('starts twelve months before a given end', () => {
    expect(statsPeriod({ to: '2025-03-31' }, '2025-09-17')).toEqual({ from: '2024-04-01', to: '2025-03-31' });
  });

  it('keeps a given start and ends today', () => {
    expect(statsPeriod({ from: '2025-07-01' }, '2025-09-17')).toEqual({ from: '2025-07-01', to: '2025-09-17' });
  });

  it('takes a single day', () => {
    expect(statsPeriod({ from: '2025-07-01', to: '2025-07-01' }, '2025-09-17')).toEqual({ from: '2025-07-01', to: '2025-07-01' });
  });

  it('refuses a window that ends before it starts', () => {
    expect(statsPeriod({ from: '2025-07-02', to: '2025-07-01' }, '2025-09-17')).toEqual({ refused: 'from-after-to' });
  });

  it('refuses a window longer than ten years, and takes one of ten years', () => {
    expect(statsPeriod({ from: '2015-01-01', to: '2025-01-01' }, '2025-09-17')).toEqual({ from: '2015-01-01', to: '2025-01-01' });
    expect(statsPeriod({ from: '2014-01-01', to: '2025-01-01' }, '2025-09-17')).toEqual({ refused: 'too-long' });
  });

  it('names every month the window touches, across a year end', () => {
    expect(monthsOf('2024-11-15', '2025-02-03')).toEqual(['2024-11', '2024-12', '2025-01', '2025-02']);
    expect(monthsOf('2025-07-01', '2025-07-31')).toEqual(['2025-07']);
  });

  it('takes only real calendar days', () => {
    expect(validDate('2024-02-29')).toBe(true);
    expect(validDate('2025-02-29')).toBe(false);
    expect(validDate('2025-13-01')).toBe(false);
    expect(validDate('2025-7-1')).toBe(false);
  });
});
