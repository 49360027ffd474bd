/**
 * The running-text number reader of @policyc/parse, in one place for the target rules.
 */
export { isArabicDigitAt, isChineseNumeralChar, readNumeral, type NumeralRead } from '@policyc/parse';
