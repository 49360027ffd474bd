import { readFileSync } from 'node:fs';
import type { Registry } from '@policyc/model';
import ExcelJS from 'exceljs';
import { compile } from '@policyc/core';

/** A made-up 行动计划 in the style of real notices: bracketed clauses, a 责任单位 clause, targets, a deadline. */
export const PLAN_TEXT = readFileSync(new URL('./fixtures/plan.txt', import.meta.url), 'utf8');
export const REFERENCE_TEXT = readFileSync(new URL('../../../examples/qinghai-pharma/qinghai-pharma.txt', import.meta.url), 'utf8');

export function compileText(text: string, path = 'plan.txt'): Registry {
  return compile({ path, value: text }).registry;
}

export async function readWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

/** A sheet's rows as arrays of cell texts (index 0 is column A), empty cells as "". */
export function sheetTexts(sheet: ExcelJS.Worksheet): string[][] {
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, number) => {
    const cells: string[] = [];
    for (let c = 1; c <= sheet.columnCount; c += 1) cells.push(row.getCell(c).text);
    rows[number - 1] = cells;
  });
  return rows;
}

/** The first row whose column A..n cell `column` (1-based) starts with `prefix`. */
export function rowStarting(sheet: ExcelJS.Worksheet, column: number, prefix: string): ExcelJS.Row | undefined {
  for (let r = 1; r <= sheet.rowCount; r += 1) {
    const row = sheet.getRow(r);
    if (row.getCell(column).text.startsWith(prefix)) return row;
  }
  return undefined;
}

/** The text of a cell's note, whether exceljs reads it back as a string or as rich text. */
export function noteText(cell: ExcelJS.Cell): string {
  const note = cell.note as unknown;
  if (typeof note === 'string') return note;
  const texts = (note as { texts?: { text: string }[] } | undefined)?.texts ?? [];
  return texts.map((t) => t.text).join('');
}
