// A zip archive as an .xlsx needs it: deflated entries, sizes and checksums in every header.
import { constants, crc32, deflateRawSync } from 'node:zlib';

export interface ZipEntry {
  /** Path inside the archive, ASCII, no leading slash. */
  name: string;
  crc: number;
  size: number;
  /** The raw deflate stream of the content, in pieces. */
  deflated: Buffer[];
}

/** Level 1, the fastest: worksheet XML compresses tenfold even so. */
const LEVEL = 1;

/**
 * An entry compressed piece by piece as it is written, so a big worksheet is never held whole.
 * Each piece ends on a byte boundary (a sync flush) and the last block comes at `end`: together
 * one deflate stream, only without back-references across pieces (about 1% larger).
 */
export class DeflatedPart {
  private crc = 0;
  private size = 0;
  private readonly deflated: Buffer[] = [];

  constructor(readonly name: string) {}

  write(bytes: Buffer): void {
    if (bytes.length === 0) return;
    this.crc = crc32(bytes, this.crc);
    this.size += bytes.length;
    this.deflated.push(deflateRawSync(bytes, { level: LEVEL, finishFlush: constants.Z_SYNC_FLUSH }));
  }

  end(): ZipEntry {
    this.deflated.push(deflateRawSync(Buffer.alloc(0), { level: LEVEL }));
    return { name: this.name, crc: this.crc, size: this.size, deflated: this.deflated };
  }
}

/** A whole entry at once. */
export function deflateEntry(name: string, content: Buffer): ZipEntry {
  const deflated = deflateRawSync(content, { level: LEVEL });
  return { name, crc: crc32(content), size: content.length, deflated: [deflated] };
}

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;
/** Made by: 4.5 on Unix; needed: 2.0 (deflate). */
const MADE_BY = (3 << 8) | 45;
const NEEDED = 20;
const DEFLATE = 8;
/** A regular file, rw-r--r--, with the DOS archive bit. */
const FILE_ATTRIBUTES = ((0o100644 << 16) | 0x20) >>> 0;

/** The archive's bytes, entries in the order given, stamped with `date` (local time, as zip keeps it). */
export function zipArchive(entries: ZipEntry[], date: Date): Buffer[] {
  const time = (date.getHours() << 11) | (date.getMinutes() << 5) | (date.getSeconds() >> 1);
  const day = ((date.getFullYear() - 1980) << 9) | ((date.getMonth() + 1) << 5) | date.getDate();
  const out: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'ascii');
    const compressed = entry.deflated.reduce((sum, b) => sum + b.length, 0);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(LOCAL, 0);
    local.writeUInt16LE(NEEDED, 4);
    local.writeUInt16LE(0, 6);
    local.writeUInt16LE(DEFLATE, 8);
    local.writeUInt16LE(time, 10);
    local.writeUInt16LE(day, 12);
    local.writeUInt32LE(entry.crc, 14);
    local.writeUInt32LE(compressed, 18);
    local.writeUInt32LE(entry.size, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    out.push(local, name, ...entry.deflated);

    const header = Buffer.alloc(46);
    header.writeUInt32LE(CENTRAL, 0);
    header.writeUInt16LE(MADE_BY, 4);
    local.copy(header, 6, 4, 30);
    header.writeUInt16LE(0, 30); // comment length
    header.writeUInt16LE(0, 32); // disk
    header.writeUInt16LE(0, 34); // internal attributes
    header.writeUInt32LE(FILE_ATTRIBUTES, 38);
    header.writeUInt32LE(offset, 42);
    central.push(header, name);
    offset += local.length + name.length + compressed;
  }
  const centralSize = central.reduce((sum, b) => sum + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(END, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  out.push(...central, end);
  return out;
}
