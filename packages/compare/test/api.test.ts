import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';

describe('@policyc/compare public API', () => {
  it('exports exactly these names', () => {
    expect(Object.keys(api).sort()).toEqual([
      'CHANGE_KINDS', 'DIFF_SCHEMA_ID', 'DIFF_THRESHOLD', 'TRACE_SCHEMA_ID', 'TRACE_THRESHOLD', 'compareFigures', 'diff', 'diffSchema',
      'formatDiff', 'formatJson', 'formatTrace', 'traceSchema', 'trace', 'unitKey',
    ].sort());
  });
});
