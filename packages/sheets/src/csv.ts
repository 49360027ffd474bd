/**
 * Sheet 1 of the 任务分工表 (任务分工) as CSV: UTF-8 with a byte order mark, so Excel reads it as
 * UTF-8 rather than the system's ANSI code page; CRLF line ends and RFC 4180 quoting (csv-stringify).
 */
import type { Registry } from '@policyc/model';
import { stringify } from 'csv-stringify/sync';
import { TASK_COLUMNS, taskRows } from './rows.js';

/**
 * The task table as CSV text, its first character the BOM. 主要内容 holds the task's full text
 * (a CSV cell has no note to keep it in); a cell that Excel would run as a formula (one starting
 * with =, +, -, @) is written with a leading "'".
 */
export function emitCsv(registry: Registry): string {
  const records = taskRows(registry).map((r) => [
    String(r.index), r.task, r.text, r.lead, r.assist, r.responsible, r.deadline, r.targets, r.source,
  ]);
  return stringify([[...TASK_COLUMNS], ...records], {
    bom: true,
    record_delimiter: 'windows',
    // csv-stringify stops quoting a bare "\n" once record_delimiter is set; RFC 4180 wants it quoted.
    quote_record_delimiter: true,
    escape_formulas: true,
    eof: true,
  });
}
