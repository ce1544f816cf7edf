import { categorySwitches, digestSince, digestSwitch, settingsChangeProblem, smsUnavailableReason } from './notification-settings-rules';

describe('notification preferences', () => {
  it('sends mail until the user switches it off, and WeChat only once switched on', () => {
    expect(categorySwitches('enterprise', 'match', undefined)).toEqual({ email: true, sms: null, wechat: false });
    expect(categorySwitches('enterprise', 'match', { email: false, sms: false, wechat: true })).toEqual({ email: false, sms: null, wechat: true });
  });

  it('offers SMS only where the role has it for that category, off until switched on', () => {
    expect(categorySwitches('enterprise', 'reminder', undefined).sms).toBe(false);
    expect(categorySwitches('enterprise', 'reminder', { email: true, sms: true, wechat: false }).sms).toBe(true);
    expect(categorySwitches('organiser', 'award', undefined).sms).toBe(false);
    expect(categorySwitches('expert', 'review', { email: true, sms: true, wechat: false }).sms).toBeNull();
  });

  it('gives the weekly digest to companies only, on until switched off', () => {
    expect(digestSwitch('enterprise', undefined)).toBe(true);
    expect(digestSwitch('enterprise', { email: false })).toBe(false);
    expect(digestSwitch('agency', undefined)).toBeNull();
    expect(digestSwitch('organiser', { email: true })).toBeNull();
  });

  it('asks for a verified phone before the consent to SMS', () => {
    expect(smsUnavailableReason(false, true)).toContain('验证手机号');
    expect(smsUnavailableReason(false, false)).toContain('验证手机号');
    expect(smsUnavailableReason(true, false)).toContain('同意接收短信');
    expect(smsUnavailableReason(true, true)).toBeNull();
  });
});

describe('changing notification settings', () => {
  it('accepts a company switching its digest and its reminder SMS', () => {
    expect(settingsChangeProblem('enterprise', { digest: false, categories: [{ category: 'reminder', sms: true }] })).toBeNull();
  });

  it('refuses a digest switch from anyone but a company', () => {
    expect(settingsChangeProblem('agency', { digest: true })).toEqual({ field: 'digest', message: '每周匹配摘要仅面向AI企业用户' });
  });

  it('refuses the same category twice, naming the second', () => {
    expect(settingsChangeProblem('enterprise', { categories: [{ category: 'match' }, { category: 'award' }, { category: 'match' }] })).toEqual({
      field: 'categories.2.category',
      message: '通知类别重复',
    });
  });

  it('refuses an SMS switch for a category without SMS', () => {
    expect(settingsChangeProblem('enterprise', { categories: [{ category: 'reminder' }, { category: 'match', sms: true }] })).toEqual({
      field: 'categories.1.sms',
      message: '此类通知不提供短信提醒',
    });
  });
});

describe('weekly digest window', () => {
  const until = new Date('2025-09-15T01:00:00Z');

  it('starts where the last digest ended', () => {
    const last = new Date('2025-09-08T01:00:00Z');
    expect(digestSince(last, until)).toBe(last);
  });

  it('looks back a week for a first digest', () => {
    expect(digestSince(null, until)).toEqual(new Date('2025-09-08T01:00:00Z'));
    expect(digestSince(undefined, until)).toEqual(new Date('2025-09-08T01:00:00Z'));
  });
});
