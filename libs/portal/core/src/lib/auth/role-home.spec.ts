import { roleHome, safeReturnUrl } from './role-home';

describe('roleHome', () => {
  it('sends each role to its own start page', () => {
    expect(roleHome('enterprise')).toBe('/me/recommendations');
    expect(roleHome('agency')).toBe('/agency/scenarios');
    expect(roleHome('expert')).toBe('/review');
    expect(roleHome('organiser')).toBe('/admin');
    expect(roleHome('admin')).toBe('/admin');
    expect(roleHome(null)).toBe('/');
  });
});

describe('safeReturnUrl', () => {
  it('follows paths inside the portal', () => {
    expect(safeReturnUrl('/me/applications?page=2')).toBe(
      '/me/applications?page=2',
    );
  });

  it('refuses other sites and the auth pages themselves', () => {
    for (const url of [
      'https://evil.example',
      '//evil.example/x',
      '/\\evil.example',
      'me',
      '/login?returnUrl=/x',
      '',
      null,
      undefined,
    ]) {
      expect(safeReturnUrl(url)).toBeNull();
    }
  });
});
