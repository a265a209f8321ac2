/**
 * What each command accepts: its usage line and its options. main.ts refuses any other option before
 * the command loads (exit 2 with the usage): a typo such as `--p21` for `--p12` must never silently
 * change what a command does.
 */
export interface CommandSpec {
  readonly usage: string;
  /** Options without a value. */
  readonly flags: readonly string[];
  /** Options with one value (`--out F` or `--out=F`). */
  readonly values: readonly string[];
  /** Options that may repeat (`--ca A --ca B`) or take every following argument (`--firmati A B`). */
  readonly repeated?: readonly string[];
  readonly lists?: readonly string[];
}

/** `proposta partner`'s subcommands (cli/partner/): here, so that main.ts loads no partner code to print it. */
export const PARTNER_USAGE = `Uso:
  proposta partner export FILE --partner ID --out MODULO.proposta-partner [--entro AAAA-MM-GG] [--sovrascrivi]
  proposta partner export FILE --tutti --cartella DIR [--entro AAAA-MM-GG] [--sovrascrivi]
  proposta partner import FILE RISPOSTA [--risolvi mio|loro] [--accetta-non-firmata] [--json]
  proposta partner status FILE [--json]
  proposta partner firma MODULO.proposta-partner --out RISPOSTA.proposta-partner.p7m (--p12 CERTIFICATO.p12 | --pkcs11 MODULO [--token ETICHETTA] [--certificato CF-O-ETICHETTA]) [--sovrascrivi]
     (password del .p12 da PROPOSTA_P12_PASSWORD, PIN della smart card da PROPOSTA_PIN, altrimenti chiesti sul terminale)
  proposta partner riepilogo (FILE --partner ID | MODULO.proposta-partner) --out RIEPILOGO.pdf [--sovrascrivi]`;

const CHECK = { flags: ['json'], values: ['alla-data'] };

export const SPECS: Readonly<Record<string, CommandSpec>> = {
  new: { usage: 'Uso: proposta new FILE [--starter NOME] | proposta new --elenco', flags: ['elenco'], values: ['starter'] },
  validate: { usage: 'Uso: proposta validate FILE [--json] [--alla-data AAAA-MM-GG]', ...CHECK },
  eligibility: { usage: 'Uso: proposta eligibility FILE [--json] [--alla-data AAAA-MM-GG]', ...CHECK },
  conformita: { usage: 'Uso: proposta conformita FILE [--json]', flags: ['json'], values: [] },
  serve: { usage: 'Uso: proposta serve [--cartella CARTELLA] [--porta NUMERO]', flags: [], values: ['cartella', 'porta', 'dati'] },
  export: { usage: 'Uso: proposta export FILE [--pdf USCITA.pdf] [--docx USCITA.docx] [--sovrascrivi]', flags: ['sovrascrivi'], values: ['pdf', 'docx'] },
  package: {
    usage: [
      'Uso: proposta package FILE --out PACCHETTO.zip (--p12 CERTIFICATO.p12 | --pkcs11 MODULO [--token ETICHETTA] [--certificato CF-O-ETICHETTA] | --non-firmato) [--sovrascrivi]',
      '     proposta package --completa PACCHETTO.zip --firmati manifest.json.p7m dossier.pdf --out FINALE.zip [--sovrascrivi]',
      '     (password del .p12 da PROPOSTA_P12_PASSWORD, PIN della smart card da PROPOSTA_PIN, altrimenti chiesti sul terminale)',
    ].join('\n'),
    flags: ['non-firmato', 'sovrascrivi', 'json'],
    values: ['out', 'p12', 'pkcs11', 'token', 'certificato', 'completa'],
    lists: ['firmati'],
  },
  // Each subcommand also refuses the options of the others (cli/partner/common.ts).
  partner: {
    usage: PARTNER_USAGE,
    flags: ['tutti', 'sovrascrivi', 'json', 'accetta-non-firmata'],
    values: ['partner', 'out', 'cartella', 'entro', 'risolvi', 'p12', 'pkcs11', 'token', 'certificato'],
  },
  verify: {
    usage: 'Uso: proposta verify PACCHETTO.zip|PACCHETTO.zip.p7m [--ca CA.pem]... [--elenco-fiducia TSL.xml] [--json]',
    flags: ['json'], values: ['elenco-fiducia'], repeated: ['ca'],
  },
};
