import { dirname } from 'node:path';
import { VFileMessage } from 'vfile-message';
import { readRegistryFile } from './files/read.js';
import type { RegistryFile } from './files/registry-file.js';
import { loadInputs } from './files/load.js';
import { attachSources } from './files/source.js';
import { registryFolders } from './files/walk.js';
import { runRules } from './kernel.js';
import { RULES } from './rules/index.js';
import type { CheckFile, CheckMessage, CheckOptions, CheckResult, PolicySource, RuleDefinition } from './types.js';

/**
 * Checks registries: the files given (grouped by directory, one registry per directory), or the
 * registry files in a directory and the folders below it, each with the policy text it names.
 * Never throws on bad input: every problem is a message.
 */
export async function check(input: string | readonly CheckFile[], options: CheckOptions = {}): Promise<CheckResult> {
  if (typeof input !== 'string') return checkFiles(input, options);
  const loaded = await loadInputs(await registryFolders([input]));
  // A source given in the options wins over the one the registry names: that one need not be read.
  const files = options.source ? loaded.files : await attachSources(loaded.files, { read: options.readSource });
  const result = checkFiles(files, options);
  const problems = loaded.problems.map((problem) => inputMessage(problem, input));
  return summarize([...problems, ...result.messages], files);
}

/** The synchronous core of `check`, on files already read. */
export function checkFiles(files: readonly CheckFile[], options: CheckOptions = {}): CheckResult {
  const rules = selectRules(options.rules);
  const messages: CheckMessage[] = [];
  for (const group of registryGroups(files)) {
    const registryFiles: RegistryFile[] = [];
    let source: PolicySource | undefined = options.source;
    let unreadSource: { path: string; reason: string } | undefined;
    for (const file of group) {
      const read = readRegistryFile(file.path, file.content);
      if (read) registryFiles.push(read);
      else if (file.unread !== undefined) unreadSource = { path: file.path, reason: file.unread };
      else source ??= { path: file.path, text: file.content, ...(file.sha256 === undefined ? {} : { sha256: file.sha256 }) };
    }
    messages.push(...runRules({ files: registryFiles, source, unreadSource }, rules, options));
  }
  const given = options.source && !files.some((f) => f.path === options.source!.path)
    ? [{ path: options.source.path, content: options.source.text }]
    : [];
  return summarize(messages, [...files.filter((file) => file.unread === undefined), ...given]);
}

/** Files by registry: a folder's files, with the policy texts that name it as their registry's folder. */
function registryGroups(files: readonly CheckFile[]): CheckFile[][] {
  const groups = new Map<string, CheckFile[]>();
  for (const file of files) {
    const dir = file.registryDir ?? dirname(file.path);
    const group = groups.get(dir);
    if (group) group.push(file);
    else groups.set(dir, [file]);
  }
  return [...groups.values()];
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
    // A policy text shared by several registries is one file.
    files: [...new Set(files.map((f) => f.path))],
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
