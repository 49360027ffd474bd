import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';

describe('@policyc/check public API', () => {
  it('exports exactly these names', () => {
    expect(Object.keys(api).sort()).toEqual([
      'REGISTRY_FILE_NAMES', 'RULES', 'attachSources', 'check', 'checkFiles', 'formatHuman', 'formatJson', 'formatSarif', 'loadInputs',
      'readRegistryFile', 'registryFolders', 'sourceFormatOf',
    ]);
  });

  it('refuses an unknown rule id (a mistake in the calling code)', () => {
    expect(() => api.checkFiles([], { rules: ['no-such-rule'] })).toThrow(TypeError);
  });
});
