export { canonicalRegistry } from './canonical.js';
export { emitAll, isOutputFormat, OUTPUT_FILES, OUTPUT_FORMATS, type OutputFormat } from './emit-all.js';
export { emitJson } from './json.js';
export { emitSchema, narrowSchema } from './narrow-schema.js';
export { emitTypeScript } from './ts/emit.js';
export { emitYaml } from './yaml.js';
