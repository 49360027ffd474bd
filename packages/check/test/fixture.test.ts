/**
 * The whole checker on a compiled registry (the small fixture's emitted files and its policy):
 * clean as emitted, and each kind of breakage reported by its rule, at its place.
 */
import { describe, expect, it } from 'vitest';
import { checkRecord, edit, fixtureFiles, lineColumn, smallRegistry, SMALL_TEXT, where } from './helpers.js';

describe('check on freshly emitted outputs', () => {
  it('finds nothing', () => {
    const result = checkRecord(fixtureFiles());
    expect(where(result)).toEqual([]);
    expect(result.errorCount).toBe(0);
  });
});

describe('a hand edit to registry.yaml', () => {
  it('naming an unknown unit: unknown-unit at the unit in the YAML; the other files disagree', () => {
    const files = fixtureFiles();
    const yaml = edit(files['reg/registry.yaml']!, '    assist:\n      - 省发展改革委', '    assist:\n      - 省发展改革局');
    const result = checkRecord({ ...files, 'reg/registry.yaml': yaml });
    expect(where(result)).toEqual([
      // The first difference, at the value in each file that disagrees with the YAML.
      `agreement reg/registry.json:${lineColumn(files['reg/registry.json']!, '"省发展改革委"')}`,
      `agreement reg/registry.ts:${lineColumn(files['reg/registry.ts']!, "'省发展改革委', '省财政厅'")}`,
      `unknown-unit reg/registry.yaml:${lineColumn(yaml, '省发展改革局')}`,
      // The unit still lists the task it no longer assists.
      `unit-links reg/registry.yaml:${lineColumn(yaml, 'task-2.1', 3)}`,
    ]);
    // Unit and task ids did not change, so the narrowed schema is still right.
    expect(result.messages.some((m) => m.ruleId === 'schema-drift')).toBe(false);
    const unknown = result.messages.find((m) => m.ruleId === 'unknown-unit')!;
    expect(unknown.pointer).toBe('/tasks/0/assist/0');
    // Through the task's position, the related place is the policy sentence.
    expect(unknown.related).toEqual([
      { file: 'reg/small.txt', place: smallRegistry().tasks[0]!.position, message: 'the policy sentence this value came from' },
    ]);
  });

  it('breaking the schema: every error, each at its line and column', () => {
    const files = fixtureFiles();
    let yaml = edit(files['reg/registry.yaml']!, '    depth: 2\n', '    depth: two\n');
    yaml = edit(yaml, '    recurring: false\n', '    recurring: false\n    owner: 省财政厅\n');
    const result = checkRecord({ 'reg/registry.yaml': yaml, 'reg/small.txt': SMALL_TEXT });
    expect(where(result)).toEqual([
      `schema reg/registry.yaml:${lineColumn(yaml, 'two')}`,
      `schema reg/registry.yaml:${lineColumn(yaml, 'owner')}`,
    ]);
    expect(result.messages.map((m) => m.reason)).toEqual([
      '/sections/2/depth must be integer',
      "/targets/0 has unknown property 'owner'",
    ]);
  });

  it('with a YAML syntax slip: registry-syntax at the slip, and nothing else from that file', () => {
    const files = fixtureFiles();
    const yaml = edit(files['reg/registry.yaml']!, '  - id: task-2.2\n    path: "2.2"', '  - id: task-2.2\n   path: "2.2"');
    const result = checkRecord({ 'reg/registry.yaml': yaml });
    const slip = yaml.slice(0, yaml.indexOf('- id: task-2.2\n   path')).split('\n').length + 1;
    expect(where(result)).toEqual([`registry-syntax reg/registry.yaml:${slip}:1`]);
    expect(result.messages[0]!.reason).toMatch(/^Sequence item without - indicator \(and \d+ more errors after it\)$/u);
  });
});

describe('policy logic on the policy text', () => {
  it('parts that do not add up: parts-sum at the total in the policy, the registry entry related', () => {
    const text = edit(SMALL_TEXT, '野生抚育30万亩', '野生抚育31万亩');
    const registry = smallRegistry();
    registry.targets[4]!.value = 31;
    registry.targets[4]!.text = '31万亩';
    const files = fixtureFiles(registry, 'reg', text);
    const result = checkRecord(files);
    expect(where(result)).toEqual([`parts-sum reg/small.txt:${lineColumn(text, '50万亩')}`]);
    expect(result.messages[0]!.reason).toBe('Target target-1-3 (种植面积 50万亩): its parts add up to 51万亩 (20 + 31), not 50万亩');
    expect(result.messages[0]!.related[0]!.file).toBe('reg/registry.yaml');
  });

  it('a glued heading and a skipped number, found from the registry\'s sections and the text', () => {
    const text = edit(SMALL_TEXT, '推进规范化种植基地建设。（省农牧厅、省林业厅负责，2020年底前完成）\n\n　　三、', '推进规范化种植基地建设（省农牧厅、省林业厅负责，2020年底前完成）三、');
    const result = checkRecord({ 'reg/registry.yaml': fixtureFiles()['reg/registry.yaml']!, 'reg/small.txt': text }, { rules: ['heading-glued'] });
    // The registry's positions are now stale: the rule checks the marker is where the registry says, and stays quiet.
    expect(where(result)).toEqual([]);
  });

  it('takes the parser\'s findings on the policy text when a parser is given', () => {
    const text = SMALL_TEXT;
    const start = text.indexOf('（二）建设');
    const result = checkRecord(fixtureFiles(), {
      rules: ['heading-sequence', 'heading-glued'],
      parse: () => ({ messages: [
        { ruleId: 'heading-sequence', reason: 'Heading number （二） skips: expected 1', start, end: start + 3 },
        { ruleId: 'heading-glued', reason: 'glued', place: { line: 19, column: 3 } },
        { ruleId: 'heading-depth', reason: 'not ours' },
      ] }),
    });
    expect(where(result)).toEqual([
      `heading-sequence reg/small.txt:${lineColumn(text, '（二）建设')}`,
      'heading-glued reg/small.txt:19:3',
    ]);
  });
});
