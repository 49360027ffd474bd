import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePolicy, toSource } from '@policyc/parse';
import { corpusDocs, exampleDocs } from '../../../test/support/corpus.js';
import { expectValidTree } from '../../../test/support/tree-invariants.js';

describe('every fixture parses to a valid, lossless tree', () => {
  const docs = [...corpusDocs(), ...exampleDocs()];
  it('has fixtures to run on', () => expect(docs.length).toBeGreaterThan(1));
  for (const doc of docs) {
    it(doc.id, () => expectValidTree(parsePolicy(doc.text, { markdown: doc.markdown }).tree, doc.text));
  }
  it('keeps CRLF line endings, a BOM and full-width spaces', () => {
    const text = '\ufeff关于加强某项工作的通知\r\n各区人民政府：\r\n　　一、总体要求\r\n　　（一）指导思想。坚持……\r\n';
    expectValidTree(parsePolicy(text).tree, text);
  });
  it('keeps Markdown markup as markup leaves', () => {
    const text = '# 某市关于推进某项工作的若干意见\n\n**一、总体要求**\n\n**（一）指导思想**\n\n坚持……\n';
    const { tree } = parsePolicy(text, { markdown: true });
    expectValidTree(tree, text);
    const markup = JSON.stringify(tree).match(/"type":"markup","value":"[^"]*"/gu) ?? [];
    expect(markup).toEqual(['"type":"markup","value":"#"', ...Array(4).fill('"type":"markup","value":"**"')]);
  });
});

describe('never throws, always lossless', () => {
  const policyish = fc.array(
    fc.constantFrom('一、', '（一）', '（十一）', '1.', '1．', '2、', '（1）', '第一章', '第三条', '①', '1.1', '。', '，', '：', '\n', '\r\n', '　', ' ', '附件：', '国办发〔2016〕11号', '各省人民政府：', '关于', '的通知', '牵头', '负责单位：', '**', '# ', '- ', '文', '字', '9', '〔', '）'),
    { maxLength: 200 },
  ).map((parts) => parts.join(''));
  it('on arbitrary strings', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (s) => toSource(parsePolicy(s).tree) === s && toSource(parsePolicy(s, { markdown: true }).tree) === s));
  });
  it('on strings made of policy syntax', () => {
    fc.assert(fc.property(policyish, (s) => { expectValidTree(parsePolicy(s).tree, s); expectValidTree(parsePolicy(s, { markdown: true }).tree, s); }), { numRuns: 300 });
  });
  it('on a megabyte of one repeated marker character', () => {
    for (const unit of ['、', '9', '（一）', '一', '1.', '\n']) {
      const text = unit.repeat(Math.ceil(1_000_000 / unit.length));
      expect(toSource(parsePolicy(text).tree)).toBe(text);
    }
  });
});
