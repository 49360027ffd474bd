export type {
  Aggregation, Comparator, DocumentMeta, Evidence, ExtraValue, Point, Registry, Role, Section, SourceFile, SourceFormat, Span, Target, TargetKind, Task, TaskDeadline, TaskExtra, TaskForm, Unit,
} from './types.js';
export { SCHEMA_ID, SCHEMA_VERSION, registrySchema } from './schema.js';
export { compileSchema, createAjv, isRegistry, toSchemaErrors, validateRegistry, type SchemaError } from './validate.js';
