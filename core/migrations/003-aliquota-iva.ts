import { isObject, type JsonObject, type Migration } from './types';

const cents = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? Math.round(v * 100) : null);

/**
 * The rate that gives back exactly the VAT a v2 line stored: the shortest decimal that reproduces it
 * (22, 10, 4,5…), else the exact ratio. Every v2 line the editor wrote was net × rate, so this is
 * exact for them; hand-edited lines keep their VAT to the cent too.
 */
export function rateReproducing(netCents: number, vatCents: number): number {
  const exact = (vatCents * 100) / netCents;
  for (let decimals = 0; decimals <= 6; decimals++) {
    const r = Math.round(exact * 10 ** decimals) / 10 ** decimals;
    if (Math.round((netCents * r) / 100) === vatCents) return r;
  }
  return exact;
}

function upgradeLine(line: unknown): unknown {
  if (!isObject(line) || !('iva' in line || 'totale' in line)) return line;
  const { iva, totale: _total, ...rest } = line;
  const net = cents(rest.importoNetto);
  const vat = cents(iva) ?? 0;
  if (net === null || vat === 0) return { ...rest, aliquotaIva: 0 };
  const rate = net === 0 ? NaN : rateReproducing(net, vat);
  if (rate >= 0 && rate <= 100) return { ...rest, aliquotaIva: rate };
  // VAT that no rate gives (on a zero or negative net): the line keeps its whole cost, without VAT.
  return { ...rest, importoNetto: (net + vat) / 100, aliquotaIva: 0 };
}

export const migration003: Migration = {
  to: 3,
  description: "Ogni voce di spesa ora registra l'aliquota IVA; IVA e totale della voce sono calcolati dall'importo netto. Controlla il piano economico.",
  up(doc: JsonObject): JsonObject {
    const budget = doc.budget;
    if (!isObject(budget) || !Array.isArray(budget.voci)) return { ...doc, schemaVersion: 3 };
    return { ...doc, schemaVersion: 3, budget: { ...budget, voci: budget.voci.map(upgradeLine) } };
  },
};
