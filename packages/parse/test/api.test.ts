import type { Position, Section, TableCell, TableRow } from '@policyc/parse';
import { describe, expect, expectTypeOf, it } from 'vitest';

describe('@policyc/parse public API', () => {
  it('exports exactly these runtime names', async () => {
    expect(Object.keys(await import('@policyc/parse')).sort()).toEqual([
      'ABBREVIATED_UNIT', 'ASSIST_WORDS', 'CHINESE_NUMERAL_CHARS', 'COMPARATOR_SIGNS', 'DOC_NUMBER', 'GOAL_COLUMN', 'LEAD_WORDS', 'MEASURE_COLUMN', 'MIN_COUNTED', 'PINYIN_GLOSS', 'PINYIN_GLOSS_AFTER_HAN', 'PRESENT_COLUMN', 'RELEASE_LEAD', 'SUBJECT_COLUMN', 'UNIT_KIND_WORDS', 'columnNoteRole', 'createPositionMap', 'isArabicDigitAt', 'isChineseNumeralChar', 'isCompleteTitle', 'isoDate', 'leaves', 'openingMarker', 'opensWithMarker',
      'parseChineseNumeral', 'parseOrdinal', 'parsePolicy', 'pipeCells', 'policyParse', 'readNumeral', 'runsOn', 'splitAddressees',
      'toHalfWidthDigits', 'toSource', 'toText', 'withoutColumnNote', 'wrapWidth', 'wrapWidthOf',
    ]);
  });

  it('keeps the stage internals (marker table, depth, header reader) out of it', async () => {
    const api = await import('@policyc/parse');
    for (const internal of ['matchMarker', 'placeHeadings', 'readHeader', 'buildTree', 'findCandidates', 'splitLines']) {
      expect(api).not.toHaveProperty(internal);
    }
  });
});

describe('@policyc/parse public types', () => {
  it('exports the table row a section was made from, with its cells by column', () => {
    expectTypeOf<Section['row']>().toEqualTypeOf<TableRow | undefined>();
    expectTypeOf<TableRow>().toEqualTypeOf<{ cells: TableCell[] }>();
    expectTypeOf<TableCell>().toEqualTypeOf<{ column: string | null; value: string; position: Position }>();
  });
});
