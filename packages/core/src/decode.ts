/**
 * Turning the bytes of a policy into text, whatever encoding it came in.
 *
 * Chinese government files travel as UTF-8, but also as GBK / GB18030 (the mainland's legacy
 * encoding), Big5, and UTF-16 from Word's "save as text". Reading those as UTF-8 gives mojibake
 * that parses into an empty registry without a word of warning, so the encoding is settled first,
 * in the order a browser settles it: a forced encoding, the byte-order mark, an HTML page's
 * declared charset, and only then a guess from the bytes. Every candidate is decoded strictly
 * (a malformed sequence rejects it, never turns into U+FFFD) and must read as text, so a wrong
 * guess or a wrong declaration falls through instead of producing garbage.
 *
 * Bytes that are no text at all (binary, NUL-padded, random) or hold no text are reported, not
 * thrown: the result says why in one line.
 */
import { createRequire } from 'node:module';
import type Chardet from 'chardet';

const require = createRequire(import.meta.url);
let chardetModule: typeof Chardet | undefined;

/** How the encoding was settled. */
export type EncodingSource = 'forced' | 'bom' | 'declared' | 'detected';

export type DecodeResult =
  | { ok: true; text: string; /** The WHATWG name of the encoding, e.g. `utf-8`, `gb18030`, `utf-16le`. */ encoding: string; by: EncodingSource }
  | { ok: false; /** One line, e.g. `not text: 37% NUL bytes`. */ reason: string };

export interface DecodeOptions {
  /** Decode with this encoding (any WHATWG label: `gbk`, `gb2312`, `big5`, `utf-16le` …) and nothing else. */
  encoding?: string;
  /** The bytes are an HTML page: honour its `<meta charset>` or `http-equiv` content type. */
  html?: boolean;
}

/** The encodings tried when nothing declares one, in the order they are tried. */
const GUESSED = ['utf-8', 'utf-16le', 'utf-16be', 'gb18030', 'big5'] as const;

/** chardet's names for the multi-byte Chinese encodings it can tell apart by character frequency. */
const CHARDET_NAMES: Record<string, string> = { GB18030: 'gb18030', Big5: 'big5' };

/** Share of control bytes above which bytes without a byte-order mark are taken for binary data. */
const MAX_CONTROL_SHARE = 0.01;

/** Share of characters no policy holds (controls, private use) above which a decoding is taken for a wrong one. */
const MAX_ODD_SHARE = 0.005;

export function decodeText(bytes: Uint8Array, options: DecodeOptions = {}): DecodeResult {
  if (bytes.length === 0) return { ok: false, reason: 'empty file' };
  if (options.encoding !== undefined) {
    const encoding = encodingName(options.encoding);
    if (encoding === null) return { ok: false, reason: `unknown encoding "${options.encoding}"` };
    const text = strictDecode(bytes, encoding);
    return text === null ? { ok: false, reason: `cannot decode as ${displayName(encoding)}` } : { ok: true, text, encoding, by: 'forced' };
  }
  const bom = byteOrderMark(bytes);
  if (bom !== null) {
    const text = strictDecode(bytes, bom);
    return text === null ? { ok: false, reason: `cannot decode as ${displayName(bom)} despite its byte-order mark` } : { ok: true, text, encoding: bom, by: 'bom' };
  }
  if (options.html) {
    const declared = declaredCharset(bytes);
    const text = declared === null ? null : strictDecode(bytes, declared);
    // A page that misstates its charset (a gb2312 template saved as UTF-8 is common) falls through to detection.
    if (declared !== null && text !== null && readsAsText(text)) return { ok: true, text, encoding: declared, by: 'declared' };
  }
  return detect(bytes);
}

function detect(bytes: Uint8Array): DecodeResult {
  const utf16 = utf16Order(bytes);
  if (utf16 !== null) {
    const text = strictDecode(bytes, utf16);
    if (text !== null && readsAsText(text)) return { ok: true, text, encoding: utf16, by: 'detected' };
  }
  const binary = binaryReason(bytes);
  if (binary !== null) return { ok: false, reason: binary };
  // UTF-8 first, and before any frequency analysis: multi-byte text in another encoding is almost
  // never valid UTF-8, and most policies are UTF-8, so they never pay for chardet (~100 ms on a
  // policy, more than the rest of reading it).
  const utf8 = strictDecode(bytes, 'utf-8');
  if (utf8 !== null && readsAsText(utf8)) return { ok: true, text: utf8, encoding: 'utf-8', by: 'detected' };
  for (const encoding of chineseCandidates(bytes)) {
    const text = strictDecode(bytes, encoding);
    if (text !== null && readsAsText(text)) return { ok: true, text, encoding, by: 'detected' };
  }
  return { ok: false, reason: `cannot decode as ${GUESSED.map(displayName).join(', ')}` };
}

/**
 * The two Chinese encodings in the order chardet's character-frequency models rank them (GB18030
 * and Big5 share most byte patterns, so only frequencies tell them apart), GB18030 first on a tie.
 */
function chineseCandidates(bytes: Uint8Array): string[] {
  const ranked = chardet().analyse(bytes)
    .filter((m) => m.name in CHARDET_NAMES)
    .sort((a, b) => b.confidence - a.confidence)
    .map((m) => CHARDET_NAMES[m.name]!);
  return [...new Set([...ranked, 'gb18030', 'big5'])];
}

/** chardet, loaded the first time bytes are not UTF-8. CommonJS, so `require` keeps decoding synchronous. */
function chardet(): typeof Chardet {
  chardetModule ??= require('chardet') as typeof Chardet;
  return chardetModule;
}

function byteOrderMark(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/**
 * UTF-16 without a byte-order mark, told by its high bytes: in Chinese text nearly every code
 * unit's high byte is 00 (ASCII), 20 (punctuation), 30 (CJK punctuation), 4E–9F (ideographs) or
 * FF (full-width forms), while its low bytes spread over the whole range. In any byte-oriented
 * encoding, bytes at even and odd offsets look alike.
 */
function utf16Order(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return null;
  const units = bytes.length / 2;
  let even = 0;
  let odd = 0;
  // Indexed loops over a table rather than a byte iterator and a chain of comparisons: every
  // policy without a byte-order mark is read to its end here, several megabytes for a long one.
  for (let i = 0; i < bytes.length; i += 2) {
    even += HIGH_BYTE[bytes[i]!]!;
    odd += HIGH_BYTE[bytes[i + 1]!]!;
  }
  const [high, low, order] = odd >= even ? [odd, even, 'utf-16le' as const] : [even, odd, 'utf-16be' as const];
  return high >= units * 0.9 && high - low >= units * 0.3 ? order : null;
}

/** 1 for a byte that is the high byte of most code units of Chinese text in UTF-16. */
const HIGH_BYTE = byteTable((byte) => byte === 0x00 || byte === 0x20 || byte === 0x30 || byte === 0xff || (byte >= 0x4e && byte <= 0x9f));
/** 1 for a control byte no text encoding here produces (tab, line ends, form feed and escape aside); NUL apart. */
const CONTROL_BYTE = byteTable((byte) => byte !== 0 && ((byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0b && byte !== 0x0c && byte !== 0x0d && byte !== 0x1b) || byte === 0x7f));

function byteTable(test: (byte: number) => boolean): Uint8Array {
  const table = new Uint8Array(256);
  for (let byte = 0; byte < 256; byte++) table[byte] = test(byte) ? 1 : 0;
  return table;
}

/** Why bytes without a byte-order mark are no text: NULs or other control bytes, which no text encoding here produces. */
function binaryReason(bytes: Uint8Array): string | null {
  let nul = 0;
  let control = 0;
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i]!;
    if (byte === 0) nul++;
    else control += CONTROL_BYTE[byte]!;
  }
  if (nul + control <= bytes.length * MAX_CONTROL_SHARE) return null;
  return nul >= control ? `not text: ${percent(nul, bytes.length)} NUL bytes` : `not text: ${percent(nul + control, bytes.length)} control bytes`;
}

/** Whether decoded text reads as a document: next to no control or private-use characters, which mark a wrong decoding. */
function readsAsText(text: string): boolean {
  let odd = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0b && c !== 0x0c && c !== 0x0d) || (c >= 0x7f && c <= 0x9f) || (c >= 0xe000 && c <= 0xf8ff)) odd++;
  }
  return odd <= text.length * MAX_ODD_SHARE;
}

/**
 * The charset an HTML page declares in a `<meta charset>` or `<meta http-equiv="Content-Type"
 * content="…; charset=…">` within its first 4 KB (the declaration must come early; browsers
 * look at the first 1 KB). Null when none is declared or the label is unknown.
 */
function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  for (const [tag] of head.matchAll(/<meta\b[^>]*>/giu)) {
    const label = /charset\s*=\s*["']?\s*([\w.:-]+)/iu.exec(tag)?.[1];
    const encoding = label === undefined ? null : encodingName(label);
    // As in browsers: a page that got this far without a byte-order mark is not UTF-16, whatever it says.
    if (encoding !== null) return encoding.startsWith('utf-16') ? 'utf-8' : encoding;
  }
  return null;
}

/** The WHATWG name of an encoding label (`gb2312` → `gbk`, `UTF8` → `utf-8`), or null if unknown. */
export function encodingName(label: string): string | null {
  try {
    return new TextDecoder(label.trim()).encoding;
  } catch {
    return null;
  }
}

/** The text, or null if the bytes are malformed in that encoding. A byte-order mark is dropped. */
function strictDecode(bytes: Uint8Array, encoding: string): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function displayName(encoding: string): string {
  return encoding === 'big5' ? 'Big5' : encoding.toUpperCase();
}

function percent(part: number, whole: number): string {
  return `${Math.max(1, Math.round((part / whole) * 100))}%`;
}
