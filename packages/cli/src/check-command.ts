/**
 * `policyc check <dir | files…> [--format human|json|sarif]`: reads the inputs, runs the
 * checker, prints a report. Exit codes: 0 no errors, 1 errors found, 2 could not run.
 */
import { resolve } from 'node:path';
import {
  attachSources, checkFiles, formatHuman, formatJson, formatSarif, loadInputs, registryFolders,
  type CheckResult, type ParseSource, type PolicySource,
} from '@policyc/check';
import { readArgs } from './args.js';
import { readPolicyText } from './policy-text.js';
import type { Io } from './run.js';

export const CHECK_USAGE = `Usage: policyc check <dir | files…> [--format human|json|sarif] [--no-typecheck]

Checks registries: every file against the schema, registry.yaml / registry.json / registry.ts
against each other, ids and references, and the policy's own logic (leads, ranges, shares,
parts and totals, heading numbers).
  <dir>             a folder holding registry.yaml, registry.json, registry.ts and/or
                    registry.schema.json, and the folders below it that do (not
                    node_modules or hidden folders); each registry is checked with the
                    policy its document.source names (a path from the registry's folder)
  <files…>          registry files and policy texts (.txt, .md); one registry per folder
  --format <f>      human (default), json or sarif
  --no-typecheck    skip the TypeScript type-check of registry.ts (the slow part)
  --source <file>   the policy text, when the registry does not name it
  --color           colour the human report
Exit codes: 0 no errors (warnings and infos allowed), 1 errors found, 2 could not run.
`;

const REPORTERS = {
  human: formatHuman,
  json: formatJson,
  sarif: formatSarif,
} as const satisfies Record<string, (result: CheckResult) => string>;

export interface CheckDependencies {
  /** The policy parser, for the rules that read the policy text (heading-glued, heading-sequence). */
  parse?: ParseSource;
}

export async function runCheck(argv: string[], io: Io, dependencies: CheckDependencies = {}): Promise<number> {
  const args = readArgs(argv, {
    format: { type: 'string', short: 'f' },
    'no-typecheck': { type: 'boolean' },
    source: { type: 'string' },
    color: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (typeof args === 'string') return fail(io, args);
  if (args.values.help) {
    io.stdout(CHECK_USAGE);
    return 0;
  }
  const format = args.values.format ?? 'human';
  if (!(format in REPORTERS)) return fail(io, `unknown format "${format}" (expected ${Object.keys(REPORTERS).join(', ')})`);
  if (args.positionals.length === 0) return fail(io, 'nothing to check: give a registry folder or files');

  // Registry files stay on disk until the checker comes to each: it then holds one at a time.
  const loaded = await loadInputs(await registryFolders(args.positionals, io.cwd), io.cwd, { defer: true });
  if (loaded.problems.length > 0) {
    for (const problem of loaded.problems) io.stderr(`policyc check: ${problem}\n`);
    return 2;
  }
  let source: PolicySource | undefined;
  if (args.values.source) {
    const path = args.values.source;
    const read = await readPolicyText(resolve(io.cwd, path), { encoding: null });
    if (!read.ok) {
      io.stderr(`policyc check: ${path}: ${read.reason}\n`);
      return 2;
    }
    source = { path, text: read.text, sha256: read.sha256 };
  }
  const files = source ? loaded.files : await attachSources(loaded.files, { read: readPolicyText, cwd: io.cwd });

  const result = checkFiles(files, {
    typecheck: !args.values['no-typecheck'],
    ...(source ? { source } : {}),
    ...(dependencies.parse ? { parse: dependencies.parse } : {}),
  });
  const report = format === 'human'
    ? formatHuman(result, { color: args.values.color ?? false })
    : REPORTERS[format as keyof typeof REPORTERS](result);
  io.stdout(report);
  return result.errorCount > 0 ? 1 : 0;
}

function fail(io: Io, reason: string): number {
  io.stderr(`policyc check: ${reason}\n\n${CHECK_USAGE}`);
  return 2;
}
