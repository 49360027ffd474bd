/**
 * The unified parser plugin: `unified().use(policyParse).parse(file)` yields the policy tree;
 * parse messages land on the file as vfile messages with rule ids.
 */
import type { Processor } from 'unified';
import type { VFile } from 'vfile';
import { parsePolicy } from './parse.js';
import type { Root } from './types.js';

export interface PolicyParseOptions {
  /** Force Markdown reading; by default a file whose name ends in .md or .markdown is Markdown. */
  markdown?: boolean;
}

export function policyParse(this: Processor, options: PolicyParseOptions = {}): void {
  // unified's typed `parser` slot expects a Node; our Root is one (unist-compatible).
  (this as unknown as { parser: (doc: string, file: VFile) => Root }).parser = (doc, file) => {
    const markdown = options.markdown ?? /\.(md|markdown)$/iu.test(file.path ?? '');
    const { tree, messages } = parsePolicy(doc, { markdown });
    for (const m of messages) {
      const message = file.message(m.reason, {
        place: { start: pointOf(tree, m.start, doc), end: pointOf(tree, m.end, doc) },
        ruleId: m.ruleId,
        source: 'policyc',
      });
      message.fatal = m.severity === 'warning' ? false : undefined;
    }
    return tree;
  };
}

function pointOf(_tree: Root, offset: number, doc: string) {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < doc.length; i++) {
    if (doc[i] === '\n') {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1, offset };
}
