import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';

describe('@policyc/sheets public API', () => {
  it('exports exactly these names', () => {
    expect(Object.keys(api).sort()).toEqual([
      'DEFAULT_SUMMARY_LENGTH', 'INDEX_DOCUMENT_COLUMNS', 'INDEX_SHEET_NAMES', 'INDEX_TASK_COLUMNS', 'INDEX_UNIT_COLUMNS',
      'SHEET_NAMES', 'TARGET_COLUMNS', 'TASK_COLUMNS', 'UNIT_COLUMNS', 'UNIT_SEPARATOR',
      'emitCsv', 'emitIndexXlsx', 'emitXlsx', 'sheetCaption', 'targetRows', 'targetsByTask', 'taskRows', 'unitBlocks',
    ]);
  });
});
