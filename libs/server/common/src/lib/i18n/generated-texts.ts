import { englishFor, PLACEHOLDER, placeholderPatterns } from './api-messages';
import { MATCHING_GENERATED_EN } from './en/matching';
import { ApiLanguage } from './language';

/**
 * Texts the server generates and returns as data (a match's reasons, why-not lines and
 * lowered-because notes; an agenda run's progress, error and unplaced reasons): stored or computed
 * in Chinese, translated per request when the caller asks for English. Data inside them (taxonomy
 * names, keywords, organisation names, titles) stays as entered.
 */
export const GENERATED_TEXTS_EN: Readonly<Record<string, string>> = MATCHING_GENERATED_EN;

const HAN = /\p{Script=Han}/u;

// Longest literal text first: 未见自有 AI 能力（简介自述：{names}） before 未见自有 AI 能力（{reason}）.
const PATTERNS = placeholderPatterns(GENERATED_TEXTS_EN);

/** One captured part in English: data as entered (lists joined the English way), or looked up. */
function part(name: string, value: string): string | null {
  if (name === 'names') return value.split('、').join(', ');
  if (name === 'modes') return value.split('或').join(' or ');
  if (name === 'name' || !HAN.test(value)) return value;
  return generatedEnglish(value);
}

function generatedEnglish(text: string): string | null {
  const exact = GENERATED_TEXTS_EN[text];
  if (exact !== undefined) return exact;
  for (const { regex, names, english } of PATTERNS) {
    const m = text.match(regex);
    if (!m) continue;
    const parts = names.map((name, i) => part(name, m[i + 1]));
    if (parts.some((p) => p === null)) continue;
    const byName = Object.fromEntries(names.map((name, i) => [name, parts[i] as string]));
    return english.replace(PLACEHOLDER, (_, name: string) => byName[name] ?? '');
  }
  return null;
}

/**
 * A generated text in the requested language: the generated-text catalogue first, then the API
 * messages' (agenda runs store texts that are also messages). Chinese when it has no English.
 */
export function translateGenerated(text: string, language: ApiLanguage): string {
  if (language === 'zh-CN' || !HAN.test(text)) return text;
  return generatedEnglish(text) ?? englishFor(text) ?? text;
}

/** translateGenerated for a list (reasons, why-not lines). */
export function translateGeneratedList(texts: readonly string[], language: ApiLanguage): string[] {
  return texts.map((t) => translateGenerated(t, language));
}

/** The English of a generated text, or null when the catalogues have none (for tests). */
export function generatedTextEnglish(text: string): string | null {
  return generatedEnglish(text) ?? englishFor(text);
}
