import { INestApplicationContext } from '@nestjs/common';
import { AgendaRunView, AgendaView, AuthTokens, buildUscc, DirectoryView, MeetingRequestView, MeetingView, ParticipantView, SessionReport, SessionView } from '@scenematch/contracts';
import { NotificationsModule } from '@scenematch/server-notifications';
import { SessionJobsModule } from '@scenematch/server-sessions';
import { createUser, TestClient, waitFor } from '@scenematch/server-testing';
import { startTestApp, TestApp } from '../testing/test-app';
import { startTestWorker } from '../testing/test-worker';

function validUscc(seed: number): string {
  for (let n = seed; ; n++) {
    const code = buildUscc('91', '440300', String(30000000 + n));
    if (code) return code;
  }
}

type FieldErrors = { errors: Array<{ field: string; message: string }> };
const fieldsOf = (body: unknown) => Object.fromEntries(((body as FieldErrors).errors ?? []).map((e) => [e.field, e.message]));

const loanNeed = { type: 'loan', name: '科创贷（信用贷款）', amountMin: 100, amountMax: 1000, termMonths: 36, audience: '专精特新中小企业' };

describe('sessions with banks and investors: needs, the directory and the report by kind', () => {
  let t: TestApp;
  let worker: INestApplicationContext;
  let organiser: TestClient;
  let health: TestClient; // an agency (a health commission, say)
  let healthId: string;
  let bank: TestClient;
  let investor: TestClient;
  let company: TestClient; // registers
  let outsider: TestClient; // a company that does not register
  let bankId: string;
  let investorId: string;
  let companyId: string;
  let sessionId: string;

  const registerFinancier = async (email: string, name: string, financierKind: string, seed: number) => {
    const created = await t.client.post<AuthTokens>('/api/auth/register', {
      email,
      password: 'Str0ng#Passw0rd',
      displayName: '刘洋',
      privacyConsent: true,
      organisation: { type: 'financier', financierKind, name, uscc: validUscc(seed) },
    });
    expect(created.status).toBe(201);
    expect(created.body.user.role).toBe('financier');
    expect(created.body.user.organisation).toMatchObject({ type: 'financier', financierKind });
    return { client: await t.client.signIn(email, 'Str0ng#Passw0rd'), id: created.body.user.organisation.id };
  };

  beforeAll(async () => {
    t = await startTestApp('session-kinds');
    worker = await startTestWorker(t, NotificationsModule, SessionJobsModule);
    const users = await Promise.all([
      createUser(t, { role: 'organiser' }),
      createUser(t, { role: 'agency', verified: true }),
      createUser(t, { role: 'enterprise', verified: true }),
      createUser(t, { role: 'enterprise', verified: true }),
    ]);
    [organiser, health, company, outsider] = users.map((u) => u.client);
    [healthId, companyId] = [users[1].organisation.id, users[2].organisation.id];
  }, 90_000);

  afterAll(async () => {
    await worker?.close();
    await t?.close();
  });

  it('registers a bank and an investor as financiers, with field errors for a missing or stray kind', async () => {
    const missing = await t.client.post('/api/auth/register', {
      email: 'nokind@bank.cn', password: 'Str0ng#Passw0rd', displayName: '刘洋', privacyConsent: true,
      organisation: { type: 'financier', name: '某银行', uscc: validUscc(1) },
    });
    expect(missing.status).toBe(400);
    expect(fieldsOf(missing.body)['organisation.financierKind']).toContain('银行');
    const stray = await t.client.post('/api/auth/register', {
      email: 'stray@company.cn', password: 'Str0ng#Passw0rd', displayName: '陈晨', privacyConsent: true,
      organisation: { type: 'enterprise', financierKind: 'bank', name: '深圳某智能科技有限公司', uscc: validUscc(2) },
    });
    expect(stray.status).toBe(400);
    expect(Object.keys(fieldsOf(stray.body))).toContain('organisation.financierKind');

    const b = await registerFinancier('liu.yang@pcbank.cn', '鹏城银行科技支行', 'bank', 10);
    const i = await registerFinancier('wu.di@bayvc.cn', '湾区智能产业创业投资基金', 'investor', 20);
    [bank, bankId, investor, investorId] = [b.client, b.id, i.client, i.id];
    // A financier is not an agency: it cannot author scenarios.
    expect((await bank.post('/api/scenarios', { title: '银行场景', domain: '金融服务', description: '不应允许', capabilities: ['大模型'] })).status).toBe(403);
  });

  it('types a session and admits only the kinds it says', async () => {
    const bad = await organiser.post('/api/sessions', { title: '银企对接会', startsAt: '2026-12-20T09:00:00+08:00', slotMinutes: 20, slots: 4, tables: 2, sessionType: 'bank', admits: ['banks'] });
    expect(bad.status).toBe(400);
    expect(Object.keys(fieldsOf(bad.body))).toEqual(expect.arrayContaining(['sessionType', 'admits']));

    const created = await organiser.post<SessionView>('/api/sessions', { title: '科技金融银企对接会', startsAt: '2026-12-20T09:00:00+08:00', slotMinutes: 20, slots: 4, tables: 2, sessionType: 'bank_enterprise' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ sessionType: 'bank_enterprise', admits: ['finance'] });
    sessionId = created.body.id;
    await organiser.post(`/api/sessions/${sessionId}/status`, { status: 'open_for_registration' });

    const refused = await investor.post(`/api/sessions/${sessionId}/participants`, { needs: [{ type: 'investment', name: '医疗 AI 早期项目', stages: ['a'] }] });
    expect(refused.status).toBe(409);
    expect((refused.body as { message: string }).message).toContain('投资机构');
    const widened = await organiser.patch<SessionView>(`/api/sessions/${sessionId}`, { admits: ['agency', 'finance', 'investor'] });
    expect(widened.body.admits).toEqual(['agency', 'finance', 'investor']);
  });

  it('takes a financier’s needs with field-level errors, and only a financier’s', async () => {
    const none = await bank.post(`/api/sessions/${sessionId}/participants`, {});
    expect(none.status).toBe(400);
    expect(fieldsOf(none.body)['needs']).toContain('至少');
    const bad = await bank.post(`/api/sessions/${sessionId}/participants`, {
      needs: [{ type: 'mortgage', name: 'x', amountMin: -5 }],
      contactPhone: 'call me',
      contactEmail: 'not-an-email',
    });
    expect(bad.status).toBe(400);
    expect(Object.keys(fieldsOf(bad.body))).toEqual(expect.arrayContaining(['needs.0.type', 'needs.0.name', 'needs.0.amountMin', 'contactPhone', 'contactEmail']));
    const reversed = await bank.post(`/api/sessions/${sessionId}/participants`, { needs: [{ ...loanNeed, amountMin: 500, amountMax: 100 }] });
    expect(reversed.status).toBe(400);
    expect(fieldsOf(reversed.body)['needs.0.amountMax']).toBe('最高金额不能低于最低金额');
    const scenarios = await bank.post(`/api/sessions/${sessionId}/participants`, { needs: [loanNeed], scenarioIds: ['00000000-0000-4000-8000-000000000000'] });
    expect(fieldsOf(scenarios.body)['scenarioIds']).toContain('需求');

    const registered = await bank.post<ParticipantView>(`/api/sessions/${sessionId}/participants`, { needs: [loanNeed], contactName: '刘洋', contactPhone: '0755-8888 6601', contactEmail: 'liuyang@pcbank.cn' });
    expect(registered.status).toBe(201);
    expect(registered.body).toMatchObject({ kind: 'agency', category: 'finance', contactPhone: '0755-8888 6601' });
    expect(registered.body.needs[0]).toMatchObject({ type: 'loan', name: '科创贷（信用贷款）', amountMin: 100, amountMax: 1000, termMonths: 36, stages: [] });
    const inv = await investor.post<ParticipantView>(`/api/sessions/${sessionId}/participants`, {
      needs: [{ type: 'investment', name: '医疗 AI 早期项目', amountMin: 500, amountMax: 3000, stages: ['angel', 'a'], sectors: ['智慧医疗'], termMonths: 12 }],
    });
    expect(inv.status).toBe(201);
    expect(inv.body.category).toBe('investor');
    expect(inv.body.needs[0]).toMatchObject({ stages: ['angel', 'a'], sectors: ['智慧医疗'], termMonths: null });

    const agencyNeeds = await health.post(`/api/sessions/${sessionId}/participants`, { needs: [loanNeed] });
    expect(fieldsOf(agencyNeeds.body)['needs']).toContain('只有金融机构');
    expect((await health.post(`/api/sessions/${sessionId}/participants`, { contactName: '李静', contactPhone: '0755-1234 5678' })).status).toBe(201);
    expect((await company.post(`/api/sessions/${sessionId}/participants`, { contactName: '陈晨', contactEmail: 'chen@company.cn' })).status).toBe(201);
  });

  it('shows the directory to anyone, contacts only to registered participants and staff', async () => {
    const entryOf = (view: DirectoryView, id: string) => view.items.find((e) => e.organisation.id === id);
    const anonymous = await t.client.get<DirectoryView>(`/api/sessions/${sessionId}/directory`);
    expect(anonymous.status).toBe(200);
    expect(anonymous.body.total).toBe(4);
    expect(anonymous.body.contactsVisible).toBe(false);
    expect(anonymous.body.byCategory).toEqual({ enterprise: 1, agency: 1, finance: 1, investor: 1 });
    expect(entryOf(anonymous.body, bankId)).toMatchObject({ category: 'finance', needs: [expect.objectContaining({ name: '科创贷（信用贷款）' })] });
    expect(anonymous.body.items.every((e) => e.contact === undefined)).toBe(true);
    expect(JSON.stringify(anonymous.body)).not.toContain('0755-8888 6601');

    const unregistered = await outsider.get<DirectoryView>(`/api/sessions/${sessionId}/directory`);
    expect(unregistered.body.contactsVisible).toBe(false);
    expect(JSON.stringify(unregistered.body)).not.toContain('liuyang@pcbank.cn');

    const registered = await company.get<DirectoryView>(`/api/sessions/${sessionId}/directory`);
    expect(registered.body.contactsVisible).toBe(true);
    expect(entryOf(registered.body, bankId)?.contact).toEqual({ name: '刘洋', phone: '0755-8888 6601', email: 'liuyang@pcbank.cn' });
    expect((await organiser.get<DirectoryView>(`/api/sessions/${sessionId}/directory`)).body.contactsVisible).toBe(true);

    const banks = await outsider.get<DirectoryView>(`/api/sessions/${sessionId}/directory?category=finance`);
    expect(banks.body.items.map((e) => e.organisation.id)).toEqual([bankId]);
    const searched = await outsider.get<DirectoryView>(`/api/sessions/${sessionId}/directory?q=${encodeURIComponent('科创贷')}`);
    expect(searched.body.items.map((e) => e.organisation.id)).toEqual([bankId]);
    expect((await outsider.get(`/api/sessions/${sessionId}/directory?category=bank`)).status).toBe(400);
  });

  it('lets a company ask the bank to meet; the agenda places it; check-in, outcome and the report count it under 金融机构', async () => {
    const asked = await company.post<MeetingRequestView>(`/api/sessions/${sessionId}/meeting-requests`, { toOrganisationId: bankId, message: '希望了解科创贷' });
    expect(asked.status).toBe(201);
    expect(asked.body.to).toMatchObject({ id: bankId, kind: 'agency' });
    const incoming = await bank.get<{ items: MeetingRequestView[] }>(`/api/sessions/${sessionId}/meeting-requests?direction=incoming`);
    expect(incoming.body.items.map((r) => r.id)).toEqual([asked.body.id]);
    expect((await bank.post(`/api/sessions/${sessionId}/meeting-requests/${asked.body.id}/respond`, { decision: 'accept' })).status).toBe(200);
    // A bank cannot ask another demand-side participant.
    expect((await bank.post(`/api/sessions/${sessionId}/meeting-requests`, { toOrganisationId: investorId })).status).toBe(400);

    const started = await organiser.post<AgendaRunView>(`/api/sessions/${sessionId}/agenda`);
    expect(started.status).toBe(202);
    const run = await waitFor(async () => {
      const r = await organiser.get<AgendaRunView>(`/api/sessions/${sessionId}/agenda/runs/${started.body.id}`);
      return r.body.status === 'completed' || r.body.status === 'failed' ? r.body : undefined;
    }, 'the agenda run', 30_000);
    expect(run.status).toBe('completed');
    expect((await organiser.post(`/api/sessions/${sessionId}/status`, { status: 'scheduled' })).status).toBe(200);
    const own = await bank.get<AgendaView>(`/api/sessions/${sessionId}/agenda`);
    const meeting = own.body.meetings.find((m) => m.enterprise.id === companyId && m.status === 'scheduled') as MeetingView;
    expect(meeting).toMatchObject({ agency: { id: bankId, name: '鹏城银行科技支行' }, requested: true, mutual: true });

    expect((await organiser.post(`/api/sessions/${sessionId}/status`, { status: 'running' })).status).toBe(200);
    const participants = await organiser.get<{ items: ParticipantView[] }>(`/api/sessions/${sessionId}/participants?pageSize=50`);
    for (const org of [bankId, companyId]) {
      const p = participants.body.items.find((x) => x.organisation.id === org) as ParticipantView;
      expect((await organiser.post(`/api/sessions/${sessionId}/check-in`, { code: p.checkinCode })).status).toBe(200);
    }
    const outcome = await bank.patch<MeetingView>(`/api/sessions/${sessionId}/meetings/${meeting.id}`, { outcome: 'intent', outcomeNote: '授信意向 500 万元' });
    expect(outcome.status).toBe(200);

    const report = await organiser.get<SessionReport>(`/api/sessions/${sessionId}/report`);
    const row = (category: string) => report.body.byCategory.find((r) => r.category === category);
    expect(row('finance')).toEqual({ category: 'finance', label: '金融机构', participants: 1, checkedIn: 1, requests: 1, meetings: 1, held: 1, withOutcome: 1 });
    expect(row('investor')).toMatchObject({ label: '投资机构', participants: 1, checkedIn: 0, requests: 0, meetings: 0 });
    expect(row('agency')).toMatchObject({ participants: 1, requests: 0 });
    expect(row('enterprise')).toMatchObject({ participants: 1, requests: 1, meetings: 1, held: 1, withOutcome: 1 });
    expect(report.body.outcomes.intent).toBe(1);
  }, 60_000);

  it('keeps a sessions’ contacts and the bank’s own views to itself', async () => {
    // The health commission registered: it sees the bank's contact; the bank's participant view of the health commission has none.
    const seen = await health.get<DirectoryView>(`/api/sessions/${sessionId}/directory?category=finance`);
    expect(seen.body.items[0].contact?.phone).toBe('0755-8888 6601');
    const list = await bank.get<{ items: ParticipantView[] }>(`/api/sessions/${sessionId}/participants?pageSize=50`);
    const other = list.body.items.find((p) => p.organisation.id === healthId) as ParticipantView;
    expect(other.contactPhone).toBeUndefined();
    expect(other.checkinCode).toBeUndefined();
  });
});
