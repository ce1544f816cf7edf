import type { ApplicationView } from '@scenematch/contracts';
import { respond, usePortalComponent } from '@scenematch/portal/testing/portal-harness';
import { ScenarioApplicationsComponent } from './scenario-applications.component';

const bid: ApplicationView = {
  id: 'app-1',
  scenario: { id: 'sc-1', title: '城市巡查', agency: '城管局', deadline: null },
  company: { id: 'org-1', name: '鹏知科技' },
  members: [],
  proposal: '方案',
  products: [],
  files: [],
  quote: 1_250_000,
  durationDays: 90,
  team: '',
  declarations: {},
  status: 'submitted',
  rejectReason: null,
  submittedAt: '2026-03-01T02:00:00.000Z',
  createdAt: '2026-02-01T00:00:00.000Z',
  updatedAt: '2026-03-01T02:00:00.000Z',
} as ApplicationView;

describe('ScenarioApplicationsComponent', () => {
  const under = usePortalComponent(ScenarioApplicationsComponent, {
    role: 'agency',
  });

  async function load(page: object): Promise<void> {
    under.fixture.componentRef.setInput('scenarioId', 'sc-1');
    under.fixture.detectChanges();
    under.httpMock
      .expectOne((r) => r.url === '/api/scenarios/sc-1/applications')
      .flush({
        total: 1,
        page: 1,
        pageSize: 100,
        items: [],
        sealed: null,
        ...page,
      });
    await respond(under.fixture);
    under.fixture.detectChanges();
  }

  it('lists the bids once opened: company, quote in 万元, and the drawer on 查看', async () => {
    await load({ items: [bid] });
    const row = under.byTestId('agency-application-row');
    expect(row?.getAttribute('data-id')).toBe('app-1');
    expect(under.text('agency-application-company')).toBe('鹏知科技');
    expect(under.text('agency-application-quote')).toBe('125');
    expect(row?.textContent).toContain('90');

    under.byTestId('agency-application-view')?.click();
    under.fixture.detectChanges();
    await respond(under.fixture);
    expect(
      document.querySelector('[data-testid="agency-application-drawer"]'),
    ).not.toBeNull();
  });

  it('before the opening shows only how many sealed bids there are', async () => {
    await load({ total: 0, sealed: { count: 3, opensAt: null } });
    expect(under.byTestId('agency-application-row')).toBeNull();
    expect(under.text('agency-applications-sealed')).toContain('3');
  });
});
