import type { Issue } from '../../core';
import { editorIssues } from '../store/selectors';
import { useStore, type State } from '../store/store';

let cache: { issues: Issue[]; byPointer: Map<string, string> } | null = null;

/** Messages of the issues that point at exactly this field, as one string (stable for React). */
function messagesAt(issues: Issue[], pointer: string): string {
  if (cache?.issues !== issues) {
    const byPointer = new Map<string, string>();
    for (const i of issues) {
      if (i.severity === 'nota') continue;
      const line = `${i.severity}\u0001${i.message}`;
      byPointer.set(i.pointer, byPointer.has(i.pointer) ? `${byPointer.get(i.pointer)}\u0002${line}` : line);
    }
    cache = { issues, byPointer };
  }
  return cache.byPointer.get(pointer) ?? '';
}

export interface FieldMessage {
  readonly severity: 'errore' | 'avviso';
  readonly text: string;
}

/**
 * Whether the messages of a field show: after «Controlla tutto», or once the officer has been in the
 * field (or in a field inside it, or in the group it belongs to). A blank proposal does not greet the
 * officer with fifty errors; the counts in the sidebar and in Problemi are complete all the same.
 */
function shows(s: Pick<State, 'checkAll' | 'touched' | 'inputErrors'>, pointer: string): boolean {
  if (s.checkAll || s.touched[pointer] || pointer in s.inputErrors) return true;
  for (const t of Object.keys(s.touched)) if (t.startsWith(`${pointer}/`) || pointer.startsWith(`${t}/`)) return true;
  return false;
}

/** The errors and warnings beside a field; re-renders only when they change. */
export function useFieldMessages(pointer: string): FieldMessage[] {
  const joined = useStore((s) => (shows(s, pointer) ? messagesAt(editorIssues(s), pointer) : ''));
  if (!joined) return [];
  return joined.split('\u0002').map((l) => {
    const [severity, text = ''] = l.split('\u0001');
    return { severity: severity === 'errore' ? 'errore' : 'avviso', text };
  });
}
