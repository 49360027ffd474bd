export { parsePolicy, type ParseMessage, type ParseOptions, type ParseResult } from './parse.js';
export { policyParse, type PolicyParseOptions } from './plugin.js';
export { leaves, toSource, toText } from './leaves.js';
export { DOC_NUMBER, isCompleteTitle, isoDate, RELEASE_LEAD, splitAddressees } from './header.js';
export { createPositionMap, type PositionMap } from './position.js';
export { MIN_COUNTED, runsOn, wrapWidth, wrapWidthOf } from './wrap.js';
export { openingMarker, opensWithMarker, PINYIN_GLOSS, PINYIN_GLOSS_AFTER_HAN } from './markers.js';
export { ABBREVIATED_UNIT, ASSIST_WORDS, COMPARATOR_SIGNS, GOAL_COLUMN, LEAD_WORDS, MEASURE_COLUMN, PRESENT_COLUMN, SUBJECT_COLUMN, UNIT_KIND_WORDS, columnNoteRole, withoutColumnNote } from './cells.js';
export {
  CHINESE_NUMERAL_CHARS, isArabicDigitAt, isChineseNumeralChar, parseChineseNumeral, parseOrdinal, readNumeral,
  toHalfWidthDigits, type NumeralRead,
} from './numerals.js';
export type * from './types.js';
export { pipeCells } from './tables.js';
