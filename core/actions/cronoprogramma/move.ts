import type { Proposal } from '../../generated/types';
import { timelineMonths } from '../../derive/cronoprogramma';
import { recorded, unchanged, type ActionResult } from '../types';

export interface MoveActivityPayload {
  readonly index: number;
  readonly start: number;
  readonly end: number;
}

/** Sets both months of an activity at once (a drag on the timeline is one undo step). */
export function moveActivity(doc: Proposal, { index, start, end }: MoveActivityPayload): ActionResult {
  const list = doc.cronoprogramma.attivita;
  const a = list[index];
  if (!a || !Number.isInteger(start) || !Number.isInteger(end) || start < 1 || end < start) return unchanged(doc);
  if (a.meseInizio === start && a.meseFine === end) return unchanged(doc);
  const attivita = list.map((x, i) => (i === index ? { ...x, meseInizio: start, meseFine: end } : x));
  return recorded(doc, { ...doc, cronoprogramma: { ...doc.cronoprogramma, attivita } }, `/cronoprogramma/attivita/${index}/meseInizio`);
}

export interface ShiftActivityPayload {
  readonly index: number;
  /** Months to move by (negative: earlier). */
  readonly by: number;
  /** Move the whole bar, or only its end. */
  readonly edge: 'both' | 'end';
}

/** Moves an activity (or its end) by some months, inside the timeline: the arrow keys on the Gantt. */
export function shiftActivity(doc: Proposal, { index, by, edge }: ShiftActivityPayload): ActionResult {
  const a = doc.cronoprogramma.attivita[index];
  if (!a) return unchanged(doc);
  const months = timelineMonths(doc);
  if (edge === 'end') return moveActivity(doc, { index, start: a.meseInizio, end: Math.max(a.meseInizio, Math.min(months, a.meseFine + by)) });
  if (a.meseInizio + by < 1 || a.meseFine + by > months) return unchanged(doc);
  return moveActivity(doc, { index, start: a.meseInizio + by, end: a.meseFine + by });
}
