/**
 * What `trace` and `diff` return. `schema.ts` describes the same shapes as JSON Schema;
 * `test/schema.test.ts` validates real results against it.
 */
import type { Comparator, Role } from '@policyc/model';

/** Which document a side is. */
export interface DocumentRef {
  title: string | null;
  docNumber: string | null;
  /** The path of the policy file the registry was compiled from, when known. */
  source: string | null;
}

/** A task as results name it. */
export interface TaskRef {
  id: string;
  path: string;
  title: string;
}

/** A unit of one side matched with a unit of the other by the key they share ("发展改革"). */
export interface UnitMatch {
  /** The unit as the first side names it (national in a trace, old in a diff). */
  a: string;
  /** The unit as the second side names it. */
  b: string;
  key: string;
}

/** Why two tasks were matched. */
export interface MatchEvidence {
  /** The heaviest character bigrams both tasks hold, titles' first. */
  grams: string[];
  /** Units both tasks name, matched across levels. */
  units: UnitMatch[];
}

/** How alike two tasks are: the parts and their weighted mean (see README, "The measure"). */
export interface Scores {
  score: number;
  title: number;
  text: number;
  /** Null when either task names no particular unit. */
  units: number | null;
}

/** A provincial task that implements a national one. */
export interface Implementation extends Scores {
  task: TaskRef;
  evidence: MatchEvidence;
  /** Both tasks' deadlines as written, when either states one. */
  deadlines: { national: string | null; provincial: string | null } | null;
}

export interface NationalTaskTrace {
  task: TaskRef;
  /** Best first; empty when the provincial policy takes the task up nowhere. */
  implementedBy: Implementation[];
}

/** A provincial task with no national source, and the closest national task it was compared with. */
export interface LocalAddition {
  task: TaskRef;
  nearest: (Scores & { task: TaskRef }) | null;
}

/** A target as results show it. */
export interface TargetRef {
  id: string;
  path: string;
  text: string;
  metric: string | null;
  comparator: Comparator;
  value: number | null;
  min: number | null;
  max: number | null;
  unit: string | null;
  deadline: string | null;
}

/** How the provincial figure stands to the national one. */
export type TargetVerdict = 'stricter' | 'looser' | 'equal' | 'not-comparable';
/** How the provincial deadline stands to the national one (earlier is stricter). */
export type DeadlineVerdict = 'earlier' | 'later' | 'same' | 'unknown';

export interface TargetComparison {
  national: TargetRef;
  provincial: TargetRef;
  /** Similarity of the metrics (bigram Dice). */
  score: number;
  /** How the targets were paired: similar metrics, or the only targets of their kind and unit on both sides. */
  pairedBy: 'metric' | 'kind-and-unit';
  verdict: TargetVerdict;
  /** The two figures in words ("12% against more than 10%"), and why when not comparable. */
  reason: string;
  deadline: DeadlineVerdict;
}

export interface TraceSummary {
  nationalTasks: number;
  /** National tasks with at least one provincial implementation. */
  covered: number;
  provincialTasks: number;
  localAdditions: number;
  targetPairs: number;
}

export interface TraceResult {
  kind: 'trace';
  provincial: DocumentRef;
  national: DocumentRef;
  /** The threshold a pair's score must reach to count as an implementation. */
  threshold: number;
  tasks: NationalTaskTrace[];
  /** National tasks no provincial task implements (the same tasks as `tasks` with none). */
  notTakenUp: TaskRef[];
  localAdditions: LocalAddition[];
  targets: TargetComparison[];
  summary: TraceSummary;
}

export interface TraceOptions {
  /** Score a pair must reach to count (0–1); default 0.2. */
  threshold?: number;
}

/** A change between two versions of a policy. `old`/`new` name the task or target on each side. */
export type Change =
  | { kind: 'task-added'; new: TaskRef }
  | { kind: 'task-removed'; old: TaskRef }
  /** The task sits in another part of the policy, or its order among the others changed. */
  | { kind: 'task-moved'; old: TaskRef; new: TaskRef }
  | { kind: 'task-retitled'; old: TaskRef; new: TaskRef }
  /** The task's text changed beyond its heading marker; `similarity` is its bigram Dice. */
  | { kind: 'task-reworded'; old: TaskRef; new: TaskRef; similarity: number }
  /** A unit's role in a task: null for no role (the unit was added or removed). */
  | { kind: 'unit-role'; old: TaskRef; new: TaskRef; unit: string; from: Role | null; to: Role | null }
  | { kind: 'task-deadline'; old: TaskRef; new: TaskRef; from: string | null; to: string | null }
  | { kind: 'target-added'; new: TargetRef }
  | { kind: 'target-removed'; old: TargetRef }
  | { kind: 'target-changed'; old: TargetRef; new: TargetRef; fields: TargetFieldChange[] };

export interface TargetFieldChange {
  field: 'value' | 'min' | 'max' | 'comparator' | 'unit' | 'deadline';
  from: string | number | null;
  to: string | number | null;
}

export type ChangeKind = Change['kind'];

export interface DiffResult {
  kind: 'diff';
  old: DocumentRef;
  new: DocumentRef;
  /** Whether anything changed: the CLI's exit code. Renumbering alone is no change. */
  changed: boolean;
  changes: Change[];
  /** Tasks that kept their place among the others but whose number shifted. */
  renumbered: { old: TaskRef; new: TaskRef }[];
  /** Tasks found in both versions, and how many changes of each kind. */
  summary: { matched: number; counts: Record<ChangeKind, number> };
}

export interface DiffOptions {
  /** Score a pair of tasks must reach to be the same task in both versions; default 0.3. */
  threshold?: number;
}
