import { describe, expect, it } from 'vitest';

describe('@policyc/parse public API', () => {
  it('exports exactly these runtime names', async () => {
    expect(Object.keys(await import('@policyc/parse')).sort()).toEqual([
      'CHINESE_NUMERAL_CHARS', 'createPositionMap', 'isArabicDigitAt', 'isChineseNumeralChar', 'isoDate', 'leaves',
      'parseChineseNumeral', 'parseOrdinal', 'parsePolicy', 'policyParse', 'readNumeral', 'splitAddressees',
      'toHalfWidthDigits', 'toSource', 'toText',
    ]);
  });

  it('keeps the stage internals (marker table, depth, header reader) out of it', async () => {
    const api = await import('@policyc/parse');
    for (const internal of ['matchMarker', 'placeHeadings', 'readHeader', 'buildTree', 'findCandidates', 'splitLines']) {
      expect(api).not.toHaveProperty(internal);
    }
  });
});
