/**
 * Plain-text reports of a trace and a diff, one line per finding; ANSI colours when the caller
 * asks (a CLI passes `color: true` on a TTY).
 */
import { figure } from './targets.js';
import type { Change, DiffResult, DocumentRef, Scores, TargetRef, TaskRef, TraceResult } from './types.js';

export interface FormatOptions {
  /** ANSI colours (default off). */
  color?: boolean;
}

const COLORS = { red: '\u001b[31m', green: '\u001b[32m', yellow: '\u001b[33m', cyan: '\u001b[36m', dim: '\u001b[2m', bold: '\u001b[1m', reset: '\u001b[0m' } as const;
type Paint = (color: Exclude<keyof typeof COLORS, 'reset'>, text: string) => string;
const painter = (options: FormatOptions): Paint => (color, text) => (options.color === true ? `${COLORS[color]}${text}${COLORS.reset}` : text);

/**
 * A task's number, told apart from the other tasks of its section (a section whose clauses name
 * several duties gives a task each: task-4.1, task-4.1-2 → "4.1", "4.1#2").
 */
function taskLabel(t: TaskRef): string {
  if (t.path === '') return t.id.startsWith('task-preamble-') ? `(preamble #${t.id.slice('task-preamble-'.length)})` : '(preamble)';
  if (t.id === `task-${t.path}`) return t.path;
  const prefix = `task-${t.path}-`;
  return t.id.startsWith(prefix) ? `${t.path}#${t.id.slice(prefix.length)}` : `${t.path} [${t.id}]`;
}
const task = (t: TaskRef) => `${taskLabel(t)} ${t.title}`;
const doc = (d: DocumentRef) => d.title ?? d.source ?? '(untitled)';
const num = (x: number) => x.toFixed(2);
const parts = (s: Scores) => `title ${num(s.title)} · text ${num(s.text)}${s.units === null ? '' : ` · units ${num(s.units)}`}`;
const target = (t: TargetRef) => `${t.metric ?? '?'} ${figure(t)}${t.deadline === null ? '' : ` (${t.deadline})`}`;

export function formatTrace(result: TraceResult, options: FormatOptions = {}): string {
  const paint = painter(options);
  const s = result.summary;
  const lines = [
    paint('bold', `${doc(result.provincial)} → ${doc(result.national)}`),
    `  ${s.covered} of ${s.nationalTasks} national tasks taken up · ${s.provincialTasks} provincial tasks, ${s.localAdditions} local additions · targets side by side: ${s.targetPairs}`,
    '',
    paint('bold', 'national tasks'),
  ];
  for (const t of result.tasks) {
    lines.push(`  ${task(t.task)}`);
    if (t.implementedBy.length === 0) lines.push(`    ${paint('red', '✗ not taken up')}`);
    for (const m of t.implementedBy) {
      lines.push(`    ${paint('green', '←')} ${task(m.task)}  ${paint('cyan', num(m.score))} ${paint('dim', `(${parts(m)})`)}`);
      const evidence = [m.evidence.grams.length > 0 ? `shared ${m.evidence.grams.join(' ')}` : '', ...m.evidence.units.map((u) => `${u.a} ↔ ${u.b}`)].filter((x) => x !== '');
      if (evidence.length > 0) lines.push(`      ${paint('dim', evidence.join(' · '))}`);
      if (m.deadlines !== null) lines.push(`      deadline: national ${m.deadlines.national ?? '—'} · provincial ${m.deadlines.provincial ?? '—'}`);
    }
  }
  lines.push('', paint('bold', 'local additions (no national source)'));
  if (result.localAdditions.length === 0) lines.push('  none');
  for (const a of result.localAdditions) {
    const nearest = a.nearest === null ? 'nothing alike' : `nearest ${task(a.nearest.task)} ${num(a.nearest.score)}`;
    lines.push(`  ${paint('yellow', '+')} ${task(a.task)}  ${paint('dim', `(${nearest})`)}`);
  }
  lines.push('', paint('bold', 'targets (provincial against national)'));
  if (result.targets.length === 0) lines.push('  none on the same metric');
  const verdictColor = { stricter: 'green', looser: 'red', equal: 'dim', 'not-comparable': 'yellow' } as const;
  for (const t of result.targets) {
    lines.push(`  ${target(t.provincial)}  ↔  ${target(t.national)}`);
    lines.push(`    ${paint(verdictColor[t.verdict], t.verdict)}: ${t.reason} · deadline ${t.deadline}${t.pairedBy === 'kind-and-unit' ? paint('dim', ' · paired as the only targets of their kind and unit') : ''}`);
  }
  return `${lines.join('\n')}\n`;
}

const CHANGE_LABELS: Record<Change['kind'], string> = {
  'task-added': 'task added',
  'task-removed': 'task removed',
  'task-moved': 'task moved',
  'task-retitled': 'task retitled',
  'task-reworded': 'task reworded',
  'unit-role': 'role changed',
  'task-deadline': 'deadline changed',
  'target-added': 'target added',
  'target-removed': 'target removed',
  'target-changed': 'target changed',
};

function describe(c: Change): string {
  switch (c.kind) {
    case 'task-added':
      return task(c.new);
    case 'task-removed':
      return task(c.old);
    case 'task-moved':
      return `${task(c.old)} → ${taskLabel(c.new)}`;
    case 'task-retitled':
      return `${taskLabel(c.new)}: ${c.old.title} → ${c.new.title}`;
    case 'task-reworded':
      // Rounded down and below 1: a text that changed never reads "alike 1.00" (a swap of two unit
      // names in a long clause shares all but a bigram or two, and 3-decimal rounding can reach 1).
      return `${task(c.new)} (text alike ${Math.min(Math.floor(c.similarity * 100) / 100, 0.99).toFixed(2)})`;
    case 'unit-role':
      return `${task(c.new)}: ${c.unit} ${c.from ?? '—'} → ${c.to ?? '—'}`;
    case 'task-deadline':
      return `${task(c.new)}: ${c.from ?? '—'} → ${c.to ?? '—'}`;
    case 'target-added':
      return `${c.new.path} ${target(c.new)}`;
    case 'target-removed':
      return `${c.old.path} ${target(c.old)}`;
    case 'target-changed':
      return `${c.new.path} ${c.new.metric ?? '?'}: ${c.fields.map((f) => `${f.field} ${f.from ?? '—'} → ${f.to ?? '—'}`).join(', ')}`;
  }
}

export function formatDiff(result: DiffResult, options: FormatOptions = {}): string {
  const paint = painter(options);
  const lines = [paint('bold', `${doc(result.old)} → ${doc(result.new)}`)];
  const colorOf = (kind: Change['kind']) => (kind.endsWith('added') ? 'green' : kind.endsWith('removed') ? 'red' : 'yellow');
  const counts = Object.entries(result.summary.counts).filter(([, n]) => n > 0).map(([k, n]) => `${n} ${CHANGE_LABELS[k as Change['kind']]}`);
  lines.push(`  ${result.summary.matched} tasks in both · ${result.changed ? counts.join(' · ') : 'no changes'}${result.renumbered.length > 0 ? ` · ${result.renumbered.length} renumbered only` : ''}`);
  if (result.changes.length > 0) lines.push('');
  const width = Math.max(...Object.values(CHANGE_LABELS).map((l) => l.length));
  for (const c of result.changes) lines.push(`  ${paint(colorOf(c.kind), CHANGE_LABELS[c.kind].padEnd(width))}  ${describe(c)}`);
  return `${lines.join('\n')}\n`;
}

/** The JSON form (the schemas in `schema.ts` describe it). */
export function formatJson(result: TraceResult | DiffResult): string {
  return `${JSON.stringify(result, null, 2)}\n`;
}
