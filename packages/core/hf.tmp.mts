import { readFileSync } from 'node:fs';
import { compile } from './src/index.js';
const text = readFileSync(process.argv[2], 'utf8');
const { tree } = compile({ path: process.argv[2], value: text });
const walk = (n: any, d = 0) => {
  if (d > 1) return;
  for (const c of n.children ?? []) {
    if (c.type !== 'section') console.log(c.type, c.fieldType ?? c.field ?? '', JSON.stringify(text.slice(c.position.start.offset, c.position.end.offset)).slice(0, 140));
    if (c.type === 'header' || c.type === 'front' ) walk(c, d + 1);
  }
};
walk(tree);
