/**
 * The running-text number reader of @policyc/parse, in one place for the target rules. Bound to
 * constants of this module, not re-exported: the readers are called for every numeral of a
 * document, and a transpiled re-export (tsx, as `pnpm bench` and `policyc:src` run the sources)
 * resolves each call through a getter per module it passes.
 */
import * as parse from '@policyc/parse';

export type { NumeralRead } from '@policyc/parse';
export const CHINESE_NUMERAL_CHARS = parse.CHINESE_NUMERAL_CHARS;
export const isArabicDigitAt = parse.isArabicDigitAt;
export const isChineseNumeralChar = parse.isChineseNumeralChar;
export const readNumeral = parse.readNumeral;
