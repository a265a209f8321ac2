import { formatInteger } from '../derive/number-text';
import { optionLabel } from '../validation/labels';

export { formatDate } from '../derive/date-text';

export const orDash = (s: string | null | undefined): string => (s && s.trim() ? s : '—');
export const yesNo = (b: boolean): string => (b ? 'Sì' : 'No');
export const int = (n: number | null): string => (n === null ? '—' : formatInteger(n));
/** The Italian label of an enum value, by the field's pointer pattern. */
export const opt = (pattern: string, value: string): string => (value === '' ? '—' : optionLabel(pattern, value));
export const opts = (pattern: string, values: readonly string[]): string => (values.length ? values.map((v) => optionLabel(pattern, v)).join(', ') : '—');
