/**
 * Policies in traditional script. Some sites republish mainland policies in traditional
 * characters (辦公室, 牽頭, 負責, 萬元); every word the extractor knows is simplified. So it reads a
 * simplified copy, converted character for character (OpenCC's traditional → mainland tables), in
 * which every offset is the offset of the same character in the original; names, evidence and
 * figures are then taken from the original by those offsets, as written.
 */
import { createRequire } from 'node:module';

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
