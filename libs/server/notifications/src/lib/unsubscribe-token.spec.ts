import { UnsubscribeTokens } from './unsubscribe-token';

describe('UnsubscribeTokens', () => {
  const tokens = new UnsubscribeTokens('a-secret-of-sufficient-length');
  const user = '2c24885e-dbac-461f-acd5-c62602227e78';

  it('verifies its own tokens and reads back the user and what to turn off', () => {
    expect(tokens.verify(tokens.sign(user, 'digest'))).toEqual({ userId: user, target: 'digest' });
    expect(tokens.verify(tokens.sign(user, 'match'))).toEqual({ userId: user, target: 'match' });
  });

  it('refuses tampered, foreign and malformed tokens', () => {
    const token = tokens.sign(user, 'digest');
    const [body, mac] = token.split('.');
    const otherTarget = Buffer.from(`${user}:match`).toString('base64url');
    expect(tokens.verify(`${otherTarget}.${mac}`)).toBeNull();
    expect(tokens.verify(`${body}.${mac.slice(0, -1)}${mac.endsWith('A') ? 'B' : 'A'}`)).toBeNull();
    expect(new UnsubscribeTokens('another-secret-entirely').verify(token)).toBeNull();
    for (const bad of ['', 'abc', `${body}.`, `${token}.x`, `${Buffer.from('not-a-uuid:digest').toString('base64url')}.${mac}`]) expect(tokens.verify(bad)).toBeNull();
  });
});
