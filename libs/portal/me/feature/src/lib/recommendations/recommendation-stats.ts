import type { RecommendationView } from '@scenematch/portal/matching/data-access/matching.api';

export interface DomainCountRow {
  /** Taxonomy code (the name when the taxonomy does not know it). */
  code: string;
  name: string;
  count: number;
}

/**
 * Recommendations per domain, most first (ties by name). The API names the domain; the filter
 * takes codes, so names are looked up in the taxonomy.
 */
export function countByDomain(
  items: readonly RecommendationView[],
  codeOf: (name: string) => string | undefined,
): DomainCountRow[] {
  const counts = new Map<string, number>();
  for (const item of items) {
    counts.set(
      item.scenario.domain,
      (counts.get(item.scenario.domain) ?? 0) + 1,
    );
  }
  return [...counts.entries()]
    .map(([name, count]) => ({ code: codeOf(name) ?? name, name, count }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, 'zh'));
}
