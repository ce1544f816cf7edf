/**
 * Bidirectional controls (LRE, RLE, PDF, LRO, RLO, LRI, RLI, FSI, PDI, LRM, RLM, ALM): a name such as
 * "报价\u202Efdp.exe" shows as "报价exe.pdf" in a file list, so they never reach a stored name.
 */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;

/** An uploaded file's name made safe to store and send back: no path separators, control or bidirectional characters, at most 120 characters. */
export function safeFilename(name: string, fallback: string): string {
  return (
    [...name.replace(BIDI_CONTROLS, '')]
      .map((ch) => (ch === '/' || ch === '\\' || ch.charCodeAt(0) < 32 || ch.charCodeAt(0) === 127 ? '_' : ch))
      .join('')
      .trim()
      .slice(-120) || fallback
  );
}
