import type { Role } from '@scenematch/contracts';
import { queryFirst, type Queryable } from '../queryable';

/** An account as notification settings read it: where it can be reached (no secrets). */
export interface UserAccount {
  id: string;
  email: string;
  role: Role;
  organisation_id: string;
  /** A phone number is stored and verified. */
  phone_verified: boolean;
  /** The user agreed to text messages. */
  sms_consent: boolean;
  /** A WeChat account is bound. */
  wechat: boolean;
}

/** The account of this id, undefined when there is none. */
export async function userAccount(
  db: Queryable,
  id: string,
): Promise<UserAccount | undefined> {
  return queryFirst<UserAccount>(
    db,
    `SELECT id, email, role, organisation_id, (phone IS NOT NULL AND phone_verified_at IS NOT NULL) AS phone_verified,
            sms_consent_at IS NOT NULL AS sms_consent, wechat_openid IS NOT NULL AS wechat
       FROM users WHERE id = $1`,
    [id],
  );
}
