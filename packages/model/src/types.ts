/**
 * The registry model: what `policyc` extracts from one policy document.
 *
 * These interfaces and the JSON Schema in `schema.ts` describe the same model;
 * `test/schema-types.test.ts` keeps them equal property by property.
 */

/** A place in the policy source: 1-based line and column, 0-based UTF-16 offset (unist). */
export interface Point {
  line: number;
  column: number;
  offset: number;
}

/** A span of the policy source (unist `Position`). */
export interface Span {
  start: Point;
  end: Point;
}

/** The roles a unit can play in a task (see the gold format). */
export type Role = 'lead' | 'assist' | 'responsible';

export type Comparator = 'eq' | 'gte' | 'gt' | 'lte' | 'lt' | 'approx' | 'range';

/** What a target measures, as far as its wording tells. */
export type TargetKind = 'level' | 'growth' | 'share' | 'count' | 'change';

/** How a figure accumulates over time. */
export type Aggregation = 'annual-average' | 'cumulative' | 'per-year';

/**
 * Where a task's units were read (see the gold format): a responsibility clause, a row of a
 * task-division table, or a sentence of running text whose subject is the unit.
 */
export type TaskForm = 'clause' | 'table' | 'prose';

/** The text a task's units were read from, so a reviewer can see why a unit got its role. */
export interface Evidence {
  /** The clause, table row or sentence as written. */
  text: string;
  position: Span;
}

/** When a task is due, as the policy states it: a table's deadline column, a clause's closing note. */
export interface TaskDeadline {
  /** As written ("2020年底前", "长期", "持续推进"). */
  text: string;
  /** The year it falls in ("2020"), when the text names one; null for "长期", "持续推进". */
  year: string | null;
  position: Span;
}

export interface Registry {
  /** The schema this registry follows (the JSON file's `$schema`). */
  $schema?: string;
  /** Version of the registry model, `major.minor.patch`. */
  schemaVersion: string;
  document: DocumentMeta;
  /** Every numbered heading, flat, in document order. */
  sections: Section[];
  /** Every task: a heading that carries a responsibility clause, or a leaf of a task section. */
  tasks: Task[];
  /** Distinct units named by responsibility clauses. */
  units: Unit[];
  /** Quantitative goals the policy commits to. */
  targets: Target[];
}

export interface DocumentMeta {
  /** The policy's own title, joined if it wraps over lines; null if the text has none. */
  title: string | null;
  /** 发文字号 of this document (not of documents it cites). */
  docNumber: string | null;
  /** 主送机关, split at the top-level "，". */
  addressees: string[];
  /** The signing organ (落款), when the text has one. */
  issuer: string | null;
  /** The signing date as an ISO date (YYYY-MM-DD), when the text has one. */
  date: string | null;
  /** Title of the plan a notice wraps ("关于印发…方案的通知" + the plan), when there is one. */
  planTitle: string | null;
  /** The file the document was read from; null when it was compiled from a string. */
  source: SourceFile | null;
  /** Where the document states who leads ("列第一位者为牵头单位"), the sentence. */
  convention: string | null;
}

/** The formats a policy is read from: plain text, Markdown, an HTML page, a Word document. */
export type SourceFormat = 'txt' | 'md' | 'html' | 'docx';

/**
 * The policy file a registry was compiled from, so that `policyc check` can find it again and
 * tell whether it changed since.
 */
export interface SourceFile {
  /** The file's path relative to the folder the registry is written in, `/`-separated ("../policy.txt"). */
  path: string;
  /** SHA-256 of the file's bytes as read, in lowercase hex; null when the bytes were not at hand. */
  sha256: string | null;
  /** The encoding the text was decoded from (WHATWG name: "utf-8", "gb18030", "utf-16le" …); null for a Word document or a string. */
  encoding: string | null;
  /** The format the text was read from. */
  format: SourceFormat;
}

export interface Section {
  /** Stable id: `sec-` + path. */
  id: string;
  /** 1-based ordinals down the heading tree joined by "." ("3.1"). */
  path: string;
  /** Nesting depth, 1 for a top heading. */
  depth: number;
  /** The marker as written ("（一）", "1．", "第三章"). */
  marker: string;
  /** The number the marker carries (（十一） → 11). */
  ordinal: number;
  title: string;
  /** Path of the enclosing section, null at the top. */
  parent: string | null;
  position: Span;
}

export interface Task {
  /** Stable id: `task-` + path. */
  id: string;
  /** Path of the section the task is in; "" for a duty in the text before the first heading. */
  path: string;
  title: string;
  /** The task's full text as written, its heading included. */
  text: string;
  /** Unit ids that lead the task. */
  lead: string[];
  /** Unit ids that assist. */
  assist: string[];
  /** Unit ids that share the task with no distinguished lead. */
  responsible: string[];
  /** The responsibility clauses as written, in order. */
  clauses: string[];
  /** Where the units were read; null for a task with no units (a leaf of a task section). */
  form: TaskForm | null;
  /** The clause, row or sentence the units were read from; null when `form` is null. */
  evidence: Evidence | null;
  /** When the task is due, as the policy states it for this task (a table's deadline column, a clause's closing note); null when it states none. */
  deadline: TaskDeadline | null;
  position: Span;
  /**
   * Fields a team adds to the task by hand (状态, 进度, 备注, 督办人 …), by name; policyc never
   * writes them, and carries them over when it regenerates or merges a registry.
   */
  extra?: TaskExtra;
}

/** A field a team adds to a task: one cell of their table, or a list of them. */
export type ExtraValue = string | number | boolean | null | (string | number | boolean | null)[];

/** A task's hand-added fields, by name. */
export type TaskExtra = Record<string, ExtraValue>;

export interface Unit {
  /** Stable id: the unit's name, NFKC-normalised. */
  id: string;
  name: string;
  /** Every place the unit is named in a responsibility clause. */
  occurrences: Span[];
  /** Task ids the unit leads. */
  leads: string[];
  /** Task ids the unit assists. */
  assists: string[];
  /** Task ids the unit shares. */
  shares: string[];
}

export interface Target {
  /** Stable id: `target-` + path + "-" + its ordinal in the section. */
  id: string;
  /** Path of the section whose text holds the target ("" before the first heading). */
  path: string;
  /** The quantity as written ("175亿元", "85％以上"). */
  text: string;
  /** What is measured, as worded in the policy. */
  metric: string | null;
  /** The figure, for every comparator but `range`. */
  value: number | null;
  /** Lower bound of a range. */
  min: number | null;
  /** Upper bound of a range. */
  max: number | null;
  /** The unit as written, NFKC ("％" → "%"); null for a bare number. */
  unit: string | null;
  comparator: Comparator;
  kind: TargetKind;
  /** The year by which the target is due, as a string. */
  deadline: string | null;
  /** Whether the bound includes its figure ("（含）"); null when the text is silent. */
  inclusive: boolean | null;
  aggregation: Aggregation | null;
  /** A baseline the text gives ("比2015年提高…" → "2015"). */
  baseline: string | null;
  /** The target repeats every period ("每年精选3个"). */
  recurring: boolean;
  /** Id of the total this target is a part of ("其中人工种植85万亩"). */
  partOf: string | null;
  position: Span;
}
