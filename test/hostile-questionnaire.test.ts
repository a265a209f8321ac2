// The AI Act and GDPR questionnaire from a hand-edited or hostile file: answers of the wrong type, answers
// that are no answer («SI», «__proto__», 100,000 characters), questionnaires that are not objects, a
// thousand other systems. Validation, the compliance report, the dossier and the CLI must answer with
// codes, never throw, and never change the file; many files at once, deep in a folder tree.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../cli/main';
import { assessProposal, buildExportModel, FIELD_LABELS, type Proposal } from '../core';
import { edit, issues, PROFILE, starter } from './helpers/docs';
import { tempFolders } from './helpers/temp';

const tmp = tempFolders('questionario-ostile');
const BASE = '/conformita/sistemiIa/ricerca/questionario';

/** Values no choice question accepts (a free-text one refuses only those not text), each a different way to break a reader that trusts the schema. */
const HOSTILE: readonly unknown[] = [
  null, 42, true, [], {}, ['si'], { si: true }, 'SI', 'sì', ' si', 'si ', 'true', '__proto__', 'constructor',
  'toString', 'hasOwnProperty', 'x'.repeat(100_000), '\u0000', '\u202esi',
];

const base = starter('provincia');
const keys = Object.keys(base.conformita.sistemiIa.ricerca.questionario) as Array<keyof typeof base.conformita.sistemiIa.ricerca.questionario>;

/** A question answered by choice (its other answers are all wrong), or a free text (only a non-string is). */
const isChoice = (key: string): boolean => FIELD_LABELS[`${BASE}/${key}`]?.kind === 'choice';

/** Every question of the d) system set to every hostile value, one change per document; `wrong` if it must be an error. */
function variants(): Array<{ name: string; doc: unknown; wrong: boolean; pointer: string }> {
  const out: Array<{ name: string; doc: unknown; wrong: boolean; pointer: string }> = [];
  for (const key of keys) {
    for (const [n, value] of HOSTILE.entries()) {
      const doc = edit(base, (d) => { (d.conformita.sistemiIa.ricerca.questionario as unknown as Record<string, unknown>)[key] = value; });
      out.push({ name: `${key}=${n}`, doc, wrong: isChoice(key) || typeof value !== 'string', pointer: `${BASE}/${key}` });
    }
  }
  for (const [n, value] of [null, [], 'questionario', 7, {}].entries()) {
    out.push({ name: `questionario=${n}`, doc: edit(base, (d) => { (d.conformita.sistemiIa.ricerca as unknown as Record<string, unknown>).questionario = value; }), wrong: true, pointer: BASE });
  }
  return out;
}

/** The text as a file would hold it; `extra` adds raw members (own «__proto__» keys) before the first answer. */
const asFile = (doc: unknown, extra = ''): string => {
  const text = JSON.stringify(doc, null, 2);
  return extra ? text.replace('"ruolo":', `${extra}, "ruolo":`) : text;
};

describe('validation of a hostile questionnaire', () => {
  it('answers every wrong answer with an error at that question, and never throws', () => {
    const all = variants();
    expect(keys.filter(isChoice).length).toBeGreaterThan(20);
    for (const { name, doc, wrong, pointer } of all) {
      const found = issues(doc);
      const here = found.some((i) => (i.pointer === pointer || i.pointer.startsWith(`${pointer}/`)) && i.severity === 'errore');
      if (wrong) expect([name, here], name).toEqual([name, true]);
    }
    expect(all.filter((v) => v.wrong).length).toBeGreaterThan(keys.length * 10);
  });

  it('reads own «__proto__» and «constructor» keys from a file as unknown fields, not as the prototype', () => {
    const text = asFile(base, '"__proto__": { "ruolo": "fornitore", "punteggioSociale": "si" }, "constructor": "si"');
    const doc = JSON.parse(text) as unknown;
    const found = issues(doc);
    expect(found.some((i) => i.pointer.startsWith(BASE))).toBe(true);
    // Nothing leaked into every object.
    expect(({} as Record<string, unknown>).punteggioSociale).toBeUndefined();
  });

  it('assesses and builds the dossier of a document whose answers are wrong but whose shape is right', () => {
    for (const { name, doc } of variants()) {
      const d = doc as Proposal;
      const q = d.conformita.sistemiIa.ricerca.questionario as unknown;
      // The shape services rely on (openProposal refuses the rest as STRUTTURA_NON_VALIDA): strings only.
      if (typeof q !== 'object' || q === null || Array.isArray(q) || Object.values(q).some((v) => typeof v !== 'string')) continue;
      expect(() => assessProposal(d, PROFILE), name).not.toThrow();
      expect(() => buildExportModel(d, PROFILE), name).not.toThrow();
    }
  });

  it('finds each wrong answer among a thousand other AI systems, and only those', () => {
    const values = ['', 'si', 'no', 'fornitore', 'deployer', 'boh'];
    let seed = 7;
    const pick = () => values[(seed = (seed * 1103515245 + 12345) % 2147483648) % values.length]!;
    const wrong = new Set<string>();
    const doc = edit(base, (d) => {
      const template = d.conformita.sistemiIa.ricerca;
      d.conformita.sistemiIa.altri = Array.from({ length: 1000 }, (_, i) => {
        const answers = Object.fromEntries(keys.map((k) => {
          const v = pick();
          const options = FIELD_LABELS[`/conformita/sistemiIa/altri/*/valutazione/questionario/${k}`]?.options;
          if (options && !(v in options)) wrong.add(`/conformita/sistemiIa/altri/${i}/valutazione/questionario/${k}`);
          return [k, v];
        }));
        return {
          id: `sistema-${i + 1}`, nome: `Sistema ${i + 1}`, descrizione: 'Classifica le istanze in arrivo', supervisioneUmana: 'Un istruttore rivede ogni esito',
          valutazione: { ...structuredClone(template), questionario: answers as unknown as typeof template.questionario },
        };
      });
    });
    expect(wrong.size).toBeGreaterThan(1000);
    const enumErrors = new Set(issues(doc).filter((i) => i.code === 'SCHEMA_ENUM' && i.pointer.startsWith('/conformita/sistemiIa/altri/')).map((i) => i.pointer));
    expect(enumErrors).toEqual(wrong);
  });
});

describe('the command line on hostile questionnaires, many at once, deep in a folder tree', () => {
  it('validate and conformita end with a code and leave every file as it was', async () => {
    const deep = join(tmp(), ...Array.from({ length: 30 }, (_, i) => `livello-${i}`));
    mkdirSync(deep, { recursive: true });
    const files = variants().filter((v, i) => v.wrong && i % 5 === 0).map(({ name, doc }, i) => {
      const file = join(deep, `q-${i}-${name.replace(/\W+/g, '_')}.proposta`);
      writeFileSync(file, asFile(doc));
      return { file, before: readFileSync(file) };
    });
    const run = async (...argv: string[]) => {
      const err: string[] = [];
      const code = await main(argv, { out: () => undefined, err: (l) => err.push(l) });
      return { code, err: err.join('\n') };
    };
    for (let round = 0; round < 3; round++) {
      const results = await Promise.all(files.flatMap(({ file }) => [run('validate', file), run('conformita', file, '--json')]));
      // Every answer here is wrong: an error to correct (1), never «nessun errore» (0), never a crash.
      expect(results.map((r) => r.code).filter((c) => c !== 1)).toEqual([]);
      for (const r of results) expect(r.err).not.toMatch(/TypeError|RangeError|at .+\.ts:\d+/);
    }
    for (const { file, before } of files) expect(readFileSync(file).equals(before)).toBe(true);
  });
});
