/**
 * What the failed-job console may show of a job: the ids in its payload and a reason with personal
 * data masked. Payloads carry ids by convention; this makes sure that a payload which ever carried
 * text (a proposal, a name, sealed content) shows none of it.
 */

/** Keys whose values may be shown: `id`, `…Id`, and nothing else. */
const ID_KEY = /^(id|[a-z][A-Za-z0-9]*Id)$/;
/** Values that look like ids: UUIDs, or short tokens of letters, digits and `:_.-`. */
const ID_VALUE = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[A-Za-z0-9][A-Za-z0-9:_.-]{0,63})$/i;

/** The id-like fields of a payload (top level only); everything else is left out. */
export function payloadIds(payload: unknown): Record<string, string> {
  const ids: Record<string, string> = {};
  if (!payload || typeof payload !== 'object' || Array.isArray(payload)) return ids;
  for (const [key, value] of Object.entries(payload as Record<string, unknown>)) {
    if (!ID_KEY.test(key)) continue;
    const text = typeof value === 'number' && Number.isInteger(value) ? String(value) : value;
    if (typeof text === 'string' && ID_VALUE.test(text)) ids[key] = text;
  }
  return ids;
}

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;
/** Mainland mobile numbers and 18-character resident identity numbers. */
const PHONE = /(?<![0-9])1[3-9][0-9]{9}(?![0-9])/g;
const IDENTITY = /(?<![0-9])[1-9][0-9]{16}[0-9Xx](?![0-9])/g;

/** An error message fit for the console: personal data masked, at most `max` characters. */
export function safeReason(message: string | null | undefined, max = 500): string {
  const text = String(message ?? '')
    .replace(EMAIL, '***@***')
    .replace(IDENTITY, '******************')
    .replace(PHONE, '***********')
    .trim();
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/**
 * The first code locations of a stack trace: only its `at …` lines (the message line, which may
 * carry data, is left out), paths shortened to the part inside the workspace.
 */
export function stackFrames(stack: string | null | undefined, count = 3): string[] {
  return String(stack ?? '')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.startsWith('at '))
    .slice(0, count)
    .map((line) => line.replace(/\((?:[^()]*?\/)?((?:node_modules|dist|apps|libs)\/[^()]*)\)/, '($1)').slice(0, 200));
}
