// Lint, and the layering of architecture.md: a lower layer never imports a higher one.
import tseslint from 'typescript-eslint';
import { builtinModules } from 'node:module';

const NODE = ['node:*', ...builtinModules];
// Relative paths only, so that the folder `electron/` and the package `electron` stay distinct.
const layer = (dir) => [`../**/${dir}`, `../**/${dir}/**`, `./**/${dir}`, `./**/${dir}/**`];

/** What each top-level folder may not import. */
export const LAYERS = {
  core: { paths: [...NODE, 'electron', 'react', 'react-dom', 'zustand'], dirs: ['services', 'electron', 'renderer', 'cli'] },
  services: { paths: ['electron', 'react', 'react-dom', 'zustand'], dirs: ['electron', 'renderer', 'cli'] },
  electron: { paths: ['react', 'react-dom', 'zustand'], dirs: ['renderer', 'cli'] },
  renderer: { paths: [...NODE, 'electron', 'ajv', 'ajv/*', 'ajv-formats'], dirs: ['services', 'electron', 'cli'] },
  cli: { paths: ['electron', 'react', 'react-dom', 'zustand'], dirs: ['electron', 'renderer'] },
};

const layerRules = Object.entries(LAYERS).map(([dir, { paths, dirs }]) => ({
  files: [`${dir}/**/*.ts`, `${dir}/**/*.tsx`],
  ignores: ['**/*.test.ts', '**/*.test.tsx'],
  rules: {
    'no-restricted-imports': ['error', {
      patterns: [
        { group: paths, message: `${dir}/ non può usare questo modulo (vedi architecture.md).` },
        { group: dirs.flatMap(layer), message: `${dir}/ non può importare da un livello superiore (vedi architecture.md).` },
      ],
    }],
  },
}));

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
  ...layerRules,
);
