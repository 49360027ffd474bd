import { describe, expect, it } from 'vitest';

describe('policyc public API', () => {
  it('exports exactly these runtime names', async () => {
    expect(Object.keys(await import('policyc')).sort()).toEqual([
      'INPUT_EXTENSIONS', 'INPUT_KINDS', 'UnsupportedInputError', 'compile', 'decodeText', 'docxToText', 'encodingName', 'htmlToText', 'mergeRegistry', 'readPolicy', 'readPolicyBytes', 'tryReadPolicy',
    ]);
  });

  it('compile turns a policy text into a registry in one call', async () => {
    const { compile } = await import('policyc');
    const { registry } = compile('某市关于某工作的通知\n各区人民政府：\n一、总体要求\n（一）指导思想。\n');
    expect(registry.document.title).toBe('某市关于某工作的通知');
    expect(registry.sections.map((s) => s.path)).toEqual(['1', '1.1']);
  });
});
