import { formatInteger } from '../derive/number-text';
import { optionLabel } from '../validation/labels';

/** "2026-09-24" -> "24/09/2026"; "2027-03" -> "03/2027"; empty stays "—". */
export function formatDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(iso);
  if (!m) return iso || '—';
  return m[3] ? `${m[3]}/${m[2]}/${m[1]}` : `${m[2]}/${m[1]}`;
}

export const orDash = (s: string | null | undefined): string => (s && s.trim() ? s : '—');
export const yesNo = (b: boolean): string => (b ? 'Sì' : 'No');
export const int = (n: number | null): string => (n === null ? '—' : formatInteger(n));
/** The Italian label of an enum value, by the field's pointer pattern. */
export const opt = (pattern: string, value: string): string => (value === '' ? '—' : optionLabel(pattern, value));
export const opts = (pattern: string, values: readonly string[]): string => (values.length ? values.map((v) => optionLabel(pattern, v)).join(', ') : '—');
