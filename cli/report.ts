import { countIssues, countOf, fieldPath, SEVERITY_LABEL, sectionOfPointer, sectionTitleOf, type Issue, type LoadResult } from '../core';

const MARK = { errore: '✗', avviso: '!', nota: '·' } as const;

function line(i: Issue): string {
  const path = i.pointer ? fieldPath(i.pointer) : '';
  // Schema messages already name the field.
  const where = path && !i.message.includes(`«${path}»`) ? `${path}: ` : '';
  return `  ${MARK[i.severity]} ${where}${i.message} [${i.code}]`;
}

/** Counts as an Italian phrase: "2 errori, 1 avviso, 7 note". */
export function countsPhrase(issues: readonly Issue[]): string {
  const c = countIssues(issues);
  return [countOf(c.errore, 'errore', 'errori'), countOf(c.avviso, 'avviso', 'avvisi'), countOf(c.nota, 'nota', 'note')].join(', ');
}

/** The Italian report of `validate`, grouped by section in wizard order; notices last. */
export function renderReport(issues: readonly Issue[]): string[] {
  const groups = new Map<string, Issue[]>();
  const notes: Issue[] = [];
  for (const i of issues) {
    if (i.severity === 'nota') { notes.push(i); continue; }
    const title = sectionTitleOf(i.pointer);
    groups.set(title, [...(groups.get(title) ?? []), i]);
  }
  const out: string[] = [];
  for (const [title, list] of groups) out.push('', `${title} — ${countsPhrase(list)}`, ...list.map(line));
  if (notes.length) out.push('', `${SEVERITY_LABEL.nota} (${notes.length})`, ...notes.map(line));
  return out;
}

/** The machine-readable form of a load result (`--json`). */
export function toJson(file: string, r: LoadResult): Record<string, unknown> {
  const issues = r.issues.map((i) => ({ ...i, sezione: sectionOfPointer(i.pointer) || null, campo: i.pointer ? fieldPath(i.pointer) : null }));
  const counts = countIssues(r.issues);
  if (!r.ok) return { file, leggibile: r.error.code === 'STRUTTURA_NON_VALIDA', valida: false, errore: r.error, conteggi: counts, problemi: issues };
  return { file, leggibile: true, valida: counts.errore === 0, migrataDa: r.migratedFrom, note: r.notes, conteggi: counts, problemi: issues };
}
