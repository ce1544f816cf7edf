import nx from '@nx/eslint-plugin';
import baseConfig from '../../eslint.config.mjs';

// The Angular rules of every portal library (each library's eslint.config.mjs uses this one).
export default [
  ...nx.configs['flat/angular'],
  ...nx.configs['flat/angular-template'],
  ...baseConfig,
  {
    files: ['**/*.ts'],
    rules: {
      '@angular-eslint/directive-selector': ['error', { type: 'attribute', prefix: 'sm', style: 'camelCase' }],
      '@angular-eslint/component-selector': ['error', { type: 'element', prefix: 'sm', style: 'kebab-case' }],
    },
  },
];
