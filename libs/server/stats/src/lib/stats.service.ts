import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  FOLLOW_UP_ANSWER_LABELS,
  FOLLOW_UP_ANSWERS,
  ApiFieldError,
  BATCH_HEALTH_DAYS,
  BATCH_HEALTH_MIN_APPLICATIONS,
  BatchHealth,
  BatchHealthScenario,
  BatchHealthSuggestion,
  chinaToday,
  MEETING_OUTCOME_LABELS,
  PUBLIC_SCENARIO_STATUSES,
  PublicStats,
  SCENARIO_STATUS_LABELS,
  ScenarioStatus,
  STATS_DEFAULT_MIN_MATCHES,
  STATS_DEFAULT_STRONG_SCORE,
  StatsCount,
  StatsMonth,
  StatsOverview,
} from '@scenematch/contracts';
import { beijingIsoSql, FieldValidationException } from '@scenematch/server-common';
import { VersionedCache } from '@scenematch/server-database';
import {
  APPLICATIONS,
  AWARDS,
  CAPABILITIES,
  DATA_VERSIONS,
  DOMAINS,
  followUpAnswerCounts,
  MATCH_RESULTS,
  MATCHMAKING_SESSIONS,
  ORGANISATIONS,
  PRODUCTS,
  SCENARIO_BATCHES,
  SCENARIO_EVENTS,
  SCENARIOS,
  scenarioBatchName,
  SESSION_MEETINGS,
  SESSION_PARTICIPANTS,
  sessionParticipantCounts,
} from '@scenematch/server-data';
import { TaxonomyService } from '@scenematch/server-taxonomy';
import { DataSource } from 'typeorm';
import { monthsOf, statsPeriod, validDate } from './stats-period';
import { FILTER_PARAMS, inPeriod, MONTH, OPEN, SCOPE, SCOPED, SUBMITTED, TODAY } from './stats-sql';
import { StatsQueryDto } from './stats.dto';

/**
 * The resolved filters every figure query takes, in this parameter order: $1 from, $2 to (dates,
 * China time, inclusive), $3 batch id, $4 domain code, $5 minMatches, $6 strongScore.
 */
export interface StatsFilters {
  from: string;
  to: string;
  batchId: string | null;
  domainCode: string | null;
  domainName: string | null;
  minMatches: number;
  strongScore: number;
}

/**
 * Meetings that took place, as the session report counts them: not cancelled, in a session that
 * has run, with an outcome recorded or both sides checked in.
 */
const HELD_MEETINGS = `
  ${SESSION_MEETINGS} m JOIN ${MATCHMAKING_SESSIONS} ss ON ss.id = m.session_id
  WHERE m.status = 'scheduled' AND ss.status IN ('running', 'closed') AND ${inPeriod('ss.starts_at')}
    AND (m.outcome IS NOT NULL OR (
      EXISTS (SELECT 1 FROM ${SESSION_PARTICIPANTS} pe WHERE pe.session_id = m.session_id AND pe.organisation_id = m.enterprise_id AND pe.checked_in_at IS NOT NULL)
      AND EXISTS (SELECT 1 FROM ${SESSION_PARTICIPANTS} pa WHERE pa.session_id = m.session_id AND pa.organisation_id = m.agency_id AND pa.checked_in_at IS NOT NULL)))
    AND (NOT ${SCOPED} OR EXISTS (SELECT 1 FROM ${SCENARIOS} s WHERE s.id = m.scenario_id AND ${SCOPE}))`;

const n = (value: unknown): number => Number(value ?? 0);

/** A row of the batch-health query: one open scenario. */
interface BatchHealthRow {
  id: string;
  title: string;
  seq_no: number | null;
  domain: string;
  agency: string;
  deadline: string | null;
  days_left: number | null;
  applications: number;
  flagged: boolean;
  suggestions: BatchHealthSuggestion[];
}

@Injectable()
export class StatsService {
  /** Public figures change with scenarios, products and organisations: all bump these versions. */
  private readonly publicCache: VersionedCache<Omit<PublicStats, 'sessionsHeld' | 'sessionsListed'>>;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly taxonomy: TaxonomyService,
  ) {
    this.publicCache = new VersionedCache(dataSource, 'scenarios', 4);
  }

  /** Checks and completes the filters; every problem is a field error (400). */
  async filters(query: StatsQueryDto): Promise<StatsFilters> {
    const errors: ApiFieldError[] = [];
    for (const field of ['from', 'to'] as const) {
      const value = query[field];
      if (value !== undefined && !validDate(value)) errors.push({ field, message: `不是有效的日期：${value}` });
    }
    let domainCode: string | null = null;
    let domainName: string | null = null;
    if (query.domain) {
      const domain = await this.taxonomy.domain(query.domain);
      if (domain) [domainCode, domainName] = [domain.code, domain.name];
      else errors.push({ field: 'domain', message: `未知的应用领域：${query.domain}` });
    }
    if (errors.length) throw new FieldValidationException(errors);
    const period = statsPeriod(query, chinaToday());
    if ('refused' in period) throw FieldValidationException.single('from', period.refused === 'from-after-to' ? '开始日期不能晚于结束日期' : '统计期间最长 10 年');
    const { from, to } = period;
    if (query.batchId) {
      if (!(await scenarioBatchName(this.dataSource, query.batchId))) throw FieldValidationException.single('batchId', '榜单批次不存在');
    }
    return {
      from,
      to,
      batchId: query.batchId ?? null,
      domainCode,
      domainName,
      minMatches: query.minMatches ?? STATS_DEFAULT_MIN_MATCHES,
      strongScore: query.strongScore ?? STATS_DEFAULT_STRONG_SCORE,
    };
  }

  /** Runs a figure query, which starts `WITH ${FILTER_PARAMS}`, with the six filter parameters. */
  private q<T = Record<string, unknown>>(sql: string, f: StatsFilters): Promise<T[]> {
    if (!sql.startsWith(`WITH ${FILTER_PARAMS}`)) throw new Error('A figure query starts with the typed filter parameters (FILTER_PARAMS)');
    return this.dataSource.query<T[]>(sql, [f.from, f.to, f.batchId, f.domainCode, f.minMatches, f.strongScore]);
  }

  async overview(f: StatsFilters): Promise<StatsOverview> {
    const [scenarioRows, [apps], [awards], [progress], [funnel], [coverage], [sessions], participants, outcomes, [served], series] = await Promise.all([
      this.q<{ domain_code: string; domain_name: string; status: ScenarioStatus; batch_id: string | null; batch_number: number | null; batch_name: string | null; n: string }>(
        `WITH ${FILTER_PARAMS} SELECT s.domain_code, d.name AS domain_name, s.status, s.batch_id, b.number AS batch_number, b.name AS batch_name, count(*) AS n
           FROM ${SCENARIOS} s JOIN ${DOMAINS} d ON d.code = s.domain_code LEFT JOIN ${SCENARIO_BATCHES} b ON b.id = s.batch_id
          WHERE ${inPeriod('s.published_at')} AND ${SCOPE}
          GROUP BY 1, 2, 3, 4, 5, 6`,
        f,
      ),
      this.q(
        `WITH ${FILTER_PARAMS} SELECT count(*) FILTER (WHERE a.status <> 'withdrawn') AS submitted,
                count(*) FILTER (WHERE a.status IN ('shortlisted', 'under_review', 'selected', 'not_selected')) AS shortlisted,
                count(*) FILTER (WHERE a.status = 'withdrawn') AS withdrawn
           FROM ${APPLICATIONS} a JOIN ${SCENARIOS} s ON s.id = a.scenario_id
          WHERE a.status <> 'draft' AND ${inPeriod('a.submitted_at')} AND ${SCOPE}`,
        f,
      ),
      this.q(
        `WITH ${FILTER_PARAMS} SELECT count(*) FILTER (WHERE ${inPeriod('w.created_at')}) AS proposed,
                count(*) FILTER (WHERE ${inPeriod('w.created_at')} AND w.status = 'in_notice') AS in_notice,
                count(*) FILTER (WHERE w.status = 'confirmed' AND ${inPeriod('w.decided_at')}) AS confirmed,
                count(*) FILTER (WHERE w.status = 'overturned' AND ${inPeriod('w.decided_at')}) AS overturned
           FROM ${AWARDS} w JOIN ${SCENARIOS} s ON s.id = w.scenario_id WHERE ${SCOPE}`,
        f,
      ),
      this.q(
        `WITH ${FILTER_PARAMS} SELECT (SELECT count(DISTINCT e.scenario_id) FROM ${SCENARIO_EVENTS} e JOIN ${SCENARIOS} s ON s.id = e.scenario_id
                  WHERE e.to_status = 'piloting' AND ${inPeriod('e.at')} AND ${SCOPE}) AS pilots,
                (SELECT count(*) FROM ${SCENARIOS} s WHERE ${inPeriod('s.accepted_at')} AND ${SCOPE}) AS acceptances`,
        f,
      ),
      this.q(
        `WITH ${FILTER_PARAMS} SELECT count(*) AS published,
                count(*) FILTER (WHERE EXISTS (SELECT 1 FROM ${APPLICATIONS} a WHERE a.scenario_id = s.id AND ${SUBMITTED})) AS applied,
                count(*) FILTER (WHERE EXISTS (SELECT 1 FROM ${AWARDS} w WHERE w.scenario_id = s.id AND w.status = 'confirmed')) AS awarded,
                count(*) FILTER (WHERE s.status = 'accepted') AS accepted
           FROM ${SCENARIOS} s WHERE ${inPeriod('s.published_at')} AND ${SCOPE}`,
        f,
      ),
      this.q(
        `WITH ${FILTER_PARAMS} SELECT count(*) AS open,
                count(*) FILTER (WHERE (SELECT count(*) FROM ${MATCH_RESULTS} r WHERE r.scenario_id = s.id AND r.score >= $6) >= $5) AS covered
           FROM ${SCENARIOS} s WHERE ${OPEN} AND ${SCOPE}`,
        f,
      ),
      this.q(
        `WITH ${FILTER_PARAMS} SELECT count(*) AS total, count(*) FILTER (WHERE ss.status IN ('running', 'closed')) AS held,
                (SELECT count(*) FROM ${HELD_MEETINGS}) AS meetings
           FROM ${MATCHMAKING_SESSIONS} ss WHERE ${inPeriod('ss.starts_at')}`,
        f,
      ),
      sessionParticipantCounts(this.dataSource, f),
      this.q<{ outcome: string; n: string }>(`WITH ${FILTER_PARAMS} SELECT coalesce(m.outcome, 'pending') AS outcome, count(*) AS n FROM ${HELD_MEETINGS} GROUP BY 1`, f),
      this.q(
        `WITH ${FILTER_PARAMS}, applied AS (
           SELECT a.organisation_id AS org, s.agency_id FROM ${APPLICATIONS} a JOIN ${SCENARIOS} s ON s.id = a.scenario_id
            WHERE ${SUBMITTED} AND ${inPeriod('a.submitted_at')} AND ${SCOPE}
           UNION
           SELECT unnest(a.member_ids), s.agency_id FROM ${APPLICATIONS} a JOIN ${SCENARIOS} s ON s.id = a.scenario_id
            WHERE ${SUBMITTED} AND ${inPeriod('a.submitted_at')} AND ${SCOPE}
         ), met AS (
           SELECT m.enterprise_id AS org, m.agency_id FROM ${HELD_MEETINGS}
         ), matched AS (
           SELECT r.organisation_id AS org, s.agency_id FROM ${MATCH_RESULTS} r JOIN ${SCENARIOS} s ON s.id = r.scenario_id
            WHERE r.score >= $6 AND ${inPeriod('s.published_at')} AND ${SCOPE}
         )
         SELECT (SELECT count(DISTINCT org) FROM applied) AS via_applications,
                (SELECT count(DISTINCT org) FROM met) AS via_meetings,
                (SELECT count(DISTINCT org) FROM matched) AS via_matches,
                (SELECT count(*) FROM (SELECT org FROM applied UNION SELECT org FROM met UNION SELECT org FROM matched) u) AS companies,
                (SELECT count(*) FROM (SELECT agency_id FROM applied UNION SELECT agency_id FROM met UNION SELECT agency_id FROM matched) u) AS agencies`,
        f,
      ),
      this.q<{ kind: keyof Omit<StatsMonth, 'month'>; month: string; n: string }>(
        `WITH ${FILTER_PARAMS} SELECT 'scenariosPublished' AS kind, ${MONTH('s.published_at')} AS month, count(*) AS n
           FROM ${SCENARIOS} s WHERE ${inPeriod('s.published_at')} AND ${SCOPE} GROUP BY 2
         UNION ALL
         SELECT 'applicationsSubmitted', ${MONTH('a.submitted_at')}, count(*)
           FROM ${APPLICATIONS} a JOIN ${SCENARIOS} s ON s.id = a.scenario_id WHERE ${SUBMITTED} AND ${inPeriod('a.submitted_at')} AND ${SCOPE} GROUP BY 2
         UNION ALL
         SELECT 'awardsConfirmed', ${MONTH('w.decided_at')}, count(*)
           FROM ${AWARDS} w JOIN ${SCENARIOS} s ON s.id = w.scenario_id WHERE w.status = 'confirmed' AND ${inPeriod('w.decided_at')} AND ${SCOPE} GROUP BY 2
         UNION ALL
         SELECT 'meetingsHeld', ${MONTH('ss.starts_at')}, count(*) FROM ${HELD_MEETINGS} GROUP BY 2`,
        f,
      ),
    ]);

    const tally = (key: (r: (typeof scenarioRows)[number]) => string, label: (r: (typeof scenarioRows)[number]) => string): StatsCount[] => {
      const counts = new Map<string, StatsCount>();
      for (const r of scenarioRows) {
        const k = key(r);
        const c = counts.get(k) ?? { key: k, label: label(r), count: 0 };
        c.count += n(r.n);
        counts.set(k, c);
      }
      return [...counts.values()].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'zh-CN'));
    };

    const months = monthsOf(f.from, f.to).map(
      (month): StatsMonth => ({ month, scenariosPublished: 0, applicationsSubmitted: 0, awardsConfirmed: 0, meetingsHeld: 0 }),
    );
    const byMonth = new Map(months.map((m) => [m.month, m]));
    for (const r of series) {
      const m = byMonth.get(r.month);
      if (m) m[r.kind] += n(r.n);
    }

    // Follow-up answers (签约 / 试点 / 融资 / 无) given in the period, about meetings of any session.
    const followUpCount = await followUpAnswerCounts(this.dataSource, f);
    const open = n(coverage['open']);
    const covered = n(coverage['covered']);
    const outcomeCount = new Map(outcomes.map((o) => [o.outcome, n(o.n)]));
    return {
      filters: { from: f.from, to: f.to, batchId: f.batchId, domain: f.domainName, minMatches: f.minMatches, strongScore: f.strongScore },
      scenarios: {
        published: scenarioRows.reduce((sum, r) => sum + n(r.n), 0),
        byDomain: tally((r) => r.domain_code, (r) => r.domain_name),
        byStatus: tally((r) => r.status, (r) => SCENARIO_STATUS_LABELS[r.status] ?? r.status),
        byBatch: tally((r) => r.batch_id ?? 'none', (r) => (r.batch_id ? `第 ${r.batch_number} 批 · ${r.batch_name}` : '未分批')),
      },
      applications: { submitted: n(apps['submitted']), shortlisted: n(apps['shortlisted']), withdrawn: n(apps['withdrawn']) },
      awards: { proposed: n(awards['proposed']), inNotice: n(awards['in_notice']), confirmed: n(awards['confirmed']), overturned: n(awards['overturned']) },
      pilots: n(progress['pilots']),
      acceptances: n(progress['acceptances']),
      funnel: [
        { key: 'published', label: '已发布', count: n(funnel['published']) },
        { key: 'applied', label: '有申报', count: n(funnel['applied']) },
        { key: 'awarded', label: '已揭榜', count: n(funnel['awarded']) },
        { key: 'accepted', label: '已验收', count: n(funnel['accepted']) },
      ],
      coverage: { open, covered, ratio: open ? covered / open : 0 },
      sessions: {
        total: n(sessions['total']),
        held: n(sessions['held']),
        participants,
        meetingsHeld: n(sessions['meetings']),
        outcomes: [...(Object.keys(MEETING_OUTCOME_LABELS) as Array<keyof typeof MEETING_OUTCOME_LABELS>), 'pending' as const].map((key) => ({
          key,
          label: key === 'pending' ? '未登记' : MEETING_OUTCOME_LABELS[key],
          count: outcomeCount.get(key) ?? 0,
        })),
        followUps: FOLLOW_UP_ANSWERS.map((key) => ({ key, label: FOLLOW_UP_ANSWER_LABELS[key], count: followUpCount.get(key) ?? 0 })),
      },
      served: {
        companies: n(served['companies']),
        companiesViaApplications: n(served['via_applications']),
        companiesViaMeetings: n(served['via_meetings']),
        companiesViaMatches: n(served['via_matches']),
        agencies: n(served['agencies']),
      },
      months,
    };
  }

  /**
   * Home-page figures. The costly counts are cached per data version (scenarios and products:
   * organisation changes bump both); sessions are counted over a small table, read live: held
   * ones and every one the public list shows (a session open for registration is on the list, so
   * the home page must not say there are none).
   */
  async publicStats(): Promise<PublicStats> {
    const [versions] = await this.dataSource.query<Array<{ products: string; sessions: string; listed: string }>>(
      `SELECT (SELECT v.version FROM ${DATA_VERSIONS} v WHERE v.name = 'products') AS products,
              count(*) FILTER (WHERE status IN ('running', 'closed')) AS sessions,
              count(*) FILTER (WHERE status <> 'planning') AS listed
         FROM ${MATCHMAKING_SESSIONS} ss`,
    );
    const cached = await this.publicCache.get(`public:${versions.products}`, async () => {
      const [row] = await this.dataSource.query<[{ scenarios: string; domains: string; domains_total: string; products: string; companies: string }]>(
        `SELECT (SELECT count(*) FROM ${SCENARIOS} s WHERE s.status = ANY($1)) AS scenarios,
                (SELECT count(DISTINCT s.domain_code) FROM ${SCENARIOS} s WHERE s.status = ANY($1)) AS domains,
                (SELECT count(*) FROM ${DOMAINS} d) AS domains_total,
                (SELECT count(*) FROM ${PRODUCTS} p WHERE p.status = 'listed') AS products,
                (SELECT count(*) FROM ${ORGANISATIONS} o WHERE o.type = 'enterprise') AS companies`,
        [PUBLIC_SCENARIO_STATUSES],
      );
      return {
        publishedScenarios: n(row.scenarios),
        listedProducts: n(row.products),
        companies: n(row.companies),
        domains: n(row.domains),
        domainsTotal: n(row.domains_total),
      };
    });
    return { ...cached, sessionsHeld: n(versions.sessions), sessionsListed: n(versions.listed) };
  }

  async batchHealth(batchId: string | undefined): Promise<BatchHealth> {
    let batch: BatchHealth['batch'] = null;
    if (batchId) {
      batch = await scenarioBatchName(this.dataSource, batchId);
      if (!batch) throw new NotFoundException('榜单批次不存在');
    }
    const params = [batchId ?? null, BATCH_HEALTH_DAYS, BATCH_HEALTH_MIN_APPLICATIONS];
    const openInBatch = `${OPEN} AND ($1::uuid IS NULL OR s.batch_id = $1::uuid)`;
    const [rows, gaps] = await Promise.all([
      this.dataSource.query<BatchHealthRow[]>(
        `SELECT x.*, (x.days_left IS NOT NULL AND x.days_left <= $2 AND x.applications < $3) AS flagged FROM (
           SELECT s.id, s.title, s.seq_no, d.name AS domain, o.name AS agency,
                  ${beijingIsoSql('s.deadline')} AS deadline,
                  ((s.deadline AT TIME ZONE 'Asia/Shanghai')::date - ${TODAY}) AS days_left,
                  (SELECT count(*) FROM ${APPLICATIONS} a WHERE a.scenario_id = s.id AND ${SUBMITTED})::int AS applications,
                  coalesce((
                    SELECT json_agg(json_build_object('organisationId', c.id, 'name', c.name, 'score', c.score) ORDER BY c.score DESC, c.name)
                      FROM (SELECT org.id, org.name, r.score FROM ${MATCH_RESULTS} r JOIN ${ORGANISATIONS} org ON org.id = r.organisation_id
                             WHERE r.scenario_id = s.id AND org.type = 'enterprise'
                               -- Bids are sealed until the opening: leaving out those who bid would tell who did.
                               AND (s.bids_opened_at IS NULL OR NOT EXISTS (SELECT 1 FROM ${APPLICATIONS} a WHERE a.scenario_id = s.id
                                                 AND (a.organisation_id = org.id OR org.id = ANY(a.member_ids))))
                             ORDER BY r.score DESC, org.name LIMIT 5) c
                  ), '[]') AS suggestions
             FROM ${SCENARIOS} s JOIN ${DOMAINS} d ON d.code = s.domain_code JOIN ${ORGANISATIONS} o ON o.id = s.agency_id
            WHERE ${openInBatch}) x
          ORDER BY flagged DESC, x.days_left ASC NULLS LAST, x.applications, x.seq_no NULLS LAST, x.title`,
        params,
      ),
      this.dataSource.query<Array<{ code: string; name: string; scenarios: string }>>(
        `SELECT c.code, c.name, count(DISTINCT s.id) AS scenarios
           FROM ${SCENARIOS} s CROSS JOIN LATERAL unnest(s.capability_codes) AS asked(code) JOIN ${CAPABILITIES} c ON c.code = asked.code
          WHERE ${openInBatch}
            AND NOT EXISTS (SELECT 1 FROM ${PRODUCTS} p WHERE p.status = 'listed' AND asked.code = ANY(p.capability_codes))
          GROUP BY c.code, c.name, c.sort ORDER BY count(DISTINCT s.id) DESC, c.sort, c.name`,
        [batchId ?? null],
      ),
    ]);
    const scenarios = rows.map((r): BatchHealthScenario => ({
      id: r.id,
      title: r.title,
      seqNo: r.seq_no,
      domain: r.domain,
      agency: r.agency,
      deadline: r.deadline,
      daysLeft: r.days_left,
      applications: r.applications,
      flagged: r.flagged,
      suggestions: r.suggestions,
    }));
    return {
      batch,
      open: scenarios.length,
      flagged: scenarios.filter((s) => s.flagged).length,
      scenarios,
      capabilityGaps: gaps.map((g) => ({ code: g.code, name: g.name, scenarios: n(g.scenarios) })),
    };
  }
}
