import { OPEN_DATA_LICENCE } from '@scenematch/contracts';

/**
 * An example page of the scenarios feed as the open-data page shows it: its Chinese values are
 * data (a scenario as an agency entered it), the same in every language.
 */
export const SAMPLE_RESPONSE = JSON.stringify(
  {
    dataset: 'scenarios',
    items: [
      {
        id: '6f1c…',
        updatedAt: '2026-12-05T02:13:44.512306Z',
        withdrawn: false,
        title: '医学影像辅助诊断',
        domain: { code: 'healthcare', name: '智慧医疗' },
        agency: { id: '9a0e…', name: '市卫生健康委' },
        status: 'published',
        '…': '…',
      },
      {
        id: '27b4…',
        updatedAt: '2026-12-05T03:40:01.100000Z',
        withdrawn: true,
      },
    ],
    nextCursor: 'WyIyMDI2LTEyLTA1VDAzOjQwOjAxLjEwMDAwMFoiLCIyN2I0…',
    hasMore: true,
    settledUntil: '2026-12-06T06:00:00.000000Z',
    licence: { name: OPEN_DATA_LICENCE.name, url: '…' },
  },
  null,
  2,
);
