import { crc32, deflateRawSync } from 'node:zlib';
import { dosDateTime } from './zip-times';

/** A part of the package, already compressed (DEFLATE, raw) with its CRC-32 and size before compression. */
export interface ZipPart {
  readonly path: string;
  readonly deflated: Uint8Array;
  readonly crc: number;
  readonly size: number;
}

/** A part compressed in one go: the small parts of the document. */
export function deflatedPart(path: string, data: Uint8Array): ZipPart {
  return { path, deflated: deflateRawSync(data), crc: crc32(data), size: data.byteLength };
}

/**
 * The zip file of the parts, in their order, every entry dated `time` (DOS time, UTC): the same parts
 * give the same bytes. Sizes and CRCs are known before each entry, so there are no data descriptors.
 */
export function zipParts(parts: readonly ZipPart[], time: Date): Uint8Array {
  const { date, time: dosTime } = dosDateTime(time);
  const chunks: Uint8Array[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const name = Buffer.from(p.path, 'utf8');
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4); // version needed: DEFLATE
    header.writeUInt16LE(0x0800, 6); // names in UTF-8
    header.writeUInt16LE(8, 8); // DEFLATE
    header.writeUInt16LE(dosTime, 10);
    header.writeUInt16LE(date, 12);
    header.writeUInt32LE(p.crc, 14);
    header.writeUInt32LE(p.deflated.byteLength, 18);
    header.writeUInt32LE(p.size, 22);
    header.writeUInt16LE(name.length, 26);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4); // made by: MS-DOS, 2.0
    header.copy(entry, 6, 4, 30); // version needed … name length, as in the local header
    entry.writeUInt32LE(offset, 42);
    central.push(entry, name);
    chunks.push(header, name, p.deflated);
    offset += header.length + name.length + p.deflated.byteLength;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...chunks, directory, end]);
}
