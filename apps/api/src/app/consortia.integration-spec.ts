import { ApplicationView, ConsortiumInvitationView, ScenarioView } from '@scenematch/contracts';
import { createUser, TestClient } from '@scenematch/server-testing';
import { inDays, startTestApp, TestApp } from '../testing/test-app';

type Refusal = { statusCode: number; message: string; errors: Array<{ field: string; message: string }> };

/** Consortia (联合体): invitation, consent before submission, and §37 of the 招标投标法实施条例. */
describe('consortia (联合体)', () => {
  let t: TestApp;
  let organiser: TestClient;
  let agency: TestClient;
  let lead: TestClient;
  let member: TestClient;
  let third: TestClient;
  const org: Record<'lead' | 'member' | 'third', { id: string; name: string }> = { lead: { id: '', name: '' }, member: { id: '', name: '' }, third: { id: '', name: '' } };

  const bid = (extra: Record<string, unknown> = {}) => ({
    proposal: '联合体方案：牵头单位负责平台建设与集成，成员单位负责算法与现场实施，三个月内完成上线与培训。',
    quote: 760000,
    durationDays: 120,
    declarations: { truthful: true },
    ...extra,
  });

  async function publishedScenario(title: string): Promise<string> {
    const s = await agency.post<ScenarioView>('/api/scenarios', { title, domain: '智慧医疗', description: '在区属医院试点影像辅助诊断，提升阅片效率。', capabilities: ['计算机视觉'], deadline: inDays(30) });
    await agency.post(`/api/scenarios/${s.body.id}/submit`);
    expect((await organiser.post(`/api/scenarios/${s.body.id}/publish`)).status).toBe(200);
    return s.body.id;
  }

  const invitations = async (client: TestClient) => (await client.get<ConsortiumInvitationView[]>('/api/me/consortium-invitations')).body;

  beforeAll(async () => {
    t = await startTestApp('consortia');
    [organiser, agency, lead, member, third] = (
      await Promise.all([
        createUser(t, { role: 'organiser' }),
        createUser(t, { role: 'agency', verified: true }),
        ...[1, 2, 3].map(() => createUser(t, { role: 'enterprise', verified: true })),
      ])
    ).map((u) => u.client);
    for (const [key, client] of [['lead', lead], ['member', member], ['third', third]] as const) {
      const me = await client.get<{ organisation: { id: string; name: string } }>('/api/me');
      org[key] = me.body.organisation;
    }
  });
  afterAll(() => t?.close());

  it('invites a named member (in-app and by mail), and submits only once every member has accepted', async () => {
    const scenarioId = await publishedScenario('联合体测试：医学影像辅助诊断');
    const created = await lead.post<ApplicationView>(`/api/scenarios/${scenarioId}/applications`, bid({ memberIds: [org.member.id] }));
    expect(created.status).toBe(201);
    expect(created.body.members).toEqual([{ id: org.member.id, name: org.member.name, state: 'invited' }]);

    // The member is told in-app, and a mail goes through the outbox.
    const told = await t.database.query<{ id: string; email_status: string; title: string }>(
      `SELECT n.id::text, n.email_status, n.title FROM notifications n JOIN users u ON u.id = n.user_id
        WHERE u.organisation_id = $1 AND n.kind = 'application.consortium.invited'`,
      [org.member.id],
    );
    expect(told.rows.length).toBeGreaterThan(0);
    expect(told.rows[0].title).toBe(`联合体邀请：${org.lead.name} 邀请贵单位共同申报「联合体测试：医学影像辅助诊断」`);
    const mail = await t.database.query(`SELECT 1 FROM outbox WHERE payload->>'notificationId' = ANY($1)`, [told.rows.map((r) => r.id)]);
    expect(mail.rowCount).toBeGreaterThan(0);

    // Not yet accepted: no submission, and the reason names the member.
    const early = await lead.post<Refusal>(`/api/applications/${created.body.id}/submit`);
    expect(early.status).toBe(409);
    expect(early.body.message).toBe('联合体成员全部接受邀请后才能提交申报');
    expect(early.body.errors).toEqual([{ field: 'memberIds', message: `${org.member.name}：尚未接受邀请` }]);

    // The member sees the invitation, not the sealed draft.
    const mine = await invitations(member);
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ applicationId: created.body.id, lead: { id: org.lead.id, name: org.lead.name }, state: 'invited', applicationStatus: 'draft', blockedReason: null });
    expect(mine[0]).not.toHaveProperty('proposal');
    expect((await member.get(`/api/applications/${created.body.id}`)).status).toBe(404);
    expect((await third.post(`/api/consortium-invitations/${created.body.id}/accept`)).status).toBe(404);

    // Declined: the lead sees it and still cannot submit.
    const declined = await member.post<ConsortiumInvitationView>(`/api/consortium-invitations/${created.body.id}/decline`, { reason: '资质不全' });
    expect(declined.body.state).toBe('declined');
    expect((await lead.get<ApplicationView>(`/api/applications/${created.body.id}`)).body.members[0].state).toBe('declined');
    expect((await lead.post<Refusal>(`/api/applications/${created.body.id}/submit`)).body.errors[0].message).toContain('已拒绝邀请');
    const leadTold = await t.database.query(`SELECT n.body FROM notifications n JOIN users u ON u.id = n.user_id WHERE u.organisation_id = $1 AND n.kind = 'application.consortium.declined'`, [org.lead.id]);
    expect(leadTold.rows[0]).toEqual({ body: '原因：资质不全' });

    // It changes its mind while the bid is a draft: accepted, and the bid goes in.
    expect((await member.post<ConsortiumInvitationView>(`/api/consortium-invitations/${created.body.id}/accept`)).body.state).toBe('accepted');
    const submitted = await lead.post<ApplicationView>(`/api/applications/${created.body.id}/submit`);
    expect(submitted.status).toBe(200);
    expect(submitted.body.status).toBe('submitted');
    expect(submitted.body.members).toEqual([{ id: org.member.id, name: org.member.name, state: 'accepted' }]);
    // An accepted member of a submitted bid reads it; the consortium is now fixed.
    expect((await member.get(`/api/applications/${created.body.id}`)).status).toBe(200);
    expect((await member.post(`/api/consortium-invitations/${created.body.id}/decline`, {})).status).toBe(409);
    const change = await lead.patch<Refusal>(`/api/applications/${created.body.id}`, { memberIds: [org.third.id] });
    expect(change.status).toBe(409);
    expect(change.body.errors[0].field).toBe('memberIds');
    // Re-sending the same members with an edit is fine.
    expect((await lead.patch(`/api/applications/${created.body.id}`, { memberIds: [org.member.id], team: '项目经理 1 名' })).status).toBe(200);
  });

  it('§37: a member may not bid alone or in another consortium on the same scenario, and is told why', async () => {
    const scenarioId = await publishedScenario('联合体测试：第三十七条');
    const first = await lead.post<ApplicationView>(`/api/scenarios/${scenarioId}/applications`, bid({ memberIds: [org.member.id] }));

    // Invited (not yet answered): bidding alone is refused until it declines.
    const alone = await member.post<Refusal>(`/api/scenarios/${scenarioId}/applications`, bid());
    expect(alone.status).toBe(409);
    expect(alone.body.message).toContain(`已受邀加入「${org.lead.name}」牵头的联合体`);
    expect(alone.body.message).toContain('第三十七条');
    expect(alone.body.message).toContain('拒绝邀请');

    await member.post(`/api/consortium-invitations/${first.body.id}/accept`);
    const stillAlone = await member.post<Refusal>(`/api/scenarios/${scenarioId}/applications`, bid());
    expect(stillAlone.status).toBe(409);
    expect(stillAlone.body.message).toContain(`已加入「${org.lead.name}」牵头的联合体`);

    // Another consortium names it: the invitation is sent (who bids where stays sealed from that lead) but cannot be accepted.
    const second = await third.post<ApplicationView>(`/api/scenarios/${scenarioId}/applications`, bid({ memberIds: [org.member.id] }));
    expect(second.status).toBe(201);
    expect(second.body.members[0].state).toBe('invited');
    const listed = (await invitations(member)).find((i) => i.applicationId === second.body.id);
    expect(listed?.blockedReason).toContain(`已加入「${org.lead.name}」牵头的联合体`);
    const refused = await member.post<Refusal>(`/api/consortium-invitations/${second.body.id}/accept`);
    expect(refused.status).toBe(409);
    expect(refused.body.message).toContain('第三十七条');
    expect((await third.post(`/api/applications/${second.body.id}/submit`)).status).toBe(409);
    expect((await third.get<ApplicationView>(`/api/applications/${second.body.id}`)).body.members[0].state).toBe('invited');
  });

  it('§37: a company bidding alone cannot join a consortium on that scenario; accepting one invitation lapses the others', async () => {
    const scenarioId = await publishedScenario('联合体测试：单独申报与多个邀请');
    const own = await member.post<ApplicationView>(`/api/scenarios/${scenarioId}/applications`, bid());
    expect(own.status).toBe(201);
    const invite = await lead.post<ApplicationView>(`/api/scenarios/${scenarioId}/applications`, bid({ memberIds: [org.member.id] }));
    const blocked = (await invitations(member)).find((i) => i.applicationId === invite.body.id);
    expect(blocked?.blockedReason).toContain('已以自己名义申报该场景');
    const refused = await member.post<Refusal>(`/api/consortium-invitations/${invite.body.id}/accept`);
    expect(refused.status).toBe(409);
    expect(refused.body.errors[0]).toEqual({ field: 'consortium', message: expect.stringContaining('请先撤回本单位的申报') });
    // Once it withdraws its own bid it may join.
    expect((await member.post(`/api/applications/${own.body.id}/withdraw`)).status).toBe(200);
    expect((await member.post(`/api/consortium-invitations/${invite.body.id}/accept`)).status).toBe(200);

    // Two leads invite the same company on a new scenario: accepting one declines the other.
    const next = await publishedScenario('联合体测试：两个联合体');
    const a = await lead.post<ApplicationView>(`/api/scenarios/${next}/applications`, bid({ memberIds: [org.member.id] }));
    const b = await third.post<ApplicationView>(`/api/scenarios/${next}/applications`, bid({ memberIds: [org.member.id] }));
    expect((await member.post(`/api/consortium-invitations/${a.body.id}/accept`)).status).toBe(200);
    expect((await third.get<ApplicationView>(`/api/applications/${b.body.id}`)).body.members[0].state).toBe('declined');
    // The lead whose invitation lapsed is told so.
    const thirdTold = await t.database.query<{ title: string }>(
      `SELECT n.title FROM notifications n JOIN users u ON u.id = n.user_id WHERE u.organisation_id = $1 AND n.kind = 'application.consortium.declined'`,
      [org.third.id],
    );
    expect(thirdTold.rows.map((r) => r.title)).toEqual([expect.stringContaining('联合体测试：两个联合体')]);
    // The lapsed invitation says why it cannot be accepted now.
    const lapsed = (await invitations(member)).find((i) => i.applicationId === b.body.id);
    expect(lapsed).toMatchObject({ state: 'declined', blockedReason: expect.stringContaining(`已加入「${org.lead.name}」牵头的联合体`) });
    // Removing a member drops its invitation.
    expect((await third.patch(`/api/applications/${b.body.id}`, { memberIds: [] })).status).toBe(200);
    expect((await invitations(member)).some((i) => i.applicationId === b.body.id)).toBe(false);
    expect((await third.post<ApplicationView>(`/api/applications/${b.body.id}/submit`)).body.status).toBe('submitted');
  });

  it('answers only companies, and audits every answer', async () => {
    expect((await agency.get('/api/me/consortium-invitations')).status).toBe(403);
    expect((await organiser.post('/api/consortium-invitations/00000000-0000-4000-8000-000000000000/accept')).status).toBe(403);
    expect((await member.post('/api/consortium-invitations/00000000-0000-4000-8000-000000000000/accept')).status).toBe(404);
    const audited = await t.database.query<{ action: string; n: number }>(
      `SELECT action, count(*)::int AS n FROM audit_log WHERE action LIKE 'application.consortium.%' GROUP BY action ORDER BY action`,
    );
    expect(audited.rows.map((r) => r.action)).toEqual(['application.consortium.accept', 'application.consortium.decline', 'application.consortium.invite']);
  });
});
