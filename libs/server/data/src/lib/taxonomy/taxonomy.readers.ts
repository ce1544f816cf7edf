import { queryFirst, queryRows, type Queryable } from '../queryable';

/** A stored taxonomy document (the taxonomy itself, or a document derived from the data such as corpus statistics). */
export interface TaxonomyDocument<T> {
  body: T;
  /** When it was stored, as text (a version to compare). */
  at: string;
}

/** The stored document of this name, undefined when there is none. */
export async function taxonomyDocument<T>(
  db: Queryable,
  name: string,
): Promise<TaxonomyDocument<T> | undefined> {
  return queryFirst<TaxonomyDocument<T>>(
    db,
    `SELECT body, loaded_at::text AS at FROM taxonomy_documents WHERE name = $1`,
    [name],
  );
}

/** When the document of this name was stored ('' when never): a cheap check of its version. */
export async function taxonomyDocumentVersion(
  db: Queryable,
  name: string,
): Promise<string> {
  const rows = await queryRows<{ at: string }>(
    db,
    `SELECT loaded_at::text AS at FROM taxonomy_documents WHERE name = $1`,
    [name],
  );
  return rows[0]?.at ?? '';
}

/** Stores (or replaces) the document of this name; returns its version. */
export async function saveTaxonomyDocument(
  db: Queryable,
  name: string,
  body: unknown,
): Promise<string> {
  const rows = await queryRows<{ at: string }>(
    db,
    `INSERT INTO taxonomy_documents (name, body, loaded_at) VALUES ($1, $2::jsonb, clock_timestamp())
     ON CONFLICT (name) DO UPDATE SET body = EXCLUDED.body, loaded_at = EXCLUDED.loaded_at
     RETURNING loaded_at::text AS at`,
    [name, JSON.stringify(body)],
  );
  return rows[0].at;
}

/** Every application domain: its code and name. */
export async function domainNames(
  db: Queryable,
): Promise<Array<{ code: string; name: string }>> {
  return queryRows<{ code: string; name: string }>(
    db,
    `SELECT code, name FROM domains`,
  );
}
