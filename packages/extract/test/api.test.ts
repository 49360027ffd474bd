import { describe, expect, it } from 'vitest';

describe('@policyc/extract public API', () => {
  it('exports exactly these runtime names', async () => {
    expect(Object.keys(await import('@policyc/extract')).sort()).toEqual([
      'extractRegistry', 'extractTargets', 'findClauses', 'findConvention', 'normalizeUnitName', 'readMeta', 'readOutline',
    ]);
  });
});
