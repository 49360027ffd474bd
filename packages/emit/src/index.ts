export { canonicalRegistry } from './canonical.js';
export {
  DOCUMENT_FILES, emitAll, emitChunks, isOutputFormat, isTextFormat, orderFormats, OUTPUT_FILES, OUTPUT_FORMATS, outputFile, TEXT_FORMATS,
  type DocumentFormat, type OutputFormat, type TextFormat,
} from './emit-all.js';
export { emitJson } from './json.js';
export { emitSchema, narrowSchema } from './narrow-schema.js';
export type { ListItem } from './ts/literal.js';
export { emitTypeScript, typeScriptPieces } from './ts/emit.js';
export { emitYaml } from './yaml.js';
