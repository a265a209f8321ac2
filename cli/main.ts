// Loads only what the command asked for: `--version` and `--help` load nothing else, `validate` never
// loads the PDF, DOCX, ZIP or signing code (start-up is most of what a user waits for).
import { APP_VERSION } from '../core/proposal/version';
import { parseArgs, type Args } from './args';
import { EXIT, processIo, type Io } from './exit';
import { SPECS } from './usage';

type Command = (args: Args, io: Io) => Promise<number>;

const COMMANDS: Readonly<Record<string, () => Promise<Command>>> = {
  new: async () => (await import('./commands/new')).newCommand,
  validate: async () => (await import('./commands/validate')).validateCommand,
  eligibility: async () => (await import('./commands/eligibility')).eligibilityCommand,
  conformita: async () => (await import('./commands/conformita')).conformitaCommand,
  serve: async () => (await import('./commands/serve')).serveCommand,
  export: async () => (await import('./commands/export')).exportCommand,
  package: async () => (await import('./commands/package')).packageCommand,
  verify: async () => (await import('./commands/verify')).verifyCommand,
  partner: async () => (await import('./commands/partner')).partnerCommand,
};

const HELP = `Proposta ${APP_VERSION} — proposte per l'Avviso IA e orchestrazione dei processi (Regione Puglia)

Uso:
  proposta new FILE [--starter NOME]    crea una proposta (vuota o da un modello; --elenco per i modelli)
  proposta validate FILE [--json]       controlla una proposta: 0 valida, 1 da correggere, 2 illeggibile
  proposta eligibility FILE [--json]    verifica se l'ente può partecipare all'Avviso
  proposta conformita FILE [--json]     classe AI Act e obblighi di ogni sistema di IA, con le fonti
                                        (aiuta a ragionare, non è una consulenza legale)
  proposta serve [--cartella DIR]       apre l'editor nel browser (solo su questo computer)
  proposta export FILE --pdf F --docx F [--sovrascrivi]
                                        esporta il dossier in PDF/A e in DOCX
  proposta package FILE --out P.zip (--p12 CERT.p12 | --pkcs11 MODULO [--token T] [--certificato CF]
                   | --non-firmato) [--sovrascrivi]
                                        crea il pacchetto di presentazione, firmato con il .p12 o con la
                                        smart card, oppure da firmare con il programma della carta
  proposta package --completa P.zip --firmati manifest.json.p7m dossier.pdf --out FINALE.zip
                                        completa il pacchetto con i file firmati con il programma della carta
  proposta verify P.zip|P.zip.p7m [--ca CA.pem]... [--elenco-fiducia TSL.xml] [--json]
                                        verifica un pacchetto e ogni firma per livelli: 0 valido,
                                        1 alterato o non valido, 2 illeggibile, 3 integro ma non affidabile
  proposta partner export FILE --partner ID --out M.proposta-partner [--entro AAAA-MM-GG]
                                        prepara il modulo di un Comune aggregato (--tutti --cartella DIR: tutti)
  proposta partner import FILE RISPOSTA [--risolvi mio|loro] [--accetta-non-firmata] [--json]
                                        unisce la risposta di un Comune (firmata .p7m o no) alla proposta
                                        e la conserva in risposte/ accanto alla proposta
  proposta partner status FILE [--json] moduli inviati e risposte dei Comuni aggregati
  proposta partner firma MODULO --out RISPOSTA.proposta-partner.p7m (--p12 F | --pkcs11 MODULO)
                                        il Comune firma il modulo compilato (CAdES, .p7m) come risposta
  proposta partner riepilogo (FILE --partner ID | MODULO) --out RIEPILOGO.pdf
                                        il riepilogo di una pagina del contributo di un Comune, da firmare

Opzioni: --alla-data AAAA-MM-GG esegue i controlli come in quella data; --sovrascrivi sostituisce un
file di uscita che esiste già (mai la proposta né un file di un formato più recente).`;

/** Runs the CLI; returns the exit code. No stack trace reaches the user unless PROPOSTA_DEBUG is set. */
export async function main(argv: readonly string[], io: Io = processIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === 'help' || name === '-h') {
    io.out(HELP);
    return name ? EXIT.ok : EXIT.unreadable;
  }
  if (name === '--version') {
    io.out(APP_VERSION);
    return EXIT.ok;
  }
  const load = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!load) {
    io.err(`Comando sconosciuto: «${name}». Usa «proposta --help» per l'elenco dei comandi.`);
    return EXIT.unreadable;
  }
  const spec = SPECS[name];
  const args = parseArgs(rest, spec);
  if (!('positional' in args)) {
    io.err('unknown' in args ? `Opzione non riconosciuta: ${args.unknown}.` : `Manca il valore dell'opzione ${args.missingValue}.`);
    if (spec) io.err(spec.usage);
    return EXIT.unreadable;
  }
  try {
    const command = await load();
    return await command(args, io);
  } catch (e) {
    io.err('Errore interno di Proposta: il comando non è stato completato e nessun file è stato modificato. Segnala il problema con il file che stavi usando.');
    if (process.env.PROPOSTA_DEBUG) io.err(String(e instanceof Error ? e.stack : e));
    return EXIT.unreadable;
  }
}
