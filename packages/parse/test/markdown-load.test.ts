/**
 * remark-parse (and micromark under it) is loaded only for Markdown input (issue 9): parsing a
 * plain-text policy must not pay for it. Each case parses in a fresh Node process that records
 * the ES modules it resolves (a resolve hook) and the modules in require's cache.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

const HOOK = `
let port;
export function initialize(data) { port = data.port; }
export async function resolve(specifier, context, next) {
  const result = await next(specifier, context);
  port.postMessage(result.url);
  return result;
}`;

const CHILD = `
import { createRequire, register } from 'node:module';
import { MessageChannel, receiveMessageOnPort } from 'node:worker_threads';
const { port1, port2 } = new MessageChannel();
register('data:text/javascript,' + encodeURIComponent(${JSON.stringify(HOOK)}), { data: { port: port2 }, transferList: [port2] });
const { parsePolicy } = await import('@policyc/parse');
const { tree } = parsePolicy(process.argv[1], { markdown: process.argv[2] === 'md' });
const loaded = Object.keys(createRequire(import.meta.url).cache);
for (let m = receiveMessageOnPort(port1); m; m = receiveMessageOnPort(port1)) loaded.push(m.message);
port1.close();
process.stdout.write(JSON.stringify({ headings: JSON.stringify(tree).split('"heading"').length - 1, loaded }));
`;

const POLICY = '某市关于推进某项工作的实施方案\n\n一、**总体要求**\n\n（一）主要目标。到2025年，建成平台3个。\n';

function parseIn(kind: 'txt' | 'md'): { headings: number; markdownModules: string[] } {
  const child = spawnSync(process.execPath, ['--conditions=source', '--import', 'tsx', '--input-type=module', '-e', CHILD, POLICY, kind], { cwd: ROOT, encoding: 'utf8' });
  expect(child.stderr).toBe('');
  const { headings, loaded } = JSON.parse(child.stdout) as { headings: number; loaded: string[] };
  const markdownModules = [...new Set(loaded.flatMap((path) => /[\\/]node_modules[\\/](remark-parse|micromark|mdast-util-from-markdown)[\\/]/u.exec(path)?.[1] ?? []))].sort();
  return { headings, markdownModules };
}

describe('remark-parse loaded only for Markdown', () => {
  it('parsing plain text loads neither remark-parse nor micromark', () => {
    const { headings, markdownModules } = parseIn('txt');
    expect(headings).toBeGreaterThan(0);
    expect(markdownModules).toEqual([]);
  }, 30_000);

  it('parsing Markdown loads them, synchronously, and reads the headings inside the markup', () => {
    const { headings, markdownModules } = parseIn('md');
    expect(headings).toBeGreaterThan(0);
    expect(markdownModules).toEqual(['mdast-util-from-markdown', 'micromark', 'remark-parse']);
  }, 30_000);
});
