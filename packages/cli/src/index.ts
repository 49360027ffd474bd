export { run, USAGE, type Io } from './run.js';
export { main } from './bin.js';
export { writeOutputs } from './outputs.js';
