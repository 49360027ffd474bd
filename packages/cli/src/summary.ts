/**
 * The table a batch ends with: how many documents, what they held, what went wrong, how long.
 */
export interface RunTotals {
  documents: number;
  /** Documents that could not be read, compiled or written. */
  failed: number;
  tasks: number;
  units: number;
  targets: number;
  warnings: number;
  errors: number;
  /** Wall-clock time of the run, in milliseconds. */
  milliseconds: number;
}

/** A two-line table, numbers right-aligned under their headings. */
export function summaryTable(totals: RunTotals): string {
  const seconds = totals.milliseconds / 1000;
  const rate = seconds > 0 ? totals.documents / seconds : 0;
  const columns: Array<[string, string]> = [
    ['documents', String(totals.documents)],
    ['failed', String(totals.failed)],
    ['tasks', String(totals.tasks)],
    ['units', String(totals.units)],
    ['targets', String(totals.targets)],
    ['warnings', String(totals.warnings)],
    ['errors', String(totals.errors)],
    ['time', `${seconds.toFixed(seconds < 10 ? 2 : 1)} s`],
    ['documents/s', rate.toFixed(rate < 10 ? 1 : 0)],
  ];
  const widths = columns.map(([head, value]) => Math.max(head.length, value.length));
  const line = (cells: string[]) => cells.map((cell, i) => cell.padStart(widths[i]!)).join('  ');
  return `${line(columns.map(([head]) => head))}\n${line(columns.map(([, value]) => value))}\n`;
}
