/**
 * Run in a process of its own (`node --expose-gc --conditions=source --import tsx heap-kept.mts
 * <what>`), so that no other test's allocations blur the figure: reads a registry.yaml whose text
 * is mostly a comment a team wrote inside a task, three times, keeping only part of the data, and
 * prints the least heap that part kept once the file and its text were let go.
 */
import { readRegistryFile } from '../../src/files/read.js';
import { fixtureFiles } from '../helpers.js';

const COMMENT_LINES = 100_000;
const what = process.argv[2];
const keep = (data: Record<string, unknown>): unknown => (what === 'items' ? data['tasks'] : [data['$schema'], data['document']]);

function commented(): string {
  const yaml = fixtureFiles()['reg/registry.yaml']!;
  const at = yaml.indexOf('\n    path: ', yaml.indexOf('\ntasks:') + 1);
  if (at < 0) throw new Error('no task in the fixture');
  const note = '    # 按照职责分工，各有关部门逐项落实本任务的工作措施和完成时限\n'.repeat(COMMENT_LINES);
  // A file's text as read from disk: one flat string, not the pieces it was joined from.
  return Buffer.from(`${yaml.slice(0, at + 1)}${note}${yaml.slice(at + 1)}`).toString();
}

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with --expose-gc');
const settled = () => {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
};
/** `keep(data)` of the file read, in a frame of its own: the file and its text are let go when it returns. */
const readKeeping = (text: string): unknown => {
  const file = readRegistryFile('registry.yaml', text)!;
  if (file.problems.length > 0) throw new Error(file.problems[0]!.reason);
  return keep(file.data as Record<string, unknown>);
};

let kept = Infinity;
let chars = 0;
for (let run = 0; run < 3; run++) {
  const before = settled();
  let text: string | undefined = commented();
  chars = text.length;
  let held: unknown = readKeeping(text);
  text = undefined;
  kept = Math.min(kept, settled() - before);
  if (held === undefined) throw new Error('nothing read');
  held = undefined;
}
process.stdout.write(JSON.stringify({ kept, chars }));
