import { Page, ParticipantView, SessionView } from '@scenematch/contracts';
import { TestClient } from '@scenematch/server-testing';
import { startTestApp, TestApp } from '../testing/test-app';

/** A company that cancelled its registration for a matchmaking session (对接会) registers again: one registration, with the new details. */
describe('registering again after cancelling', () => {
  let t: TestApp;
  let organiser: TestClient;
  let company: TestClient;
  let sessionId: string;

  beforeAll(async () => {
    t = await startTestApp('session-re-registration');
    [organiser, company] = await Promise.all([t.client.asDemo('organiser'), t.client.asDemo('enterprise')]);
    const created = await organiser.post<SessionView>('/api/sessions', { title: '再次报名测试对接会', venue: '创新服务中心', startsAt: '2026-12-15T09:00:00+08:00', slotMinutes: 20, slots: 4, tables: 2, maxCompanies: 1 });
    expect(created.status).toBe(201);
    sessionId = created.body.id;
    expect((await organiser.post(`/api/sessions/${sessionId}/status`, { status: 'open_for_registration' })).status).toBe(200);
  });
  afterAll(() => t?.close());

  it('reuses the cancelled registration, takes the new details, and counts it against the places once', async () => {
    const first = await company.post<ParticipantView>(`/api/sessions/${sessionId}/participants`, { capacity: 2, contactName: '张经理' });
    expect(first.status).toBe(201);
    expect((await company.request('DELETE', `/api/sessions/${sessionId}/participants/${first.body.id}`)).status).toBe(204);

    const again = await company.post<ParticipantView>(`/api/sessions/${sessionId}/participants`, { capacity: 3, contactName: '李经理', unavailableSlots: [0] });
    expect(again.status).toBe(201);
    expect(again.body).toMatchObject({ id: first.body.id, status: 'registered', capacity: 3, contactName: '李经理', unavailableSlots: [0] });
    const list = await organiser.get<Page<ParticipantView>>(`/api/sessions/${sessionId}/participants`);
    expect(list.body.items.filter((p) => p.status === 'registered').map((p) => p.id)).toEqual([first.body.id]);

    // Registered again, it holds the only company place, and registering twice is refused.
    const twice = await company.post<{ message: string }>(`/api/sessions/${sessionId}/participants`, { capacity: 1 });
    expect(twice.status).toBe(409);
    const other = await t.newUser('enterprise');
    const full = await other.post<{ message: string }>(`/api/sessions/${sessionId}/participants`, {});
    expect(full.status).toBe(409);
    expect(full.body.message).toBe('企业名额（1 家）已满');
  });
});
