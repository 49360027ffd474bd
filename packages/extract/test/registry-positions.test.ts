/**
 * Every position the registry records is the position of its offsets in the text as written: the
 * position map answers offsets on the line it answered last, or the next, without a search
 * (parse's position.ts), so mentions on one line, on the next, and back on an earlier one must
 * read as a fresh search reads them. Made-up 实施方案 excerpts, with LF and with CRLF line ends.
 */
import { extractRegistry } from '@policyc/extract';
import { parsePolicy } from '@policyc/parse';
import { describe, expect, it } from 'vitest';

const LINES = [
  '某市促进中医药产业高质量发展实施方案',
  '一、重点任务',
  '（一）壮大产业规模。到2025年，全市中医药产业规模达到300亿元以上，培育龙头企业5家。（市工业和信息化局牵头，市发展改革委、市财政局配合）',
  '（二）加强人才培养。建设中医药重点学科10个，',
  '培养骨干人才200名。（责任单位：市卫生健康委、市教育局、市人力资源社会保障局）',
  '（三）完善服务体系。市卫生健康委负责，市医保局、市市场监管局按职责分工负责。',
  '二、保障措施',
  '（一）加大投入。市财政局负责，各县（市、区）人民政府配合。',
];

/** Each position the registry holds, with the offsets it was made from. */
function positionsOf(registry: ReturnType<typeof extractRegistry>): { start: { line: number; column: number; offset?: number }; end: { line: number; column: number; offset?: number } }[] {
  const out = [];
  for (const t of registry.tasks) {
    out.push(t.position);
    if (t.evidence) out.push(t.evidence.position);
    if (t.deadline) out.push(t.deadline.position);
  }
  for (const u of registry.units) out.push(...u.occurrences);
  for (const t of registry.targets) out.push(t.position);
  return out;
}

describe('registry positions', () => {
  for (const [name, eol] of [['LF', '\n'], ['CRLF', '\r\n']] as const) {
    it(`are the positions of their offsets (${name})`, () => {
      const text = LINES.join(eol) + eol;
      const registry = extractRegistry(parsePolicy(text).tree, text);
      const positions = positionsOf(registry);
      // Units on the same lines and on several, and targets after them, so the cache is exercised.
      expect(registry.units.reduce((n, u) => n + u.occurrences.length, 0)).toBeGreaterThan(8);
      expect(registry.targets.length).toBeGreaterThan(2);
      for (const p of positions) expect(p).toEqual({ start: counted(text, p.start.offset!), end: counted(text, p.end.offset!) });
    });
  }
});

/** The point of `offset` counted from the text's start, as the map should answer it (a line ends at LF, or a CR no LF follows). */
function counted(text: string, offset: number): { line: number; column: number; offset: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (text[i] === '\n' || (text[i] === '\r' && text[i + 1] !== '\n')) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1, offset };
}
