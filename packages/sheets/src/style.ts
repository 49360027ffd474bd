/**
 * What the workbooks share (the 任务分工表 in xlsx.ts and a batch's index in index-xlsx.ts): the
 * look of their cells, header rows and body rows, column widths fitted to CJK text, and packing
 * the file so that its bytes are the same on every run.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { fitWidth, wrappedLines, type WidthLimits } from './width.js';

/** Excel's ceiling for the text of one cell or note. */
export const MAX_CELL_TEXT = 32_767;
/** Points per line of 11-point CJK text: 宋体 needs about 14.5, the fonts that stand in for it elsewhere about 16. */
export const LINE_HEIGHT = 16;
export const ROW_PADDING = 4;
export const DEFAULT_FONT = '宋体';
/** GB2312: tells Excel and WPS to substitute a Chinese font when the named one is missing (macOS, Linux). */
export const GB2312_CHARSET = 134;
export const ZIP_EPOCH = new Date(Date.UTC(1980, 0, 1));

export const THIN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF808080' } };
export const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
export const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7E6E6' } };
export const BLOCK_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };

/** Every written cell's font: `name` at 11 points, with the hint that makes a Chinese font stand in for it where it is missing. */
export function cellFont(name: string = DEFAULT_FONT): Partial<ExcelJS.Font> {
  return { name, size: 11, charset: GB2312_CHARSET };
}

/** Sets the sheet's column widths to fit `rows` within `limits`, and returns them. */
export function setWidths(sheet: ExcelJS.Worksheet, columns: readonly string[], rows: unknown[][], limits: WidthLimits[]): number[] {
  const widths = columns.map((header, i) => fitWidth([header, ...rows.map((row) => row[i])], limits[i] ?? { min: 8, max: 40 }));
  widths.forEach((width, i) => { sheet.getColumn(i + 1).width = width; });
  return widths;
}

export function addHeader(sheet: ExcelJS.Worksheet, columns: readonly string[], font: Partial<ExcelJS.Font>): void {
  const row = sheet.addRow([...columns]);
  row.height = LINE_HEIGHT + ROW_PADDING + 2;
  row.eachCell((cell) => {
    cell.style = { font: { ...font, bold: true }, fill: HEADER_FILL, border: BORDER, alignment: { horizontal: 'center', vertical: 'middle', wrapText: true } };
  });
}

/** `centred`: the 0-based columns of short values (numbers, roles, years) set in the middle of their cells. */
export function addBodyRow(sheet: ExcelJS.Worksheet, values: unknown[], widths: number[], font: Partial<ExcelJS.Font>, centred: readonly number[] = [0]): ExcelJS.Row {
  const row = sheet.addRow(values.map((v) => (typeof v === 'string' ? clip(v) : v ?? '')));
  let lines = 1;
  values.forEach((value, i) => {
    const cell = row.getCell(i + 1);
    cell.style = { font, border: BORDER, alignment: { vertical: 'top', horizontal: centred.includes(i) ? 'center' : 'left', wrapText: true } };
    lines = Math.max(lines, wrappedLines(value, widths[i] ?? 10));
  });
  // Excel does not fit a row to wrapped text on open: give it the height its longest cell needs.
  row.height = lines * LINE_HEIGHT + ROW_PADDING;
  return row;
}

/** A cell's text cut to what Excel holds. */
export function clip(text: string): string {
  return text.length > MAX_CELL_TEXT ? `${text.slice(0, MAX_CELL_TEXT - 1)}…` : text;
}

/**
 * The workbook's bytes, the same on every run. exceljs stamps each zip entry with the time of
 * writing, so the entries are packed again with a fixed time; exceljs writes them uncompressed
 * (stored), so they are compressed once, by the repacking, instead of deflated, inflated and
 * deflated again (for a batch's index of a thousand documents, seconds).
 */
export async function workbookBytes(workbook: ExcelJS.Workbook, date: Date): Promise<Uint8Array> {
  const stored = await workbook.xlsx.writeBuffer({ zip: { compression: 'STORE' } });
  return repack(new Uint8Array(stored as ArrayBuffer), date);
}

/** The zip's entries packed again with a fixed time, deflated. */
async function repack(bytes: Uint8Array, date: Date): Promise<Uint8Array> {
  const source = await JSZip.loadAsync(bytes);
  const target = new JSZip();
  for (const entry of Object.values(source.files)) {
    if (entry.dir) continue;
    target.file(entry.name, await entry.async('uint8array'), { date, createFolders: false });
  }
  return target.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 }, platform: 'DOS' });
}
