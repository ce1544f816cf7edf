/** One sample of a scrape in the Prometheus text format: `name{label="value",…} 12.5`. */
export interface PromSample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

const SAMPLE = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})?\s+(\S+)(?:\s+\d+)?$/;
const LABEL = /([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g;

/** A scrape, parsed: every sample with its labels, for tests that check values, not just names. */
export class PromScrape {
  readonly samples: PromSample[];

  constructor(readonly text: string) {
    this.samples = [];
    for (const line of text.split('\n')) {
      if (!line || line.startsWith('#')) continue;
      const match = SAMPLE.exec(line.trim());
      if (!match) throw new Error(`Not a Prometheus sample line: ${line}`);
      const labels: Record<string, string> = {};
      for (const [, key, value] of (match[2] ?? '').matchAll(LABEL)) labels[key] = value.replace(/\\(.)/g, (_, c: string) => (c === 'n' ? '\n' : c));
      const raw = match[3];
      this.samples.push({ name: match[1], labels, value: raw === '+Inf' ? Infinity : raw === '-Inf' ? -Infinity : Number(raw) });
    }
  }

  /** Samples of a name whose labels include `labels`. */
  series(name: string, labels: Record<string, string> = {}): PromSample[] {
    return this.samples.filter((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v));
  }

  /** Sum over the matching samples (0 when none: a counter never incremented is not exported). */
  sum(name: string, labels: Record<string, string> = {}): number {
    return this.series(name, labels).reduce((total, s) => total + s.value, 0);
  }

  /** The one matching sample's value; throws when absent, so that a missing series fails loudly. */
  value(name: string, labels: Record<string, string> = {}): number {
    const found = this.series(name, labels);
    if (found.length !== 1) throw new Error(`Expected one ${name}${JSON.stringify(labels)} sample, found ${found.length}`);
    return found[0].value;
  }
}

/** GETs a metrics endpoint and parses it. */
export async function scrape(url: string): Promise<PromScrape> {
  const response = await fetch(url);
  if (response.status !== 200) throw new Error(`GET ${url} answered ${response.status}`);
  return new PromScrape(await response.text());
}
