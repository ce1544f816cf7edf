import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
} from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import {
  type PasswordRule,
  passwordRuleViolations,
} from '@scenematch/contracts';
import { PASSWORD_RULE_KEYS } from '@scenematch/portal/auth/ui/auth-keys';
import { passwordRuleLimit } from '@scenematch/portal/auth/ui/password-policy';

/**
 * The rules a new password is shown against: the ones a typed password can break as it grows (an
 * input that breaks them all yields them all; the upper length limit is left to the server).
 */
const SHOWN_RULES: readonly PasswordRule[] = passwordRuleViolations(
  'abc',
  'abc@example.cn',
);

/** The password policy's rules, each ticked once the typed password meets it. */
@Component({
  selector: 'sm-password-rules',
  imports: [TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div>{{ 'auth.register.passwordRules' | transloco }}</div>
    <ul class="rules" data-testid="password-rules">
      @for (r of rules(); track r.rule) {
        <li [class.ok]="r.ok" [class.todo]="!r.ok">
          {{ r.ok ? '✓' : '·' }}
          {{ r.key | transloco: { n: r.n } }}
        </li>
      }
    </ul>
  `,
  styles: `
    .rules {
      margin: 4px 0 0;
      padding: 0;
      list-style: none;
      font-size: 12px;
    }
    .rules li.ok {
      color: #389e0d;
    }
    .rules li.todo {
      color: rgba(0, 0, 0, 0.45);
    }
  `,
})
export class PasswordRulesComponent {
  readonly password = input('');
  /** The account's email (a password may not contain its local part). */
  readonly email = input('');

  protected readonly rules = computed(() => {
    const password = this.password();
    const broken = passwordRuleViolations(password, this.email());
    return SHOWN_RULES.map((rule) => ({
      rule,
      key: PASSWORD_RULE_KEYS[rule],
      n: passwordRuleLimit(rule),
      ok: password.length > 0 && !broken.includes(rule),
    }));
  });
}
