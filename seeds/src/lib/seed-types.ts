/** The shape of seeds/data/taxonomy.json (fields the loaders read). */
export interface TaxonomyFile {
  domains: Array<{ code: string; name: string; group: string; aliases?: string[]; vocabulary?: string[] }>;
  capabilities: Array<{ code: string; name: string; synonyms?: string[]; keywords?: string[] }>;
  scenarioKinds?: unknown[];
  certifications?: Array<{ code: string; name: string }>;
  deploymentModes?: Array<{ code: string; name: string }>;
}

/** The shape of seeds/data/demo-enterprises.json (fields the foundation loader reads). */
export interface DemoEnterprise {
  key: string;
  name: string;
  uscc: string;
  [more: string]: unknown;
}

export interface ScenarioListRow {
  序号: string;
  应用领域: string;
  场景名称: string;
  责任单位: string;
}
