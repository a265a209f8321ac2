import type { Atto, Persona, Popolazione, Proposal } from '../generated/types';
import { formatInteger } from '../derive/number-text';
import { aggregationPopulation, countBodies } from '../derive/ente';
import type { Block } from './model';
import { contributionBlocks } from './partner-contribution';
import { formatDate, int, opt, orDash } from './format';

const pop = (p: Popolazione): string =>
  p.valore === null ? '—' : `${formatInteger(p.valore)} abitanti (al ${formatDate(p.dataRiferimento)}; fonte: ${orDash(p.fonte)})`;
const act = (a: Atto): string => (a.numero ? `${opt('/ente/attoApprovazione/organo', a.organo)}, n. ${a.numero} del ${formatDate(a.data)}` : '—');
const person = (role: string, p: Persona): string[] => [role, `${p.nome} ${p.cognome}`.trim() || '—', orDash(p.codiceFiscale), orDash(p.qualifica), orDash(p.email)];

export function enteBlocks(doc: Proposal): Block[] {
  const e = doc.ente;
  const c = e.capofila;
  const blocks: Block[] = [
    {
      kind: 'fields',
      rows: [
        ['Tipo di ente', opt('/ente/tipo', e.tipo)],
        [e.tipo === 'aggregazione' ? 'Comune capofila' : 'Ente proponente', orDash(c.denominazione)],
        ['Codice ISTAT', orDash(c.codiceIstat)],
        ['Codice IPA', orDash(c.codiceIpa)],
        ['Codice fiscale', orDash(c.codiceFiscale)],
        ['PEC', orDash(c.pec)],
        ['Sede', `${orDash(c.indirizzo.via)}, ${c.indirizzo.cap} ${c.indirizzo.comune} (${c.indirizzo.provincia})`],
        ['Popolazione dichiarata', pop(c.popolazione)],
        ['Atto di approvazione della proposta', act(e.attoApprovazione)],
      ],
    },
    {
      kind: 'table',
      caption: 'Referenti',
      columns: [{ title: 'Ruolo', weight: 2 }, { title: 'Nome', weight: 2 }, { title: 'Codice fiscale', weight: 2 }, { title: 'Qualifica', weight: 3 }, { title: 'E-mail', weight: 3 }],
      rows: [person('Legale rappresentante', e.legaleRappresentante), person('RUP', e.rup), person('RTD', e.rtd)],
    },
  ];
  if (e.tipo === 'aggregazione') {
    blocks.push({
      kind: 'table',
      caption: `Comuni aggregati (${e.partner.length}; con il capofila ${countBodies(doc)} enti)`,
      columns: [{ title: 'Comune', weight: 3 }, { title: 'ISTAT', weight: 1 }, { title: 'Codice fiscale', weight: 2 }, { title: 'Popolazione', align: 'right', weight: 2 }, { title: 'Atto di adesione', weight: 3 }],
      rows: e.partner.map((p) => [orDash(p.denominazione), orDash(p.codiceIstat), orDash(p.codiceFiscale), int(p.popolazione.valore), act(p.adesione)]),
      footer: ['Popolazione dell\'aggregazione (capofila compreso)', '', '', formatInteger(aggregationPopulation(doc).sum), ''],
    });
    blocks.push(...contributionBlocks(doc));
  }
  return blocks;
}
