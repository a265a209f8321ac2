import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_PROPOSAL_BYTES } from '../../core';
import { NOW, PROFILE, starterPath } from '../../test/helpers/docs';
import { openProposal } from './open';

const dir = mkdtempSync(join(tmpdir(), 'proposta-open-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const good = readFileSync(starterPath('comune-singolo'), 'utf8');
const opts = { profile: PROFILE, now: NOW };

/** Writes `content` to a fresh file and opens it; checks that opening never changed the file. */
async function openText(name: string, content: string | Buffer) {
  const path = join(dir, name);
  writeFileSync(path, content);
  const before = statSync(path).mtimeMs;
  const r = await openProposal(path, opts);
  expect(statSync(path).mtimeMs).toBe(before);
  expect(readFileSync(path).equals(Buffer.from(content))).toBe(true);
  return r;
}

const errorCode = (r: Awaited<ReturnType<typeof openProposal>>) => (r.ok ? 'ok' : r.error.code);

describe('openProposal', () => {
  it('opens a starter with no errors', async () => {
    const r = await openText('buono.proposta.json', good);
    expect(r.ok && r.issues.filter((i) => i.severity === 'errore')).toEqual([]);
  });

  it('accepts a UTF-8 byte-order mark', async () => {
    expect(errorCode(await openText('bom.json', `\uFEFF${good}`))).toBe('ok');
  });

  it.each([
    ['vuoto.json', '', 'FILE_VUOTO'],
    ['spazi.json', '  \n\t', 'FILE_VUOTO'],
    ['testo.json', 'Relazione progettuale del Comune', 'JSON_NON_VALIDO'],
    ['troncato.json', good.slice(0, Math.floor(good.length / 2)), 'JSON_TRONCATO'],
    ['array.json', '[1, 2]', 'NON_UNA_PROPOSTA'],
    ['numero.json', '42', 'NON_UNA_PROPOSTA'],
    ['senza-versione.json', '{"id": "x"}', 'NON_UNA_PROPOSTA'],
    ['piu-recente.json', good.replace(/"schemaVersion": \d+/, '"schemaVersion": 99'), 'VERSIONE_PIU_RECENTE'],
    ['proto.json', good.replace('"progetto": {', '"progetto": { "__proto__": { "admin": true },'), 'CHIAVE_VIETATA'],
    ['proto-escaped.json', good.replace('"progetto": {', '"progetto": { "\\u005f_proto__": { "admin": true },'), 'CHIAVE_VIETATA'],
    ['constructor-escaped.json', good.replace('"budget": {', '"budget": { "\\u0063onstructor": { "\\u0070rototype": 1 },'), 'CHIAVE_VIETATA'],
    ['constructor.json', good.replace('"budget": {', '"budget": { "constructor": { "prototype": 1 },'), 'CHIAVE_VIETATA'],
    ['chiavi-ignote.json', good.replace('"progetto": {', '"progetto": { "colore": "blu",'), 'STRUTTURA_NON_VALIDA'],
    ['tipi-errati.json', good.replace(/"durataMesi": \d+/, '"durataMesi": "ventiquattro"'), 'STRUTTURA_NON_VALIDA'],
  ])('%s -> %s', async (name, content, code) => {
    expect(content).not.toBe(good);
    const r = await openText(name, content);
    expect(errorCode(r)).toBe(code);
    if (!r.ok) expect(r.error.message).toMatch(/\.$/);
  });

  it('reports the unknown key and the wrong type with their pointers', async () => {
    const r = await openText('entrambi.json', good.replace('"progetto": {', '"progetto": { "colore": "blu",').replace(/"durataMesi": \d+/, '"durataMesi": "24"'));
    expect(r.issues.map((i) => [i.code, i.pointer])).toEqual(expect.arrayContaining([
      ['SCHEMA_ADDITIONALPROPERTIES', '/progetto/colore'], ['SCHEMA_TYPE', '/progetto/durataMesi'],
    ]));
  });

  it('opens a proposal of another call as readable but with AVVISO_DIVERSO', async () => {
    const r = await openText('altro-avviso.json', good.replace('"id": "puglia-ia-2025"', '"id": "lombardia-dati-2024"'));
    expect(r.ok && r.issues.find((i) => i.severity === 'errore')?.code).toBe('AVVISO_DIVERSO');
  });

  it('refuses invalid UTF-8', async () => {
    const bytes = Buffer.concat([Buffer.from(good.slice(0, 100)), Buffer.from([0xc3, 0x28]), Buffer.from(good.slice(100))]);
    expect(errorCode(await openText('latin.json', bytes))).toBe('CODIFICA_NON_VALIDA');
  });

  it('refuses a file over the limit without reading it whole', async () => {
    const big = Buffer.alloc(MAX_PROPOSAL_BYTES + 1, 0x20);
    expect(errorCode(await openText('enorme.json', big))).toBe('FILE_TROPPO_GRANDE');
  });

  it('reports a missing file and a folder', async () => {
    expect(errorCode(await openProposal(join(dir, 'non-esiste.json'), opts))).toBe('FILE_NON_TROVATO');
    expect(errorCode(await openProposal(dir, opts))).toBe('FILE_NON_LEGGIBILE');
  });
});
