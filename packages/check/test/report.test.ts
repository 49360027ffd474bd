import { describe, expect, it } from 'vitest';
import { formatHuman, formatJson, formatSarif, RULES } from '../src/index.js';
import { codeFrame, framedExcerpt } from '../src/report/code-frame.js';
import { displayWidth } from '../src/report/width.js';
import { checkRecord, edit, fixtureFiles, smallRegistry } from './helpers.js';

function brokenResult() {
  const registry = smallRegistry();
  registry.targets[4]!.value = 31;
  registry.tasks[0]!.assist = ['省发展改革局', '省财政厅'];
  registry.targets[0]!.deadline = null;
  return checkRecord(fixtureFiles(registry), { typecheck: false });
}

describe('formatHuman', () => {
  const text = formatHuman(brokenResult());

  it('starts each finding with file:line:col, severity and rule id, like tsc', () => {
    expect(text).toContain("reg/registry.yaml:93:9 - error unknown-unit: Task task-2.1 names unit '省发展改革局' as assist, but units has no such unit");
    expect(text).toContain('reg/small.txt:9:21 - info target-deadline: Target target-1-1 (示范产业增加值 100亿元) has no deadline');
  });

  it('shows a code frame with the span underlined, wide characters counted twice', () => {
    expect(text).toContain('> 93 |       - 省发展改革局\n     |         ^^^^^^^^^^^^\n');
  });

  it('names the related place (the policy sentence, or the registry entry)', () => {
    expect(text).toContain('  reg/small.txt:13:3: the policy sentence this value came from');
    expect(text).toContain('  reg/registry.yaml:248:12: the registry entry');
  });

  it('ends with the counts', () => {
    expect(text.trimEnd().split('\n').at(-1)).toBe('3 errors, 0 warnings, 1 info in 5 files.');
  });

  it('says so when there is nothing to report', () => {
    expect(formatHuman(checkRecord(fixtureFiles(), { typecheck: false }))).toBe('No problems in 5 files.\n');
  });

  it('colours severities only when asked', () => {
    expect(text).not.toContain('\u001b[');
    expect(formatHuman(brokenResult(), { color: true })).toContain('\u001b[31merror\u001b[0m');
  });
});

describe('framedExcerpt', () => {
  it('keeps the lines around those asked for, every other line empty, line numbers and frames unchanged', () => {
    const text = 'a\nb\r\nc\nd\ne\n\nf';
    const kept = framedExcerpt(text, [3]);
    expect(kept.split('\n')).toEqual(['', 'b', 'c', 'd', '', '', '']);
    const place = { start: { line: 3, column: 1 }, end: { line: 3, column: 2 } };
    expect(codeFrame(kept, place)).toBe(codeFrame(text.replace(/\r/gu, ''), place));
    // a line asked for past the text's end keeps nothing
    expect(framedExcerpt('x\ny', [5])).toBe('\n');
  });
});

describe('codeFrame', () => {
  it('puts the caret under the right column after full-width text', () => {
    const frame = codeFrame('第一行\n　　（一）加强领导\n第三行', { start: { line: 2, column: 3 }, end: { line: 2, column: 6 } });
    expect(frame).toBe('  1 | 第一行\n> 2 | 　　（一）加强领导\n    |     ^^^^^^\n  3 | 第三行');
    expect(displayWidth('　　')).toBe(4);
  });

  it('underlines to the end of the line for a span that goes on', () => {
    expect(codeFrame('ab\ncd', { start: { line: 1, column: 2 }, end: { line: 2, column: 1 } }, 0)).toBe('> 1 | ab\n    |  ^');
  });
});

describe('formatJson', () => {
  it('prints plain data: counts and one object per message', () => {
    const data = JSON.parse(formatJson(brokenResult()));
    expect([data.errorCount, data.warningCount, data.infoCount]).toEqual([3, 0, 1]);
    expect(data.messages.find((m: { ruleId: string }) => m.ruleId === 'unknown-unit')).toEqual({
      ruleId: 'unknown-unit',
      severity: 'error',
      reason: "Task task-2.1 names unit '省发展改革局' as assist, but units has no such unit",
      file: 'reg/registry.yaml',
      line: 93,
      column: 9,
      endLine: 93,
      endColumn: 15,
      pointer: '/tasks/0/assist/0',
      url: 'https://policyc.dev/rules/unknown-unit',
      related: [{ file: 'reg/small.txt', line: 13, column: 3, message: 'the policy sentence this value came from' }],
    });
  });
});

describe('formatSarif', () => {
  const log = JSON.parse(formatSarif(brokenResult()));
  const run = log.runs[0];

  it('is SARIF 2.1.0 with every rule listed under a stable id', () => {
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    expect(run.tool.driver.rules.map((r: { id: string }) => r.id)).toEqual(RULES.map((r) => r.id));
    expect(run.columnKind).toBe('utf16CodeUnits');
  });

  it('gives each result a level, a region, its rule index and related locations', () => {
    const result = run.results.find((r: { ruleId: string }) => r.ruleId === 'parts-sum');
    expect(run.tool.driver.rules[result.ruleIndex].id).toBe('parts-sum');
    expect(result.level).toBe('error');
    expect(result.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'reg/small.txt' },
      region: { startLine: 9, startColumn: 41, endLine: 9, endColumn: 45 },
    });
    expect(result.relatedLocations[0].physicalLocation.artifactLocation.uri).toBe('reg/registry.yaml');
    expect(run.results.find((r: { ruleId: string }) => r.ruleId === 'target-deadline').level).toBe('note');
  });

  it('keeps fingerprints when lines above a finding move', () => {
    const fingerprints = (result: ReturnType<typeof brokenResult>) =>
      JSON.parse(formatSarif(result)).runs[0].results.map((r: { partialFingerprints: Record<string, string> }) => r.partialFingerprints['policyc/v1']);
    const files = fixtureFiles();
    const yaml = edit(files['reg/registry.yaml']!, '    assist:\n      - 省发展改革委', '    assist:\n      - 省发展改革局');
    const before = checkRecord({ 'reg/registry.yaml': yaml }, { rules: ['unknown-unit'] });
    const shifted = checkRecord({ 'reg/registry.yaml': `# a comment\n# another\n${yaml}` }, { rules: ['unknown-unit'] });
    expect(shifted.messages[0]!.line).toBe(before.messages[0]!.line! + 2);
    expect(fingerprints(shifted)).toEqual(fingerprints(before));
    expect(fingerprints(before)[0]).toMatch(/^[0-9a-f]{32}$/u);
  });
});

describe('the human report shows text from checked files as text', () => {
  it('writes a terminal escape sequence as its code', () => {
    const result = {
      messages: [{ ruleId: 'demo', severity: 'error', reason: 'unit \u001b[31mred\u001b[0m unknown', file: 'registry.yaml', line: 1, column: 1, related: [], place: { start: { line: 1, column: 1 }, end: { line: 1, column: 5 } } }],
      contents: { 'registry.yaml': 'name: \u001b]0;title\u0007x\n' },
      files: [],
      errorCount: 1,
      warningCount: 0,
      infoCount: 0,
    } as unknown as Parameters<typeof formatHuman>[0];
    const out = formatHuman(result);
    expect(out).not.toMatch(/[\u0000-\u0008\u000b-\u001f]/u);
    expect(out).toContain('\\u001b[31mred');
  });
});
