import { resendRefusal } from './outbox-resend';

const at = new Date('2025-09-01T08:00:00Z');
const row = { enqueued_at: null, failed_at: null, completed_at: null, discarded_at: null };

describe('re-sending a stuck outbox message', () => {
  it('re-sends a message the relay never got to', () => {
    expect(resendRefusal(row)).toBeNull();
  });

  it('re-sends a message whose work failed for good', () => {
    expect(resendRefusal({ ...row, enqueued_at: at, failed_at: at })).toBeNull();
  });

  it('does not re-send a message that is in the queue', () => {
    expect(resendRefusal({ ...row, enqueued_at: at })).toBe('not_stuck');
  });

  it('treats a done, discarded or unknown message as gone', () => {
    expect(resendRefusal({ ...row, enqueued_at: at, completed_at: at })).toBe('missing');
    expect(resendRefusal({ ...row, failed_at: at, discarded_at: at })).toBe('missing');
    expect(resendRefusal(undefined)).toBe('missing');
  });
});
