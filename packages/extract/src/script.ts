/**
 * Policies in traditional script. Some sites republish mainland policies in traditional
 * characters (辦公室, 牽頭, 負責, 萬元); every word the extractor knows is simplified. So it reads a
 * simplified copy, converted character for character (OpenCC's traditional → mainland tables), in
 * which every offset is the offset of the same character in the original; names, evidence and
 * figures are then taken from the original by those offsets, as written.
 */
import { createRequire } from 'node:module';
import { PINYIN_GLOSS, PINYIN_GLOSS_AFTER_HAN } from '@policyc/parse';

/**
 * Characters that occur only in traditional script, and often in policies. Not 督, 境 or 健,
 * which both scripts write alike: with them every simplified policy on health or the environment
 * counted as traditional and paid a conversion of its whole text.
 */
const TRADITIONAL_CHARS = '們這個來為會國發說時後對經東與將產業關門開間區應實現體義務處機構單設計報導據請認識質標準類總統團價營專屬醫藥辦廳縣鄉鎮學習負責牽頭協參與級職責範圍監農財稅資環衛龍億萬數劃';
/**
 * The same characters by UTF-16 code. A lookup per character, not a regex class: the engine tests
 * a class of this many scattered CJK characters range by range, ten times slower than the table
 * (a simplified text is read to its end, so this is paid on every byte of most policies).
 */
const IS_TRADITIONAL = new Uint8Array(0x10000);
for (const ch of TRADITIONAL_CHARS) IS_TRADITIONAL[ch.charCodeAt(0)] = 1;
/** How many such characters make a text traditional: a few stray ones (a quoted name) do not. */
const MIN_TRADITIONAL = 8;

type Convert = (text: string) => string;
let convert: Convert | null = null;

/** The converter, loaded on first use: only traditional documents pay for its tables. */
function converter(): Convert {
  if (convert === null) {
    const require = createRequire(import.meta.url);
    const opencc = require('opencc-js/t2cn') as { Converter: (o: { from: string; to: string }) => Convert };
    convert = opencc.Converter({ from: 'hk', to: 'cn' });
  }
  return convert;
}

/**
 * The text in simplified characters, offset for offset, when it is written in traditional script;
 * null otherwise (or when a conversion would change its length, or nothing). Never throws.
 */
export function simplifiedReading(text: string): string | null {
  let count = 0;
  for (let i = 0; i < text.length && count < MIN_TRADITIONAL; i++) count += IS_TRADITIONAL[text.charCodeAt(i)]!;
  if (count < MIN_TRADITIONAL) return null;
  const out = sameLengthSimplified(text);
  // Null for a copy that changed nothing: callers compare the reading with the text to know
  // whether to quote the original, and two equal megabyte strings compare in linear time.
  return out !== null && out !== text ? out : null;
}

/**
 * A short word (a table's column header) in simplified characters, when it is read from a
 * document `simplifiedReading` converted: the header is kept as written, but the words it is
 * matched against are simplified. Never throws; the word itself when it cannot be converted.
 */
export function simplifiedWord(word: string): string {
  return sameLengthSimplified(word) ?? word;
}

/** The text converted to simplified characters; null when the conversion changes its length (offsets would move) or fails. */
function sameLengthSimplified(text: string): string | null {
  try {
    const out = converter()(text);
    return out.length === text.length ? out : null;
  } catch {
    return null;
  }
}

/**
 * What splits the words of a text without being the document's: pinyin glosses of pages with ruby
 * text copied inline ("負(fù)責", "總數(zǒng)達到"), and what a document viewer inserted where it cut the
 * text into chunks (a line break and a counter: "县农业\n2、农村局"). No word the readers know is
 * found across them. They read a copy with them taken out and the room they took left as spaces
 * where the phrase ends (see PHRASE_END: the end of a sentence, line or cell, or a heading's number
 * run in): the copy keeps the text's length, every phrase keeps its place (so every heading, line
 * and cell does), and only the characters after a cut within their phrase move. `original` says
 * where each of the copy's characters stands in the text.
 */
export interface CutReading {
  reading: string;
  original: Int32Array;
}

/** A gloss right after the character it reads, matched in place. */
const GLOSS_AT = new RegExp(PINYIN_GLOSS, 'uy');
/** A gloss right after a character, wherever it stands. */
const GLOSS_AFTER_HAN = new RegExp(PINYIN_GLOSS_AFTER_HAN, 'gu');
/** A tone mark: what tells pinyin from a bracketed letter ("(a)", "(de)"). */
const TONE_MARK = /[\u00e0-\u00fc\u0101-\u01dc]/u;
/** How many glosses with tone marks make a glossed page: one stray gloss (a quoted name) does not. */
const MIN_GLOSSES = 3;
/** A CJK unified ideograph of the basic block, by char code. */
export const isHanCode = (code: number): boolean => code >= 0x4e00 && code <= 0x9fff;
/**
 * Where the room of a cut is left: the end of its sentence, line or table cell (a tab, a pipe, an
 * ideographic space), a gap of blanks that parts it already, or a heading's bracketed number run in
 * on the line ("…工作（二）县公安局：…": the parser placed the heading there, and it keeps its place).
 * Not a clause's mark, a lone space or a bracket within a name ("各省（自治区、直辖市）"): blanks
 * there would part it (two blanks in a row part paragraphs of text extracted onto one line).
 */
const PHRASE_END = new Uint8Array(0x10000);
for (const ch of '\n\r\t\u3000|｜。；;！!？?') PHRASE_END[ch.charCodeAt(0)] = 1;
/** A heading's number in brackets, run in on a line: "（二）", "(3)". */
const BRACKETED_NUMBER_AT = /[（(][一二三四五六七八九十百0-9０-９]{1,3}[）)]/y;
const opensBracketedNumber = (text: string, i: number): boolean => {
  BRACKETED_NUMBER_AT.lastIndex = i;
  return BRACKETED_NUMBER_AT.test(text);
};
/** A space that opens a gap of two blanks or more. */
const opensGap = (text: string, i: number): boolean => text.charCodeAt(i) === 0x20 && /[ \t\u3000]/u.test(text[i + 1] ?? '');

/**
 * The text read without its pinyin glosses and the spans `inserted` (sorted, as the parser records
 * them), offset for offset (see `CutReading`); null when it has neither. Never throws.
 */
export function cutReading(text: string, inserted: readonly { start: number; end: number }[] = []): CutReading | null {
  const glossed = TONE_MARK.test(text) && countGlosses(text) >= MIN_GLOSSES;
  const cuts = Array.isArray(inserted) ? inserted.filter((c) => Number.isInteger(c?.start) && Number.isInteger(c?.end) && c.start >= 0 && c.start < c.end && c.end <= text.length) : [];
  if (!glossed && cuts.length === 0) return null;
  let nextCut = 0;
  const out: string[] = [];
  const original = new Int32Array(text.length);
  /** The offsets of the gloss characters taken out of the current phrase, to be left as spaces at its end. */
  const room: number[] = [];
  const flush = () => {
    for (const at of room) {
      original[out.length] = at;
      out.push(' ');
    }
    room.length = 0;
  };
  for (let i = 0; i < text.length; ) {
    while (nextCut < cuts.length && cuts[nextCut]!.end <= i) nextCut++;
    const cut = cuts[nextCut];
    if (cut !== undefined && cut.start <= i) {
      for (let k = i; k < cut.end; k++) room.push(k);
      i = cut.end;
      continue;
    }
    const code = text.charCodeAt(i);
    if (glossed && (code === 0x28 || code === 0xff08) && out.length > 0 && isHanCode(out[out.length - 1]!.charCodeAt(0))) {
      GLOSS_AT.lastIndex = i;
      const gloss = GLOSS_AT.exec(text);
      if (gloss !== null) {
        for (let k = 0; k < gloss[0].length; k++) room.push(i + k);
        i += gloss[0].length;
        continue;
      }
    }
    if (PHRASE_END[code] === 1 || (code === 0x20 && opensGap(text, i)) || ((code === 0x28 || code === 0xff08) && opensBracketedNumber(text, i))) flush();
    original[out.length] = i;
    out.push(text[i]!);
    i++;
  }
  flush();
  return { reading: out.join(''), original };
}

/** How many glosses with a tone mark the text holds, counted up to MIN_GLOSSES. */
function countGlosses(text: string): number {
  let count = 0;
  for (const gloss of text.matchAll(GLOSS_AFTER_HAN)) if (TONE_MARK.test(gloss[0]) && ++count >= MIN_GLOSSES) break;
  return count;
}
