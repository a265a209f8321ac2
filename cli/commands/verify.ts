import type { LevelLine, PackageVerification } from '../../core';
import { verifyPackageAt } from '../../services/app/verify-package';
import type { Args } from '../args';
import { EXIT, type Io } from '../exit';
import { commandHost } from '../host';
import { SPECS } from '../usage';

const LEVEL_LABEL: Readonly<Record<LevelLine['livello'], string>> = {
  integrita: 'integrità', firma: 'firma', certificato: 'certificato', catena: 'catena di fiducia', 'codice-fiscale': 'codice fiscale',
};
const MARK: Readonly<Record<LevelLine['esito'], string>> = { superato: '✓', 'non-valido': '✗', 'non-fidato': '!', 'non-verificato': '?' };
const VERDICT = {
  0: 'Esito: pacchetto integro e valido: ogni livello è superato.',
  1: 'Esito: pacchetto NON valido: qualcosa è stato alterato o una firma non è valida.',
  2: 'Esito: pacchetto illeggibile.',
  3: 'Esito: pacchetto integro ma NON affidabile.',
} as const;

function printLevels(r: PackageVerification, io: Io): void {
  for (const f of r.firmati ?? []) {
    io.out(`${f.file} (${f.formato === 'pades' ? 'PAdES' : f.formato === 'cades-enveloping' ? 'CAdES .p7m' : 'CAdES .p7s'})`);
    for (const p of f.problemi) io.out(`  ${MARK[p.esito]} ${p.messaggio} [${p.codice}]`);
    for (const s of f.firmatari) {
      const time = s.oraDichiarata ? `, ora dichiarata ${s.oraDichiarata}${s.marcaTemporale ? ' (marca temporale presente, non verificata)' : ' (solo dichiarata: nessuna marca temporale)'}` : '';
      io.out(`  Firmatario: ${s.nome ?? '—'} (codice fiscale ${s.codiceFiscale ?? 'non indicato'})${time}`);
      for (const l of s.livelli) io.out(`    ${MARK[l.esito]} ${LEVEL_LABEL[l.livello]}: ${l.messaggio} [${l.codice}]`);
    }
  }
}

/**
 * `proposta verify P.zip|P.zip.p7m [--ca F]... [--elenco-fiducia TSL.xml] [--json]`: every signer of every
 * signed file by levels. 0 every level passed; 1 altered or invalid; 2 unreadable or hostile (and then
 * nothing else); 3 intact but not trustworthy, with the reasons.
 */
export async function verifyCommand(args: Args, io: Io): Promise<number> {
  const file = args.positional[0];
  if (!file || args.positional.length > 1) {
    io.err(SPECS.verify?.usage ?? '');
    return EXIT.unreadable;
  }
  const tsl = args.options.get('elenco-fiducia');
  const v = await verifyPackageAt(commandHost(), { kind: 'path', path: file }, {
    ca: (args.lists.get('ca') ?? []).map((path) => ({ kind: 'path' as const, path })),
    ...(typeof tsl === 'string' ? { trustedList: { kind: 'path' as const, path: tsl } } : {}),
  });
  if (!v.ok || 'cancelled' in v.value) {
    io.err(v.ok ? 'Nessun pacchetto indicato.' : `${file}: ${v.error.message} [${v.error.code}]`);
    return EXIT.unreadable;
  }
  const r = v.value.report;
  const code = r.esito?.codiceUscita ?? (!r.leggibile ? 2 : r.valido ? 0 : 1);
  if (args.options.has('json')) {
    io.out(JSON.stringify({ file, ...r }, null, 2));
    return code;
  }
  if (code === 2) {
    for (const p of r.problemi) io.out(`  ✗ ${p.file ? `${p.file}: ` : ''}${p.messaggio} [${p.codice}]`);
    io.out(VERDICT[2]);
    return code;
  }
  printLevels(r, io);
  const reasons = r.esito?.motivi ?? [];
  if (reasons.length) io.out('Motivi:');
  for (const m of reasons) io.out(`  ${m.gravita === 1 ? '✗' : '!'} ${m.file ? `${m.file}: ` : ''}${m.firmatario ? `${m.firmatario}: ` : ''}${m.messaggio} [${m.codice}]`);
  for (const n of r.esito?.note ?? []) io.out(`Nota: ${n}`);
  io.out(VERDICT[code as 0 | 1 | 3]);
  return code;
}
