export { run, USAGE, type Io } from './run.js';
export { main } from './bin.js';
export { writeOutputs, type WriteOptions, type WriteOutcome } from './outputs.js';
