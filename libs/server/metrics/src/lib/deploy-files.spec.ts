import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { METRIC } from './metric-names';
import { Metrics } from './metrics';

const DEPLOY = join(__dirname, '../../../../../deploy');

interface AlertRule {
  alert: string;
  expr: string;
  for?: string;
  labels: { severity: string };
  annotations: { summary: string; description: string; action: string };
}
interface Panel {
  type: string;
  title: string;
  targets?: Array<{ expr: string }>;
}

/** The metric names an expression reads; histogram series (`_bucket`, `_sum`, `_count`) count as their histogram. */
function metricNames(expr: string): string[] {
  return [...expr.matchAll(/\b(?:scenematch|process|nodejs)_[a-zA-Z0-9_]+\b/g)].map(([name]) => name);
}

describe('the deploy/ dashboard and alert rules name only metrics the code exports', () => {
  let exported: Set<string>;
  const alerts = parse(readFileSync(join(DEPLOY, 'prometheus/alerts.yml'), 'utf8')) as { groups: Array<{ name: string; rules: AlertRule[] }> };
  const dashboard = JSON.parse(readFileSync(join(DEPLOY, 'grafana/scenematch-dashboard.json'), 'utf8')) as { uid: string; title: string; panels: Panel[] };
  const rules = alerts.groups.flatMap((g) => g.rules);
  const panelExprs = dashboard.panels.flatMap((p) => (p.targets ?? []).map((t) => ({ panel: p.title, expr: t.expr })));

  beforeAll(async () => {
    const metrics = new Metrics();
    // Everything defined (registered by the code that records it), plus the default process metrics.
    metrics.use(...metrics.definitions());
    const json = await metrics.registry.getMetricsAsJSON();
    exported = new Set(
      json.flatMap((m) => (String(m.type) === 'histogram' ? [`${m.name}_bucket`, `${m.name}_sum`, `${m.name}_count`] : [m.name])),
    );
  });

  it('defines every name of the METRIC list, and nothing else of its own', () => {
    const defined = new Metrics().definitions().map((m) => (m as unknown as { name: string }).name);
    expect(new Set(defined)).toEqual(new Set(Object.values(METRIC)));
    expect(defined).toHaveLength(Object.values(METRIC).length);
    for (const name of defined) expect(name).toMatch(/^scenematch_[a-z_]+$/);
  });

  it('alert expressions and texts use existing metrics', () => {
    expect(rules.length).toBeGreaterThanOrEqual(10);
    const unknown = rules.flatMap((r) => metricNames(`${r.expr} ${JSON.stringify(r.annotations)}`).filter((n) => !exported.has(n)).map((n) => `${r.alert}: ${n}`));
    expect(unknown).toEqual([]);
  });

  it('dashboard panels use existing metrics', () => {
    expect(panelExprs.length).toBeGreaterThanOrEqual(15);
    const unknown = panelExprs.flatMap(({ panel, expr }) => metricNames(expr).filter((n) => !exported.has(n)).map((n) => `${panel}: ${n}`));
    expect(unknown).toEqual([]);
  });

  it('covers what an operator watches: requests, errors, outbox lag, queues, jobs, rebuilds, sign-ins', () => {
    const panelText = panelExprs.map((p) => p.expr).join('\n');
    const ruleText = rules.map((r) => r.expr).join('\n');
    for (const name of [METRIC.httpRequests, `${METRIC.httpRequestDuration}_bucket`, METRIC.outboxOldestAge, METRIC.queueJobs, `${METRIC.jobDuration}_bucket`, METRIC.jobFailures, `${METRIC.matchingRebuildDuration}_sum`, METRIC.signInFailures]) {
      expect(panelText).toContain(name);
    }
    for (const name of [METRIC.outboxOldestAge, METRIC.jobFailures, METRIC.httpRequests, METRIC.dbPoolWaiting, METRIC.signInFailures]) {
      expect(ruleText).toContain(name);
    }
    expect(ruleText).toMatch(/status=~"5\.\."/);
  });

  it('every alert says how bad it is, what it means and what to do', () => {
    for (const rule of rules) {
      expect(['critical', 'warning', 'info']).toContain(rule.labels.severity);
      expect(rule.annotations.summary.length).toBeGreaterThan(10);
      expect(rule.annotations.description.length).toBeGreaterThan(10);
      expect(rule.annotations.action.length).toBeGreaterThan(10);
    }
    expect(new Set(rules.map((r) => r.alert)).size).toBe(rules.length);
  });

  it('the dashboard is importable: a Prometheus data-source input, a fixed uid, panels with queries', () => {
    expect(dashboard.uid).toBe('scenematch-overview');
    expect(JSON.stringify(dashboard)).toContain('${DS_PROMETHEUS}');
    for (const panel of dashboard.panels.filter((p) => p.type !== 'row')) expect(panel.targets?.length).toBeGreaterThan(0);
  });
});
