/**
 * docs/rules/*.md: one page per rule, from its definition, its failing and passing examples and
 * the messages the checker reports on them (run here, so a page cannot show stale output).
 */
import { RULES, type RuleDefinition, type RuleExample } from '../src/index.js';
import { runExample } from './examples.js';

const NOTE = (source: string) => `<!-- Generated from ${source} by \`pnpm --filter @policyc/check docs\`. Do not edit. -->`;

const FENCE: Record<string, string> = { yaml: 'yaml', yml: 'yaml', json: 'json', ts: 'ts' };
const LONG = 40;

export function renderRulePages(): Record<string, string> {
  const pages: Record<string, string> = { 'docs/rules/README.md': renderIndex() };
  for (const rule of RULES) pages[`docs/rules/${rule.id}.md`] = renderRule(rule);
  return pages;
}

function renderIndex(): string {
  const rows = RULES.map((r) => `| [\`${r.id}\`](./${r.id}.md) | ${r.severity} | ${r.origin === 'policy' ? 'policy text' : 'registry file'} | ${r.summary} |`);
  return [
    NOTE('packages/check/src/rules/'),
    '',
    '# Check rules',
    '',
    '`policyc check` runs these rules, in this order. A finding points first at the policy text (where the problem',
    'comes from) or at the registry file (where a hand edit broke it), and names the other place as related.',
    'Exit code 1 means at least one error; warnings and infos leave it at 0.',
    '',
    '| rule | severity | points at | what it requires |',
    '|---|---|---|---|',
    ...rows,
    '',
    'One more id appears in reports: `input`, an error for a path that could not be read (exit code 2 on the command line).',
    '',
  ].join('\n');
}

function renderRule(rule: RuleDefinition): string {
  const lines = [
    NOTE(`packages/check/src/rules/${rule.id}.ts`),
    '',
    `# \`${rule.id}\``,
    '',
    rule.summary,
    '',
    `- Severity: **${rule.severity}**`,
    `- Points at: ${rule.origin === 'policy' ? 'the policy text the value came from (the registry entry is related)' : 'the registry file (the policy sentence is related, when known)'}`,
    '',
    rule.description,
    '',
    '## Fails',
    '',
    ...rule.examples.fail.flatMap((example) => renderExample(rule, example)),
    '## Passes',
    '',
    ...rule.examples.pass.flatMap((example) => renderExample(rule, example)),
  ];
  return `${lines.join('\n').trimEnd()}\n`;
}

function renderExample(rule: RuleDefinition, example: RuleExample): string[] {
  const out = [`### ${example.title}`, ''];
  if (example.source) out.push(...block(`Policy text \`${example.source.path}\``, 'text', example.source.text));
  for (const [name, content] of Object.entries(example.files)) {
    out.push(...block(`\`${name}\``, FENCE[name.split('.').at(-1)!] ?? 'text', content));
  }
  const messages = runExample(rule, example);
  if (messages.length === 0) out.push('No findings.', '');
  else out.push('Reports:', '', '```text', ...messages, '```', '');
  return out;
}

function block(title: string, language: string, content: string): string[] {
  const fenced = ['```' + language, content.trimEnd(), '```'];
  if (content.split('\n').length <= LONG) return [`${title}:`, '', ...fenced, ''];
  return ['<details>', `<summary>${title} (${content.split('\n').length} lines)</summary>`, '', ...fenced, '', '</details>', ''];
}
