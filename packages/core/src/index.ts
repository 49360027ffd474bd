export { compile, type CompileOptions, type CompileResult } from './compile.js';
export {
  docxToText, htmlToText, INPUT_EXTENSIONS, INPUT_KINDS, readPolicy, readPolicyBytes, tryReadPolicy, UnsupportedInputError, type BytesOptions, type InputKind, type ReadOptions, type ReadResult,
} from './read.js';
export {
  mergeRegistry, type MergeBaseline, type MergeOptions, type MergeResult, type MergeTaskRef, type PlacedEdit, type TaskEdit, type UnplacedEdit,
} from './merge.js';
export { decodeText, encodingName, type DecodeOptions, type DecodeResult, type EncodingSource } from './decode.js';
