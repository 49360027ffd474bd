/**
 * A registry of any shape, coerced to the model's: wrong or missing fields get empty values,
 * array items keep their index (so JSON pointers still name the right entry). The schema rule
 * reports what was wrong; the other rules can then read fields without guarding each one.
 * Spans and lists of strings already in the model's shape are shared with the data, not copied:
 * a registry of a 20 MB policy holds hundreds of thousands of them (tens of megabytes as copies).
 * Rules read the coerced registry and never change it.
 */
import type { DocumentMeta, Evidence, Registry, Section, SourceFile, SourceFormat, Span, Target, Task, TaskDeadline, TaskForm, Unit } from '@policyc/model';

type Loose = Record<string, unknown>;

/** A span with line 0: "no position"; see `hasSpan`. */
const NO_SPAN: Span = { start: { line: 0, column: 0, offset: 0 }, end: { line: 0, column: 0, offset: 0 } };

export function coerceRegistry(value: unknown): Registry {
  const root = object(value);
  return {
    schemaVersion: str(root['schemaVersion']),
    document: documentMeta(object(root['document'])),
    sections: list(root['sections']).map(section),
    tasks: list(root['tasks']).map(task),
    units: list(root['units']).map(unit),
    targets: list(root['targets']).map(target),
  };
}

/** Whether a span is a real position (coerced registries use line 0 for "none"). */
export function hasSpan(span: Span | undefined | null): span is Span {
  return !!span && span.start.line >= 1 && span.start.column >= 1;
}

function documentMeta(d: Loose): DocumentMeta {
  return {
    title: strOrNull(d['title']), docNumber: strOrNull(d['docNumber']), addressees: strings(d['addressees']),
    issuer: strOrNull(d['issuer']), date: strOrNull(d['date']), planTitle: strOrNull(d['planTitle']),
    source: sourceFile(d['source']), convention: strOrNull(d['convention']),
  };
}

/** A registry of schema 2.x named its policy by file name alone: read as a path with nothing else known. */
function sourceFile(value: unknown): SourceFile | null {
  if (typeof value === 'string') return value === '' ? null : { path: value, sha256: null, encoding: null, format: sourceFormatOf(value) };
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return null;
  const s = value as Loose;
  const format = typeof s['format'] === 'string' ? (s['format'] as SourceFormat) : sourceFormatOf(str(s['path']));
  return { path: str(s['path']), sha256: strOrNull(s['sha256']), encoding: strOrNull(s['encoding']), format };
}

/** The format of a policy by its file name: what `policyc compile` reads it as. */
export function sourceFormatOf(path: string): SourceFormat {
  const extension = /\.([a-z]+)$/iu.exec(path)?.[1]?.toLowerCase();
  return extension === 'md' || extension === 'markdown' ? 'md' : extension === 'html' || extension === 'htm' ? 'html' : extension === 'docx' ? 'docx' : 'txt';
}

function section(value: unknown): Section {
  const s = object(value);
  return {
    id: str(s['id']), path: str(s['path']), depth: num(s['depth']) ?? 0, marker: str(s['marker']),
    ordinal: num(s['ordinal']) ?? 0, title: str(s['title']), parent: strOrNull(s['parent']), position: span(s['position']),
  };
}

function task(value: unknown): Task {
  const t = object(value);
  return {
    id: str(t['id']), path: str(t['path']), title: str(t['title']), text: str(t['text']),
    lead: strings(t['lead']), assist: strings(t['assist']), responsible: strings(t['responsible']),
    clauses: strings(t['clauses']), form: taskForm(t['form']), evidence: evidence(t['evidence']),
    deadline: taskDeadline(t['deadline']), position: span(t['position']),
  };
}

/** A form outside the enum is kept as written: the schema rule reports it, and no other rule should. */
function taskForm(value: unknown): TaskForm | null {
  return typeof value === 'string' ? (value as TaskForm) : null;
}

function evidence(value: unknown): Evidence | null {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return null;
  const e = value as Loose;
  return { text: str(e['text']), position: span(e['position']) };
}

/** A year written as a number (`year: 2020`, easy in YAML) is read as the year: the schema rule reports the type. */
function taskDeadline(value: unknown): TaskDeadline | null {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return null;
  const d = value as Loose;
  const year = typeof d['year'] === 'number' ? String(d['year']) : strOrNull(d['year']);
  return { text: str(d['text']), year, position: span(d['position']) };
}

function unit(value: unknown): Unit {
  const u = object(value);
  return {
    id: str(u['id']), name: str(u['name']), occurrences: spans(u['occurrences']),
    leads: strings(u['leads']), assists: strings(u['assists']), shares: strings(u['shares']),
  };
}

function target(value: unknown): Target {
  const t = object(value);
  return {
    id: str(t['id']), path: str(t['path']), text: str(t['text']), metric: strOrNull(t['metric']),
    value: num(t['value']), min: num(t['min']), max: num(t['max']), unit: strOrNull(t['unit']),
    comparator: (str(t['comparator']) || 'eq') as Target['comparator'],
    kind: (str(t['kind']) || 'level') as Target['kind'],
    deadline: typeof t['deadline'] === 'number' ? String(t['deadline']) : strOrNull(t['deadline']),
    inclusive: typeof t['inclusive'] === 'boolean' ? t['inclusive'] : null,
    aggregation: strOrNull(t['aggregation']) as Target['aggregation'],
    baseline: strOrNull(t['baseline']), recurring: t['recurring'] === true,
    partOf: strOrNull(t['partOf']), position: span(t['position']),
  };
}

function spans(value: unknown): Span[] {
  const items = list(value);
  return items.every(isModelSpan) ? (items as Span[]) : items.map(span);
}

function span(value: unknown): Span {
  if (isModelSpan(value)) return value;
  const s = object(value);
  const start = object(s['start']);
  const end = object(s['end']);
  const line = num(start['line']);
  const column = num(start['column']);
  if (line === null || column === null) return NO_SPAN;
  const point = (p: Loose, fallback: { line: number; column: number }) => ({
    line: num(p['line']) ?? fallback.line,
    column: num(p['column']) ?? fallback.column,
    offset: num(p['offset']) ?? -1,
  });
  const first = point(start, { line, column });
  return { start: first, end: point(end, first) };
}

/** A span exactly as the model writes one (its keys, in order, and finite numbers): what `span` would copy as it is. */
function isModelSpan(value: unknown): value is Span {
  return hasKeys(value, SPAN_KEYS) && isModelPoint(value['start']) && isModelPoint(value['end']);
}

function isModelPoint(value: unknown): boolean {
  return hasKeys(value, POINT_KEYS) && num(value['line']) !== null && num(value['column']) !== null && num(value['offset']) !== null;
}

const SPAN_KEYS = ['start', 'end'];
const POINT_KEYS = ['line', 'column', 'offset'];

function hasKeys(value: unknown, keys: readonly string[]): value is Loose {
  if (value === null || typeof value !== 'object' || Array.isArray(value) || Object.getPrototypeOf(value) !== Object.prototype) return false;
  const own = Object.keys(value);
  return own.length === keys.length && own.every((key, i) => key === keys[i]);
}

function object(value: unknown): Loose {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Loose) : {};
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function strings(value: unknown): string[] {
  const items = list(value);
  return items.every((v) => typeof v === 'string') ? (items as string[]) : items.map((v) => (typeof v === 'string' ? v : ''));
}

function str(value: unknown): string {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
}

function strOrNull(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

function num(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}
