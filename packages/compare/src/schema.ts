/**
 * JSON Schemas (draft 2020-12) of what `trace` and `diff` return, as `formatJson` writes it.
 * Objects are closed and their fields required, like the registry schema; `test/schema.test.ts`
 * validates real results against them.
 */

const nullable = (schema: Record<string, unknown>) => ({ anyOf: [schema, { type: 'null' }] });
const string = { type: 'string' } as const;
const number = { type: 'number' } as const;
const score = { type: 'number', minimum: 0, maximum: 1 } as const;
const closed = (properties: Record<string, unknown>, description?: string) => ({
  type: 'object',
  ...(description === undefined ? {} : { description }),
  properties,
  required: Object.keys(properties),
  additionalProperties: false,
});
const ref = (name: string) => ({ $ref: `#/$defs/${name}` });
const array = (items: unknown) => ({ type: 'array', items });
const comparator = { enum: ['eq', 'gte', 'gt', 'lte', 'lt', 'approx', 'range'] } as const;

const shared$defs = {
  DocumentRef: closed({ title: nullable(string), docNumber: nullable(string), source: nullable(string) }, 'Which document a side is.'),
  TaskRef: closed({ id: string, path: string, title: string }),
  TargetRef: closed({
    id: string, path: string, text: string, metric: nullable(string), comparator, value: nullable(number), min: nullable(number), max: nullable(number),
    unit: nullable(string), deadline: nullable(string),
  }),
};

const scores = { score, title: score, text: score, units: nullable(score) };

export const TRACE_SCHEMA_ID = 'https://policyc.dev/schema/trace-1.0.0.json';
export const DIFF_SCHEMA_ID = 'https://policyc.dev/schema/diff-1.0.0.json';

export const traceSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: TRACE_SCHEMA_ID,
  title: 'policyc trace',
  description: 'Which tasks of a national policy a provincial policy implements, its local additions, and their targets side by side.',
  ...closed({
    kind: { const: 'trace' },
    provincial: ref('DocumentRef'),
    national: ref('DocumentRef'),
    threshold: score,
    tasks: array(closed({ task: ref('TaskRef'), implementedBy: array(ref('Implementation')) })),
    notTakenUp: array(ref('TaskRef')),
    localAdditions: array(closed({ task: ref('TaskRef'), nearest: nullable(closed({ task: ref('TaskRef'), ...scores })) })),
    targets: array(ref('TargetComparison')),
    summary: closed({ nationalTasks: { type: 'integer' }, covered: { type: 'integer' }, provincialTasks: { type: 'integer' }, localAdditions: { type: 'integer' }, targetPairs: { type: 'integer' } }),
  }),
  $defs: {
    ...shared$defs,
    Implementation: closed({
      task: ref('TaskRef'),
      ...scores,
      evidence: closed({ grams: array(string), units: array(closed({ a: string, b: string, key: string })) }),
      deadlines: nullable(closed({ national: nullable(string), provincial: nullable(string) })),
    }),
    TargetComparison: closed({
      national: ref('TargetRef'),
      provincial: ref('TargetRef'),
      score,
      pairedBy: { enum: ['metric', 'kind-and-unit'] },
      verdict: { enum: ['stricter', 'looser', 'equal', 'not-comparable'] },
      reason: string,
      deadline: { enum: ['earlier', 'later', 'same', 'unknown'] },
    }),
  },
} as const;

const role = nullable({ enum: ['lead', 'assist', 'responsible'] });
const pair = { old: ref('TaskRef'), new: ref('TaskRef') };
const changeKinds = [
  'task-added', 'task-removed', 'task-moved', 'task-retitled', 'task-reworded', 'unit-role', 'task-deadline',
  'target-added', 'target-removed', 'target-changed',
] as const;

export const diffSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: DIFF_SCHEMA_ID,
  title: 'policyc diff',
  description: 'What changed between two versions of one policy: tasks, unit roles and targets.',
  ...closed({
    kind: { const: 'diff' },
    old: ref('DocumentRef'),
    new: ref('DocumentRef'),
    changed: { type: 'boolean' },
    changes: array(ref('Change')),
    renumbered: array(closed(pair)),
    summary: closed({ matched: { type: 'integer' }, counts: closed(Object.fromEntries(changeKinds.map((k) => [k, { type: 'integer', minimum: 0 }]))) }),
  }),
  $defs: {
    ...shared$defs,
    Change: {
      oneOf: [
        closed({ kind: { const: 'task-added' }, new: ref('TaskRef') }),
        closed({ kind: { const: 'task-removed' }, old: ref('TaskRef') }),
        closed({ kind: { const: 'task-moved' }, ...pair }),
        closed({ kind: { const: 'task-retitled' }, ...pair }),
        closed({ kind: { const: 'task-reworded' }, ...pair, similarity: score }),
        closed({ kind: { const: 'unit-role' }, ...pair, unit: string, from: role, to: role }),
        closed({ kind: { const: 'task-deadline' }, ...pair, from: nullable(string), to: nullable(string) }),
        closed({ kind: { const: 'target-added' }, new: ref('TargetRef') }),
        closed({ kind: { const: 'target-removed' }, old: ref('TargetRef') }),
        closed({
          kind: { const: 'target-changed' },
          old: ref('TargetRef'),
          new: ref('TargetRef'),
          fields: array(closed({
            field: { enum: ['value', 'min', 'max', 'comparator', 'unit', 'deadline'] },
            from: nullable({ type: ['string', 'number'] }),
            to: nullable({ type: ['string', 'number'] }),
          })),
        }),
      ],
    },
  },
} as const;
