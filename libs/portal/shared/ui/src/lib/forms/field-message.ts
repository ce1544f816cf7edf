import type { ValidationErrors } from '@angular/forms';
import type { LanguageService } from '@scenematch/portal/core/i18n/language.service';
import type { FieldSpec } from './field-spec';
import { SERVER_ERROR } from './server-errors';

/**
 * What a field says for each validation error key, in order of precedence: a text, or a function
 * of the error's value (e.g. `maxlength: ({ requiredLength }) => …`).
 */
export type FieldMessages = Readonly<
  Record<string, string | ((error: never) => string)>
>;

/**
 * The message a field shows for its control's errors: the server's message first (it is the one
 * the user has not seen yet), then the first of `messages` whose key is among the errors, then an
 * error that carries its own text (`{ mismatch: '两次输入的密码不一致' }`, a list of texts), then
 * `fallback`.
 */
export function fieldMessage(
  errors: ValidationErrors | null | undefined,
  messages: FieldMessages = {},
  fallback = '',
): string {
  if (!errors) return '';
  const server: unknown = errors[SERVER_ERROR];
  if (typeof server === 'string' && server) return server;
  for (const [key, message] of Object.entries(messages)) {
    if (!(key in errors)) continue;
    return typeof message === 'string'
      ? message
      : (message as (error: unknown) => string)(errors[key]);
  }
  for (const error of Object.values(errors) as unknown[]) {
    if (typeof error === 'string' && error) return error;
    if (
      Array.isArray(error) &&
      error.length &&
      error.every((e) => typeof e === 'string')
    )
      return error.join('；');
  }
  return fallback;
}

/** A field spec's texts (catalogue keys) in the reader's language. */
export function specTexts(spec: FieldSpec, i18n: LanguageService) {
  const t = (key: string | undefined, params?: Record<string, unknown>) =>
    key ? i18n.t(key, params) : undefined;
  const label = i18n.t(spec.label);
  const messages: Record<string, string | ((error: never) => string)> = {};
  if (spec.requiredMessage) {
    messages['required'] = i18n.t(spec.requiredMessage, { label });
  }
  for (const [error, key] of Object.entries(spec.messages ?? {})) {
    messages[error] = i18n.t(key);
  }
  return {
    label,
    hint: t(spec.hint),
    placeholder: spec.example ?? t(spec.placeholder),
    fallback: t(spec.fallback, { max: spec.max, label }),
    messages: messages as FieldMessages,
    options: spec.options?.map((o) => ({ ...o, label: i18n.t(o.label) })),
  };
}
