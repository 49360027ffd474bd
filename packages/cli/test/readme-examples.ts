/**
 * The "Trace and diff" section of the README as data, so the tests of both commands check that
 * the output it shows is what the commands print.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../../test/support/corpus.js';

/** The "Trace and diff" section of the README: its commands and the output shown under each. */
export function readmeExamples(): { command: string; shown: string }[] {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('\n## Trace and diff\n'), readme.indexOf('\n## ', readme.indexOf('\n## Trace and diff\n') + 1));
  return [...section.matchAll(/```sh\n([\s\S]*?)```\s*```text\n([\s\S]*?)```/gu)].map((m) => ({ command: m[1]!, shown: m[2]! }));
}

/** Whether every line shown (but the "…" that stand for lines left out) is printed, in order. */
export function showsPrinted(shown: string, printed: string): boolean {
  const lines = printed.split('\n');
  let at = 0;
  for (const line of shown.split('\n').filter((l) => l.trim() !== '…')) {
    while (at < lines.length && lines[at] !== line) at++;
    if (at === lines.length) return false;
    at++;
  }
  return true;
}
