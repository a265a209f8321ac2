import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { issues, STARTER_NAMES, starter } from '../../test/helpers/docs';
import { SCHEMA_KEYWORDS } from '../generated/schema-codes';
import { migrate } from '../migrations';
import { isRuleCode, RULE_CODES } from './codes';

const broken = new URL('../../test/fixtures/broken/', import.meta.url).pathname;
const expected = JSON.parse(readFileSync(`${broken}expected.json`, 'utf8')) as Record<string, string[]>;
const schemaCodes = new Set(SCHEMA_KEYWORDS.map((k) => `SCHEMA_${k.toUpperCase()}`));

function everyDocument(): unknown[] {
  const files = readdirSync(broken).filter((f) => f.endsWith('.proposta.json'));
  return [
    ...STARTER_NAMES.map(starter),
    ...files.map((f) => {
      const m = migrate(JSON.parse(readFileSync(`${broken}${f}`, 'utf8')));
      return m.ok ? m.doc : null;
    }),
  ];
}

describe('the catalogue of issue codes', () => {
  it('knows every code the broken fixtures expect', () => {
    for (const codes of Object.values(expected)) for (const c of codes) expect([c, isRuleCode(c) || schemaCodes.has(c)]).toEqual([c, true]);
  });

  it('knows every code raised on the starters and the broken fixtures, with the severity it gives', () => {
    for (const doc of everyDocument()) {
      for (const i of issues(doc)) {
        if (i.code.startsWith('SCHEMA_')) expect(schemaCodes.has(i.code)).toBe(true);
        else if (isRuleCode(i.code)) expect([i.code, i.severity]).toEqual([i.code, RULE_CODES[i.code].severity]);
        else throw new Error(`codice fuori catalogo: ${i.code}`);
      }
    }
  });

  it('has an Italian description for every code', () => {
    for (const [code, info] of Object.entries(RULE_CODES)) expect([code, info.about.length > 5]).toEqual([code, true]);
  });
});
