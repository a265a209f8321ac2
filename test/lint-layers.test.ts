import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = new URL('..', import.meta.url).pathname;
const eslint = new ESLint({ cwd: root });

async function restricted(file: string, code: string): Promise<string[]> {
  const [r] = await eslint.lintText(code, { filePath: `${root}${file}` });
  return (r?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('layering lint', () => {
  it.each([
    ['core/x.ts', "import { readFileSync } from 'node:fs'; export const a = readFileSync;"],
    ['core/x.ts', "import { openProposal } from '../services/files'; export const a = openProposal;"],
    ['core/sections/x.ts', "import { main } from '../../cli/main'; export const a = main;"],
    ['services/x.ts', "import { app } from 'electron'; export const a = app;"],
    ['renderer/x.ts', "import Ajv from 'ajv'; export const a = Ajv;"],
    ['renderer/x.ts', "import { openProposal } from '../services/files'; export const a = openProposal;"],
    ['electron/x.ts', "import { useState } from 'react'; export const a = useState;"],
  ])('refuses in %s: %s', async (file, code) => {
    expect(await restricted(file, code)).toHaveLength(1);
  });

  it.each([
    ['services/x.ts', "import { validate } from '../core'; export const a = validate;"],
    ['cli/x.ts', "import { openProposal } from '../services/files'; export const a = openProposal;"],
    ['core/x.ts', "import { validate } from './validation/validate'; export const a = validate;"],
  ])('allows in %s: %s', async (file, code) => {
    expect(await restricted(file, code)).toEqual([]);
  });
});
