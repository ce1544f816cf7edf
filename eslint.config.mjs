import nx from '@nx/eslint-plugin';

// Framework packages that pure libraries (tag type:util in scope:shared) must never import:
// matching, scheduling and contracts run unchanged in the API, the worker, the portal and benches.
const frameworkPackages = ['@nestjs/*', '@angular/*', 'typeorm', 'pg', 'bullmq', 'ioredis', 'rxjs'];

const runtime = ['type:feature', 'type:data-access', 'type:ui', 'type:util'];
const depConstraints = (testCode) => [
  { sourceTag: 'scope:server', onlyDependOnLibsWithTags: ['scope:server', 'scope:shared'] },
  { sourceTag: 'scope:portal', onlyDependOnLibsWithTags: ['scope:portal', 'scope:shared'] },
  { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'], bannedExternalImports: frameworkPackages },
  // Only test code may reach the testing libraries.
  { sourceTag: 'type:app', onlyDependOnLibsWithTags: testCode ? [...runtime, 'type:testing'] : runtime },
  { sourceTag: 'type:e2e', onlyDependOnLibsWithTags: ['type:util', 'type:testing'] },
  { sourceTag: 'type:feature', onlyDependOnLibsWithTags: testCode ? [...runtime, 'type:testing'] : runtime },
  { sourceTag: 'type:data-access', onlyDependOnLibsWithTags: testCode ? ['type:data-access', 'type:util', 'type:testing'] : ['type:data-access', 'type:util'] },
  { sourceTag: 'type:ui', onlyDependOnLibsWithTags: ['type:ui', 'type:util'] },
  { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:util'] },
  { sourceTag: 'type:testing', onlyDependOnLibsWithTags: ['type:feature', 'type:data-access', 'type:util', 'type:testing'] },
];
const boundaries = (testCode) => [
  'error',
  { enforceBuildableLibDependency: true, allow: ['^.*/eslint(\\.base)?\\.config\\.[cm]?[jt]s$'], depConstraints: depConstraints(testCode) },
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
];
