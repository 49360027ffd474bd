/**
 * Inputs that made a stage go quadratic (issue 8): a task with a long run of spaces in the
 * TypeScript emitter, a heading of repeated "，". Growth is compared between two sizes in one run
 * (4× the input must take well under 16× the time), never against a wall-clock limit.
 */
import { emitTypeScript } from '@policyc/emit';
import { parsePolicy } from '@policyc/parse';
import { compile } from 'policyc';
import { describe, expect, it } from 'vitest';
import { growth as linearGrowth } from './support/growth.js';

const growth = (make: (n: number) => () => void) => linearGrowth(make, { start: 5_000, maxN: 400_000 });

describe('linear in the input', () => {
  it('the TypeScript emitter on a task with a long run of spaces', () => {
    const emit = (n: number) => {
      const { registry } = compile({ path: 'a.txt', value: `某市方案\n一、重点任务\n（一）推进建设。${' '.repeat(n)}（市科技局负责）\n` });
      return () => void emitTypeScript(registry);
    };
    expect(growth(emit)).toBeLessThan(8);
  });

  it('the parser on a Markdown heading in bold followed by a long run of emphasis marks (a form\'s blank)', () => {
    const parse = (n: number) => {
      const text = `某市方案\n\n一、主要任务\n\n**（一）${'_'.repeat(n)}\n\n**（二）加强监管** 市场监管部门负责。\n`;
      return () => void parsePolicy(text, { markdown: true });
    };
    expect(growth(parse)).toBeLessThan(8);
  });

  it('the parser on a heading of repeated "，"', () => {
    const parse = (n: number) => {
      const text = `某市方案\n一、${'，'.repeat(n)}\n`;
      return () => void parsePolicy(text);
    };
    expect(growth(parse)).toBeLessThan(8);
  });
});

describe('linear in the input: tables', () => {
  it('a long run of lines that each name a column, with no table under them', () => {
    const parse = (n: number) => {
      const text = `某市关于某工作的通知\n${'牵头单位\n工作任务\n'.repeat(Math.ceil(n / 10))}`;
      return () => void parsePolicy(text);
    };
    expect(growth(parse)).toBeLessThan(8);
  });

  it('a table followed by a long run of lines that each open with a group\'s marker', () => {
    const parse = (n: number) => {
      const head = '某县重点任务分解表\n序号\n工作任务\n责任单位\n完成时限\n1\n建设示范园区\n县发展改革局\n2025年底\n2\n完善政策体系\n县财政局\n2025年底\n';
      const text = head + '（一）落实具体措施\n'.repeat(Math.ceil(n / 10));
      return () => void parsePolicy(text);
    };
    expect(growth(parse)).toBeLessThan(8);
  });
});

describe('linear in the input: header and attachment lines', () => {
  it('a 发文字号 followed by a long run of spaces', () => {
    const parse = (n: number) => {
      const text = `某市人民政府关于某项工作的通知\n某政发〔2024〕${' '.repeat(n)}a\n一、总体要求\n`;
      return () => void parsePolicy(text);
    };
    expect(growth(parse)).toBeLessThan(8);
  });

  it('an attachment label followed by a long run of spaces', () => {
    const parse = (n: number) => {
      const text = `某市实施方案\n一、总体要求\n推进工作。\n附件${' '.repeat(n)}a\n`;
      return () => void parsePolicy(text);
    };
    expect(growth(parse)).toBeLessThan(8);
  });
});

describe('linear in the input: the human report', () => {
  it('frames many messages in one long file without splitting it again for each', async () => {
    const { formatHuman } = await import('@policyc/check');
    const report = (n: number) => {
      const text = Array.from({ length: n }, (_, k) => `第${k}行，某项工作。`).join('\n');
      const messages = Array.from({ length: n / 10 }, (_, k) => ({
        ruleId: 'demo', severity: 'warning' as const, reason: 'demo', file: 'policy.txt', line: k * 10 + 1, column: 1, related: [],
        place: { start: { line: k * 10 + 1, column: 1 }, end: { line: k * 10 + 1, column: 3 } },
      }));
      const result = { messages, contents: { 'policy.txt': text }, files: [] } as unknown as Parameters<typeof formatHuman>[0];
      return () => void formatHuman(result);
    };
    expect(growth(report)).toBeLessThan(8);
  });
});
