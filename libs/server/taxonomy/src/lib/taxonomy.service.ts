import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { findByCodeOrName, indexByKey, lookupKey as key, Named, resolveCodes } from './taxonomy-lookup';

interface Snapshot {
  at: number;
  domains: Named[];
  capabilities: Named[];
  deploymentModes: Array<{ code: string; name: string }>;
  certifications: Array<{ code: string; name: string }>;
  byKey: { domains: Map<string, Named>; capabilities: Map<string, Named> };
}

const TTL_MS = 60_000;

/**
 * Resolves what people type (a name, an alias or synonym, or a code) to taxonomy entries.
 * Cached per process for a minute: taxonomies change only when seeds are loaded.
 */
@Injectable()
export class TaxonomyService {
  private snapshot?: Promise<Snapshot>;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async domain(input: string): Promise<Named | undefined> {
    return (await this.load()).byKey.domains.get(key(input));
  }

  async capability(input: string): Promise<Named | undefined> {
    return (await this.load()).byKey.capabilities.get(key(input));
  }

  async domainByCode(code: string): Promise<Named | undefined> {
    return (await this.load()).domains.find((d) => d.code === code);
  }

  async capabilityByCode(code: string): Promise<Named | undefined> {
    return (await this.load()).capabilities.find((c) => c.code === code);
  }

  /** Capability code → name. */
  async capabilityNames(): Promise<Map<string, string>> {
    return new Map((await this.load()).capabilities.map((c) => [c.code, c.name]));
  }

  /** Deployment modes (code and name); resolves a code or a name. */
  async deploymentMode(input: string): Promise<{ code: string; name: string } | undefined> {
    return findByCodeOrName((await this.load()).deploymentModes, input);
  }

  async certification(input: string): Promise<{ code: string; name: string } | undefined> {
    return findByCodeOrName((await this.load()).certifications, input);
  }

  async domainNames(): Promise<Map<string, string>> {
    return new Map((await this.load()).domains.map((d) => [d.code, d.name]));
  }

  async deploymentModeNames(): Promise<Map<string, string>> {
    return new Map((await this.load()).deploymentModes.map((m) => [m.code, m.name]));
  }

  async domains(): Promise<Named[]> {
    return (await this.load()).domains;
  }

  /** Resolves several capability inputs; returns the codes and the inputs it did not know. */
  async capabilities(inputs: string[]): Promise<{ codes: string[]; unknown: string[] }> {
    return resolveCodes((await this.load()).byKey.capabilities, inputs);
  }

  private load(): Promise<Snapshot> {
    const current = this.snapshot;
    if (current) {
      return current.then((s) => (Date.now() - s.at < TTL_MS ? s : this.reload()));
    }
    return this.reload();
  }

  private reload(): Promise<Snapshot> {
    this.snapshot = (async () => {
      const domains = await this.dataSource.query<Named[]>(`SELECT code, name, aliases FROM domains ORDER BY sort, code`);
      const capabilities = await this.dataSource.query<Named[]>(`SELECT code, name, synonyms AS aliases FROM capabilities ORDER BY sort, code`);
      const documents =
        await this.dataSource.query<Array<{ modes: Array<{ code: string; name: string }> | null; certs: Array<{ code: string; name: string }> | null }>>(`SELECT body -> 'deploymentModes' AS modes, body -> 'certifications' AS certs FROM taxonomy_documents WHERE name = 'taxonomy'`);
      const deploymentModes = (documents[0]?.modes ?? []).map(({ code, name }) => ({ code, name }));
      const certifications = (documents[0]?.certs ?? []).map(({ code, name }) => ({ code, name }));
      return { at: Date.now(), domains, capabilities, deploymentModes, certifications, byKey: { domains: indexByKey(domains), capabilities: indexByKey(capabilities) } };
    })();
    this.snapshot.catch(() => (this.snapshot = undefined));
    return this.snapshot;
  }
}
