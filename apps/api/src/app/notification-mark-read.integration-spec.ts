import { ApplicationView, NotificationPage, ScenarioView } from '@scenematch/contracts';
import { TestClient } from '@scenematch/server-testing';
import { inDays, startTestApp, TestApp } from '../testing/test-app';

/** Marking one notification read: only one's own, once (the first reading time stays), and the unread count follows. */
describe('marking a notification read', () => {
  let t: TestApp;
  let lead: TestClient;
  let member: TestClient;

  beforeAll(async () => {
    t = await startTestApp('notification-read');
    const [organiser, agency] = await Promise.all([t.client.asDemo('organiser'), t.client.asDemo('agency')]);
    lead = await t.client.asDemo('enterprise');
    member = await t.newUser('enterprise');
    const memberOrg = (await member.get<{ organisation: { id: string } }>('/api/me')).body.organisation.id;
    // Two invitations to join a consortium: two notifications for the member.
    for (const title of ['通知已读测试：影像辅助诊断', '通知已读测试：病理切片分析']) {
      const s = await agency.post<ScenarioView>('/api/scenarios', { title, domain: '智慧医疗', description: '在区属医院试点影像辅助诊断。', capabilities: ['计算机视觉'], deadline: inDays(30) });
      await agency.post(`/api/scenarios/${s.body.id}/submit`);
      await organiser.post(`/api/scenarios/${s.body.id}/publish`);
      const bid = await lead.post<ApplicationView>(`/api/scenarios/${s.body.id}/applications`, {
        proposal: '联合体方案：牵头单位负责平台建设与集成，成员单位负责算法与现场实施。',
        quote: 600000,
        durationDays: 120,
        declarations: { truthful: true },
        memberIds: [memberOrg],
      });
      expect(bid.status).toBe(201);
    }
  });
  afterAll(() => t?.close());

  const inbox = async (client: TestClient) => (await client.get<NotificationPage>('/api/me/notifications')).body;

  it('marks only the one notification read, keeps its first reading time, and counts down the unread', async () => {
    const before = await inbox(member);
    const invitations = before.items.filter((n) => n.kind === 'application.consortium.invited');
    expect(invitations).toHaveLength(2);
    expect(invitations.every((n) => n.readAt === null)).toBe(true);
    const [first, second] = invitations;

    expect((await member.post(`/api/me/notifications/${first.id}/read`)).status).toBe(204);
    const after = await inbox(member);
    expect(after.unread).toBe(before.unread - 1);
    const readAt = after.items.find((n) => n.id === first.id)?.readAt;
    expect(readAt).toEqual(expect.any(String));
    expect(after.items.find((n) => n.id === second.id)?.readAt).toBeNull();

    // Again: still fine, and it was read when it was first read.
    expect((await member.post(`/api/me/notifications/${first.id}/read`)).status).toBe(204);
    const again = await inbox(member);
    expect(again.unread).toBe(after.unread);
    expect(again.items.find((n) => n.id === first.id)?.readAt).toBe(readAt);
  });

  it("answers 404 for someone else's notification, one that does not exist, and a malformed id, and changes nothing", async () => {
    const [, second] = (await inbox(member)).items.filter((n) => n.kind === 'application.consortium.invited');
    const unread = (await inbox(member)).unread;
    for (const [client, id] of [[lead, second.id], [member, '999999999'], [member, 'abc']] as const) {
      const answer = await client.post<{ message: string }>(`/api/me/notifications/${id}/read`);
      expect(answer.status).toBe(404);
      expect(answer.body.message).toBe('通知不存在');
    }
    const now = await inbox(member);
    expect(now.unread).toBe(unread);
    expect(now.items.find((n) => n.id === second.id)?.readAt).toBeNull();
  });
});
