/**
 * The cross-document index of a batch compile as an .xlsx workbook (exceljs), for the office that
 * follows every unit across its policies: 单位任务汇总 (one row per unit: its aliases and counts),
 * 单位任务明细 (one block per unit: each task in each document, with its role), 文件清单 (the
 * documents). Styled as the 任务分工表 (xlsx.ts) and byte-identical on every run.
 */
import ExcelJS from 'exceljs';
import { addBodyRow, addHeader, BLOCK_FILL, BORDER, cellFont, LINE_HEIGHT, ROW_PADDING, setWidths, workbookBytes, ZIP_EPOCH } from './style.js';
import type { WidthLimits } from './width.js';

/** What the workbook reads of the index (policyc's `index.json`). */
export interface IndexWorkbookInput {
  documents: ReadonlyArray<{ path: string; registry: string; title: string | null; docNumber: string | null; tasks: number; units: number }>;
  units: ReadonlyArray<{
    name: string;
    aliases: readonly string[];
    counts: { documents: number; tasks: number; lead: number; assist: number; responsible: number };
    documents: ReadonlyArray<{ document: string; names: readonly string[]; tasks: ReadonlyArray<{ id: string; path: string; title: string; role: 'lead' | 'assist' | 'responsible' }> }>;
  }>;
}

export interface IndexXlsxOptions {
  /** Font of every cell; default 宋体, as in the 任务分工表. */
  font?: string;
}

export const INDEX_SHEET_NAMES = { units: '单位任务汇总', tasks: '单位任务明细', documents: '文件清单' } as const;
export const INDEX_UNIT_COLUMNS = ['序号', '单位', '别名', '文件数', '任务数', '牵头', '配合', '责任'] as const;
export const INDEX_TASK_COLUMNS = ['文件', '职责', '任务', '文中名称'] as const;
export const INDEX_DOCUMENT_COLUMNS = ['序号', '文件', '标题', '文号', '任务数', '单位数', '任务登记表目录'] as const;

const ROLE_LABELS = { lead: '牵头', assist: '配合', responsible: '责任' } as const;

const UNIT_LIMITS: WidthLimits[] = [{ min: 6, max: 6 }, { min: 16, max: 36 }, { min: 16, max: 40 }, ...Array.from({ length: 5 }, () => ({ min: 8, max: 8 }))];
const TASK_LIMITS: WidthLimits[] = [{ min: 16, max: 36 }, { min: 6, max: 6 }, { min: 20, max: 60 }, { min: 12, max: 30 }];
const DOCUMENT_LIMITS: WidthLimits[] = [{ min: 6, max: 6 }, { min: 16, max: 40 }, { min: 16, max: 50 }, { min: 10, max: 24 }, { min: 8, max: 8 }, { min: 8, max: 8 }, { min: 12, max: 30 }];

/** The index as .xlsx bytes. */
export async function emitIndexXlsx(index: IndexWorkbookInput, options: IndexXlsxOptions = {}): Promise<Uint8Array> {
  const font = cellFont(options.font);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'policyc';
  workbook.lastModifiedBy = 'policyc';
  workbook.created = ZIP_EPOCH;
  workbook.modified = ZIP_EPOCH;
  workbook.title = '各单位任务汇总';

  const unitRows = index.units.map((u, i) => [i + 1, u.name, u.aliases.join('、'), u.counts.documents, u.counts.tasks, u.counts.lead, u.counts.assist, u.counts.responsible]);
  const units = sheet(workbook, INDEX_SHEET_NAMES.units, INDEX_UNIT_COLUMNS, unitRows, UNIT_LIMITS, font);
  for (const row of unitRows) addBodyRow(units.sheet, row, units.widths, font, [0, 3, 4, 5, 6, 7]);

  const taskRows = index.units.flatMap((u) => u.documents.flatMap((d) => d.tasks.map((t) => [d.document, ROLE_LABELS[t.role], taskLabel(t), d.names.join('、')])));
  const tasks = sheet(workbook, INDEX_SHEET_NAMES.tasks, INDEX_TASK_COLUMNS, taskRows, TASK_LIMITS, font);
  for (const unit of index.units) {
    const aliases = unit.aliases.length > 0 ? `（又称 ${unit.aliases.join('、')}）` : '';
    const header = tasks.sheet.addRow([`${unit.name}${aliases}：${unit.counts.documents} 个文件 · 牵头 ${unit.counts.lead} 项 · 配合 ${unit.counts.assist} 项 · 责任 ${unit.counts.responsible} 项`]);
    tasks.sheet.mergeCells(header.number, 1, header.number, INDEX_TASK_COLUMNS.length);
    header.height = LINE_HEIGHT + ROW_PADDING + 2;
    header.getCell(1).style = { font: { ...font, bold: true }, fill: BLOCK_FILL, border: BORDER, alignment: { vertical: 'middle', wrapText: true } };
    for (const d of unit.documents) {
      for (const t of d.tasks) {
        // Outline level 1: a unit's block folds under its name in Excel and WPS.
        addBodyRow(tasks.sheet, [d.document, ROLE_LABELS[t.role], taskLabel(t), d.names.join('、')], tasks.widths, font, [1]).outlineLevel = 1;
      }
    }
  }

  const documentRows = index.documents.map((d, i) => [i + 1, d.path, d.title ?? '', d.docNumber ?? '', d.tasks, d.units, d.registry]);
  const documents = sheet(workbook, INDEX_SHEET_NAMES.documents, INDEX_DOCUMENT_COLUMNS, documentRows, DOCUMENT_LIMITS, font);
  for (const row of documentRows) addBodyRow(documents.sheet, row, documents.widths, font, [0, 4, 5]);

  return workbookBytes(workbook, ZIP_EPOCH);
}

function taskLabel(task: { path: string; title: string }): string {
  return task.path ? `${task.path} ${task.title}` : task.title;
}

/** A sheet with its frozen, filtered header row and column widths fitted to `rows`. */
function sheet(workbook: ExcelJS.Workbook, name: string, columns: readonly string[], rows: unknown[][], limits: WidthLimits[], font: Partial<ExcelJS.Font>) {
  const added = workbook.addWorksheet(name, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }],
    pageSetup: { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' },
    properties: { outlineProperties: { summaryBelow: false, summaryRight: false } },
  });
  const widths = setWidths(added, columns, rows, limits);
  addHeader(added, columns, font);
  added.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  return { sheet: added, widths };
}
