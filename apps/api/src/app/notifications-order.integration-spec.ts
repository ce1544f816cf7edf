import { Page } from '@scenematch/contracts';
import { createUser, TestUser } from '@scenematch/server-testing';
import { startTestApp, TestApp } from '../testing/test-app';

interface InboxItem {
  id: string;
  title: string;
  createdAt: string;
}

/**
 * 我的通知 lists notifications newest first by the time each shows. A notification's time is its
 * transaction's start, so a long transaction can commit (and take its id) after a later one: the
 * id order is not the time order.
 */
describe('notifications: newest first by their time', () => {
  let t: TestApp;
  let enterprise: TestUser;

  beforeAll(async () => {
    t = await startTestApp('notifications-order');
    enterprise = await createUser(t, { role: 'enterprise' });
  }, 60_000);

  afterAll(async () => {
    await t?.close();
  });

  it('orders by the shown time, not by the order the rows were written in', async () => {
    // Only these four in the inbox (whatever registering told the user): the pages below must hold just these.
    await t.database.query(`DELETE FROM notifications WHERE user_id = $1`, [enterprise.id]);
    // Written in this order (ids ascending), with times that disagree: 07:37, 07:38, 07:59, 07:51.
    const times = ['07:37', '07:38', '07:59', '07:51'];
    for (const [i, hhmm] of times.entries()) {
      await t.database.query(
        `INSERT INTO notifications (user_id, kind, title, created_at) VALUES ($1, 'test', $2, $3::timestamptz)`,
        [enterprise.id, `通知 ${i + 1}（${hhmm}）`, `2026-12-02T${hhmm}:00+08:00`],
      );
    }
    const first = await enterprise.client.get<Page<InboxItem>>('/api/me/notifications?pageSize=3');
    const second = await enterprise.client.get<Page<InboxItem>>('/api/me/notifications?pageSize=3&page=2');
    expect(first.status).toBe(200);
    const listed = [...first.body.items, ...second.body.items].filter((n) => n.title.startsWith('通知 '));
    expect(listed.map((n) => n.title)).toEqual(['通知 3（07:59）', '通知 4（07:51）', '通知 2（07:38）', '通知 1（07:37）']);
    const shown = listed.map((n) => Date.parse(n.createdAt));
    expect(shown).toEqual([...shown].sort((a, b) => b - a));
  });
});
