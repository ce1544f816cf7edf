import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Expand/contract: a migration runs while the previous release's API and worker processes are
 * still serving (rolling upgrade), so its `up` may only EXPAND the schema — add tables, nullable
 * columns or columns with a default, indexes, functions. What would break the previous
 * release's SQL (drop, rename, change a type, make a column required) is a CONTRACT step: it
 * ships in a later release, once no process of the old one runs, and is listed with its reason
 * in `contract-allowlist.json`.
 */
export interface ContractRule {
  code: string;
  /** Why the previous release breaks. */
  why: string;
  test: (statement: string) => boolean;
}

export const CONTRACT_RULES: ContractRule[] = [
  { code: 'drop-table', why: 'the previous release still reads and writes it', test: (s) => /\bDROP\s+(TABLE|VIEW|MATERIALIZED\s+VIEW|SCHEMA|TYPE|FUNCTION|SEQUENCE)\b/i.test(s) },
  { code: 'drop-column', why: 'the previous release still reads and writes it', test: (s) => /\bDROP\s+COLUMN\b/i.test(s) },
  { code: 'rename', why: 'the previous release still uses the old name', test: (s) => /\bALTER\s+(TABLE|VIEW|INDEX|SEQUENCE|TYPE|FUNCTION)\b[\s\S]*\bRENAME\b/i.test(s) },
  {
    code: 'change-type',
    why: 'the previous release writes and reads values of the old type (and the table is rewritten under a lock)',
    test: (s) => /\bALTER\s+COLUMN\s+("[^"]+"|\w+)\s+(SET\s+DATA\s+)?TYPE\b/i.test(s),
  },
  { code: 'set-not-null', why: 'the previous release inserts rows without the column', test: (s) => /\bSET\s+NOT\s+NULL\b/i.test(s) },
  {
    code: 'add-required-column',
    why: 'a NOT NULL column without a default: the previous release inserts rows without it',
    test: (s) =>
      /\bALTER\s+TABLE\b/i.test(s) &&
      splitClauses(s).some((c) => /^\s*ADD\s+(COLUMN\s+)?(IF\s+NOT\s+EXISTS\s+)?/i.test(c) && !/^\s*ADD\s+(CONSTRAINT|PRIMARY|UNIQUE|CHECK|FOREIGN)\b/i.test(c) && /\bNOT\s+NULL\b/i.test(c) && !/\b(DEFAULT|GENERATED)\b/i.test(c)),
  },
];

/** Top-level comma-separated clauses of an ALTER TABLE (commas inside parentheses stay). */
function splitClauses(statement: string): string[] {
  const clauses: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of statement) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (ch === ',' && depth === 0) {
      clauses.push(current);
      current = '';
    } else current += ch;
  }
  clauses.push(current);
  // The first clause starts with `ALTER TABLE name`: keep only the action.
  clauses[0] = clauses[0].replace(/^\s*ALTER\s+TABLE\s+(IF\s+EXISTS\s+)?(ONLY\s+)?("[^"]+"|[\w.]+)\s*/i, '');
  return clauses;
}

/**
 * The statements of a piece of SQL, with comments removed and string literals and
 * dollar-quoted bodies (function bodies, messages) blanked, whitespace collapsed.
 */
export function sqlStatements(sql: string): string[] {
  let text = '';
  for (let i = 0; i < sql.length; ) {
    const rest = sql.slice(i);
    if (rest.startsWith('--')) {
      const end = sql.indexOf('\n', i);
      i = end < 0 ? sql.length : end;
    } else if (rest.startsWith('/*')) {
      const end = sql.indexOf('*/', i + 2);
      i = end < 0 ? sql.length : end + 2;
    } else if (sql[i] === "'") {
      let j = i + 1;
      while (j < sql.length && !(sql[j] === "'" && sql[j + 1] !== "'")) j += sql[j] === "'" ? 2 : 1;
      text += "''";
      i = j + 1;
    } else if (/^\$[A-Za-z_]*\$/.test(rest)) {
      const tag = (/^\$[A-Za-z_]*\$/.exec(rest) as RegExpExecArray)[0];
      const end = sql.indexOf(tag, i + tag.length);
      text += '$$ $$';
      i = end < 0 ? sql.length : end + tag.length;
    } else {
      text += sql[i];
      i++;
    }
  }
  return text
    .split(';')
    .map((s) => s.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

/** The SQL a migration's `up` sends, recorded by a stand-in query runner (queries answer no rows). */
export async function recordUpSql(migration: MigrationInterface): Promise<string[]> {
  const sent: string[] = [];
  const runner = { query: async (sql: string) => (sent.push(sql), []) } as unknown as QueryRunner;
  await migration.up(runner);
  return sent;
}

export interface ContractAllowance {
  /** The migration's name (its class name, e.g. `NotificationsTimeOrder1765600000000`). */
  migration: string;
  /** A part of the statement (case and spacing ignored) that identifies it. */
  statement: string;
  /** Why it is safe, or which release contracted what. */
  reason: string;
}

export interface ContractFinding {
  migration: string;
  file: string;
  statement: string;
  rule: string;
  why: string;
}

const normalise = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * Every contract statement in the migrations' `up`, minus those allowed. `fileOf` names the
 * migration's file for the message.
 */
export async function contractViolations(
  migrations: MigrationInterface[],
  allowlist: ContractAllowance[],
  fileOf: (migration: MigrationInterface) => string,
): Promise<{ violations: ContractFinding[]; unusedAllowances: ContractAllowance[] }> {
  const used = new Set<ContractAllowance>();
  const violations: ContractFinding[] = [];
  for (const migration of migrations) {
    const name = migration.name ?? migration.constructor.name;
    for (const sql of await recordUpSql(migration)) {
      for (const statement of sqlStatements(sql)) {
        for (const rule of CONTRACT_RULES.filter((r) => r.test(statement))) {
          const allowed = allowlist.find((a) => a.migration === name && normalise(statement).includes(normalise(a.statement)));
          if (allowed) {
            used.add(allowed);
            continue;
          }
          violations.push({ migration: name, file: fileOf(migration), statement, rule: rule.code, why: rule.why });
        }
      }
    }
  }
  return { violations, unusedAllowances: allowlist.filter((a) => !used.has(a)) };
}

/** One line per finding: the file, the statement, the rule and what to do. */
export function describeViolations(violations: ContractFinding[]): string {
  return violations
    .map(
      (v) =>
        `${v.file}: "${v.statement.slice(0, 200)}" is a contract step (${v.rule}: ${v.why}). Expand only in this release ` +
        `(add, never drop, rename or retype); contract in a later release and list the statement with its reason in contract-allowlist.json.`,
    )
    .join('\n');
}
