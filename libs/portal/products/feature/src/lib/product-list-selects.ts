import { MATURITIES, type LaunchEventView } from '@scenematch/contracts';
import {
  type FilterSelect,
  filterSelect,
} from '@scenematch/portal/shared/ui/list/filter-selects.component';
import { MATURITY_KEYS } from '@scenematch/portal/shared/ui/product/product-keys';

/** The filters shown as selects, in their order on the page. */
export type SelectKey =
  | 'capabilities'
  | 'domain'
  | 'maturity'
  | 'deploymentMode'
  | 'certification'
  | 'launchEvent';

/** The counts of a result's facets by code. */
export function countsOf(
  facets: ReadonlyArray<{ code: string; count: number }> | undefined,
): Map<string, number> {
  return new Map((facets ?? []).map((f) => [f.code, f.count]));
}

interface Named {
  code: string;
  name: string;
}

/**
 * What the selects offer: the capabilities (with the result's counts), the taxonomies, the released
 * events and the result's domain counts.
 */
export interface SelectSources {
  capabilities: readonly Named[];
  capabilityCounts: Map<string, number>;
  domains: readonly Named[];
  domainCounts: Map<string, number>;
  /** A maturity's name from its translation key. */
  maturityName: (key: string) => string;
  deploymentModes: readonly Named[];
  certifications: readonly Named[];
  events: readonly LaunchEventView[];
}

/** The product list's filters as selects, in their order on the page. */
export function selectFilters(
  sources: SelectSources,
): FilterSelect<SelectKey>[] {
  const named = (items: readonly Named[]) =>
    items.map((i) => ({ value: i.code, label: i.name }));
  const select = filterSelect<SelectKey>;
  return [
    select(
      'capabilities',
      ['products.catalogue.anyCapability', 'products.catalogue.capabilities'],
      'filter-capability',
      sources.capabilities.map((c) => ({
        value: c.code,
        label: `${c.name}（${sources.capabilityCounts.get(c.code) ?? 0}）`,
      })),
      { search: true, multiple: true },
    ),
    select(
      'domain',
      ['products.catalogue.allDomains', 'products.catalogue.domain'],
      'filter-domain',
      sources.domains.map((d) => ({
        value: d.code,
        label: `${d.name}（${sources.domainCounts.get(d.code) ?? 0}）`,
      })),
      { search: true },
    ),
    select(
      'maturity',
      ['products.catalogue.anyMaturity', 'products.catalogue.maturity'],
      'filter-maturity',
      MATURITIES.map((m) => ({
        value: m,
        label: sources.maturityName(MATURITY_KEYS[m]),
      })),
      { translated: true },
    ),
    select(
      'deploymentMode',
      [
        'products.catalogue.anyDeploymentMode',
        'products.catalogue.deploymentMode',
      ],
      'filter-deployment',
      named(sources.deploymentModes),
    ),
    select(
      'certification',
      [
        'products.catalogue.anyCertification',
        'products.catalogue.certification',
      ],
      'filter-certification',
      named(sources.certifications),
      { search: true },
    ),
    // Only released events have products in the public list.
    select(
      'launchEvent',
      ['products.catalogue.anyLaunchEvent', 'products.catalogue.launchEvent'],
      'filter-launch-event',
      sources.events
        .filter((e) => e.status === 'released')
        .map((e) => ({ value: e.id, label: e.title })),
    ),
  ];
}
