import type { AuthTokens, Role, UserView } from '@scenematch/contracts';

/** A user of the given role, as the API returns it. */
export function userView(
  role: Role = 'enterprise',
  overrides: Partial<UserView> = {},
): UserView {
  return {
    id: `user-${role}`,
    email: `${role}@example.cn`,
    displayName: `测试${role}`,
    role,
    organisation: {
      id: `org-${role}`,
      type: role === 'agency' ? 'agency' : 'enterprise',
      name: '测试单位',
      uscc: null,
      verified: false,
    },
    createdAt: '2025-01-01T00:00:00.000Z',
    ...overrides,
  };
}

export function tokens(
  accessToken: string,
  refreshToken: string,
  user: UserView = userView(),
): AuthTokens {
  return { accessToken, refreshToken, expiresIn: 900, user };
}
