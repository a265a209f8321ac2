import type { Issue } from '../../core';
import { editorIssues } from '../store/selectors';
import { useStore } from '../store/store';

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

/** The errors and warnings beside a field; re-renders only when they change. */
export function useFieldMessages(pointer: string): FieldMessage[] {
  const joined = useStore((s) => messagesAt(editorIssues(s), pointer));
  if (!joined) return [];
  return joined.split('\u0002').map((l) => {
    const [severity, text = ''] = l.split('\u0001');
    return { severity: severity === 'errore' ? 'errore' : 'avviso', text };
  });
}
