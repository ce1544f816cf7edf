import type { ParamMap } from '@angular/router';
import type { StatsOverview } from '@scenematch/contracts';
import type { StatsFilters } from '@scenematch/portal/admin/data-access/stats.api';
import type { Translate } from './translate';

export * from './stats-charts';

export type { Translate } from './translate';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The dashboard's filters as the URL holds them (`?from=&to=&batchId=&domain=`); malformed values are dropped. */
export function statsFiltersFromParams(
  params: ParamMap,
): Required<StatsFilters> {
  const date = (key: string) => {
    const value = params.get(key);
    return value && ISO_DATE.test(value) ? value : null;
  };
  const batchId = params.get('batchId');
  return {
    from: date('from'),
    to: date('to'),
    batchId: batchId && UUID.test(batchId) ? batchId : null,
    domain: params.get('domain') || null,
  };
}

/** Quarters from the first one with data (2025Q1) to the current one, newest first. */
export function quarterOptions(
  today: Date,
  first = { year: 2025, quarter: 1 },
): string[] {
  const china = new Date(today.getTime() + 8 * 3600_000);
  let year = china.getUTCFullYear();
  let quarter = Math.floor(china.getUTCMonth() / 3) + 1;
  const result: string[] = [];
  while (
    year > first.year ||
    (year === first.year && quarter >= first.quarter)
  ) {
    result.push(`${year}Q${quarter}`);
    quarter -= 1;
    if (quarter === 0) [year, quarter] = [year - 1, 4];
  }
  return result;
}

/** A `Date` picked in the browser as the calendar day it shows. */
export function dayOf(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** `YYYY-MM-DD` as a local `Date` for the range picker. */
export function dateOf(day: string): Date {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y, m - 1, d);
}

export interface StatsFigure {
  key: string;
  label: string;
  value: string;
  hint?: string;
}

/** The figure cards above the charts, in reading order. */
export function statsFigures(o: StatsOverview, t: Translate): StatsFigure[] {
  const p = o.sessions.participants;
  const count = (n: number) => n.toLocaleString('zh-CN');
  return [
    {
      key: 'published',
      label: t('stats.dashboard.figures.published'),
      value: count(o.scenarios.published),
    },
    {
      key: 'applications',
      label: t('stats.dashboard.figures.applications'),
      value: count(o.applications.submitted),
    },
    {
      key: 'shortlisted',
      label: t('stats.dashboard.figures.shortlisted'),
      value: count(o.applications.shortlisted),
    },
    {
      key: 'awards-proposed',
      label: t('stats.dashboard.figures.awardsProposed'),
      value: count(o.awards.proposed),
    },
    {
      key: 'awards-confirmed',
      label: t('stats.dashboard.figures.awardsConfirmed'),
      value: count(o.awards.confirmed),
    },
    { key: 'pilots', label: t('stats.dashboard.figures.pilots'), value: count(o.pilots) },
    { key: 'acceptances', label: t('stats.dashboard.figures.acceptances'), value: count(o.acceptances) },
    {
      key: 'coverage',
      label: t('stats.dashboard.figures.coverage'),
      value: `${(o.coverage.ratio * 100).toFixed(1)}%`,
      hint: t('stats.dashboard.figures.coverageHint', {
        covered: o.coverage.covered,
        open: o.coverage.open,
        n: o.filters.minMatches,
        score: o.filters.strongScore,
      }),
    },
    {
      key: 'sessions',
      label: t('stats.dashboard.figures.sessions'),
      value: count(o.sessions.total),
      hint: t('stats.dashboard.figures.sessionsHint', { held: o.sessions.held }),
    },
    {
      key: 'participants',
      label: t('stats.dashboard.figures.participants'),
      value: count(p.total),
      hint: t('stats.dashboard.figures.participantsHint', {
        e: p.enterprises,
        a: p.agencies,
        c: p.checkedIn,
      }),
    },
    {
      key: 'meetings',
      label: t('stats.dashboard.figures.meetings'),
      value: count(o.sessions.meetingsHeld),
    },
    {
      key: 'companies',
      label: t('stats.dashboard.figures.companies'),
      value: count(o.served.companies),
      hint: t('stats.dashboard.figures.companiesHint', {
        a: o.served.companiesViaApplications,
        m: o.served.companiesViaMeetings,
        x: o.served.companiesViaMatches,
      }),
    },
    { key: 'agencies', label: t('stats.dashboard.figures.agencies'), value: count(o.served.agencies) },
  ];
}

/**
 * What the batch-health table says when it has no row: "no open scenario" only when there is none;
 * with open scenarios hidden by the flagged-only switch it says that none needs attention (the summary above
 * counts them, the table must not contradict it).
 */
export function batchHealthEmpty(
  open: number,
  flagged: number,
  onlyFlagged: boolean,
  t: Translate,
): string {
  return onlyFlagged && open > 0 && flagged === 0
    ? t('stats.health.noneFlagged', { open })
    : t('stats.health.empty');
}
