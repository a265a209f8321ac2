import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['**/*.test.ts', '**/*.test.tsx'],
    exclude: ['node_modules/**', 'dist/**'],
    testTimeout: 60_000,
    // Hooks do real work with real tools (openssl keys, a server, Chromium): a loaded shared machine needs time.
    hookTimeout: 120_000,
    setupFiles: ['test/helpers/issue-codes.ts'],
    reporters: ['default'],
    // A private temporary folder per run, checked for leftovers at the end (test/temp-guard.ts).
    globalSetup: ['test/temp-guard.ts'],
  },
});
