// The linters are loaded when used: every integration spec imports this library.

/** One finding of a linter, located by its JSON path in the document. */
export interface LintFinding {
  linter: 'spectral' | 'redocly';
  rule: string;
  severity: 'error' | 'warning';
  path: string;
  message: string;
}

/** Spectral's `spectral:oas` ruleset (what `extends: spectral:oas` gives), nothing turned off. */
export async function spectralFindings(document: object): Promise<LintFinding[]> {
  const [{ Document, Spectral }, { Json }, { oas }] = await Promise.all([import('@stoplight/spectral-core'), import('@stoplight/spectral-parsers'), import('@stoplight/spectral-rulesets')]);
  const spectral = new Spectral();
  spectral.setRuleset({ extends: [oas as never] });
  const results = await spectral.run(new Document(JSON.stringify(document, null, 2), Json, 'openapi.json'));
  return results
    .filter((r) => r.severity <= 1)
    .map((r) => ({
      linter: 'spectral' as const,
      rule: String(r.code),
      severity: r.severity === 0 ? ('error' as const) : ('warning' as const),
      path: r.path.join('.'),
      message: r.message,
    }));
}

/** Redocly's `recommended` ruleset, nothing turned off. */
export async function redoclyFindings(document: object): Promise<LintFinding[]> {
  const { createConfig, lintFromString } = await import('@redocly/openapi-core');
  const config = await createConfig({ extends: ['recommended'] });
  const problems = await lintFromString({ source: JSON.stringify(document, null, 2), absoluteRef: 'openapi.json', config });
  return problems
    .filter((p) => p.severity === 'error' || p.severity === 'warn')
    .map((p) => ({
      linter: 'redocly' as const,
      rule: p.ruleId,
      severity: p.severity === 'error' ? ('error' as const) : ('warning' as const),
      path: p.location[0]?.pointer?.replace(/^#\//, '') ?? '',
      message: p.message,
    }));
}

/** Findings one per line, grouped by rule, for a test failure that lists them all. */
export function formatFindings(findings: LintFinding[]): string {
  return findings.map((f) => `${f.linter} ${f.severity} ${f.rule} at ${f.path}: ${f.message}`).join('\n');
}
