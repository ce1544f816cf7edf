import { ORGANISATIONS } from '@scenematch/server-data';
import { EntityManager } from 'typeorm';

/**
 * Keeps a company's matching profile (what the matching engine reads): the union of its listed
 * products' and its profile's capabilities, domains and deployment modes, the search tokens of
 * both, and its best maturity. Recomputed from the current state, so running twice is harmless.
 */
export async function refreshEnterpriseProfile(
  manager: EntityManager,
  organisationId: string,
): Promise<void> {
  await manager.query<unknown>(
    `INSERT INTO enterprise_match_profiles (organisation_id, capability_codes, domain_codes, deployment_modes, tokens, listed_products, best_maturity, updated_at)
       SELECT o.id,
              ARRAY(SELECT DISTINCT unnest(coalesce(cp.capability_codes, '{}') || coalesce((SELECT array_agg(c) FROM products p, unnest(p.capability_codes) c WHERE p.organisation_id = o.id AND p.status = 'listed'), '{}')) ORDER BY 1),
              ARRAY(SELECT DISTINCT unnest(coalesce(cp.domain_codes, '{}') || coalesce((SELECT array_agg(d) FROM products p, unnest(p.domain_codes) d WHERE p.organisation_id = o.id AND p.status = 'listed'), '{}')) ORDER BY 1),
              ARRAY(SELECT DISTINCT m FROM products p, unnest(p.deployment_modes) m WHERE p.organisation_id = o.id AND p.status = 'listed' ORDER BY 1),
              ARRAY(SELECT DISTINCT unnest(coalesce(cp.search_tokens, '{}') || coalesce((SELECT array_agg(t) FROM products p, unnest(p.search_tokens) t WHERE p.organisation_id = o.id AND p.status = 'listed'), '{}')) ORDER BY 1),
              (SELECT count(*) FROM products p WHERE p.organisation_id = o.id AND p.status = 'listed'),
              (SELECT p.maturity FROM products p WHERE p.organisation_id = o.id AND p.status = 'listed'
                ORDER BY array_position(ARRAY['scaled', 'pilot', 'prototype'], p.maturity) LIMIT 1),
              now()
         FROM ${ORGANISATIONS} o LEFT JOIN company_profiles cp ON cp.organisation_id = o.id
        WHERE o.id = $1
       ON CONFLICT (organisation_id) DO UPDATE SET capability_codes = EXCLUDED.capability_codes, domain_codes = EXCLUDED.domain_codes,
              deployment_modes = EXCLUDED.deployment_modes, tokens = EXCLUDED.tokens, listed_products = EXCLUDED.listed_products,
              best_maturity = EXCLUDED.best_maturity, updated_at = now()`,
    [organisationId],
  );
}
