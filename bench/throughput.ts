/**
 * Parse and extract throughput on the reference policy and on a 100× concatenation of it.
 */
import { readFileSync } from 'node:fs';
import { extractRegistry } from '@policyc/extract';
import { parsePolicy } from '@policyc/parse';
import { mbPerSecond, table, time } from './measure.js';

export function throughput(referencePath: string): string {
  const reference = readFileSync(referencePath, 'utf8');
  const inputs: [string, string][] = [
    ['reference', reference],
    ['reference ×100', Array(100).fill(reference).join('\n')],
  ];
  const rows: (string | number)[][] = [['input', 'size', 'parse MB/s', 'extract MB/s', 'parse+extract ms']];
  for (const [name, text] of inputs) {
    const large = text.length > 100_000;
    const options = large ? { minRuns: 3, minMs: 0 } : {};
    const parse = time(() => parsePolicy(text), options);
    const { tree } = parsePolicy(text);
    const extract = time(() => extractRegistry(tree, text), options);
    rows.push([
      name,
      `${(Buffer.byteLength(text) / 1e6).toFixed(2)} MB`,
      mbPerSecond(text, parse.ms).toFixed(2),
      mbPerSecond(text, extract.ms).toFixed(2),
      (parse.ms + extract.ms).toFixed(1),
    ]);
  }
  return table(rows);
}
