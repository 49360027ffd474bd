export { trace, TRACE_THRESHOLD } from './trace.js';
export { diff, CHANGE_KINDS, DIFF_THRESHOLD } from './diff.js';
export { formatDiff, formatJson, formatTrace, type FormatOptions } from './format.js';
export { diffSchema, DIFF_SCHEMA_ID, traceSchema, TRACE_SCHEMA_ID } from './schema.js';
export { unitKey } from './units.js';
export { compareFigures } from './targets.js';
export type {
  Change, ChangeKind, DeadlineVerdict, DiffOptions, DiffResult, DocumentRef, Implementation, LocalAddition, MatchEvidence, NationalTaskTrace, Scores,
  TargetComparison, TargetFieldChange, TargetRef, TargetVerdict, TaskRef, TraceOptions, TraceResult, TraceSummary, UnitMatch,
} from './types.js';
