/**
 * The script-level half of the one text pipeline that search and matching share: width folding,
 * case folding, and splitting a text into runs of Han characters and runs of Latin letters and
 * digits, so that "多语种AI导游导览" yields the runs 多语种 · ai · 导游导览 and never the bigram "种a".
 * Search indexes Han bigrams and Latin/digit tokens of these runs; matching adds jieba words on top.
 */

/** Unicode NFKC (full-width → half-width: ＡＩ → AI, １２３４５ → 12345), lower case. */
export function normaliseText(text: string | undefined | null): string {
  return (text ?? '').normalize('NFKC').toLowerCase();
}

const RUN = /(\p{Script=Han}+)|([a-z0-9]+)/gu;

export interface ScriptRuns {
  /** Maximal runs of Han characters, in order. */
  han: string[];
  /** Maximal runs of ASCII letters and digits, case-folded (ai, ct, 5g, 12345, 3d), in order. */
  latin: string[];
}

/** Splits a (normalised here) text into Han runs and Latin/digit runs; everything else separates. */
export function scriptRuns(text: string | undefined | null): ScriptRuns {
  const out: ScriptRuns = { han: [], latin: [] };
  for (const match of normaliseText(text).matchAll(RUN)) {
    if (match[1]) out.han.push(match[1]);
    else if (match[2]) out.latin.push(match[2]);
  }
  return out;
}

/** Overlapping character bigrams of one Han run; a one-character run yields itself. */
export function hanBigrams(run: string): string[] {
  const chars = [...run];
  if (chars.length < 2) return chars;
  const out: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i] + chars[i + 1]);
  return out;
}
