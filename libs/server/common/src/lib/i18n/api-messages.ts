import { ApiError } from '@scenematch/contracts';
import { API_MESSAGES_EN } from './api-messages.en';
import { ApiLanguage } from './language';

/** A catalogue key with `{name}` parts, as an anchored regular expression. */
export interface Pattern {
  regex: RegExp;
  names: string[];
  english: string;
}

export const PLACEHOLDER = /\{(\w+)\}/g;
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A catalogue's keys with `{name}` parts, as anchored regular expressions, longest literal text first. */
export function placeholderPatterns(catalogue: Readonly<Record<string, string>>): Pattern[] {
  return Object.entries(catalogue)
    .filter(([key]) => /\{\w+\}/.test(key))
    .map(([key, english]) => {
      const names = [...key.matchAll(PLACEHOLDER)].map((m) => m[1]);
      const source = key.split(PLACEHOLDER).map((part, i) => (i % 2 ? '(.+?)' : escape(part))).join('');
      return { regex: new RegExp(`^${source}$`, 's'), names, english };
    })
    .sort((a, b) => b.regex.source.length - a.regex.source.length);
}

const PATTERNS = placeholderPatterns(API_MESSAGES_EN);

const HAN = /\p{Script=Han}/u;
/** Placeholders that hold data as entered (names, titles): never a reason to leave a message Chinese. */
const AS_ENTERED = /^(name|title)$/;

/** The English of one Chinese message, or null when the catalogue has none. */
export function englishFor(message: string): string | null {
  const exact = API_MESSAGES_EN[message];
  if (exact !== undefined) return exact;
  for (const { regex, names, english } of PATTERNS) {
    const m = message.match(regex);
    if (!m) continue;
    // A Chinese part is looked up too; `{name}` and `{title}` hold data (an organisation's name, a
    // session's title), kept as entered when they have no English.
    const parts = names.map((name, i) => {
      const value = m[i + 1];
      if (!HAN.test(value)) return value;
      return englishFor(value) ?? (AS_ENTERED.test(name) ? value : null);
    });
    if (parts.some((p) => p === null)) continue;
    let i = 0;
    const byName = Object.fromEntries(names.map((name) => [name, parts[i++] as string]));
    return english.replace(PLACEHOLDER, (_, name: string) => byName[name] ?? '');
  }
  return null;
}

/** Messages without an English entry met since start (a few at most; logged once each). */
const missing = new Set<string>();

/**
 * The message in the requested language. Several messages joined with '；' (class-validator's list)
 * are translated one by one. A message without an entry stays Chinese — never blank — and is
 * remembered in `untranslatedMessages()` so that it shows up instead of passing silently.
 */
export function translateApiMessage(message: string, language: ApiLanguage): string {
  if (language === 'zh-CN' || !HAN.test(message)) return message;
  const whole = englishFor(message);
  if (whole !== null) return whole;
  const parts = message.split('；');
  const translated = parts.map((part) => englishFor(part));
  if (parts.length > 1 && translated.every((t) => t !== null)) return translated.join('; ');
  if (!missing.has(message) && missing.size < 1000) {
    missing.add(message);
    onMissing?.(message);
  }
  return message;
}

let onMissing: ((message: string) => void) | undefined;

/** Called once per message that has no English entry (the API logs a warning). */
export function reportUntranslatedMessages(listener: (message: string) => void): void {
  onMissing = listener;
}

export function untranslatedMessages(): string[] {
  return [...missing];
}

/** The API's error body in the requested language: its message and each field message. */
export function translateApiError(body: ApiError, language: ApiLanguage): ApiError {
  if (language === 'zh-CN') return body;
  return {
    ...body,
    message: translateApiMessage(body.message, language),
    ...(body.errors && {
      errors: body.errors.map((e) => ({ ...e, message: translateApiMessage(e.message, language) })),
    }),
  };
}
