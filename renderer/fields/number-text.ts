/** Italian number text: "1.234,5" -> 1234.5; "" -> null; anything else -> undefined (not a number). */
export function parseItalianNumber(text: string): number | null | undefined {
  const t = text.trim().replace(/\s/g, '');
  if (t === '') return null;
  if (!/^-?(\d{1,3}(\.\d{3})+|\d+)(,\d+)?$/.test(t)) return undefined;
  return Number(t.replace(/\./g, '').replace(',', '.'));
}

/** 1234.5 -> "1234,5" while editing (grouping would make the caret jump). */
export function editText(n: number | null): string {
  return n === null ? '' : String(n).replace('.', ',');
}
