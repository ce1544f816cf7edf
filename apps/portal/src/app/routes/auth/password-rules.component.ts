import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
} from '@angular/core';
import { passwordProblems } from '@scenematch/contracts';
import { TEXTS } from '../../core/i18n/zh-cn';

/**
 * Every rule of the shared password policy, worded as the policy words it: an input that breaks
 * all of them yields all of the messages.
 */
const PASSWORD_RULES: readonly string[] = passwordProblems(
  'abc',
  'abc@example.cn',
);

/** The password policy's rules, each ticked once the typed password meets it. */
@Component({
  selector: 'sm-password-rules',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div>{{ t.passwordRules }}</div>
    <ul class="rules" data-testid="password-rules">
      @for (r of rules(); track r.rule) {
        <li [class.ok]="r.ok" [class.todo]="!r.ok">
          {{ r.ok ? '✓' : '·' }} {{ r.rule }}
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

  protected readonly t = TEXTS.auth;
  protected readonly rules = computed(() => {
    const password = this.password();
    const problems = passwordProblems(password, this.email());
    return PASSWORD_RULES.map((rule) => ({
      rule,
      ok: password.length > 0 && !problems.includes(rule),
    }));
  });
}
