import type { FieldSpec } from '@scenematch/portal/shared/ui/forms/field-spec';

/**
 * A required input of the auth forms with an icon before it (mail, lock, user, …); `rest` adds the
 * label, type, autocomplete, messages etc.
 */
function authField(
  control: string,
  id: string,
  icon: string,
  testid: string,
  rest: Partial<FieldSpec> & Pick<FieldSpec, 'label'>,
): FieldSpec {
  return { control, id, icon, testid, type: 'text', required: true, ...rest };
}

const EMAIL_MESSAGES = {
  required: 'auth.fields.email.required',
  email: 'auth.fields.email.invalid',
};
const PASSWORD = { type: 'password', messages: {} } as const;

/** 手机验证码登录's number. */
export const SMS_PHONE_FIELD = authField(
  'phone',
  'sms-phone',
  'mobile',
  'sms-phone',
  {
    label: 'auth.sms.phone',
    type: 'tel',
    inputmode: 'tel',
    autocomplete: 'tel-national',
    prefixText: '+86',
    placeholder: 'auth.sms.phonePlaceholder',
  },
);

/** The second factor's 6-digit code at sign-in. */
export const MFA_CODE_FIELD = authField(
  'code',
  'login-mfa-code',
  'safety-certificate',
  'mfa-code',
  {
    label: 'auth.mfa.code',
    inputmode: 'numeric',
    autocomplete: 'one-time-code',
    maxlength: 6,
    fallback: 'auth.mfa.codeInvalid',
  },
);

/** Turning the second factor on: a first code, and the password from a signed-in session. */
export const MFA_SETUP_FIELDS = {
  code: {
    control: 'code',
    id: 'mfa-setup-code',
    testid: 'mfa-setup-code',
    label: 'auth.mfaSetup.confirm',
    inputmode: 'numeric',
    autocomplete: 'one-time-code',
    maxlength: 6,
    required: true,
    fallback: 'auth.mfa.codeInvalid',
  },
  password: {
    control: 'password',
    id: 'mfa-setup-password',
    testid: 'mfa-setup-password',
    label: 'auth.mfaSetup.password',
    type: 'password',
    autocomplete: 'current-password',
    required: true,
  },
} satisfies Record<string, FieldSpec>;

export const LOGIN_FIELDS: readonly FieldSpec[] = [
  authField('email', 'login-email', 'mail', 'email', {
    label: 'auth.fields.email.label',
    type: 'email',
    autocomplete: 'username',
    messages: EMAIL_MESSAGES,
  }),
  authField('password', 'login-password', 'lock', 'password', {
    label: 'auth.fields.password.label',
    ...PASSWORD,
    autocomplete: 'current-password',
    fallback: 'auth.fields.password.required',
  }),
];

export const REGISTER_FIELDS = {
  email: authField('email', 'reg-email', 'mail', 'email', {
    label: 'auth.fields.email.label',
    type: 'email',
    autocomplete: 'email',
    messages: { ...EMAIL_MESSAGES, maxlength: 'auth.fields.email.invalid' },
  }),
  password: authField('password', 'reg-password', 'lock', 'password', {
    label: 'auth.fields.password.label',
    ...PASSWORD,
    autocomplete: 'new-password',
    messages: { required: 'auth.fields.password.required' },
  }),
  displayName: authField('displayName', 'reg-name', 'user', 'display-name', {
    label: 'auth.fields.displayName.label',
    autocomplete: 'name',
    messages: {
      required: 'auth.fields.displayName.required',
      maxlength: 'auth.fields.displayName.tooLong',
    },
  }),
  orgName: authField('organisation.name', 'reg-org-name', 'bank', 'org-name', {
    label: 'auth.fields.orgName.label',
    autocomplete: 'organization',
    messages: {
      required: 'auth.fields.orgName.required',
      minlength: 'auth.fields.orgName.length',
      maxlength: 'auth.fields.orgName.length',
    },
  }),
  uscc: authField('organisation.uscc', 'reg-uscc', 'idcard', 'uscc', {
    label: 'auth.fields.uscc.label',
    autocomplete: 'off',
    maxlength: 18,
    spellcheck: false,
    hint: 'auth.fields.uscc.hint',
    errorTestid: 'uscc-error',
    messages: { required: 'auth.fields.uscc.required' },
  }),
} satisfies Record<string, FieldSpec>;
