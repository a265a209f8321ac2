/**
 * The time of the zip entries of the DOCX. docx stamps its zip with the time of export and has no
 * option to change that, so zip.ts writes the package itself, every entry dated the proposal's last
 * change: two exports of the same proposal give the same bytes.
 */

/** The MS-DOS date and time of a moment, in UTC so the result does not depend on the machine's zone. */
export function dosDateTime(when: Date): { date: number; time: number } {
  // The format counts years from 1980 to 2107; earlier times (a new proposal's 1970) take its first day.
  const t = when.getTime() < Date.UTC(1980, 0, 1) ? new Date(Date.UTC(1980, 0, 1)) : when;
  const year = Math.min(t.getUTCFullYear(), 2107);
  return {
    date: ((year - 1980) << 9) | ((t.getUTCMonth() + 1) << 5) | t.getUTCDate(),
    time: (t.getUTCHours() << 11) | (t.getUTCMinutes() << 5) | (t.getUTCSeconds() >> 1),
  };
}
