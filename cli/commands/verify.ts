import { verifyPackageAt } from '../../services/app/verify-package';
import type { Args } from '../args';
import { EXIT, type Io } from '../exit';
import { commandHost } from '../host';

/** `proposta verify PKG.zip [--json]`: 0 valid, 1 invalid, 2 unreadable (a damaged or hostile ZIP never crashes it). */
export async function verifyCommand(args: Args, io: Io): Promise<number> {
  const file = args.positional[0];
  if (!file) {
    io.err('Uso: proposta verify PACCHETTO.zip [--json]');
    return EXIT.unreadable;
  }
  const v = await verifyPackageAt(commandHost(), { kind: 'path', path: file });
  if (!v.ok || 'cancelled' in v.value) {
    io.err(v.ok ? 'Nessun pacchetto indicato.' : `${file}: ${v.error.message} [${v.error.code}]`);
    return EXIT.unreadable;
  }
  const r = v.value.report;
  const code = !r.leggibile ? EXIT.unreadable : r.valido ? EXIT.ok : EXIT.invalid;
  if (args.options.has('json')) {
    io.out(JSON.stringify({ file, ...r }, null, 2));
    return code;
  }
  if (r.firmatario) io.out(`Firmato da: ${r.firmatario.nome ?? '—'} (codice fiscale ${r.firmatario.codiceFiscale ?? 'non indicato'})`);
  else if (r.leggibile && !r.firmato) io.out('Pacchetto non firmato (da firmare con il software della smart card).');
  for (const p of r.problemi) io.out(`  ✗ ${p.file ? `${p.file}: ` : ''}${p.messaggio} [${p.codice}]`);
  io.out(code === EXIT.ok ? 'Esito: pacchetto integro e valido.' : code === EXIT.invalid ? 'Esito: pacchetto NON valido.' : 'Esito: pacchetto illeggibile.');
  return code;
}
