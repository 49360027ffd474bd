import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { emitCsv, TASK_COLUMNS, taskRows } from '../src/index.js';
import { compileText, PLAN_TEXT, REFERENCE_TEXT } from './helpers.js';

const plan = compileText(PLAN_TEXT);

function readCsv(text: string): string[][] {
  return parse(text, { bom: true, relax_column_count: false }) as string[][];
}

describe('emitCsv', () => {
  const csv = emitCsv(plan);

  it('starts with a UTF-8 byte order mark and ends every record with CRLF', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.startsWith('\uFEFF序号,任务,主要内容,牵头单位,配合单位,责任单位,完成时限,目标,出处\r\n')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('quotes cells with commas, quotes and line breaks as RFC 4180 says', () => {
    const full = plan.tasks.find((t) => t.title === '夯实数字基础设施')!.text;
    expect(full).toContain(',');
    expect(full).toContain('"宽带乡村"');
    expect(csv).toContain(`"${full.replaceAll('"', '""')}"`);
    const multiline = plan.tasks.find((t) => t.title === '培育数字产业集群')!.text;
    expect(multiline).toContain('\n');
    expect(csv).toContain(`"${multiline}"`);
  });

  it('reads back, through a CSV parser, to the task table with each task\'s full text', () => {
    const records = readCsv(csv);
    expect(records[0]).toEqual([...TASK_COLUMNS]);
    expect(records).toHaveLength(1 + plan.tasks.length);
    const rows = taskRows(plan);
    expect(records.slice(1)).toEqual(rows.map((r) => [
      String(r.index), r.task, r.text, r.lead, r.assist, r.responsible, r.deadline, r.targets, r.source,
    ]));
    expect(records[1]!.slice(3, 7)).toEqual(['市工业和信息化局', '市发展改革委、市通信管理办公室', '', '2025年底前']);
  });

  it('keeps a cell whose text Excel would run as a formula from being run', () => {
    const task = plan.tasks[0]!;
    const tampered = { ...plan, tasks: [{ ...task, text: '=HYPERLINK("x","y"), 1' }] };
    expect(readCsv(emitCsv(tampered))[1]![2]).toBe('\'=HYPERLINK("x","y"), 1');
  });

  it('writes one record per task of the reference example', () => {
    const registry = compileText(REFERENCE_TEXT, 'qinghai-pharma.txt');
    const records = readCsv(emitCsv(registry));
    expect(records).toHaveLength(1 + registry.tasks.length);
    expect(records.find((r) => r[1] === '3.1 立足资源禀赋，调整产业布局')![3]).toBe('省经济和信息化委');
  });
});
