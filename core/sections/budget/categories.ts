import type { Issue } from '../../validation/issue';
import { daVerificare, errore } from '../../validation/make';
import type { RuleContext } from '../types';
import { budgetTotals } from '../../derive/budget';
import { optionLabel } from '../../validation/labels';

const categoryLabel = (c: string): string => optionLabel('/budget/voci/*/categoria', c);

/** Eligible cost categories and their caps: only where the call profile sets them. */
export function categoryRules({ doc, profile }: RuleContext): Issue[] {
  const { categorieAmmesse, tettiCategoriaPercentuale } = profile.parametri;
  const out: Issue[] = [];
  if (categorieAmmesse === null) {
    out.push(daVerificare('DA_VERIFICARE_CATEGORIE', '/budget/voci', 'Categorie di costo ammissibili'));
  } else {
    doc.budget.voci.forEach((v, i) => {
      if (!categorieAmmesse.includes(v.categoria)) {
        out.push(errore('CATEGORIA_NON_AMMESSA', `/budget/voci/${i}/categoria`, `La categoria di costo della voce «${v.descrizione}» non è ammessa dall'Avviso: scegline un'altra o elimina la voce.`));
      }
    });
  }
  if (tettiCategoriaPercentuale === null) {
    out.push(daVerificare('DA_VERIFICARE_TETTI', '/budget/voci', 'Tetti di spesa per categoria'));
    return out;
  }
  const t = budgetTotals(doc);
  for (const [cat, cap] of Object.entries(tettiCategoriaPercentuale)) {
    const spent = t.byCategory.get(cat) ?? 0;
    if (cap !== undefined && spent * 100 > cap * t.totalCents) {
      out.push(errore('CATEGORIA_OLTRE_TETTO', '/budget/voci', `Le spese della categoria «${categoryLabel(cat)}» superano il ${cap}% del costo totale ammesso dall'Avviso: riducile.`));
    }
  }
  return out;
}
