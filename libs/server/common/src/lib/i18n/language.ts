import Negotiator from 'negotiator';

/** The languages the API answers in; zh-CN is the product's language and the default. */
export const API_LANGUAGES = ['zh-CN', 'en'] as const;
export type ApiLanguage = (typeof API_LANGUAGES)[number];
export const DEFAULT_API_LANGUAGE: ApiLanguage = 'zh-CN';

/**
 * The language an Accept-Language header prefers among the API's (RFC 9110 weights, `en-GB`
 * matching `en`, `zh` and `zh-Hans-CN` matching zh-CN); zh-CN when it names neither.
 */
export function preferredLanguage(acceptLanguage: string | string[] | undefined): ApiLanguage {
  const header = Array.isArray(acceptLanguage) ? acceptLanguage.join(',') : acceptLanguage;
  if (!header) return DEFAULT_API_LANGUAGE;
  // Negotiator compares full tags and prefixes; zh-Hans/zh-TW etc. count as Chinese, as the catalogue only knows one.
  const normalised = header.replace(/\bzh(-[A-Za-z0-9]+)*/gi, 'zh-CN');
  const best = new Negotiator({ headers: { 'accept-language': normalised } }).language([...API_LANGUAGES]);
  return (best as ApiLanguage | undefined) ?? DEFAULT_API_LANGUAGE;
}
