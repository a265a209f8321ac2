import type { Atto } from '../../generated/types';
import type { Issue } from '../../validation/issue';
import { blank, errore } from '../../validation/make';
import type { RuleContext } from '../types';
import { membersOf } from '../../derive/ente';

function actMissing(a: Atto): boolean {
  return a.organo === '' || blank(a.numero) || a.data === '';
}

/** The approval act of the proposal and, in an aggregation, each partner's act of adhesion. */
export function actRules({ doc }: RuleContext): Issue[] {
  const out: Issue[] = [];
  if (actMissing(doc.ente.attoApprovazione)) {
    out.push(errore('ATTO_APPROVAZIONE_MANCANTE', '/ente/attoApprovazione', "Indica organo, numero e data dell'atto che approva la proposta (per un Comune, la delibera di Giunta che nomina anche il RUP)."));
  }
  for (const m of membersOf(doc)) {
    if ('adesione' in m.data && actMissing(m.data.adesione)) {
      out.push(errore('ADESIONE_MANCANTE', `${m.pointer}/adesione`, `Indica organo, numero e data della delibera con cui ${m.name} aderisce all'aggregazione.`));
    }
  }
  return out;
}
