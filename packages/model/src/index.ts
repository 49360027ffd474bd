export type {
  Aggregation, Comparator, DocumentMeta, Evidence, Point, Registry, Role, Section, Span, Target, TargetKind, Task, TaskDeadline, TaskForm, Unit,
} from './types.js';
export { SCHEMA_ID, SCHEMA_VERSION, registrySchema } from './schema.js';
export { compileSchema, createAjv, isRegistry, toSchemaErrors, validateRegistry, type SchemaError } from './validate.js';
