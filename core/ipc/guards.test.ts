import { describe, expect, it } from 'vitest';
import { starter } from '../../test/helpers/docs';
import { CHANNELS } from './contract';
import { checkRequest, REQUEST_GUARDS } from './guards';

const doc = starter('comune-singolo');
const code = (channel: unknown, req: unknown) => {
  const r = checkRequest(channel, req);
  return r.ok ? 'ok' : r.error.code;
};

describe('request guards', () => {
  it('exist for every channel of the contract', () => {
    expect(Object.keys(REQUEST_GUARDS).sort()).toEqual([...CHANNELS].sort());
  });

  it('accept well-formed requests', () => {
    expect(code('app:info', {})).toBe('ok');
    expect(code('file:open', { source: { kind: 'workspace', name: 'molfetta.proposta' } })).toBe('ok');
    expect(code('file:open', { source: { kind: 'recent', id: '0123456789abcdef' } })).toBe('ok');
    expect(code('file:save', { handle: 'a'.repeat(32), doc })).toBe('ok');
    expect(code('file:saveAs', { target: { kind: 'dialog', suggestedName: 'x.proposta' }, doc })).toBe('ok');
    // A reload after another program's change, and the officer's confirmations.
    expect(code('file:open', { source: { kind: 'handle', handle: 'a'.repeat(32) } })).toBe('ok');
    expect(code('file:save', { handle: 'a'.repeat(32), doc, overwrite: true })).toBe('ok');
    expect(code('file:saveAs', { target: { kind: 'workspace', name: 'x.proposta' }, doc, overwrite: false })).toBe('ok');
    expect(code('export:dossier', { doc, format: 'pdf', target: { kind: 'workspace', name: 'x.pdf' }, overwrite: true })).toBe('ok');
    const pkg = { doc, handle: 'a'.repeat(32), target: { kind: 'workspace', name: 'p.zip' }, certificate: null, password: '' };
    expect(code('package:create', { ...pkg, token: { module: `noto-${'0'.repeat(16)}`, token: 'Carta Comune', certificate: '01', pin: '12345678' } })).toBe('ok');
    expect(code('package:create', { ...pkg, token: { module: 'b'.repeat(32), token: 'Carta', certificate: '', pin: '' } })).toBe('ok');
    expect(code('package:create', { ...pkg, toSignBeside: true })).toBe('ok');
    expect(code('package:complete', { source: { kind: 'dialog' }, signed: [{ kind: 'dialog' }, { kind: 'dialog' }], target: { kind: 'dialog', suggestedName: 'f.zip' } })).toBe('ok');
    expect(code('package:complete', { source: { kind: 'workspace', name: 'p.zip' }, signed: [{ kind: 'workspace', name: 'manifest.json.p7m' }], target: { kind: 'workspace', name: 'f.zip' }, overwrite: true })).toBe('ok');
    expect(code('token:list', { module: `noto-${'0'.repeat(16)}` })).toBe('ok');
    // aggregazione (capofila)
    expect(code('partner:prepare', { doc, partners: 'tutti', entro: '', target: { kind: 'dialog' } })).toBe('ok');
    expect(code('partner:prepare', { doc, partners: ['soleto', 'sogliano-cavour'], entro: '2026-12-15', target: { kind: 'workspace' }, overwrite: true })).toBe('ok');
    const imp = { doc, handle: 'a'.repeat(32), accept: false };
    expect(code('partner:import', { ...imp, source: { kind: 'dialog' } })).toBe('ok');
    expect(code('partner:import', { ...imp, source: { kind: 'workspace', name: 'soleto.proposta-partner.p7m' }, accept: true, resolution: 'loro' })).toBe('ok');
    expect(code('partner:import', { ...imp, source: { kind: 'workspace', name: 'risposta.p7m' }, resolution: { perField: { '/ente/pec': 'mio', '/voci/v06': 'loro' } } })).toBe('ok');
    expect(code('partner:candidates', {})).toBe('ok');
  });

  it.each([
    ['partner:prepare', { doc, partners: 'tutti', entro: '15/12/2026', target: { kind: 'dialog' } }],
    ['partner:prepare', { doc, partners: ['../x'], entro: '', target: { kind: 'dialog' } }],
    ['partner:prepare', { doc, partners: [], entro: '', target: { kind: 'dialog' } }],
    ['partner:prepare', { doc, partners: 'tutti', entro: '', target: { kind: 'workspace', name: '/tmp' } }],
    ['partner:prepare', { doc, partners: 'tutti', entro: '', target: { kind: 'path', path: '/tmp' } }],
    ['partner:import', { doc, handle: 'a'.repeat(32), accept: false, source: { kind: 'workspace', name: '../fuori.proposta-partner' } }],
    ['partner:import', { doc, handle: 'a'.repeat(32), accept: false, source: { kind: 'workspace', name: 'molfetta.proposta' } }],
    ['partner:import', { doc, handle: 'a'.repeat(32), accept: 'sì', source: { kind: 'dialog' } }],
    ['partner:import', { doc, handle: 'a'.repeat(32), accept: true, source: { kind: 'dialog' }, resolution: 'entrambi' }],
    ['partner:import', { doc, handle: 'a'.repeat(32), accept: true, source: { kind: 'dialog' }, resolution: { perField: { '/ente/pec': 'tutti' } } }],
    ['partner:import', { doc, handle: 'a'.repeat(32), accept: true, source: { kind: 'dialog' }, resolution: { perField: { '/ente/pec': 'mio' }, altro: 1 } }],
    ['partner:import', { doc, handle: 'a'.repeat(32), accept: true, source: { kind: 'dialog' }, resolution: { perField: JSON.parse('{"__proto__": "mio"}') as unknown } }],
    ['partner:candidates', { cartella: '/' }],
  ])('refuse the aggregation request %s %j', (channel, req) => {
    expect(code(channel, req)).toBe('RICHIESTA_NON_VALIDA');
  });

  it.each([
    ['file:open', { source: { kind: 'path', path: '/etc/passwd' } }],
    ['file:open', { source: { kind: 'workspace', name: '../fuori.proposta' } }],
    ['file:open', { source: { kind: 'workspace', name: '/etc/passwd.proposta' } }],
    ['file:open', { source: { kind: 'workspace', name: 'sub\\dir.proposta' } }],
    ['file:open', { source: { kind: 'workspace', name: 'a.txt' } }],
    ['file:open', { source: { kind: 'dialog' }, path: '/tmp/x' }],
    ['file:save', { handle: '../../x', doc }],
    ['file:save', { handle: 'a'.repeat(32), doc, overwrite: 'sì' }],
    ['file:save', { handle: 'a'.repeat(32), doc, sovrascrivi: true }],
    ['file:open', { source: { kind: 'handle', handle: '../x' } }],
    ['export:dossier', { doc, format: 'pdf', target: { kind: 'workspace', name: 'x.pdf' }, overwrite: 1 }],
    ['file:save', { handle: 'a'.repeat(32), doc: { ...doc, schemaVersion: 99 } }],
    ['file:save', { handle: 'a'.repeat(32), doc: 'testo' }],
    ['file:new', { starter: '../../etc' }],
    ['recovery:open', { key: '../x' }],
    ['token:list', { module: '/usr/lib/softhsm/libsofthsm2.so' }],
    ['token:list', { module: 'noto-../../x' }],
    ['token:pickModule', { path: '/tmp/x.so' }],
    ['package:create', { doc, handle: 'a'.repeat(32), target: { kind: 'workspace', name: 'p.zip' }, certificate: null, password: '', token: { module: 'C:\\x.dll', token: 't', certificate: '', pin: '1' } }],
    ['package:create', { doc, handle: 'a'.repeat(32), target: { kind: 'workspace', name: 'p.zip' }, certificate: null, password: '', token: { module: 'b'.repeat(32), token: 'a\u0000b', certificate: '', pin: '1' } }],
    ['package:create', { doc, handle: 'a'.repeat(32), target: { kind: 'workspace', name: 'p.zip' }, certificate: null, password: '', token: { module: 'b'.repeat(32), token: 't', certificate: '', pin: 'x'.repeat(257) } }],
    ['app:info', { extra: 1 }],
    ['app:info', null],
    ['app:info', []],
  ])('refuse %s %j', (channel, req) => {
    expect(code(channel, req)).toBe('RICHIESTA_NON_VALIDA');
  });

  it('refuse unknown channels, including inherited property names', () => {
    for (const c of ['fs:readFile', 'constructor', '__proto__', 'toString', 42, null]) expect(code(c, {})).toBe('CANALE_SCONOSCIUTO');
  });
});

// aggregazione (Comune aggregato)
describe('partner mode requests', () => {
  const module = { formatoModulo: 1, partner: 'soleto' };
  const p12 = { module, target: { kind: 'workspace', name: 'soleto.proposta-partner.p7m' }, certificate: { kind: 'workspace', name: 'firma.p12' }, password: 'segreta' };
  const token = { module: `noto-${'0'.repeat(16)}`, token: 'Carta', certificate: '01', pin: '1234' };

  it('accept a module to open, save and sign', () => {
    expect(code('file:open', { source: { kind: 'workspace', name: 'soleto.proposta-partner' } })).toBe('ok');
    expect(code('partner:save', { handle: 'a'.repeat(32), module })).toBe('ok');
    expect(code('partner:save', { handle: 'a'.repeat(32), module, overwrite: true })).toBe('ok');
    expect(code('partner:summary', { handle: 'a'.repeat(32), overwrite: true })).toBe('ok');
    expect(code('partner:summary', { handle: '../x' })).not.toBe('ok');
    expect(code('partner:summary', { handle: 'a'.repeat(32), path: '/etc/passwd' })).not.toBe('ok');
    expect(code('partner:sign', p12)).toBe('ok');
    expect(code('partner:sign', { ...p12, target: { kind: 'dialog', suggestedName: 'x' }, overwrite: true })).toBe('ok');
    expect(code('partner:sign', { ...p12, certificate: null, password: '', token })).toBe('ok');
  });

  it.each([
    ['file:saveAs', { target: { kind: 'workspace', name: 'x.proposta-partner' }, doc }],
    ['file:open', { source: { kind: 'workspace', name: '../soleto.proposta-partner' } }],
    ['partner:save', { handle: 'a'.repeat(32), module: { ...module, formatoModulo: 2 } }],
    ['partner:save', { handle: 'a'.repeat(32), module: doc }],
    ['partner:save', { handle: '../x', module }],
    ['partner:sign', { ...p12, target: { kind: 'workspace', name: 'soleto.proposta-partner' } }],
    ['partner:sign', { ...p12, target: { kind: 'workspace', name: '../soleto.proposta-partner.p7m' } }],
    ['partner:sign', { ...p12, target: { kind: 'workspace', name: 'x.p7m' } }],
    ['partner:sign', { ...p12, token }],
    ['partner:sign', { ...p12, certificate: null }],
    ['partner:sign', { ...p12, password: 'x'.repeat(1025) }],
    ['partner:sign', { ...p12, certificate: null, token: { ...token, module: '/usr/lib/softhsm/libsofthsm2.so' } }],
    ['partner:sign', { ...p12, path: '/tmp/x' }],
  ])('refuse %s %j', (channel, req) => {
    expect(code(channel, req)).toBe('RICHIESTA_NON_VALIDA');
  });
});
