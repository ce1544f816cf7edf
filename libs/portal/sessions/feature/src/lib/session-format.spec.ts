import { translator } from '@scenematch/portal/testing/transloco';
import { sessionWhen, slotLabel } from './session-format';

describe('session formatting (Beijing time)', () => {
  it('spans from the first slot to the end of the last, breaks included', () => {
    const when = sessionWhen({ startsAt: '2026-12-10T01:00:00.000Z', slotMinutes: 20, slots: 4, breaks: [{ afterSlot: 1, minutes: 15 }] });
    // The portal's one format: no 2026年12月10日周四 beside 2026-12-02 07:54 elsewhere.
    expect(when).toBe('2026-12-10 09:00–10:35');
  });

  it('labels a slot with its number from one and its times', () => {
    expect(slotLabel(translator('zh-CN'), 2, '2026-12-10T01:55:00.000Z', '2026-12-10T02:15:00.000Z')).toBe('时段 3 · 09:55–10:15');
    expect(slotLabel(translator('en'), 2, '2026-12-10T01:55:00.000Z', '2026-12-10T02:15:00.000Z')).toBe('Slot 3 · 09:55–10:15');
  });
});
