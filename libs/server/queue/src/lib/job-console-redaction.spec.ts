import { payloadIds, safeReason, stackFrames } from './job-console-redaction';

describe('what the failed-job console shows of a job', () => {
  it('keeps the ids of a payload and leaves out every text, however it is named', () => {
    const payload = {
      notificationId: '7f1c2a8e-1b2c-4d5e-8f90-a1b2c3d4e5f6',
      scenarioId: 'bids-open:abc:1765000000000',
      shard: 3,
      proposal: '基于影像平台在试点医院部署肺结节辅助诊断，报价 680000 元',
      title: '区属医院医学影像辅助诊断试点',
      email: 'zhou@example.cn',
      contactId: '周先生 13800138000',
      sealed: { cipher: 'AAECAwQ=' },
      userIds: ['a', 'b'],
    };
    expect(payloadIds(payload)).toEqual({
      notificationId: '7f1c2a8e-1b2c-4d5e-8f90-a1b2c3d4e5f6',
      scenarioId: 'bids-open:abc:1765000000000',
    });
    expect(payloadIds(null)).toEqual({});
    expect(payloadIds(['x'])).toEqual({});
  });

  it('masks e-mail addresses, mobile numbers and identity numbers in a reason, and bounds its length', () => {
    expect(safeReason('Mail to zhou.wei@example.cn failed; call 13800138000, id 44030119900101123X')).toBe(
      'Mail to ***@*** failed; call ***********, id ******************',
    );
    expect(safeReason('x'.repeat(600))).toHaveLength(500);
    expect(safeReason(undefined)).toBe('');
  });

  it('keeps only the code locations of a stack, not its message', () => {
    const stack = `Error: EEXIST: file already exists, mkdir '/srv/mail/zhou@example.cn'\n    at async mkdir (node:internal/fs/promises:858:10)\n    at MailerService.send (/work/app/dist/apps/worker/main.js:1:2)\n    at x (y)\n    at z (w)`;
    expect(stackFrames(stack)).toEqual(['at async mkdir (node:internal/fs/promises:858:10)', 'at MailerService.send (dist/apps/worker/main.js:1:2)', 'at x (y)']);
  });
});
