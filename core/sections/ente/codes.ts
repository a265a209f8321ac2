import type { Persona, Proposal } from '../../generated/types';
import { checkCodiceFiscale, checkCodiceIpa, checkPec } from '../../codes';
import type { Issue } from '../../validation/issue';
import { blank, errore } from '../../validation/make';
import type { RuleContext } from '../types';
import { membersOf } from '../../derive/ente';

function bodyCf(value: string, pointer: string, who: string, out: Issue[]): void {
  if (blank(value)) {
    out.push(errore('CF_MANCANTE', pointer, `Indica il codice fiscale di ${who}.`));
    return;
  }
  const r = checkCodiceFiscale(value);
  if (!r.ok || r.kind !== 'ente') {
    const code = r.ok || r.reason === 'formato' ? 'CF_FORMATO' : 'CF_CONTROLLO';
    const msg = code === 'CF_FORMATO'
      ? `Il codice fiscale di ${who} deve avere 11 cifre: controlla di averlo copiato per intero.`
      : `Il codice fiscale di ${who} non è valido (la cifra di controllo non corrisponde): controlla le cifre.`;
    out.push(errore(code, pointer, msg));
  }
}

function personChecks(p: Persona, pointer: string, who: string, out: Issue[]): void {
  if (blank(p.codiceFiscale)) {
    out.push(errore('CF_MANCANTE', `${pointer}/codiceFiscale`, `Indica il codice fiscale ${who}.`));
  } else {
    const r = checkCodiceFiscale(p.codiceFiscale);
    if (!r.ok || r.kind !== 'persona') {
      const code = !r.ok && r.reason === 'controllo' ? 'CF_CONTROLLO' : 'CF_FORMATO';
      const msg = code === 'CF_CONTROLLO'
        ? `Il codice fiscale ${who} non è valido (il carattere di controllo non corrisponde): controlla ogni carattere.`
        : `Il codice fiscale ${who} deve avere 16 caratteri, come sulla tessera sanitaria.`;
      out.push(errore(code, `${pointer}/codiceFiscale`, msg));
    }
  }
  if (!blank(p.email) && !checkPec(p.email)) {
    out.push(errore('EMAIL_FORMATO', `${pointer}/email`, `L'indirizzo e-mail ${who} non è scritto correttamente: usa la forma nome@dominio.it.`));
  }
}

function personsOf(doc: Proposal): Array<[Persona, string, string]> {
  const list: Array<[Persona, string, string]> = [
    [doc.ente.legaleRappresentante, '/ente/legaleRappresentante', 'del legale rappresentante'],
    [doc.ente.rup, '/ente/rup', 'del RUP'],
    [doc.ente.rtd, '/ente/rtd', 'del RTD'],
  ];
  for (const m of membersOf(doc)) {
    if ('legaleRappresentante' in m.data) list.push([m.data.legaleRappresentante, `${m.pointer}/legaleRappresentante`, `del legale rappresentante di ${m.name}`]);
  }
  return list.map(([p, ptr, role]) => {
    const name = `${p.nome} ${p.cognome}`.trim();
    return [p, ptr, name ? `${role} (${name})` : role];
  });
}

/** Shape checks of the codes the officer types: codice fiscale, codice IPA, PEC, e-mail. */
export function codeRules({ doc }: RuleContext): Issue[] {
  const out: Issue[] = [];
  for (const m of membersOf(doc)) {
    bodyCf(m.data.codiceFiscale, `${m.pointer}/codiceFiscale`, m.name, out);
    if (blank(m.data.codiceIpa)) {
      out.push(errore('IPA_MANCANTE', `${m.pointer}/codiceIpa`, `Indica il codice IPA di ${m.name} (lo trovi su indicepa.gov.it, ad esempio c_a662).`));
    } else if (!checkCodiceIpa(m.data.codiceIpa)) {
      out.push(errore('IPA_FORMATO', `${m.pointer}/codiceIpa`, `Il codice IPA di ${m.name} può contenere solo lettere, cifre e trattino basso (ad esempio c_a662): controllalo.`));
    }
    if (blank(m.data.pec)) {
      out.push(errore('PEC_MANCANTE', `${m.pointer}/pec`, `Indica la PEC istituzionale di ${m.name}.`));
    } else if (!checkPec(m.data.pec)) {
      out.push(errore('PEC_FORMATO', `${m.pointer}/pec`, `La PEC di ${m.name} non è scritta correttamente: usa la forma protocollo@pec.comune.esempio.it.`));
    }
  }
  for (const [p, ptr, who] of personsOf(doc)) personChecks(p, ptr, who, out);
  return out;
}
