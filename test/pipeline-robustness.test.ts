/**
 * The whole pipeline on hostile input: compile never throws, and what it builds always
 * validates against the published schema (a fatal message would mean policyc broke it).
 */
import fc from 'fast-check';
import { emitJson, emitYaml } from '@policyc/emit';
import { validateRegistry } from '@policyc/model';
import { compile } from 'policyc';
import { describe, expect, it } from 'vitest';

const pieces = fc.constantFrom(
  '一、', '（一）', '1．', '（1）', '第一章', '第一条', '。', '，', '：', '\n', '　　', '到2020年，', '达到', '85％以上', '2-3个',
  '（其中', '万亩', '）', '负责单位：', '省科技厅牵头，', '省财政厅、省教育厅协助', '（责任单位：市教委、市科委）', '各区人民政府：',
  '国办发〔2016〕11号', '关于印发', '的通知', '十三五', '分别达到150个', '翻一番', '提高5个百分点', '附件：', '目　录', '**', '# ',
);
const policyish = fc.array(pieces, { maxLength: 120 }).map((parts) => parts.join(''));

function compiles(text: string, path: string): boolean {
  const { registry, messages } = compile({ path, value: text });
  const { valid, errors } = validateRegistry(registry);
  if (!valid) throw new Error(`invalid registry for ${JSON.stringify(text)}: ${JSON.stringify(errors[0])}`);
  emitJson(registry);
  emitYaml(registry);
  return !messages.some((m) => m.fatal);
}

describe('compile on arbitrary input', () => {
  it('never throws and always yields a valid registry (plain text)', () => {
    fc.assert(fc.property(fc.string({ maxLength: 200 }), (s) => compiles(s, 'p.txt')), { numRuns: 200 });
  });

  it('never throws and always yields a valid registry (strings of policy syntax, text and Markdown)', () => {
    fc.assert(fc.property(policyish, (s) => compiles(s, 'p.txt') && compiles(s, 'p.md')), { numRuns: 300 });
  });

  it('compiles a megabyte of repeated headings with clauses and targets', () => {
    const unit = '（一）建设平台。到2025年建成5个。（责任单位：市科委、市财政局）\n';
    const text = unit.repeat(Math.ceil(1_000_000 / unit.length));
    const { registry } = compile({ path: 'big.txt', value: text });
    expect(validateRegistry(registry).valid).toBe(true);
    expect(registry.tasks.length).toBe(registry.sections.length);
  });
});
