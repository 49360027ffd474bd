/**
 * remark-parse (and micromark under it) is loaded only for Markdown input (issue 9): parsing a
 * plain-text policy must not pay for it. Each case parses in a fresh Node process that records
 * the ES modules it resolves (a resolve hook) and the modules in require's cache.
 */
import { describe, expect, it } from 'vitest';
import { modulesLoaded, packagesOf } from '../../../test/support/modules-loaded.js';

const PARSE = `
const { parsePolicy } = await import('@policyc/parse');
const { tree } = parsePolicy(process.argv[1], { markdown: process.argv[2] === 'md' });
result = JSON.stringify(tree).split('"heading"').length - 1;
`;

const POLICY = '某市关于推进某项工作的实施方案\n\n一、**总体要求**\n\n（一）主要目标。到2025年，建成平台3个。\n';

function parseIn(kind: 'txt' | 'md'): { headings: number; markdownModules: string[] } {
  const { modules, result } = modulesLoaded(PARSE, [POLICY, kind]);
  const loaded = packagesOf(modules);
  return { headings: result as number, markdownModules: ['mdast-util-from-markdown', 'micromark', 'remark-parse'].filter((name) => loaded.has(name)) };
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
