import { DEMO_PASSWORD, TestClient } from '@scenematch/server-testing';
import { startTestApp, TestApp } from '../testing/test-app';

/** The platform never loses its last administrator to a self-service erasure (注销账号). */
describe('an administrator erasing their own account', () => {
  let t: TestApp;
  let admin: TestClient;
  let adminId: string;

  beforeAll(async () => {
    t = await startTestApp('last-admin-erasure');
    admin = await t.client.asDemo('admin');
    adminId = (await admin.get<{ id: string }>('/api/me')).body.id;
    // Whatever other administrators the seed has are switched off: the demo admin is the only working one.
    await t.database.query(`UPDATE users SET disabled = true WHERE role = 'admin' AND id <> $1`, [adminId]);
  });
  afterAll(() => t?.close());

  it('is refused to the only working administrator (a disabled one does not count), and the account keeps working', async () => {
    const refused = await admin.post<{ message: string }>('/api/me/erasure', { password: DEMO_PASSWORD });
    expect(refused.status).toBe(409);
    expect(refused.body.message).toBe('您是平台唯一的管理员，注销前请先指定另一位管理员');
    expect((await admin.get('/api/me')).status).toBe(200);
    const row = await t.database.query<{ erased_at: Date | null }>(`SELECT erased_at FROM users WHERE id = $1`, [adminId]);
    expect(row.rows[0].erased_at).toBeNull();
  });

  it('goes ahead once another working administrator exists: the account is closed at once', async () => {
    const other = await t.newUser('expert');
    const otherId = (await other.get<{ id: string }>('/api/me')).body.id;
    await t.database.query(`UPDATE users SET role = 'admin' WHERE id = $1`, [otherId]);

    expect((await admin.post('/api/me/erasure', { password: DEMO_PASSWORD })).status).toBe(204);
    expect((await admin.get('/api/me')).status).toBe(401);
    const row = await t.database.query<{ erased_at: Date | null; email: string }>(`SELECT erased_at, email FROM users WHERE id = $1`, [adminId]);
    expect(row.rows[0].erased_at).not.toBeNull();
    expect(row.rows[0].email).toBe(`erased-${adminId}@erased.invalid`);
  });
});
