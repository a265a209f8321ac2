/**
 * Sets the time of every entry of a zip file. docx zips its parts (with fflate) stamped with the
 * time of export and has no option to change that, so two exports of the same proposal would differ
 * in these bytes alone. Only the DOS time and date fields are rewritten: they are outside the
 * compressed data and its CRC, so nothing is recompressed.
 */

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

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

function endOfCentralDirectory(view: DataView): number {
  // The record is 22 bytes plus a comment of at most 65,535 bytes, at the end of the file.
  for (let p = view.byteLength - 22; p >= Math.max(0, view.byteLength - 22 - 0xffff); p--) {
    if (view.getUint32(p, true) === EOCD) return p;
  }
  throw new Error('DOCX non valido: manca la directory centrale dello zip');
}

/** A copy of the zip with every entry dated `t`. */
export function setZipTimes(zip: Uint8Array, t: Date): Uint8Array {
  const out = new Uint8Array(zip);
  const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
  const { date, time } = dosDateTime(t);
  const eocd = endOfCentralDirectory(view);
  const count = view.getUint16(eocd + 10, true);
  let p = view.getUint32(eocd + 16, true);
  for (let i = 0; i < count; i++) {
    if (view.getUint32(p, true) !== CENTRAL) throw new Error('DOCX non valido: voce dello zip illeggibile');
    view.setUint16(p + 12, time, true);
    view.setUint16(p + 14, date, true);
    const local = view.getUint32(p + 42, true);
    if (view.getUint32(local, true) !== LOCAL) throw new Error('DOCX non valido: intestazione locale dello zip illeggibile');
    view.setUint16(local + 10, time, true);
    view.setUint16(local + 12, date, true);
    p += 46 + view.getUint16(p + 28, true) + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
  }
  return out;
}
