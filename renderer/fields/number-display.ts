import { formatAmount, formatInteger, formatNumber, type FieldLabel } from '../../core';

/** How a number field reads when not being edited: euro amounts with two decimals, counts grouped. */
export function numberDisplay(meta: FieldLabel | undefined): (n: number) => string {
  if (meta?.unit === 'euro') return formatAmount;
  return meta?.kind === 'integer' ? formatInteger : formatNumber;
}
