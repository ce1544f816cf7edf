/** An uploaded file's name made safe to store and send back: no path separators or control characters, at most 120 characters. */
export function safeFilename(name: string, fallback: string): string {
  return [...name].map((ch) => (ch === '/' || ch === '\\' || ch.charCodeAt(0) < 32 ? '_' : ch)).join('').slice(-120) || fallback;
}
