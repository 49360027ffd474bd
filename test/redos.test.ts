/**
 * The ReDoS audit (issue 8): every regular expression in packages/<name>/src is checked with recheck,
 * and a pattern it proves super-linear (an attack string makes matching quadratic or worse)
 * fails the test unless the allow-list below says why it cannot hurt.
 *
 * The patterns are found with the TypeScript parser: regex literals, and `new RegExp(pattern,
 * flags)` whose pattern folds to a constant of its file (string and template literals, `const`
 * names bound to them or imported from another package's exports, a regex's `.source`, `+`,
 * `.slice(m, n)`, `[…].join(sep)`).
 *
 * recheck runs its native build when installed (recheck-linux-x64, an optional dependency) and
 * its pure-JS build otherwise; the patterns are checked one at a time so that no check's time
 * budget is eaten by the others. A verdict of its automaton checker fails the test at once; its
 * fuzzing checker is seeded but measures attacks by the clock, so its "vulnerable" is confirmed
 * by a second run first.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ROOT } from './support/corpus.js';

/**
 * Super-linear patterns that are let through, by file and exact source (flags aside). `bounded`: the pattern is
 * only ever run on a window of bounded length, so its worst case is a constant. `TODO`: not yet
 * fixed by the file's owner (issue 8, item 3); the attack string is in the test's output.
 */
const ALLOWED: { file: string; pattern: RegExp; why: string }[] = [
  { file: 'packages/parse/src/parse.ts', pattern: /[\s：:]+$/, why: 'bounded: applied only to an ATTACHMENT_LABEL match, at most ~12 characters' },
  { file: 'packages/core/src/decode.ts', pattern: /<meta\b[^>]*>/, why: 'bounded: run on the first 4 KB of an HTML file only; TODO still: cheap to make linear' },
  { file: 'packages/core/src/decode.ts', pattern: /charset\s*=\s*["']?\s*([\w.:-]+)/, why: 'bounded: run on one <meta> tag of the first 4 KB only; TODO still: cheap to make linear' },
];

interface FoundRegex {
  /** Path from the repository root, and 1-based line. */
  file: string;
  line: number;
  source: string;
  flags: string;
}

interface Collected {
  regexes: FoundRegex[];
  /** `new RegExp(…)` calls whose pattern is not a constant of the file: `file:line: text`. */
  unresolved: string[];
}

type Value = { kind: 'string'; value: string } | { kind: 'number'; value: number } | { kind: 'regex'; source: string; flags: string } | { kind: 'array'; items: Value[] };

function collectRegexes(root: string): Collected {
  const regexes: FoundRegex[] = [];
  const unresolved: string[] = [];
  const packages = join(root, 'packages');
  const sources = readdirSync(packages).flatMap((pkg) => sourceFiles(join(packages, pkg, 'src')))
    .map((path) => ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true));
  // A vocabulary one package exports and another builds its patterns from ("UNIT_KIND_WORDS"):
  // an imported name folds to the exported constant of that name, when exactly one file exports it.
  const exported = new Map<string, (() => Value | undefined) | null>();
  const imported = (name: string) => exported.get(name)?.() ?? undefined;
  for (const source of sources) {
    const evaluate = evaluator(source, imported);
    for (const statement of source.statements) {
      if (!ts.isVariableStatement(statement) || !statement.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) continue;
      for (const declaration of statement.declarationList.declarations) {
        if (!ts.isIdentifier(declaration.name) || declaration.initializer === undefined) continue;
        const name = declaration.name.text;
        const initializer = declaration.initializer;
        exported.set(name, exported.has(name) ? null : () => evaluate(initializer));
      }
    }
  }
  for (const source of sources) {
    const file = relative(root, source.fileName);
    const evaluate = evaluator(source, imported);
    const where = (node: ts.Node) => source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
    const visit = (node: ts.Node): void => {
      if (ts.isRegularExpressionLiteral(node)) {
        regexes.push({ file, line: where(node), ...splitLiteral(node.text) });
      } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp') {
        const [patternArg, flagsArg] = node.arguments ?? [];
        const pattern = patternArg && evaluate(patternArg);
        const flags = flagsArg === undefined ? { kind: 'string' as const, value: '' } : evaluate(flagsArg);
        // new RegExp(/re/) keeps the regex's flags unless given others.
        const flagsValue = flags?.kind === 'string' ? flags.value : undefined;
        if (pattern?.kind === 'string' && flagsValue !== undefined) regexes.push({ file, line: where(node), source: pattern.value, flags: flagsValue });
        else if (pattern?.kind === 'regex' && (flagsArg === undefined || flagsValue !== undefined)) {
          regexes.push({ file, line: where(node), source: pattern.source, flags: flagsArg === undefined ? pattern.flags : flagsValue! });
        } else unresolved.push(`${file}:${where(node)}: ${node.getText(source).slice(0, 120)}`);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return { regexes, unresolved };
}

function sourceFiles(dir: string): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.[cm]?tsx?$/u.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

function splitLiteral(text: string): { source: string; flags: string } {
  const end = text.lastIndexOf('/');
  return { source: text.slice(1, end), flags: text.slice(end + 1) };
}

/** Folds an expression of `source` to a constant (a name it imports through `imported`), or undefined. */
function evaluator(source: ts.SourceFile, imported: (name: string) => Value | undefined): (node: ts.Expression) => Value | undefined {
  const constants = new Map<string, ts.Expression | null>();
  const collect = (node: ts.Node): void => {
    if (ts.isVariableDeclarationList(node) && node.flags & ts.NodeFlags.Const) {
      for (const declaration of node.declarations) {
        if (!ts.isIdentifier(declaration.name) || declaration.initializer === undefined) continue;
        const name = declaration.name.text;
        // A name declared twice in the file (in two scopes) is not folded: which one is meant is unknown.
        constants.set(name, constants.has(name) ? null : declaration.initializer);
      }
    }
    ts.forEachChild(node, collect);
  };
  collect(source);
  const importedNames = new Set<string>();
  for (const statement of source.statements) {
    const bindings = ts.isImportDeclaration(statement) ? statement.importClause?.namedBindings : undefined;
    if (bindings && ts.isNamedImports(bindings)) for (const element of bindings.elements) if (!element.isTypeOnly) importedNames.add(element.name.text);
  }

  const visiting = new Set<string>();
  const evaluate = (node: ts.Expression): Value | undefined => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return { kind: 'string', value: node.text };
    if (ts.isNumericLiteral(node)) return { kind: 'number', value: Number(node.text) };
    if (ts.isRegularExpressionLiteral(node)) return { kind: 'regex', ...splitLiteral(node.text) };
    if (ts.isParenthesizedExpression(node) || ts.isAsExpression(node) || ts.isSatisfiesExpression(node)) return evaluate(node.expression);
    if (ts.isTemplateExpression(node)) {
      let value = node.head.text;
      for (const span of node.templateSpans) {
        // A bound written as a constant ("{0,${MAX}}") is folded as the template would print it.
        const part = evaluate(span.expression);
        if (part?.kind !== 'string' && part?.kind !== 'number') return undefined;
        value += String(part.value) + span.literal.text;
      }
      return { kind: 'string', value };
    }
    if (ts.isIdentifier(node)) {
      const initializer = constants.get(node.text);
      if (initializer === undefined && importedNames.has(node.text)) return imported(node.text);
      if (!initializer || visiting.has(node.text)) return undefined;
      visiting.add(node.text);
      try {
        return evaluate(initializer);
      } finally {
        visiting.delete(node.text);
      }
    }
    if (ts.isBinaryExpression(node) && (node.operatorToken.kind === ts.SyntaxKind.PlusToken || node.operatorToken.kind === ts.SyntaxKind.MinusToken)) {
      const left = evaluate(node.left);
      const right = evaluate(node.right);
      if (left?.kind === 'number' && right?.kind === 'number') return { kind: 'number', value: node.operatorToken.kind === ts.SyntaxKind.PlusToken ? left.value + right.value : left.value - right.value };
      return node.operatorToken.kind === ts.SyntaxKind.PlusToken && left?.kind === 'string' && right?.kind === 'string' ? { kind: 'string', value: left.value + right.value } : undefined;
    }
    if (ts.isArrayLiteralExpression(node)) {
      const items = node.elements.map((element) => evaluate(element));
      return items.every((item) => item !== undefined) ? { kind: 'array', items: items as Value[] } : undefined;
    }
    if (ts.isPropertyAccessExpression(node)) {
      const target = evaluate(node.expression);
      if (target?.kind === 'regex' && node.name.text === 'source') return { kind: 'string', value: target.source };
      if (target?.kind === 'regex' && node.name.text === 'flags') return { kind: 'string', value: target.flags };
      return undefined;
    }
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
      const target = evaluate(node.expression.expression);
      const args = node.arguments.map((arg) => (ts.isPrefixUnaryExpression(arg) && arg.operator === ts.SyntaxKind.MinusToken && ts.isNumericLiteral(arg.operand)
        ? -Number(arg.operand.text)
        : ts.isNumericLiteral(arg) ? Number(arg.text) : evaluate(arg)));
      const method = node.expression.name.text;
      if (target?.kind === 'string' && method === 'slice' && args.every((arg) => typeof arg === 'number')) {
        return { kind: 'string', value: target.value.slice(...(args as number[])) };
      }
      // A pattern made from another by a replace ("GENRE.replace(/…/gu, '$1 ?')"): folded as it runs.
      const [pattern, replacement] = args;
      if (target?.kind === 'string' && method === 'replace' && typeof pattern === 'object' && pattern?.kind === 'regex' && typeof replacement === 'object' && replacement?.kind === 'string') {
        return { kind: 'string', value: target.value.replace(new RegExp(pattern.source, pattern.flags), replacement.value) };
      }
      if (target?.kind === 'array' && method === 'join' && target.items.every((item) => item.kind === 'string')) {
        const separator = args[0] === undefined ? ',' : typeof args[0] === 'object' && args[0].kind === 'string' ? args[0].value : undefined;
        if (separator !== undefined) return { kind: 'string', value: target.items.map((item) => (item as { value: string }).value).join(separator) };
      }
    }
    return undefined;
  };
  return evaluate;
}

const params = { timeout: 10_000, randomSeed: 0 };

describe('ReDoS audit of the packages\' sources', () => {
  const { regexes, unresolved } = collectRegexes(ROOT);

  it('finds the patterns, folding every new RegExp(…) but a few built from computed values', () => {
    expect(regexes.length).toBeGreaterThan(100);
    // A pattern built at run time escapes the audit: keep those few and known.
    expect(unresolved.length, unresolved.join('\n')).toBeLessThanOrEqual(1);
  });

  it('no pattern is super-linear, but for the allow-list', async (context) => {
    let recheck: typeof import('recheck');
    try {
      recheck = await import('recheck');
      await recheck.check('a+', '', params);
    } catch (error) {
      context.skip(`recheck cannot run here (${(error as Error).message}): the ReDoS audit is skipped`);
      return;
    }
    const bySource = new Map<string, FoundRegex[]>();
    for (const regex of regexes) {
      const key = `/${regex.source}/${regex.flags}`;
      bySource.set(key, [...(bySource.get(key) ?? []), regex]);
    }
    const failures: string[] = [];
    const used = new Set<(typeof ALLOWED)[number]>();
    const undecided: string[] = [];
    for (const [key, found] of bySource) {
      const { source, flags } = found[0]!;
      let verdict = await recheck.check(source, flags, params);
      // The automaton checker's verdict is a proof; only the fuzzer's, timed by the clock, is
      // confirmed by a second run (a busy machine can make a linear pattern look slow).
      if (verdict.status === 'vulnerable' && verdict.checker === 'fuzz') verdict = await recheck.check(source, flags, { ...params, randomSeed: 1 });
      if (verdict.status === 'unknown') undecided.push(`${key}: ${verdict.error.kind}`);
      if (verdict.status !== 'vulnerable') continue;
      for (const place of found) {
        const allowed = ALLOWED.find((entry) => entry.file === place.file && entry.pattern.source === source);
        if (allowed) used.add(allowed);
        else failures.push(`${place.file}:${place.line}: ${key} is ${verdict.complexity.summary}; attack: ${verdict.attack.pattern}`);
      }
    }
    if (undecided.length > 0) console.warn(`recheck could not decide ${undecided.length} pattern(s) in time:\n${undecided.join('\n')}`);
    expect(failures).toEqual([]);
    // A pattern recheck cannot read (a flag or a construct it does not know, such as the d flag)
    // escapes the audit: none may. Only a timeout leaves a pattern undecided.
    expect(undecided.filter((line) => line.endsWith(': invalid') || line.endsWith(': unsupported'))).toEqual([]);
    // An entry whose pattern was fixed or removed goes: the list stays the few that remain.
    expect(ALLOWED.filter((entry) => !used.has(entry)).map((entry) => `${entry.file}: ${entry.pattern}`)).toEqual([]);
  }, 180_000);
});
