import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = new URL('..', import.meta.url).pathname;
const eslint = new ESLint({ cwd: root });

/** The rules a file of code breaks when planted at `file` (nothing is written to disk). */
async function broken(file: string, code: string): Promise<string[]> {
  const [r] = await eslint.lintText(code, { filePath: `${root}${file}` });
  return (r?.messages ?? []).map((m) => m.ruleId ?? 'parse');
}

describe('layering lint: each layer imports only what it is allowed to', () => {
  it.each([
    ['core/x.ts', "import { Packer } from 'docx'; export const a = Packer;"],
    ['core/x.ts', "import yauzl from 'yauzl'; export const a = yauzl;"],
    ['core/x.ts', "import { readFileSync } from 'node:fs'; export const a = readFileSync;"],
    ['core/x.ts', "export const a = () => import('pdfmake');"],
    ['core/x.ts', "import { openProposal } from '../services/files'; export const a = openProposal;"],
    ['core/sections/x.ts', "import { main } from '../../cli/main'; export const a = main;"],
    ['core/x.ts', "import { useState } from 'react'; export const a = useState;"],
    ['renderer/x.ts', "import { Packer } from 'docx'; export const a = Packer;"],
    ['renderer/x.ts', "import yauzl from 'yauzl'; export const a = yauzl;"],
    ['renderer/x.ts', "import Ajv from 'ajv'; export const a = Ajv;"],
    ['renderer/x.ts', "import { join } from 'path'; export const a = join;"],
    ['renderer/x.ts', "import { openProposal } from '../services/files'; export const a = openProposal;"],
    ['services/x.ts', "import { app } from 'electron'; export const a = app;"],
    ['services/x.ts', "import { useState } from 'react'; export const a = useState;"],
    ['electron/x.ts', "import { useState } from 'react'; export const a = useState;"],
    ['electron/preload.ts', "import { readFileSync } from 'node:fs'; export const a = readFileSync;"],
    ['electron/preload.ts', "import { openProposal } from '../services/files'; export const a = openProposal;"],
    ['cli/x.ts', "import { app } from 'electron'; export const a = app;"],
  ])('refuses in %s: %s', async (file, code) => {
    expect(await broken(file, code)).toEqual(['layers/allowed-imports']);
  });

  it.each([
    ['services/x.ts', "import { validate } from '../core'; export const a = validate;"],
    ['cli/x.ts', "import { openProposal } from '../services/files'; export const a = openProposal;"],
    ['core/x.ts', "import { validate } from './validation/validate'; export const a = validate;"],
    ['renderer/app/x.ts', "import { useState } from 'react'; import { validate } from '../../core'; export const a = [useState, validate];"],
    ['electron/preload.ts', "import { CHANNELS } from '../core/ipc/contract'; import { contextBridge } from 'electron'; export const a = [CHANNELS, contextBridge];"],
  ])('allows in %s: %s', async (file, code) => {
    expect(await broken(file, code)).toEqual([]);
  });
});

describe('the window: only renderer/store talks to the rest of Proposta and writes the store', () => {
  it.each([
    ['renderer/app/X.tsx', "import { api } from '../api/client'; export const a = api;", 'no-restricted-imports'],
    ['renderer/sections/X.tsx', "import { useStore } from '../store/store'; export const a = () => useStore.setState({});", 'no-restricted-syntax'],
    ['renderer/app/x.ts', "import { useStore } from '../store/store'; export const a = () => useStore.getState().doc;", 'no-restricted-syntax'],
    ['renderer/app/x.ts', 'export const a = () => window.api;', 'no-restricted-syntax'],
  ])('refuses in %s: %s', async (file, code, rule) => {
    expect(await broken(file, code)).toEqual([rule]);
  });

  it('lets the store do it', async () => {
    expect(await broken('renderer/store/x.ts', "import { api } from '../api/client'; import { useStore } from './store'; export const a = () => [api, useStore.setState({})];")).toEqual([]);
  });
});
