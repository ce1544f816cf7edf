import { buildUscc } from '@scenematch/contracts';
import { randomBytes } from 'node:crypto';

/** A valid USCC with a random organisation body (GB 11714 bodies whose check is X are skipped). */
export function randomUscc(): string {
  for (;;) {
    const body = randomBytes(4).toString('hex').toUpperCase();
    const code = buildUscc('91', '440305', body);
    if (code) return code;
  }
}
