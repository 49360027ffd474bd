/**
 * One call from policy text to registry: parse (unified + the policy parser plugin), extract,
 * validate. Problems are vfile messages on the returned file; nothing here throws on input.
 */
import { validateRegistry, type Registry } from '@policyc/model';
import { policyParse, type Root } from '@policyc/parse';
import { extractRegistry } from '@policyc/extract';
import { unified } from 'unified';
import { VFile, type Compatible } from 'vfile';
import type { VFileMessage } from 'vfile-message';

export interface CompileOptions {
  /** Read the input as Markdown; by default, when the file name ends in .md. */
  markdown?: boolean;
}

export interface CompileResult {
  registry: Registry;
  tree: Root;
  file: VFile;
  messages: VFileMessage[];
}

export function compile(input: Compatible, options: CompileOptions = {}): CompileResult {
  const file = input instanceof VFile ? input : new VFile(input);
  const processor = unified().use(policyParse, { markdown: options.markdown });
  const tree = processor.parse(file) as unknown as Root;
  const registry = extractRegistry(tree, String(file.value ?? ''), { source: file.basename ?? null });
  const { errors } = validateRegistry(registry);
  for (const e of errors) {
    // A registry that breaks its own schema is a bug in policyc, not in the policy: say so loudly.
    const message = file.message(`policyc produced an invalid registry at ${e.instancePath || '/'}: ${e.message}`, { ruleId: 'registry-schema', source: 'policyc' });
    message.fatal = true;
  }
  return { registry, tree, file, messages: file.messages };
}
