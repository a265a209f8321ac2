import type { Proposal } from '../generated/types';

/** Months the timeline shows: the project's duration, stretched to the latest activity; at least 12. */
export function timelineMonths(doc: Proposal): number {
  return Math.max(doc.progetto.durataMesi ?? 0, ...doc.cronoprogramma.attivita.map((a) => a.meseFine), 12);
}

const MONTHS = ['gen', 'feb', 'mar', 'apr', 'mag', 'giu', 'lug', 'ago', 'set', 'ott', 'nov', 'dic'] as const;

/** The calendar month of project month `n` (1 = the start), "mar 2027"; null without a start month. */
export function calendarMonth(doc: Proposal, n: number): string | null {
  const m = /^(\d{4})-(\d{2})/.exec(doc.progetto.avvioPrevisto);
  if (!m) return null;
  const index = Number(m[1]) * 12 + Number(m[2]) - 1 + (n - 1);
  return `${MONTHS[index % 12]} ${Math.floor(index / 12)}`;
}

/**
 * Where a day falls on the project's timeline, in months from the start (0 = the first day of month 1,
 * 1.5 = the middle of month 2); null without a start month. The Gantt draws today's line there.
 */
export function timelinePosition(doc: Proposal, day: Date): number | null {
  const m = /^(\d{4})-(\d{2})/.exec(doc.progetto.avvioPrevisto);
  if (!m) return null;
  const months = (day.getFullYear() - Number(m[1])) * 12 + day.getMonth() - (Number(m[2]) - 1);
  const daysInMonth = new Date(day.getFullYear(), day.getMonth() + 1, 0).getDate();
  return months + (day.getDate() - 1) / daysInMonth;
}
