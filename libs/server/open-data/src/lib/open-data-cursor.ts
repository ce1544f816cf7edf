/**
 * The feed's keyset position: the (updated_at, id) of the last record a page returned. Opaque to
 * consumers (base64url of a small JSON array); it carries microseconds, which a JavaScript Date
 * would lose, so the timestamp stays text from PostgreSQL to the cursor and back.
 */
export interface FeedPosition {
  /** ISO 8601 UTC with microseconds, as PostgreSQL printed it. */
  at: string;
  id: string;
}

const AT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function encodeCursor(position: FeedPosition): string {
  return Buffer.from(JSON.stringify([position.at, position.id]), 'utf8').toString('base64url');
}

/** The position in a cursor, or null when the text is not a cursor this API issued. */
export function decodeCursor(cursor: string): FeedPosition | null {
  if (!/^[A-Za-z0-9_-]{1,200}$/.test(cursor)) return null;
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  if (!Array.isArray(value) || value.length !== 2) return null;
  const [at, id] = value as unknown[];
  if (typeof at !== 'string' || typeof id !== 'string' || !AT.test(at) || !UUID.test(id) || Number.isNaN(Date.parse(at))) return null;
  return { at, id: id.toLowerCase() };
}
