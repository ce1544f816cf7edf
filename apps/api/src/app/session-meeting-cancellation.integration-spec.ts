import { AgendaView, MeetingView, SessionView } from '@scenematch/contracts';
import { TestClient } from '@scenematch/server-testing';
import { startTestApp, TestApp } from '../testing/test-app';

/** Staff cancel a meeting they placed by hand (对接会洽谈): it shows as cancelled, frees its table, and only staff may do it. */
describe('cancelling a session meeting', () => {
  let t: TestApp;
  let organiser: TestClient;
  let agency: TestClient;
  let company: TestClient;
  let sessionId: string;
  let pair: { enterpriseId: string; agencyId: string };

  beforeAll(async () => {
    t = await startTestApp('meeting-cancellation');
    [organiser, agency, company] = await Promise.all([t.client.asDemo('organiser'), t.client.asDemo('agency'), t.client.asDemo('enterprise')]);
    const created = await organiser.post<SessionView>('/api/sessions', { title: '洽谈取消测试对接会', venue: '创新服务中心', startsAt: '2026-12-16T09:00:00+08:00', slotMinutes: 20, slots: 3, tables: 1 });
    sessionId = created.body.id;
    await organiser.post(`/api/sessions/${sessionId}/status`, { status: 'open_for_registration' });
    for (const client of [agency, company]) expect((await client.post(`/api/sessions/${sessionId}/participants`, {})).status).toBe(201);
    const orgOf = async (client: TestClient) => (await client.get<{ organisation: { id: string } }>('/api/me')).body.organisation.id;
    pair = { enterpriseId: await orgOf(company), agencyId: await orgOf(agency) };
  });
  afterAll(() => t?.close());

  it('cancels the meeting for staff only, shows it cancelled, and frees the slot for another', async () => {
    const meeting = await organiser.post<MeetingView>(`/api/sessions/${sessionId}/meetings`, { ...pair, slot: 1, table: 0 });
    expect(meeting.status).toBe(201);
    // The slot and table are taken while it stands.
    expect((await organiser.post(`/api/sessions/${sessionId}/meetings`, { ...pair, slot: 1, table: 0 })).status).toBe(409);

    expect((await company.request('DELETE', `/api/sessions/${sessionId}/meetings/${meeting.body.id}`)).status).toBe(403);
    expect((await organiser.request('DELETE', `/api/sessions/${sessionId}/meetings/${meeting.body.id}`)).status).toBe(204);
    const agenda = await organiser.get<AgendaView>(`/api/sessions/${sessionId}/agenda`);
    expect(agenda.body.meetings.find((m) => m.id === meeting.body.id)).toMatchObject({ status: 'cancelled' });
    // Cancelling again changes nothing.
    expect((await organiser.request('DELETE', `/api/sessions/${sessionId}/meetings/${meeting.body.id}`)).status).toBe(204);

    const again = await organiser.post<MeetingView>(`/api/sessions/${sessionId}/meetings`, { ...pair, slot: 1, table: 0 });
    expect(again.status).toBe(201);
    expect(again.body.id).not.toBe(meeting.body.id);
    // An unknown meeting is a 404.
    expect((await organiser.request('DELETE', `/api/sessions/${sessionId}/meetings/00000000-0000-4000-8000-000000000000`)).status).toBe(404);
  });
});
