import { disableRefusal, enableRefusal } from './account-state';

const active = { disabled: false, erased_at: null };
const disabled = { disabled: true, erased_at: null };
const erased = { disabled: true, erased_at: new Date('2025-09-01T08:00:00Z') };

describe('disabling and enabling an account (admin console)', () => {
  it('disables an active account', () => {
    expect(disableRefusal(active)).toBeNull();
  });

  it('does not disable an account twice', () => {
    expect(disableRefusal(disabled)).toBe('already-disabled');
  });

  it('neither disables nor enables an erased account', () => {
    expect(disableRefusal(erased)).toBe('erased');
    expect(enableRefusal(erased)).toBe('erased');
    expect(enableRefusal({ ...erased, disabled: false })).toBe('erased');
  });

  it('enables a disabled account only', () => {
    expect(enableRefusal(disabled)).toBeNull();
    expect(enableRefusal(active)).toBe('not-disabled');
  });
});
