export { check, checkFiles } from './check.js';
export { sourceFormatOf } from './coerce.js';
export { loadInputs, REGISTRY_FILE_NAMES, type LoadOptions, type LoadResult } from './files/load.js';
export { attachSources, type AttachOptions } from './files/source.js';
export { readRegistryFile } from './files/read.js';
export { registryFolders } from './files/walk.js';
export { RULES } from './rules/index.js';
export { formatHuman, type HumanOptions } from './report/human.js';
export { formatJson } from './report/json.js';
export { formatSarif } from './report/sarif.js';
export type {
  CheckFile, CheckInput, CheckMessage, DeferredFile, CheckOptions, CheckResult, LoosePoint, ParseSource, Place, PolicySource, ReadSource, RelatedPlace, Report,
  RuleContext, RuleDefinition, RuleExample, Severity, SourceMessage,
} from './types.js';
export type { RegistryFile, RegistryFileKind, SyntaxProblem } from './files/registry-file.js';
