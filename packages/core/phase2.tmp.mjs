import { readFileSync } from 'node:fs';
const { policyParse } = await import('../parse/dist/index.js');
const { extractRegistry } = await import('../extract/dist/index.js');
const { validateRegistry } = await import('../model/dist/index.js');
const { unified } = await import('unified');
const { VFile } = await import('vfile');
const text = readFileSync(process.argv[2], 'utf8');
for (let i = 0; i < Number(process.argv[3] ?? 2); i++) {
  const a = performance.now();
  const file = new VFile({ path: process.argv[2], value: text });
  const tree = unified().use(policyParse, {}).parse(file);
  const b = performance.now();
  const reg = extractRegistry(tree, text, { source: null });
  const c = performance.now();
  validateRegistry(reg);
  const d = performance.now();
  console.log(`iter ${i}: parse ${(b - a).toFixed(0)} extract ${(c - b).toFixed(0)} validate ${(d - c).toFixed(0)}`);
}
