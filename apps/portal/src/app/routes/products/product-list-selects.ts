import { MATURITIES, type LaunchEventView } from '@scenematch/contracts';
import { MATURITY_KEYS } from '../../shared/product/product-keys';

/** The one-of filters shown as plain selects, in their order on the page. */
export type SelectKey =
  | 'domain'
  | 'maturity'
  | 'deploymentMode'
  | 'certification'
  | 'launchEvent';

export interface SelectFilter {
  key: SelectKey;
  placeholder: string;
  label: string;
  testId: string;
  /** Type to search among the options. */
  search: boolean;
  /** The options' names come from the catalogues (the page walker checks them). */
  translated: boolean;
  options: Array<{ value: string; label: string }>;
}

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

/** What the selects offer: the taxonomies, the released events and the result's domain counts. */
export interface SelectSources {
  domains: readonly Named[];
  domainCounts: Map<string, number>;
  /** A maturity's name from its translation key. */
  maturityName: (key: string) => string;
  deploymentModes: readonly Named[];
  certifications: readonly Named[];
  events: readonly LaunchEventView[];
}

/** The product list's one-of filters as selects, in their order on the page. */
export function selectFilters(sources: SelectSources): SelectFilter[] {
  const named = (items: readonly Named[]) =>
    items.map((i) => ({ value: i.code, label: i.name }));
  const select = (
    key: SelectKey,
    [placeholder, label]: [string, string],
    testId: string,
    options: SelectFilter['options'],
    search = false,
    translated = false,
  ): SelectFilter => ({
    key,
    placeholder,
    label,
    testId,
    search,
    translated,
    options,
  });
  return [
    select(
      'domain',
      ['products.catalogue.allDomains', 'products.catalogue.domain'],
      'filter-domain',
      sources.domains.map((d) => ({
        value: d.code,
        label: `${d.name}（${sources.domainCounts.get(d.code) ?? 0}）`,
      })),
      true,
    ),
    select(
      'maturity',
      ['products.catalogue.anyMaturity', 'products.catalogue.maturity'],
      'filter-maturity',
      MATURITIES.map((m) => ({
        value: m,
        label: sources.maturityName(MATURITY_KEYS[m]),
      })),
      false,
      true,
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
      true,
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
