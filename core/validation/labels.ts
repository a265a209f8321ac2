import { FIELD_LABELS } from '../generated/labels';
import { segmentsOf } from './pointer';

/** The schema title of the field at `pointer` (array indexes match `*`), if the schema names it. */
export function labelOf(pointer: string): string | undefined {
  return FIELD_LABELS[pointer.replace(/\/\d+(?=\/|$)/g, '/*')]?.title;
}

/** The Italian label of an enum value at `pointer`; the raw value when the schema gives none. */
export function optionLabel(pointer: string, value: string): string {
  return FIELD_LABELS[pointer.replace(/\/\d+(?=\/|$)/g, '/*')]?.options?.[value] ?? value;
}

/** The format hint (`x-hint`) of the field at `pointer`. */
export function hintOf(pointer: string): string | undefined {
  return FIELD_LABELS[pointer.replace(/\/\d+(?=\/|$)/g, '/*')]?.hint;
}

/**
 * A readable path to the field, without the section (issues are grouped by section):
 * `/dati/banche/3/nome` -> `Inventario delle banche dati n. 4 › Nome della banca dati`.
 */
export function fieldPath(pointer: string): string {
  const segs = segmentsOf(pointer);
  const parts: string[] = [];
  let path = '';
  segs.forEach((seg, i) => {
    path += `/${seg}`;
    if (i === 0 && segs.length > 1) return;
    if (/^\d+$/.test(seg)) {
      const last = parts.length - 1;
      if (last >= 0) parts[last] = `${parts[last]} n. ${Number(seg) + 1}`;
      return;
    }
    const label = labelOf(path);
    if (label) parts.push(label);
    else if (i === segs.length - 1) parts.push(seg);
  });
  return parts.join(' › ') || 'Proposta';
}
