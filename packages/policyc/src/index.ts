export { compile, type CompileOptions, type CompileResult } from './compile.js';
export { docxToText, htmlToText, INPUT_EXTENSIONS, readPolicy, tryReadPolicy, UnsupportedInputError, type ReadOptions, type ReadResult } from './read.js';
export { decodeText, encodingName, type DecodeOptions, type DecodeResult, type EncodingSource } from './decode.js';
export type { Registry } from '@policyc/model';
