import type { AuthFieldSpec } from './auth-text-field.component';

/**
 * An input of the auth forms; its texts are `auth.fields.<text>.*` (label, messages). `extra`
 * adds the type, autocomplete, messages etc.
 */
function authField(
  text: string,
  id: string,
  icon: string,
  testid: string,
  extra: Partial<AuthFieldSpec> = {},
): AuthFieldSpec {
  return {
    key: text,
    id,
    icon,
    testid,
    label: `auth.fields.${text}.label`,
    ...extra,
  };
}

const EMAIL_MESSAGES = {
  required: 'auth.fields.email.required',
  email: 'auth.fields.email.invalid',
};
const PASSWORD = { type: 'password', messages: {} } as const;

export const LOGIN_FIELDS: readonly AuthFieldSpec[] = [
  authField('email', 'login-email', 'mail', 'email', {
    type: 'email',
    autocomplete: 'username',
    messages: EMAIL_MESSAGES,
  }),
  authField('password', 'login-password', 'lock', 'password', {
    ...PASSWORD,
    autocomplete: 'current-password',
    fallback: 'auth.fields.password.required',
  }),
];

export const REGISTER_FIELDS = {
  email: authField('email', 'reg-email', 'mail', 'email', {
    type: 'email',
    autocomplete: 'email',
    messages: { ...EMAIL_MESSAGES, maxlength: 'auth.fields.email.invalid' },
  }),
  password: authField('password', 'reg-password', 'lock', 'password', {
    ...PASSWORD,
    autocomplete: 'new-password',
    messages: { required: 'auth.fields.password.required' },
  }),
  displayName: authField('displayName', 'reg-name', 'user', 'display-name', {
    autocomplete: 'name',
    messages: {
      required: 'auth.fields.displayName.required',
      maxlength: 'auth.fields.displayName.tooLong',
    },
  }),
  orgName: authField('orgName', 'reg-org-name', 'bank', 'org-name', {
    key: 'organisation.name',
    autocomplete: 'organization',
    messages: {
      required: 'auth.fields.orgName.required',
      minlength: 'auth.fields.orgName.length',
      maxlength: 'auth.fields.orgName.length',
    },
  }),
  uscc: authField('uscc', 'reg-uscc', 'idcard', 'uscc', {
    key: 'organisation.uscc',
    autocomplete: 'off',
    maxlength: 18,
    spellcheck: false,
    hint: 'auth.fields.uscc.hint',
    errorTestid: 'uscc-error',
    messages: { required: 'auth.fields.uscc.required' },
  }),
} satisfies Record<string, AuthFieldSpec>;
