// A zip archive as an .xlsx needs it: deflated entries, sizes and checksums in every header.
import { crc32, deflateRaw, deflateRawSync } from 'node:zlib';

export interface ZipEntry {
  /** Path inside the archive, ASCII, no leading slash. */
  name: string;
  crc: number;
  size: number;
  /** The raw deflate stream of the content. */
  deflated: Buffer;
}

/** Parts this big are compressed on libuv's thread pool while the next part is built. */
const ASYNC_FROM = 1 << 20;

/**
 * Compress one entry, at level 1, the fastest: worksheet XML compresses tenfold even so. A small part
 * is compressed at once: zlib's asynchronous path costs more than that for it.
 */
export function deflateEntry(name: string, content: Buffer): Promise<ZipEntry> {
  if (content.length < ASYNC_FROM) {
    try {
      const deflated = deflateRawSync(content, { level: 1 });
      return Promise.resolve({ name, crc: crc32(content), size: content.length, deflated });
    } catch (error) {
      return Promise.reject(error);
    }
  }
  return new Promise((resolve, reject) => {
    deflateRaw(content, { level: 1 }, (error, deflated) => {
      if (error) reject(error);
      else resolve({ name, crc: crc32(content), size: content.length, deflated });
    });
  });
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
    const local = Buffer.alloc(30);
    local.writeUInt32LE(LOCAL, 0);
    local.writeUInt16LE(NEEDED, 4);
    local.writeUInt16LE(0, 6);
    local.writeUInt16LE(DEFLATE, 8);
    local.writeUInt16LE(time, 10);
    local.writeUInt16LE(day, 12);
    local.writeUInt32LE(entry.crc, 14);
    local.writeUInt32LE(entry.deflated.length, 18);
    local.writeUInt32LE(entry.size, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    out.push(local, name, entry.deflated);

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
    offset += local.length + name.length + entry.deflated.length;
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
