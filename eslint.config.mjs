import nx from '@nx/eslint-plugin';
import { fileURLToPath } from 'node:url';

// Projects lint with their own config (`eslint .` in the project): patterns below that name
// workspace folders are relative to the workspace root, wherever the config is loaded from.
const workspaceRoot = fileURLToPath(new URL('.', import.meta.url));

// Framework packages that pure libraries (tag type:util in scope:shared) must never import:
// matching, scheduling and contracts run unchanged in the API, the worker, the portal and benches.
const frameworkPackages = ['@nestjs/*', '@angular/*', 'typeorm', 'pg', 'bullmq', 'ioredis', 'rxjs'];

const runtime = ['type:feature', 'type:data-access', 'type:ui', 'type:util'];
const portalBelowFeature = ['type:data-access', 'type:ui', 'type:util'];
const depConstraints = (testCode) => [
  { sourceTag: 'scope:server', onlyDependOnLibsWithTags: ['scope:server', 'scope:shared'] },
  { sourceTag: 'scope:portal', onlyDependOnLibsWithTags: ['scope:portal', 'scope:shared'] },
  { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'], bannedExternalImports: frameworkPackages },
  // Only test code may reach the testing libraries.
  { sourceTag: 'type:app', onlyDependOnLibsWithTags: testCode ? [...runtime, 'type:testing'] : runtime },
  { sourceTag: 'type:e2e', onlyDependOnLibsWithTags: ['type:util', 'type:testing'] },
  { sourceTag: 'type:feature', onlyDependOnLibsWithTags: testCode ? [...runtime, 'type:testing'] : runtime },
  // The portal's areas (libs/portal/<area>/feature) never import one another: what two areas share
  // moves down into a ui or data-access library; only the app (app.routes.ts) puts areas together.
  {
    allSourceTags: ['scope:portal', 'type:feature'],
    onlyDependOnLibsWithTags: [...portalBelowFeature, ...(testCode ? ['type:testing'] : [])],
  },
  { sourceTag: 'type:data-access', onlyDependOnLibsWithTags: testCode ? ['type:data-access', 'type:util', 'type:testing'] : ['type:data-access', 'type:util'] },
  // A portal ui block may load through a domain's typed API (the matches list, a product's files).
  { sourceTag: 'type:ui', onlyDependOnLibsWithTags: testCode ? ['type:ui', 'type:data-access', 'type:util', 'type:testing'] : ['type:ui', 'type:data-access', 'type:util'] },
  { sourceTag: 'type:util', onlyDependOnLibsWithTags: testCode ? ['type:util', 'type:testing'] : ['type:util'] },
  { sourceTag: 'type:testing', onlyDependOnLibsWithTags: ['type:feature', 'type:data-access', 'type:util', 'type:testing'] },
];
const boundaries = (testCode) => [
  'error',
  {
    enforceBuildableLibDependency: true,
    allow: ['^.*/eslint(\\.base)?\\.config\\.[cm]?[jt]s$'],
    depConstraints: depConstraints(testCode),
    // The portal's core is tested with the portal's test harness, which sets that core up.
    ignoredCircularDependencies: [['portal-core', 'portal-testing']],
  },
];
const testFiles = ['**/*.spec.ts', '**/*.integration-spec.ts', '**/*.e2e-spec.ts', '**/src/testing/**/*.ts', '**/*.bench.ts'];

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  { ignores: ['**/dist', '**/out-tsc', '**/node_modules', 'tmp'] },
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.js', '**/*.jsx'],
    rules: {
      '@nx/enforce-module-boundaries': boundaries(false),
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  { files: testFiles, rules: { '@nx/enforce-module-boundaries': boundaries(true) } },
  {
    // Issue 16: a raw query's rows are typed where the SQL is, as the query's type argument
    // (TypeORM's query<T> defaults to any, pg's to rows of any).
    basePath: workspaceRoot,
    files: ['libs/server/**/*.ts', 'apps/api/**/*.ts', 'apps/worker/**/*.ts', 'seeds/**/*.ts'],
    ignores: ['**/*.spec.ts', '**/*.integration-spec.ts', '**/migrations/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'CallExpression[callee.property.name="query"]:not([typeArguments])',
          message:
            'Give the raw query its result type: manager.query<Row[]>(sql, params) (UPDATE/DELETE … RETURNING: query<[Row[], number]>; result unused: query<unknown>; pg: client.query<Row>). See issue 16.',
        },
      ],
    },
  },
];
