import { FIELD_LABELS, fieldPath, isSectionId, sectionOfPointer, sectionTitleOf, type Issue, type Proposal } from '../../core';

export interface SearchHit {
  readonly kind: 'campo' | 'contenuto' | 'problema';
  readonly pointer: string;
  readonly title: string;
  readonly detail: string;
}

const fold = (s: string): string => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
const MAX_HITS = 40;

function snippet(text: string, at: number, q: number): string {
  const from = Math.max(0, at - 30);
  return `${from > 0 ? '…' : ''}${text.slice(from, at + q + 50)}${at + q + 50 < text.length ? '…' : ''}`;
}

/** Walks every text of the document with its pointer. */
function* texts(value: unknown, pointer: string): Generator<[string, string]> {
  if (typeof value === 'string') yield [pointer, value];
  else if (Array.isArray(value)) for (let i = 0; i < value.length; i++) yield* texts(value[i], `${pointer}/${i}`);
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) if (k !== 'id') yield* texts(v, `${pointer}/${k}`);
}

/** Field labels, field contents and issues matching the query, in that order. */
export function search(doc: Proposal, issues: readonly Issue[], query: string): SearchHit[] {
  const q = fold(query.trim());
  if (q.length < 2) return [];
  const hits: SearchHit[] = [];
  for (const [pattern, label] of Object.entries(FIELD_LABELS)) {
    if (pattern.includes('*') || !label.title || !fold(label.title).includes(q)) continue;
    hits.push({ kind: 'campo', pointer: pattern, title: label.title, detail: sectionTitleOf(pattern) });
  }
  for (const [pointer, text] of texts(doc, '')) {
    if (hits.length >= MAX_HITS) break;
    const at = fold(text).indexOf(q);
    if (at >= 0 && isSectionId(sectionOfPointer(pointer))) hits.push({ kind: 'contenuto', pointer, title: fieldPath(pointer), detail: snippet(text, at, q.length) });
  }
  for (const i of issues) {
    if (hits.length >= MAX_HITS) break;
    if (fold(i.message).includes(q) || fold(i.code).includes(q)) hits.push({ kind: 'problema', pointer: i.pointer, title: i.message, detail: sectionTitleOf(i.pointer) });
  }
  return hits.slice(0, MAX_HITS);
}
