import type { OpenDataDumpList } from '@scenematch/contracts';
import { OpenDataPage } from './open-data.page';
import { usePortalComponent } from '@scenematch/portal/testing/portal-harness';

describe('OpenDataPage (开放数据)', () => {
  const under = usePortalComponent(OpenDataPage, { routes: [] });
  beforeEach(() => under.fixture.detectChanges());

  const dumps = () => under.httpMock.expectOne('/api/open-data/dumps');

  it('explains every dataset with its endpoint, the paging parameters, the licence and the rate limit', () => {
    dumps().flush({ items: [], latest: null } satisfies OpenDataDumpList);
    under.fixture.detectChanges();
    const text = under.element.textContent ?? '';
    for (const path of [
      '/api/open-data/scenarios',
      '/api/open-data/batches',
      '/api/open-data/products',
      '/api/open-data/awards',
    ]) {
      expect(text).toContain(`GET ${path}`);
    }
    expect(text).toContain('updatedSince');
    expect(text).toContain('nextCursor');
    expect(text).toContain('CC BY 4.0');
    expect(text).toContain('每分钟最多 120 次');
    // The first example is a request a consumer can paste: the + of the offset encoded.
    expect(under.element.querySelector('pre code')?.textContent).toMatch(
      /^curl 'http:\/\/localhost(:\d+)?\/api\/open-data\/scenarios\?updatedSince=2026-12-01T00:00:00%2B08:00&limit=100'$/,
    );
  });

  it('says plainly that no daily file exists yet', () => {
    dumps().flush({ items: [], latest: null } satisfies OpenDataDumpList);
    under.fixture.detectChanges();
    expect(
      under.element.querySelector('[data-testid="open-data-no-dump"]')
        ?.textContent,
    ).toContain('尚未生成');
    expect(
      under.element.querySelector('[data-testid="open-data-files"]'),
    ).toBeNull();
  });

  it('links the latest files for download', () => {
    const latest = {
      id: 'd1',
      day: '2026-12-06',
      asOf: '2026-12-05T19:00:00.000Z',
      createdAt: '2026-12-05T19:00:00.000Z',
      files: [
        {
          dataset: 'scenarios',
          format: 'csv',
          filename: 'scenematch-scenarios-2026-12-06.csv',
          size: 2_400_000,
          sha256: 'x',
          rows: 1003,
          url: '/api/open-data/dumps/2026-12-06/scenarios.csv',
        },
        {
          dataset: 'awards',
          format: 'xlsx',
          filename: 'scenematch-awards-2026-12-06.xlsx',
          size: 9_000,
          sha256: 'y',
          rows: 12,
          url: '/api/open-data/dumps/2026-12-06/awards.xlsx',
        },
      ],
    } satisfies OpenDataDumpList['latest'];
    dumps().flush({ items: [latest], latest } satisfies OpenDataDumpList);
    under.fixture.detectChanges();
    const links = [
      ...under.element.querySelectorAll<HTMLAnchorElement>(
        '[data-testid="open-data-files"] a',
      ),
    ];
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      '/api/open-data/dumps/2026-12-06/scenarios.csv',
      '/api/open-data/dumps/2026-12-06/awards.xlsx',
    ]);
    expect(links[0].textContent).toContain('应用场景');
    expect(under.element.textContent).toContain('1003 条 · 2.3 MB');
    expect(under.element.textContent).toContain('最新文件：2026-12-06');
  });

  it('offers a retry when the list cannot be read', () => {
    dumps().flush(
      { statusCode: 503, message: '服务暂不可用' },
      { status: 503, statusText: 'Unavailable' },
    );
    under.fixture.detectChanges();
    const retry = under.element.querySelector<HTMLButtonElement>(
      '[data-testid="page-state-retry"]',
    );
    expect(retry).not.toBeNull();
    retry?.click();
    dumps().flush({ items: [], latest: null } satisfies OpenDataDumpList);
    under.fixture.detectChanges();
    expect(
      under.element.querySelector('[data-testid="open-data-no-dump"]'),
    ).not.toBeNull();
  });
});
