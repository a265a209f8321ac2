import { FIELD_LABELS, type FieldLabel } from '../generated/labels';
import { ROWS_POINTERS, type FieldPointer, type RowsPointer } from '../generated/pointers';
import { segmentsOf } from './pointer';

/** The pattern of a pointer in FIELD_LABELS and ROW_TEMPLATES: array indexes become `*`. */
export function patternOf(pointer: string): string {
  return pointer.replace(/\/\d+(?=\/|$)/g, '/*');
}

/** Everything the schema says of the field at `pointer` (label, hint, options, editor kind). */
export function fieldLabel(pointer: string): FieldLabel | undefined {
  return FIELD_LABELS[patternOf(pointer)];
}

/** True when a pointer built at run time (e.g. from a row index and a key) names a field of the schema. */
export function isFieldPointer(pointer: string): pointer is FieldPointer {
  return Object.hasOwn(FIELD_LABELS, patternOf(pointer));
}

/** True for the pointer of a list of rows (`/budget/voci`). */
export function isRowsPointer(pointer: string): pointer is RowsPointer {
  return (ROWS_POINTERS as readonly string[]).includes(pointer);
}

/** The schema title of the field at `pointer` (array indexes match `*`), if the schema names it. */
export function labelOf(pointer: string): string | undefined {
  return fieldLabel(pointer)?.title;
}

/** The Italian label of an enum value at `pointer`; the raw value when the schema gives none. */
export function optionLabel(pointer: string, value: string): string {
  return fieldLabel(pointer)?.options?.[value] ?? value;
}

/** The format hint (`x-hint`) of the field at `pointer`. */
export function hintOf(pointer: string): string | undefined {
  return fieldLabel(pointer)?.hint;
}

/**
 * A readable path to the field, without the section (issues are grouped by section):
 * `/dati/banche/3/nome` -> `Banca dati n. 4 › Nome della banca dati`.
 */
export function fieldPath(pointer: string): string {
  const segs = segmentsOf(pointer);
  const parts: string[] = [];
  let path = '';
  segs.forEach((seg, i) => {
    path += `/${seg}`;
    if (i === 0 && segs.length > 1) return;
    if (/^\d+$/.test(seg)) {
      // A row is named in the singular: «Obiettivo n. 2», not «Obiettivi n. 2».
      const last = parts.length - 1;
      const item = labelOf(path);
      if (last >= 0) parts[last] = `${item ?? parts[last]} n. ${Number(seg) + 1}`;
      return;
    }
    const label = labelOf(path);
    if (label) parts.push(label);
    else if (i === segs.length - 1) parts.push(seg);
  });
  return parts.join(' › ') || 'Proposta';
}

/** How a message names its field: the readable path in Italian quotes, «Banca dati n. 4 › Nome della banca dati». */
export const quotedField = (pointer: string): string => `«${fieldPath(pointer)}»`;
