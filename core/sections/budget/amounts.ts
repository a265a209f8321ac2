/** VAT rates offered by the editor; any other rate can still be typed. */
export const VAT_RATES = [22, 10, 5, 4, 0] as const;

/** Net, VAT at `ratePercent` and total of a budget line, rounded to the cent (total = net + VAT exactly). */
export function lineAmounts(net: number, ratePercent: number): { importoNetto: number; iva: number; totale: number } {
  const netCents = Math.round(net * 100);
  const vatCents = Math.round((netCents * ratePercent) / 100);
  return { importoNetto: netCents / 100, iva: vatCents / 100, totale: (netCents + vatCents) / 100 };
}

/** The VAT rate a line implies, to one decimal (0 when the net is 0). */
export function impliedRate(line: { importoNetto: number; iva: number }): number {
  return line.importoNetto === 0 ? 0 : Math.round((line.iva / line.importoNetto) * 1000) / 10;
}
