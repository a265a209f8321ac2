import { ROW_TEMPLATES } from '../generated/labels';
import type { Proposal } from '../generated/types';
import { patternOf } from '../validation/labels';
import { updateAt } from './update-at';

/** What the officer does to the document, as data. Applied by `applyCommand`, a pure function. */
export type Command =
  | { type: 'field/set'; pointer: string; value: unknown }
  | { type: 'rows/add'; pointer: string }
  | { type: 'rows/remove'; pointer: string; index: number }
  | { type: 'rows/move'; pointer: string; from: number; to: number }
  | { type: 'rows/duplicate'; pointer: string; index: number }
  /** Rows from an import, appended after the existing ones (their ids already fresh). */
  | { type: 'rows/append'; pointer: string; rows: readonly unknown[] }
  /** Several changes as one undo step (e.g. a Comune chosen from the list fills four fields). */
  | { type: 'batch'; commands: readonly Command[] };

export interface Applied {
  readonly doc: Proposal;
  /** Whether the change enters the undo history (false when nothing changed). */
  readonly undoable: boolean;
}

/** Rows are plain JSON: a JSON round trip is a faithful deep copy (core has no structuredClone type). */
const cloneJson = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;


/** A row id not yet used in `rows`, e.g. `voci-13`. */
function freshId(rows: readonly unknown[], pointer: string): string {
  const prefix = (pointer.split('/').pop() ?? 'riga').toLowerCase().replace(/[^a-z0-9]/g, '') || 'riga';
  const used = new Set(rows.map((r) => (r as { id?: unknown }).id));
  let n = rows.length + 1;
  while (used.has(`${prefix}-${n}`)) n++;
  return `${prefix}-${n}`;
}

function onRows(doc: Proposal, pointer: string, fn: (rows: unknown[]) => unknown[]): Proposal {
  return updateAt(doc, pointer, (old) => (Array.isArray(old) ? fn(old) : old)) as Proposal;
}

/** Applies a command. Never throws: a command that does not fit the document changes nothing. */
export function applyCommand(doc: Proposal, cmd: Command): Applied {
  const next = ((): Proposal => {
    switch (cmd.type) {
      case 'field/set':
        return updateAt(doc, cmd.pointer, (old) => (Object.is(old, cmd.value) ? old : cmd.value)) as Proposal;
      case 'rows/add': {
        const template = ROW_TEMPLATES[patternOf(cmd.pointer)];
        if (template === undefined) return doc;
        return onRows(doc, cmd.pointer, (rows) => [...rows, { ...cloneJson(template as object), id: freshId(rows, cmd.pointer) }]);
      }
      case 'rows/remove':
        return onRows(doc, cmd.pointer, (rows) => (cmd.index in rows ? rows.filter((_, i) => i !== cmd.index) : rows));
      case 'rows/move':
        return onRows(doc, cmd.pointer, (rows) => {
          if (!(cmd.from in rows) || !(cmd.to in rows) || cmd.from === cmd.to) return rows;
          const copy = rows.slice();
          const [row] = copy.splice(cmd.from, 1);
          copy.splice(cmd.to, 0, row);
          return copy;
        });
      case 'rows/append':
        return cmd.rows.length ? onRows(doc, cmd.pointer, (rows) => [...rows, ...cmd.rows]) : doc;
      case 'batch':
        return cmd.commands.reduce((d, c) => applyCommand(d, c).doc, doc);
      case 'rows/duplicate':
        return onRows(doc, cmd.pointer, (rows) => {
          const row = rows[cmd.index];
          if (row === undefined) return rows;
          const copy = rows.slice();
          copy.splice(cmd.index + 1, 0, { ...cloneJson(row as object), id: freshId(rows, cmd.pointer) });
          return copy;
        });
    }
  })();
  return { doc: next, undoable: next !== doc };
}
