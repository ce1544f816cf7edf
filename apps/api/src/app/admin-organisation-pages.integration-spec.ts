import { AdminOrganisationView, Page } from '@scenematch/contracts';
import { TestClient } from '@scenematch/server-testing';
import { startTestApp, TestApp } from '../testing/test-app';

/** Paging through the organisations (单位管理): a page past the end is empty but still tells how many there are. */
describe('admin organisation list pages', () => {
  let t: TestApp;
  let organiser: TestClient;

  beforeAll(async () => {
    t = await startTestApp('admin-organisation-pages');
    organiser = await t.client.asDemo('organiser');
  });
  afterAll(() => t?.close());

  it('answers a page past the last with no items and the true total, with and without a filter', async () => {
    const enterprises = (await t.database.query<{ n: number }>(`SELECT count(*)::int AS n FROM organisations WHERE type = 'enterprise'`)).rows[0].n;
    expect(enterprises).toBeGreaterThan(2);
    const first = await organiser.get<Page<AdminOrganisationView>>('/api/admin/organisations?type=enterprise&pageSize=2');
    expect(first.body.items).toHaveLength(2);
    expect(first.body.total).toBe(enterprises);

    const beyond = await organiser.get<Page<AdminOrganisationView>>('/api/admin/organisations?type=enterprise&pageSize=2&page=500');
    expect(beyond.status).toBe(200);
    expect(beyond.body).toMatchObject({ items: [], total: enterprises, page: 500, pageSize: 2 });

    const all = (await t.database.query<{ n: number }>(`SELECT count(*)::int AS n FROM organisations`)).rows[0].n;
    expect((await organiser.get<Page<AdminOrganisationView>>('/api/admin/organisations?page=500')).body).toMatchObject({ items: [], total: all });
  });
});
