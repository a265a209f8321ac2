// Lint, and the layering of architecture.md: each layer imports only what scripts/lint/layers.js allows.
import tseslint from 'typescript-eslint';
import { layersPlugin } from './scripts/lint/layers.js';

const TESTS = ['**/*.test.ts', '**/*.test.tsx', 'renderer/test/**'];

export default tseslint.config(
  { ignores: ['node_modules/**', 'core/generated/**', 'dist/**', 'out/**', 'bin/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  { files: ['scripts/**', 'bench/**', 'test/**', 'cli/**'], rules: { 'no-console': 'off' } },
  {
    files: ['core/**/*.ts', 'services/**/*.ts', 'electron/**/*.ts', 'cli/**/*.ts', 'renderer/**/*.ts', 'renderer/**/*.tsx'],
    ignores: TESTS,
    plugins: { layers: layersPlugin },
    rules: { 'layers/allowed-imports': 'error' },
  },
  {
    // In the window, only the store's modules talk to the rest of Proposta and write the store.
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    ignores: [...TESTS, 'renderer/store/**', 'renderer/api/**', 'renderer/main.tsx'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/api/*', '**/api'], message: "Solo renderer/store/ parla con window.api: usa le funzioni di store/actions.ts." }] }],
      'no-restricted-syntax': ['error',
        { selector: "MemberExpression[object.name='useStore'][property.name=/^(setState|getState)$/]", message: 'Solo renderer/store/ scrive (e legge fuori da React) lo store: usa store/actions.ts o store/selectors.ts.' },
        { selector: "MemberExpression[object.name='window'][property.name='api']", message: 'Solo renderer/store/ usa window.api (isDesktop() in store/selectors.ts).' },
      ],
    },
  },
);
