/**
 * The officer's name for a conflict's path (`/ente/popolazione/valore`, `/voci/v06/importoNetto`,
 * `/banche#ordine`): the schema's labels of the same field in the proposal, parent › child.
 */
import { fieldLabel } from '../validation/labels';

/** Where each list of the partner's parts sits in the proposal. */
const LISTS: Readonly<Record<string, string>> = { banche: '/dati/banche', voci: '/budget/voci', allegati: '/allegati/elenco' };

/** The labels of every level of `segments` under `base` that the schema names, joined with ›. */
function titles(base: string, segments: readonly string[]): string[] {
  return segments.flatMap((_, i) => fieldLabel(`${base}/${segments.slice(0, i + 1).join('/')}`)?.title ?? []);
}

export function conflictLabel(path: string): string {
  const [head = '', ...rest] = path.split('/').slice(1);
  if (head === 'ente') return titles('/ente/partner/0', rest).join(' › ') || path;
  const order = head.endsWith('#ordine');
  const list = LISTS[order ? head.slice(0, -'#ordine'.length) : head];
  if (!list) return path;
  const rows = fieldLabel(list)?.title ?? head;
  if (order) return `${rows}: ordine delle righe`;
  const [id = '', ...field] = rest;
  const named = titles(`${list}/0`, field).join(' › ');
  return `${rows}, riga «${id}»${named ? `: ${named}` : ''}`;
}
