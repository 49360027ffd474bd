/**
 * The published JSON Schema (draft 2020-12) of a policyc registry.
 *
 * Kept equal to the interfaces in `types.ts` by `test/schema-types.test.ts`.
 */

/**
 * Version of the registry model that this package reads and writes. Every object of the schema
 * is closed (`additionalProperties: false`) and its fields required, so adding or removing a field
 * makes registries of one version invalid under the other: that is a major change. Minor is for
 * what both sides accept (a looser pattern, a description); patch for wording alone.
 */
export const SCHEMA_VERSION = '2.0.0';

/** `$id` of the published schema; registries name it in their `$schema`. */
export const SCHEMA_ID = `https://policyc.dev/schema/registry-${SCHEMA_VERSION}.json`;

const nullable = (schema: Record<string, unknown>) => ({ anyOf: [schema, { type: 'null' }] });
const string = { type: 'string' } as const;
const strings = { type: 'array', items: string } as const;
const year = { type: 'string', pattern: '^[0-9]{4}$' } as const;
const path = { type: 'string', pattern: '^([1-9][0-9]*(\\.[1-9][0-9]*)*)?$' } as const;
const span = { $ref: '#/$defs/Span' } as const;

export const registrySchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: SCHEMA_ID,
  title: 'policyc registry',
  description: 'The sections, tasks, responsible units and numeric targets of one Chinese government policy document.',
  type: 'object',
  required: ['schemaVersion', 'document', 'sections', 'tasks', 'units', 'targets'],
  additionalProperties: false,
  properties: {
    $schema: { type: 'string', description: 'The schema this registry follows.' },
    schemaVersion: { type: 'string', pattern: '^[0-9]+\\.[0-9]+\\.[0-9]+$', description: 'Version of the registry model.' },
    document: { $ref: '#/$defs/DocumentMeta' },
    sections: { type: 'array', items: { $ref: '#/$defs/Section' } },
    tasks: { type: 'array', items: { $ref: '#/$defs/Task' } },
    units: { type: 'array', items: { $ref: '#/$defs/Unit' } },
    targets: { type: 'array', items: { $ref: '#/$defs/Target' } },
  },
  $defs: {
    Point: {
      type: 'object',
      required: ['line', 'column', 'offset'],
      additionalProperties: false,
      properties: {
        line: { type: 'integer', minimum: 1 },
        column: { type: 'integer', minimum: 1 },
        offset: { type: 'integer', minimum: 0 },
      },
    },
    Span: {
      type: 'object',
      description: 'A span of the policy source (unist Position).',
      required: ['start', 'end'],
      additionalProperties: false,
      properties: { start: { $ref: '#/$defs/Point' }, end: { $ref: '#/$defs/Point' } },
    },
    DocumentMeta: {
      type: 'object',
      required: ['title', 'docNumber', 'addressees', 'issuer', 'date', 'planTitle', 'source', 'convention'],
      additionalProperties: false,
      properties: {
        title: { ...nullable(string), description: "The policy's own title, joined if it wraps over lines." },
        docNumber: { ...nullable(string), description: '发文字号 of this document.' },
        addressees: { ...strings, description: '主送机关, split at the top-level "，".' },
        issuer: { ...nullable(string), description: 'The signing organ.' },
        date: { ...nullable({ type: 'string', pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' }), description: 'The signing date.' },
        planTitle: { ...nullable(string), description: 'Title of the plan a notice wraps.' },
        source: { ...nullable(string), description: 'Where the document came from.' },
        convention: { ...nullable(string), description: 'The sentence that states who leads, when the document has one.' },
      },
    },
    Section: {
      type: 'object',
      required: ['id', 'path', 'depth', 'marker', 'ordinal', 'title', 'parent', 'position'],
      additionalProperties: false,
      properties: {
        id: string,
        path,
        depth: { type: 'integer', minimum: 1 },
        marker: string,
        ordinal: { type: 'integer', minimum: 0 },
        title: string,
        parent: nullable(path),
        position: span,
      },
    },
    Task: {
      type: 'object',
      required: ['id', 'path', 'title', 'text', 'lead', 'assist', 'responsible', 'clauses', 'form', 'evidence', 'deadline', 'position'],
      additionalProperties: false,
      properties: {
        id: string,
        path,
        title: string,
        text: string,
        lead: { ...strings, description: 'Unit ids that lead the task.' },
        assist: { ...strings, description: 'Unit ids that assist.' },
        responsible: { ...strings, description: 'Unit ids that share the task with no distinguished lead.' },
        clauses: { ...strings, description: 'The responsibility clauses as written.' },
        form: {
          ...nullable({ enum: ['clause', 'table', 'prose'] }),
          description: 'Where the units were read: a responsibility clause, a row of a task-division table, or a sentence of running text; null for a task with no units.',
        },
        evidence: { ...nullable({ $ref: '#/$defs/Evidence' }), description: 'The clause, row or sentence the units were read from; null when form is null.' },
        deadline: {
          ...nullable({ $ref: '#/$defs/TaskDeadline' }),
          description: 'When the task is due, as the policy states it for this task (a table\'s deadline column, a clause\'s closing note); null when it states none.',
        },
        position: span,
      },
    },
    Evidence: {
      type: 'object',
      description: 'The text a task\'s units were read from: a clause, a table row or a sentence, as written.',
      required: ['text', 'position'],
      additionalProperties: false,
      properties: {
        text: { ...string, description: 'The clause, table row or sentence as written.' },
        position: span,
      },
    },
    TaskDeadline: {
      type: 'object',
      description: 'When a task is due, as the policy states it: a table\'s deadline column, a clause\'s closing note.',
      required: ['text', 'year', 'position'],
      additionalProperties: false,
      properties: {
        text: { ...string, description: 'As written ("2020年底前", "长期", "持续推进").' },
        year: { ...nullable(year), description: 'The year it falls in ("2020"), when the text names one; null for "长期", "持续推进".' },
        position: span,
      },
    },
    Unit: {
      type: 'object',
      required: ['id', 'name', 'occurrences', 'leads', 'assists', 'shares'],
      additionalProperties: false,
      properties: {
        id: string,
        name: string,
        occurrences: { type: 'array', items: span },
        leads: strings,
        assists: strings,
        shares: strings,
      },
    },
    Target: {
      type: 'object',
      required: [
        'id', 'path', 'text', 'metric', 'value', 'min', 'max', 'unit', 'comparator', 'kind', 'deadline',
        'inclusive', 'aggregation', 'baseline', 'recurring', 'partOf', 'position',
      ],
      additionalProperties: false,
      properties: {
        id: string,
        path,
        text: string,
        metric: nullable(string),
        value: nullable({ type: 'number' }),
        min: nullable({ type: 'number' }),
        max: nullable({ type: 'number' }),
        unit: nullable(string),
        comparator: { enum: ['eq', 'gte', 'gt', 'lte', 'lt', 'approx', 'range'] },
        kind: { enum: ['level', 'growth', 'share', 'count', 'change'] },
        deadline: nullable(year),
        inclusive: nullable({ type: 'boolean' }),
        aggregation: nullable({ enum: ['annual-average', 'cumulative', 'per-year'] }),
        baseline: nullable(year),
        recurring: { type: 'boolean' },
        partOf: nullable(string),
        position: span,
      },
    },
  },
} as const;
