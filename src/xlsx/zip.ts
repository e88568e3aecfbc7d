// The zip container of an .xlsx file, with Node's native zlib: entries are read from the central
// directory and inflated only when asked for; an entry that is not changed is written back with its
// original compressed bytes, so untouched parts (charts, images, other sheets) stay byte-for-byte.
import { crc32, deflateRaw, deflateRawSync, inflateRaw, inflateRawSync } from "node:zlib";

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  crc: number;
  size: number;
  /** The bytes as stored in the file (compressed when method is 8). */
  raw: Buffer;
  /** A large new entry is compressed in zlib's thread pool while the next part is made: raw is ready when this settles. */
  pending?: Promise<void>;
  /** The uncompressed bytes of a pending entry. */
  plain?: Buffer;
}

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;

export class ZipError extends Error {}

function endOfCentralDirectory(buf: Buffer): number {
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 65_557); i--) {
    if (buf.readUInt32LE(i) === END) return i;
  }
  throw new ZipError("no end of central directory");
}

/** Every entry of a zip file, in central-directory order. */
export function readZip(buf: Buffer): ZipEntry[] {
  const end = endOfCentralDirectory(buf);
  const count = buf.readUInt16LE(end + 10);
  let at = buf.readUInt32LE(end + 16);
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > buf.length || buf.readUInt32LE(at) !== CENTRAL) throw new ZipError("damaged central directory");
    const flags = buf.readUInt16LE(at + 8);
    const method = buf.readUInt16LE(at + 10);
    const crc = buf.readUInt32LE(at + 16);
    const compressed = buf.readUInt32LE(at + 20);
    const size = buf.readUInt32LE(at + 24);
    const nameLen = buf.readUInt16LE(at + 28);
    const extraLen = buf.readUInt16LE(at + 30);
    const commentLen = buf.readUInt16LE(at + 32);
    const local = buf.readUInt32LE(at + 42);
    const name = buf.toString(flags & 0x800 ? "utf8" : "latin1", at + 46, at + 46 + nameLen);
    if (compressed === 0xffffffff || local === 0xffffffff) throw new ZipError("zip64 is not supported");
    if (local + 30 > buf.length || buf.readUInt32LE(local) !== LOCAL) throw new ZipError(`damaged entry ${name}`);
    const dataAt = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    if (dataAt + compressed > buf.length) throw new ZipError(`truncated entry ${name}`);
    entries.push({ name, method, crc, size, raw: buf.subarray(dataAt, dataAt + compressed) });
    at += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

/** What the parts of a zip file hold uncompressed, from its directory alone (0 when it is not one). */
export function unpackedSize(buf: Buffer): number {
  try {
    return readZip(buf).reduce((n, e) => n + e.size, 0);
  } catch {
    return 0;
  }
}

/** The uncompressed bytes of an entry. */
export function entryBytes(e: ZipEntry): Buffer {
  if (e.plain) return e.plain;
  if (e.method === 0) return e.raw;
  if (e.method !== 8) throw new ZipError(`compression method ${e.method} of ${e.name} is not supported`);
  return inflateRawSync(e.raw);
}

/**
 * The uncompressed bytes of an entry, inflated in zlib's thread pool: the parts of a book are
 * inflated there all at once while the first of them is read.
 */
export function inflateEntry(e: ZipEntry): Promise<Buffer> {
  if (e.plain || e.method !== 8 || e.size < ASYNC_FROM) return Promise.resolve().then(() => entryBytes(e));
  return new Promise((resolve, reject) =>
    // One output chunk of the size the zip promises (up to 64 MiB): the pool inflates it without turns of the event loop.
    inflateRaw(e.raw, { chunkSize: Math.min(Math.max(e.size + 64, 1 << 16), 1 << 26) }, (err, out) =>
      err ? reject(err) : resolve(out),
    ),
  );
}

export function entryText(e: ZipEntry): string {
  return entryBytes(e).toString("utf8");
}

/** Pieces of text and bytes as one UTF-8 buffer, without first joining them into one string. */
function utf8(pieces: readonly (string | Buffer)[]): Buffer {
  let size = 0;
  for (const p of pieces) size += typeof p === "string" ? Buffer.byteLength(p, "utf8") : p.length;
  const out = Buffer.allocUnsafe(size);
  let at = 0;
  for (const p of pieces) at += typeof p === "string" ? out.write(p, at, "utf8") : p.copy(out, at);
  return out;
}

/** Parts from this size on are compressed and decompressed in zlib's thread pool. */
const ASYNC_FROM = 1 << 18;

/**
 * A new deflated entry. Level 1: about three times faster than zlib's default 6 on a 50,000-row
 * sheet, for a part about 30% larger (still a tenth of the XML). A large part is compressed in
 * zlib's thread pool (on another core) while the next part is made; `settleEntries` waits for it.
 */
export function makeEntry(name: string, content: string | readonly (string | Buffer)[] | Buffer): ZipEntry {
  const bytes =
    typeof content === "string" ? Buffer.from(content, "utf8") : Buffer.isBuffer(content) ? content : utf8(content);
  const crc = crc32(bytes);
  if (bytes.length < ASYNC_FROM)
    return { name, method: 8, crc, size: bytes.length, raw: deflateRawSync(bytes, { level: 1 }) };
  const entry: ZipEntry = { name, method: 8, crc, size: bytes.length, raw: Buffer.alloc(0), plain: bytes };
  let failure: Error | null = null;
  const done = new Promise<void>((resolve) =>
    // XML deflates to well under a quarter: one output chunk, so the pool needs no turn of the event loop.
    deflateRaw(bytes, { level: 1, chunkSize: Math.max(bytes.length >> 2, 1 << 16) }, (err, out) => {
      if (err) failure = err;
      else {
        entry.raw = out;
        entry.plain = undefined;
      }
      resolve();
    }),
  );
  // A failed entry keeps its rejected promise: every later save of it fails too, none writes it empty.
  entry.pending = done.then(() => {
    if (failure) throw failure;
    entry.pending = undefined;
  });
  // Awaited by settleEntries; a failure is reported there, not as an unhandled rejection.
  entry.pending.catch(() => {});
  return entry;
}

/** Waits until every entry is compressed. */
export async function settleEntries(entries: Iterable<ZipEntry>): Promise<void> {
  for (const e of entries) if (e.pending) await e.pending;
}

// 1980-01-01 00:00, the zip epoch: a fixed time keeps the file the same for the same content.
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

/**
 * The fields a local header and its central-directory record share, from "version needed" to the
 * name's length: at 4 in a local header, at 6 in a central record (after "version made by").
 */
function writeEntryFields(buf: Buffer, at: number, e: ZipEntry, nameLength: number): void {
  buf.writeUInt16LE(20, at);
  buf.writeUInt16LE(0x800, at + 2); // the name is UTF-8
  buf.writeUInt16LE(e.method, at + 4);
  buf.writeUInt16LE(DOS_TIME, at + 6);
  buf.writeUInt16LE(DOS_DATE, at + 8);
  buf.writeUInt32LE(e.crc >>> 0, at + 10);
  buf.writeUInt32LE(e.raw.length, at + 14);
  buf.writeUInt32LE(e.size, at + 18);
  buf.writeUInt16LE(nameLength, at + 22);
}

export function writeZip(entries: readonly ZipEntry[]): Buffer {
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    if (e.pending) throw new ZipError(`${e.name} is still being compressed`);
    const name = Buffer.from(e.name, "utf8");
    const head = Buffer.alloc(30);
    head.writeUInt32LE(LOCAL, 0);
    writeEntryFields(head, 4, e, name.length);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(CENTRAL, 0);
    dir.writeUInt16LE(20, 4);
    writeEntryFields(dir, 6, e, name.length);
    dir.writeUInt32LE(offset, 42);
    chunks.push(head, name, e.raw);
    central.push(dir, name);
    offset += 30 + name.length + e.raw.length;
  }
  const dirSize = central.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(END, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dirSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...chunks, ...central, end]);
}
