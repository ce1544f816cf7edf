import type { HttpTestingController } from '@angular/common/http/testing';
import type { ComponentFixture } from '@angular/core/testing';
import type { OpenDataDumpList } from '@scenematch/contracts';
import { OpenDataPage } from './open-data.page';
import {
  endPortalComponent,
  type PortalComponent,
  startPortalComponent,
} from '../../../testing/portal-harness';

describe('OpenDataPage (开放数据)', () => {
  let fixture: ComponentFixture<OpenDataPage>;
  let httpMock: HttpTestingController;
  let element: HTMLElement;

  let under: PortalComponent<OpenDataPage>;

  beforeEach(() => {
    under = startPortalComponent(OpenDataPage, { routes: [] });
    ({ fixture, element, httpMock } = under);
    fixture.detectChanges();
  });

  afterEach(() => {
    endPortalComponent(under);
  });

  const dumps = () => httpMock.expectOne('/api/open-data/dumps');

  it('explains every dataset with its endpoint, the paging parameters, the licence and the rate limit', () => {
    dumps().flush({ items: [], latest: null } satisfies OpenDataDumpList);
    fixture.detectChanges();
    const text = element.textContent ?? '';
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
    expect(element.querySelector('pre code')?.textContent).toMatch(
      /^curl 'http:\/\/localhost(:\d+)?\/api\/open-data\/scenarios\?updatedSince=2026-12-01T00:00:00%2B08:00&limit=100'$/,
    );
  });

  it('says plainly that no daily file exists yet', () => {
    dumps().flush({ items: [], latest: null } satisfies OpenDataDumpList);
    fixture.detectChanges();
    expect(
      element.querySelector('[data-testid="open-data-no-dump"]')?.textContent,
    ).toContain('尚未生成');
    expect(element.querySelector('[data-testid="open-data-files"]')).toBeNull();
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
    fixture.detectChanges();
    const links = [
      ...element.querySelectorAll<HTMLAnchorElement>(
        '[data-testid="open-data-files"] a',
      ),
    ];
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      '/api/open-data/dumps/2026-12-06/scenarios.csv',
      '/api/open-data/dumps/2026-12-06/awards.xlsx',
    ]);
    expect(links[0].textContent).toContain('应用场景');
    expect(element.textContent).toContain('1003 条 · 2.3 MB');
    expect(element.textContent).toContain('最新文件：2026-12-06');
  });

  it('offers a retry when the list cannot be read', () => {
    dumps().flush(
      { statusCode: 503, message: '服务暂不可用' },
      { status: 503, statusText: 'Unavailable' },
    );
    fixture.detectChanges();
    const retry = element.querySelector<HTMLButtonElement>(
      '[data-testid="page-state-retry"]',
    );
    expect(retry).not.toBeNull();
    retry?.click();
    dumps().flush({ items: [], latest: null } satisfies OpenDataDumpList);
    fixture.detectChanges();
    expect(
      element.querySelector('[data-testid="open-data-no-dump"]'),
    ).not.toBeNull();
  });
});
