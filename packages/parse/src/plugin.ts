/**
 * The unified parser plugin: `unified().use(policyParse).parse(file)` yields the policy tree;
 * parse messages land on the file as vfile messages with rule ids.
 */
import type { Processor } from 'unified';
import type { VFile } from 'vfile';
import { parsePolicy } from './parse.js';
import { createPositionMap } from './position.js';
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
    const positions = createPositionMap(doc);
    for (const m of messages) {
      const message = file.message(m.reason, {
        place: positions.span(m.start, m.end),
        ruleId: m.ruleId,
        source: 'policyc',
      });
      message.fatal = m.severity === 'warning' ? false : undefined;
    }
    return tree;
  };
}
