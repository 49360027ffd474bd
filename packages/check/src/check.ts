import { VFileMessage } from 'vfile-message';
import { readRegistryFile } from './files/read.js';
import type { RegistryFile } from './files/registry-file.js';
import { groupByDirectory, loadInputs } from './files/load.js';
import { runRules } from './kernel.js';
import { RULES } from './rules/index.js';
import type { CheckFile, CheckMessage, CheckOptions, CheckResult, PolicySource, RuleDefinition } from './types.js';

/**
 * Checks registries: the files given (grouped by directory, one registry per directory), or the
 * registry files in a directory. Never throws on bad input: every problem is a message.
 */
export async function check(input: string | readonly CheckFile[], options: CheckOptions = {}): Promise<CheckResult> {
  if (typeof input !== 'string') return checkFiles(input, options);
  const loaded = await loadInputs([input]);
  const result = checkFiles(loaded.files, options);
  const problems = loaded.problems.map((problem) => inputMessage(problem, input));
  return summarize([...problems, ...result.messages], loaded.files);
}

/** The synchronous core of `check`, on files already read. */
export function checkFiles(files: readonly CheckFile[], options: CheckOptions = {}): CheckResult {
  const rules = selectRules(options.rules);
  const messages: CheckMessage[] = [];
  for (const group of groupByDirectory(files)) {
    const registryFiles: RegistryFile[] = [];
    let source: PolicySource | undefined = options.source;
    for (const file of group) {
      const read = readRegistryFile(file.path, file.content);
      if (read) registryFiles.push(read);
      else source ??= { path: file.path, text: file.content };
    }
    messages.push(...runRules({ files: registryFiles, source }, rules, options));
  }
  const given = options.source && !files.some((f) => f.path === options.source!.path)
    ? [{ path: options.source.path, content: options.source.text }]
    : [];
  return summarize(messages, [...files, ...given]);
}

function selectRules(ids: readonly string[] | undefined): readonly RuleDefinition[] {
  if (!ids) return RULES;
  const unknown = ids.filter((id) => !RULES.some((rule) => rule.id === id));
  // A wrong rule id is a mistake in the calling code, not in the checked files.
  if (unknown.length > 0) throw new TypeError(`Unknown rule id: ${unknown.join(', ')}`);
  return RULES.filter((rule) => ids.includes(rule.id));
}

function summarize(messages: CheckMessage[], files: readonly CheckFile[]): CheckResult {
  const sorted = [...messages].sort(compareMessages);
  const count = (severity: string) => sorted.filter((m) => m.severity === severity).length;
  return {
    messages: sorted,
    files: files.map((f) => f.path),
    contents: Object.fromEntries(files.map((f) => [f.path, f.content])),
    errorCount: count('error'),
    warningCount: count('warning'),
    infoCount: count('info'),
  };
}

const ORDER = new Map(RULES.map((rule, index) => [rule.id, index]));

/** Stable output: by file, then position, then rule order. */
function compareMessages(a: CheckMessage, b: CheckMessage): number {
  return (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)
    || (a.line ?? 0) - (b.line ?? 0)
    || (a.column ?? 0) - (b.column ?? 0)
    || (ORDER.get(a.ruleId) ?? -1) - (ORDER.get(b.ruleId) ?? -1);
}

/** A path that could not be read: rule id `input`, an error. */
function inputMessage(reason: string, file: string): CheckMessage {
  const message = new VFileMessage(reason, { ruleId: 'input', source: 'policyc' }) as CheckMessage;
  message.file = file;
  message.severity = 'error';
  message.fatal = true;
  message.related = [];
  return message;
}
