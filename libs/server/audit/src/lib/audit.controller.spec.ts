import { AuditController } from './audit.controller';
import { AuditService, SEALED_ACTOR_NAME } from './audit.service';

/** The audit pages read in the reader's language: the integrity problems and the sealed actor are sentences. */
describe('AuditController words its sentences by Accept-Language', () => {
  const audit = {
    verify: async () => ({
      ok: false,
      checked: 3,
      problems: [{ id: '2', problem: '记录内容与其哈希不符（记录被篡改）' }],
    }),
    search: async () => ({
      items: [
        { id: '1', actor_name: SEALED_ACTOR_NAME },
        { id: '2', actor_name: '张伟' },
      ],
      total: 2,
    }),
  } as unknown as AuditService;
  const controller = new AuditController(audit);

  it('reports integrity problems in English to an English reader, in Chinese by default', async () => {
    expect((await controller.verify('en')).problems).toEqual([
      { id: '2', problem: 'The record does not match its hash (the record was altered)' },
    ]);
    expect((await controller.verify('zh-CN')).problems[0].problem).toBe('记录内容与其哈希不符（记录被篡改）');
  });

  it('names the actor of a sealed application in English, and leaves real names as they are', async () => {
    const page = await controller.list({ page: 1, pageSize: 20 } as never, 'en');
    expect(page.items.map((r) => r.actor_name)).toEqual(['(sealed application, shown once bids are opened)', '张伟']);
    const chinese = await controller.list({ page: 1, pageSize: 20 } as never, 'zh-CN');
    expect(chinese.items[0].actor_name).toBe(SEALED_ACTOR_NAME);
  });
});
