import { LaunchEventReleaseResult, LaunchEventView, Page, ProductView } from '@scenematch/contracts';
import { TestClient } from '@scenematch/server-testing';
import { startTestApp, TestApp } from '../testing/test-app';

/** Staff take a product off a planned launch event (发布会): it is not listed with the event, and stays for review. */
describe('taking a product off a launch event', () => {
  let t: TestApp;
  let organiser: TestClient;
  let enterprise: TestClient;

  beforeAll(async () => {
    t = await startTestApp('launch-event-removal');
    [organiser, enterprise] = await Promise.all([t.client.asDemo('organiser'), t.client.asDemo('enterprise')]);
  });
  afterAll(() => t?.close());

  const submitted = async (name: string) => {
    const p = await enterprise.post<ProductView>('/api/products', {
      name,
      description: '面向社区医院的慢病随访语音机器人，自动外呼随访并生成结构化记录。',
      capabilities: ['语音识别与合成'],
      domains: ['智慧医疗'],
      maturity: 'pilot',
      deploymentModes: ['private-cloud'],
    });
    expect((await enterprise.post(`/api/products/${p.body.id}/submit`)).status).toBe(200);
    return p.body.id;
  };

  it('removes only that product, only while the event is planned, and only for staff', async () => {
    const [kept, removed] = [await submitted('发布会撤下测试：随访机器人甲'), await submitted('发布会撤下测试：随访机器人乙')];
    const event = await organiser.post<LaunchEventView>('/api/launch-events', { title: '撤下测试发布会', heldOn: '2026-12-20', venue: '路演厅' });
    expect((await organiser.post<LaunchEventView>(`/api/launch-events/${event.body.id}/products`, { productIds: [kept, removed] })).body.productCount).toBe(2);

    expect((await enterprise.request('DELETE', `/api/launch-events/${event.body.id}/products/${removed}`)).status).toBe(403);
    const after = await organiser.request<LaunchEventView>('DELETE', `/api/launch-events/${event.body.id}/products/${removed}`);
    expect(after.status).toBe(200);
    expect(after.body).toMatchObject({ id: event.body.id, status: 'planned', productCount: 1 });
    // A product that is not on this event is left alone (no error, nothing changes).
    expect((await organiser.request<LaunchEventView>('DELETE', `/api/launch-events/${event.body.id}/products/${removed}`)).body.productCount).toBe(1);

    const released = await organiser.post<LaunchEventReleaseResult>(`/api/launch-events/${event.body.id}/release`);
    expect(released.body).toMatchObject({ status: 'released', listed: 1 });
    const listed = await t.client.get<Page<ProductView>>(`/api/products?launchEvent=${event.body.id}`);
    expect(listed.body.items.map((p) => p.id)).toEqual([kept]);
    // The one taken off still waits for review on its own.
    expect((await enterprise.get<ProductView>(`/api/products/${removed}`)).body.status).toBe('submitted');

    const tooLate = await organiser.request<{ message: string }>('DELETE', `/api/launch-events/${event.body.id}/products/${kept}`);
    expect(tooLate.status).toBe(409);
    expect((await t.client.get<ProductView>(`/api/products/${kept}`)).body.status).toBe('listed');
  });
});
