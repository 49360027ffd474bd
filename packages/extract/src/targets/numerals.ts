/**
 * The running-text number reader of @policyc/parse, in one place for the target rules.
 *
 * Stopgap: `@policyc/parse`'s index does not export `readNumeral`, `isArabicDigitAt` and
 * `NumeralRead` yet, so they are reached by path. Once the index exports them, this file becomes
 * `export { … } from '@policyc/parse';` and nothing else changes.
 */
export {
  isArabicDigitAt, isChineseNumeralChar, readNumeral, type NumeralRead,
} from '../../../parse/src/numerals.js';
