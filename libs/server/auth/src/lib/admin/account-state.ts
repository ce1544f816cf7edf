/** What disabling and enabling look at in an account. */
export interface AccountState {
  disabled: boolean;
  erased_at: Date | null;
}

/** Why an account may not be disabled now, or null: an erased account is gone, a disabled one stays disabled. */
export function disableRefusal(account: AccountState): 'erased' | 'already-disabled' | null {
  if (account.erased_at) return 'erased';
  return account.disabled ? 'already-disabled' : null;
}

/** Why an account may not be enabled now, or null: only a disabled account that was not erased comes back. */
export function enableRefusal(account: AccountState): 'erased' | 'not-disabled' | null {
  if (account.erased_at) return 'erased';
  return account.disabled ? null : 'not-disabled';
}
