export { emitCsv } from './csv.js';
export {
  DEFAULT_SUMMARY_LENGTH, TARGET_COLUMNS, TASK_COLUMNS, UNIT_COLUMNS, UNIT_SEPARATOR, targetRows, targetsByTask, taskRows, unitBlocks,
  type RowOptions, type TargetRow, type TaskRow, type UnitBlock, type UnitTaskRow,
} from './rows.js';
export { emitXlsx, SHEET_NAMES, sheetCaption, type XlsxOptions } from './xlsx.js';
export {
  emitIndexXlsx, INDEX_DOCUMENT_COLUMNS, INDEX_SHEET_NAMES, INDEX_TASK_COLUMNS, INDEX_UNIT_COLUMNS, type IndexWorkbookInput, type IndexXlsxOptions,
} from './index-xlsx.js';
