/**
 * The published JSON Schema (draft 2020-12) of a policyc registry.
 *
 * Kept equal to the interfaces in `types.ts` by `test/schema-types.test.ts`.
 */

/**
 * Version of the registry model that this package reads and writes. Every object of the schema
 * is closed (`additionalProperties: false`) and its fields required, so adding or removing a
 * required field makes registries of one version invalid under the other: that is a major change.
 * Minor is for what keeps every registry of the older version valid (a looser pattern, an optional
 * field such as a task's `extra` in 3.1.0, which policyc itself never writes); patch for wording alone.
 */
export const SCHEMA_VERSION = '3.1.0';

/** `$id` of the published schema; registries name it in their `$schema`. */
export const SCHEMA_ID = `https://policyc.dev/schema/registry-${SCHEMA_VERSION}.json`;

const nullable = (schema: Record<string, unknown>) => ({ anyOf: [schema, { type: 'null' }] });
const string = { type: 'string' } as const;
const strings = { type: 'array', items: string } as const;
const year = { type: 'string', pattern: '^[0-9]{4}$' } as const;
const path = { type: 'string', pattern: '^([1-9][0-9]*(\\.[1-9][0-9]*)*)?$' } as const;
const span = { $ref: '#/$defs/Span' } as const;
const scalar = { type: ['string', 'number', 'boolean', 'null'] } as const;

/**
 * A task's hand-added fields: names of the team's choosing, each a scalar or a list of scalars (one
 * cell of their table, or a list in it). Nested objects are refused: a field that does not fit a
 * spreadsheet cell would not survive the 任务分工表 round trip.
 */
export const taskExtraSchema = {
  type: 'object',
  title: 'TaskExtra',
  additionalProperties: { title: 'ExtraValue', anyOf: [scalar, { type: 'array', items: scalar }] },
} as const;

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
    document: { $ref: '#/$defs/DocumentMeta', description: 'What the document says about itself: title, 发文字号, addressees, issuer, date.' },
    sections: { type: 'array', items: { $ref: '#/$defs/Section' }, description: 'Every numbered heading, flat, in document order.' },
    tasks: {
      type: 'array',
      items: { $ref: '#/$defs/Task' },
      description: 'Every task: a heading that carries a responsibility clause, or a leaf of a task section.',
    },
    units: { type: 'array', items: { $ref: '#/$defs/Unit' }, description: 'Distinct units named by responsibility clauses.' },
    targets: { type: 'array', items: { $ref: '#/$defs/Target' }, description: 'Quantitative goals the policy commits to.' },
  },
  $defs: {
    Point: {
      type: 'object',
      description: 'A place in the policy source: 1-based line and column, 0-based UTF-16 offset (unist Point).',
      required: ['line', 'column', 'offset'],
      additionalProperties: false,
      properties: {
        line: { type: 'integer', minimum: 1, description: 'Line, 1-based.' },
        column: { type: 'integer', minimum: 1, description: 'Column, 1-based, in UTF-16 code units.' },
        offset: { type: 'integer', minimum: 0, description: 'Offset from the start of the source, 0-based, in UTF-16 code units.' },
      },
    },
    Span: {
      type: 'object',
      description: 'A span of the policy source (unist Position).',
      required: ['start', 'end'],
      additionalProperties: false,
      properties: {
        start: { $ref: '#/$defs/Point', description: 'Where the span starts.' },
        end: { $ref: '#/$defs/Point', description: 'Where the span ends (the place just after its last character).' },
      },
    },
    DocumentMeta: {
      type: 'object',
      description: 'What the document says about itself.',
      required: ['title', 'docNumber', 'addressees', 'issuer', 'date', 'planTitle', 'source', 'convention'],
      additionalProperties: false,
      properties: {
        title: { ...nullable(string), description: "The policy's own title, joined if it wraps over lines." },
        docNumber: { ...nullable(string), description: '发文字号 of this document.' },
        addressees: { ...strings, description: '主送机关, split at the top-level "，".' },
        issuer: { ...nullable(string), description: 'The signing organ.' },
        date: { ...nullable({ type: 'string', pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' }), description: 'The signing date.' },
        planTitle: { ...nullable(string), description: 'Title of the plan a notice wraps.' },
        source: {
          ...nullable({ $ref: '#/$defs/SourceFile' }),
          description: 'The file the document was read from (path relative to the registry, hash, encoding, format); null when it was compiled from a string.',
        },
        convention: { ...nullable(string), description: 'The sentence that states who leads, when the document has one.' },
      },
    },
    SourceFile: {
      type: 'object',
      description: 'The policy file a registry was compiled from, so that a check can find it again and tell whether it changed since.',
      required: ['path', 'sha256', 'encoding', 'format'],
      additionalProperties: false,
      properties: {
        path: { ...string, minLength: 1, description: 'The file\'s path relative to the folder the registry is written in, "/"-separated ("../policy.txt").' },
        sha256: { ...nullable({ type: 'string', pattern: '^[0-9a-f]{64}$' }), description: 'SHA-256 of the file\'s bytes as read, lowercase hex; null when the bytes were not at hand.' },
        encoding: {
          ...nullable(string),
          description: 'The encoding the text was decoded from (WHATWG name: "utf-8", "gb18030", "utf-16le" …); null for a Word document or a string.',
        },
        format: { enum: ['txt', 'md', 'html', 'docx'], description: 'The format the text was read from: plain text, Markdown, an HTML page or a Word document.' },
      },
    },
    Section: {
      type: 'object',
      description: 'A numbered heading of the policy.',
      required: ['id', 'path', 'depth', 'marker', 'ordinal', 'title', 'parent', 'position'],
      additionalProperties: false,
      properties: {
        id: { ...string, description: 'Stable id: `sec-` + path.' },
        path: { ...path, description: '1-based ordinals down the heading tree joined by "." ("3.1").' },
        depth: { type: 'integer', minimum: 1, description: 'Nesting depth, 1 for a top heading.' },
        marker: { ...string, description: 'The marker as written ("（一）", "1．", "第三章").' },
        ordinal: { type: 'integer', minimum: 0, description: 'The number the marker carries (（十一） → 11).' },
        title: { ...string, description: 'The heading text after its marker.' },
        parent: { ...nullable(path), description: 'Path of the enclosing section, null at the top.' },
        position: { ...span, description: 'Where the heading is written.' },
      },
    },
    Task: {
      type: 'object',
      description: 'A duty the policy assigns, with the units that carry it by role.',
      required: ['id', 'path', 'title', 'text', 'lead', 'assist', 'responsible', 'clauses', 'form', 'evidence', 'deadline', 'position'],
      additionalProperties: false,
      properties: {
        id: { ...string, description: 'Stable id: `task-` + path.' },
        path: { ...path, description: 'Path of the section the task is in; "" for a duty in the text before the first heading.' },
        title: { ...string, description: 'The task\'s heading without its marker; "" when it has none.' },
        text: { ...string, description: 'The task\'s full text as written, its heading included.' },
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
        position: { ...span, description: 'Where the task\'s text is written.' },
        extra: {
          ...taskExtraSchema,
          description: 'Fields a team adds by hand (状态, 进度, 备注, 督办人 …): each a string, number, boolean, null or a list of those; policyc never writes them and keeps them when it regenerates or merges a registry.',
        },
      },
    },
    Evidence: {
      type: 'object',
      description: 'The text a task\'s units were read from: a clause, a table row or a sentence, as written.',
      required: ['text', 'position'],
      additionalProperties: false,
      properties: {
        text: { ...string, description: 'The clause, table row or sentence as written.' },
        position: { ...span, description: 'Where it is written.' },
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
        position: { ...span, description: 'Where the deadline is written.' },
      },
    },
    Unit: {
      type: 'object',
      description: 'A unit (department, organ) named by responsibility clauses, with the tasks it carries by role.',
      required: ['id', 'name', 'occurrences', 'leads', 'assists', 'shares'],
      additionalProperties: false,
      properties: {
        id: { ...string, description: 'Stable id: the unit\'s name, NFKC-normalised.' },
        name: { ...string, description: 'The unit\'s name as the policy writes it.' },
        occurrences: { type: 'array', items: span, description: 'Every place the unit is named in a responsibility clause.' },
        leads: { ...strings, description: 'Task ids the unit leads.' },
        assists: { ...strings, description: 'Task ids the unit assists.' },
        shares: { ...strings, description: 'Task ids the unit shares with no distinguished lead.' },
      },
    },
    Target: {
      type: 'object',
      description: 'A quantitative goal the policy commits to.',
      required: [
        'id', 'path', 'text', 'metric', 'value', 'min', 'max', 'unit', 'comparator', 'kind', 'deadline',
        'inclusive', 'aggregation', 'baseline', 'recurring', 'partOf', 'position',
      ],
      additionalProperties: false,
      properties: {
        id: { ...string, description: 'Stable id: `target-` + path + "-" + its ordinal in the section.' },
        path: { ...path, description: 'Path of the section whose text holds the target ("" before the first heading).' },
        text: { ...string, description: 'The quantity as written ("175亿元", "85％以上").' },
        metric: { ...nullable(string), description: 'What is measured, as worded in the policy.' },
        value: { ...nullable({ type: 'number' }), description: 'The figure, for every comparator but `range`.' },
        min: { ...nullable({ type: 'number' }), description: 'Lower bound of a range.' },
        max: { ...nullable({ type: 'number' }), description: 'Upper bound of a range.' },
        unit: { ...nullable(string), description: 'The unit as written, NFKC ("％" → "%"); null for a bare number.' },
        comparator: {
          enum: ['eq', 'gte', 'gt', 'lte', 'lt', 'approx', 'range'],
          description: 'How the figure bounds the quantity: equal, at least, more than, at most, less than, about, or between min and max.',
        },
        kind: {
          enum: ['level', 'growth', 'share', 'count', 'change'],
          description: 'What the target measures, as far as its wording tells: a level, a growth rate, a share, a count or a change.',
        },
        deadline: { ...nullable(year), description: 'The year by which the target is due, as a string.' },
        inclusive: { ...nullable({ type: 'boolean' }), description: 'Whether the bound includes its figure ("（含）"); null when the text is silent.' },
        aggregation: {
          ...nullable({ enum: ['annual-average', 'cumulative', 'per-year'] }),
          description: 'How the figure accumulates over time (an annual average, a cumulative total, each year); null when it does not say.',
        },
        baseline: { ...nullable(year), description: 'The year of a baseline the text gives ("比2015年提高…" → "2015").' },
        recurring: { type: 'boolean', description: 'Whether the target repeats every period ("每年精选3个").' },
        partOf: { ...nullable(string), description: 'Id of the total this target is a part of ("其中人工种植85万亩").' },
        position: { ...span, description: 'Where the quantity is written.' },
      },
    },
  },
} as const;
