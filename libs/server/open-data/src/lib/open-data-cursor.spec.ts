import { decodeCursor, encodeCursor } from './open-data-cursor';

describe('open-data cursor', () => {
  const position = { at: '2026-12-06T05:04:03.123456Z', id: '0b5f3c8e-4a1d-4c7e-9f0a-2b3c4d5e6f70' };

  it('round-trips a position with its microseconds', () => {
    expect(decodeCursor(encodeCursor(position))).toEqual(position);
  });

  it.each([
    ['not base64url', 'a+b/c='],
    ['not JSON', Buffer.from('hello').toString('base64url')],
    ['a JSON object', Buffer.from('{"at":1}').toString('base64url')],
    ['milliseconds only', Buffer.from(JSON.stringify(['2026-12-06T05:04:03.123Z', position.id])).toString('base64url')],
    ['a bad id', Buffer.from(JSON.stringify([position.at, 'abc'])).toString('base64url')],
    ['an impossible date', Buffer.from(JSON.stringify(['2026-13-45T05:04:03.123456Z', position.id])).toString('base64url')],
    ['too long', 'A'.repeat(201)],
  ])('rejects %s', (_label, cursor) => {
    expect(decodeCursor(cursor)).toBeNull();
  });
});
