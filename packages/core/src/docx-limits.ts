/**
 * Opening a .docx without letting it inflate without bound (a "zip bomb": a few hundred KB that
 * inflate to gigabytes). The zip's central directory declares every entry's size; those are
 * checked before anything is inflated, and since a declared size can lie, each entry is inflated
 * by yauzl, which stops with an error as soon as an entry yields more than it declared.
 *
 * The zip is handed to mammoth as its own zip-file interface (`exists` / `read`, what mammoth's
 * `openZip` accepts as `file`), so that mammoth reads every part through these bounded streams
 * instead of inflating the archive itself with jszip.
 */
import yauzl, { type Entry, type ZipFile } from 'yauzl';

/** The most a .docx may inflate to, all parts together (256 MB: a long plan with images inflates to a few MB). */
export const MAX_DOCX_INFLATED_BYTES = 256 * 1024 * 1024;

/**
 * The highest compression ratio accepted for a part larger than `RATIO_FLOOR_BYTES`. Word's XML
 * compresses 5–30×; deflate cannot exceed ≈ 1,030×, which only machine-made repetition reaches.
 */
export const MAX_DOCX_RATIO = 200;
const RATIO_FLOOR_BYTES = 8 * 1024 * 1024;

export interface DocxLimits {
  /** Refuse a document whose parts inflate beyond this many bytes in all (default `MAX_DOCX_INFLATED_BYTES`). */
  maxInflatedBytes?: number;
}

/** What mammoth reads a .docx through (its `openZip` input `{ file }`). */
export interface DocxZip {
  exists(name: string): boolean;
  read(name: string, encoding?: string): Promise<string | Uint8Array>;
}

export type OpenedDocx = { ok: true; zip: DocxZip } | { ok: false; reason: string };

/** Thrown from `DocxZip.read` when a part inflates beyond what the zip declared for it. */
export class DocxLimitError extends Error {
  override name = 'DocxLimitError';
}

/** Reads a .docx's central directory and checks the declared sizes; nothing is inflated yet. */
export async function openDocx(bytes: Buffer, limits: DocxLimits = {}): Promise<OpenedDocx> {
  let zipfile: ZipFile;
  let entries: Entry[];
  try {
    zipfile = await fromBuffer(bytes);
    entries = await listEntries(zipfile);
  } catch {
    return { ok: false, reason: 'not a Word (.docx) document' };
  }
  const reason = sizeReason(entries, limits.maxInflatedBytes ?? MAX_DOCX_INFLATED_BYTES);
  if (reason !== null) return { ok: false, reason };
  const byName = new Map(entries.map((entry) => [entry.fileName, entry]));
  return {
    ok: true,
    zip: {
      exists: (name) => byName.has(name),
      read: async (name, encoding) => {
        const entry = byName.get(name);
        if (entry === undefined) throw new Error(`no part ${name} in the document`);
        const data = await inflate(zipfile, entry);
        if (encoding === 'base64') return data.toString('base64');
        return encoding ? new TextDecoder(encoding).decode(data) : new Uint8Array(data);
      },
    },
  };
}

/** Why the declared sizes are refused, or null. */
function sizeReason(entries: readonly Entry[], maxInflated: number): string | null {
  const total = entries.reduce((sum, entry) => sum + entry.uncompressedSize, 0);
  if (total > maxInflated) return `would inflate to ${megabytes(total)} (policyc reads .docx up to ${megabytes(maxInflated)} inflated)`;
  for (const entry of entries) {
    const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
    if (entry.uncompressedSize > RATIO_FLOOR_BYTES && ratio > MAX_DOCX_RATIO) {
      return `a Word part (${entry.fileName}) would inflate ${Math.round(ratio)}× to ${megabytes(entry.uncompressedSize)}: refused as a zip bomb`;
    }
  }
  return null;
}

function megabytes(n: number): string {
  return `${(n / 1024 / 1024).toFixed(n < 10 * 1024 * 1024 ? 1 : 0)} MB`;
}

function fromBuffer(bytes: Buffer): Promise<ZipFile> {
  return new Promise((resolve, reject) => {
    // validateEntrySizes (the default) makes each read stream fail once it passes the declared size.
    yauzl.fromBuffer(bytes, { lazyEntries: true, validateEntrySizes: true }, (error, zipfile) => (error ? reject(error) : resolve(zipfile)));
  });
}

function listEntries(zipfile: ZipFile): Promise<Entry[]> {
  return new Promise((resolve, reject) => {
    const entries: Entry[] = [];
    zipfile.on('entry', (entry: Entry) => {
      entries.push(entry);
      zipfile.readEntry();
    });
    zipfile.on('end', () => resolve(entries));
    zipfile.on('error', reject);
    zipfile.readEntry();
  });
}

function inflate(zipfile: ZipFile, entry: Entry): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    zipfile.openReadStream(entry, (error, stream) => {
      if (error) return reject(error);
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => resolve(Buffer.concat(chunks)));
      stream.on('error', (cause: Error) => {
        stream.destroy();
        // yauzl's "too many bytes in the stream": the zip lied about the part's size.
        reject(cause.message.startsWith('too many bytes')
          ? new DocxLimitError(`a Word part (${entry.fileName}) inflates to more than the ${megabytes(entry.uncompressedSize)} its zip declares: refused as a zip bomb`)
          : cause);
      });
    });
  });
}
