import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { edit, starter, STARTER_NAMES, starterPath } from '../test/helpers/docs';
import { main } from './main';

const root = new URL('..', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'proposta-conformita-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

function file(name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

interface Report {
  sistemi: Array<{ chiave: string; classe: string; riferimenti: string[]; daRispondere: string[]; obblighi: Array<{ regola: string; riferimento: string; siApplicaDal: string | null; stato: string; comeLoSoddisfiamo: string }> }>;
  problemi: Array<{ code: string; severity: string; pointer: string }>;
  avvertenza: string;
}
const json = (out: string) => JSON.parse(out) as Report;

describe('proposta conformita', () => {
  it.each(STARTER_NAMES)('prints the class and obligations of each AI system of the starter %s, and exits 0', async (name) => {
    const r = await run('conformita', starterPath(name));
    expect(r.code).toBe(0);
    expect(r.out).toContain('non è una consulenza legale');
    expect(r.out).toMatch(/Classe: Rischio (limitato|minimo)/);
    expect(r.out).toContain('L. 132/2025, art. 14, comma 1');
    expect(r.out).toContain('Esito: nessun errore di conformità');
  });

  it('gives programs every obligation with its source, date, verification state and how it is met', async () => {
    const r = await run('conformita', starterPath('provincia'), '--json');
    expect(r.code).toBe(0);
    const rep = json(r.out);
    expect(rep.sistemi.map((s) => [s.chiave, s.classe])).toEqual([['ricerca', 'trasparenza'], ['orchestrazione', 'minimo']]);
    expect(rep.sistemi[0]!.obblighi[0]).toMatchObject({ regola: 'AIA-50-1', riferimento: 'Reg. (UE) 2024/1689, art. 50, par. 1', siApplicaDal: '2026-08-02', stato: 'confermato' });
    expect(rep.sistemi.flatMap((s) => s.obblighi).every((o) => o.comeLoSoddisfiamo.length > 20)).toBe(true);
    expect(rep.avvertenza).toContain('non è una consulenza legale');
  });

  it('exits 1 on a prohibited practice and on a high-risk system without its measures, naming the fields', async () => {
    const banned = file('vietato.proposta.json', edit(starter('comune-singolo'), (d) => { d.conformita.sistemiIa.ricerca.questionario.punteggioSociale = 'si'; }));
    const r = await run('conformita', banned, '--json');
    expect(r.code).toBe(1);
    expect(json(r.out).sistemi[0]!.classe).toBe('vietato');
    expect(json(r.out).problemi.filter((i) => i.severity === 'errore').map((i) => [i.code, i.pointer]))
      .toEqual([['IA_PRATICA_VIETATA', '/conformita/sistemiIa/ricerca/questionario/punteggioSociale']]);
    const high = file('alto.proposta.json', edit(starter('comune-singolo'), (d) => {
      Object.assign(d.conformita.sistemiIa.ricerca.questionario, { prestazioniPubbliche: 'si', profilazione: 'si' });
    }));
    const h = await run('conformita', high);
    expect(h.code).toBe(1);
    expect(h.out).toContain('Classe: Alto rischio (Reg. (UE) 2024/1689, allegato III, punto 5, lett. a)');
    for (const code of ['IA_ALTO_RISCHIO_SENZA_FRIA', 'IA_ALTO_RISCHIO_SENZA_LOG', 'IA_CLASSE_DICHIARATA_DIVERSA']) expect(h.out).toContain(`[${code}]`);
  });

  it('reads a file of format 3, whose questionnaires wait for answers', async () => {
    const r = await run('conformita', join(root, 'test/fixtures/v3/provincia.proposta.json'), '--json');
    expect(r.code).toBe(0);
    const rep = json(r.out);
    expect(rep.sistemi.map((s) => s.classe)).toEqual(['incompleto', 'incompleto']);
    expect(rep.sistemi[0]!.daRispondere.length).toBeGreaterThan(0);
    expect(rep.problemi.map((i) => i.code)).toContain('IA_QUESTIONARIO_INCOMPLETO');
  });

  it('exits 2 on wrong usage, refusing options it does not know, and on an unreadable file; 1 on a file of the wrong structure', async () => {
    for (const argv of [[], [starterPath('provincia'), '--pdf', 'x.pdf'], [starterPath('provincia'), '--verbose'], [starterPath('provincia'), '--json=si'], [starterPath('provincia'), starterPath('aggregazione')]]) {
      const r = await run('conformita', ...argv);
      expect([argv.join(' '), r.code]).toEqual([argv.join(' '), 2]);
      expect(r.err).toContain('Uso: proposta conformita FILE [--json]');
    }
    expect((await run('conformita', starterPath('provincia'), '--verbose')).err).toContain('--verbose');
    const truncated = await run('conformita', file('rotto.proposta.json', '{"schemaVersion": 4, "id": '));
    expect(truncated.code).toBe(2);
    expect(truncated.err).toContain('[JSON_TRONCATO]');
    const shapeless = await run('conformita', file('forma.proposta.json', { ...starter('provincia'), conformita: 'nessuna' }));
    expect(shapeless.code).toBe(1);
  });

  it('runs as a command of its own, as after `npm ci`', () => {
    const r = spawnSync(process.execPath, [join(root, 'bin/proposta.js'), 'conformita', starterPath('aggregazione')], { cwd: root, encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Classe: Rischio limitato: obblighi di trasparenza (Reg. (UE) 2024/1689, art. 50, par. 2)');
  });
});
