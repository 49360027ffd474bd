/**
 * Labels found from their colons (find.ts) are the labels a scan of every position by the label
 * pattern finds: the same starts and ends, on made-up clauses and on random text over the label's
 * own characters (role words, kind words, blanks, colons and the words around them).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LABEL_AT_RE } from '../src/units/clause.js';
import { labelsIn } from '../src/units/find.js';

const scanned = (text: string) => {
  const re = new RegExp(LABEL_AT_RE.source, 'g');
  return [...text.matchAll(re)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
};
const found = (text: string) => [...labelsIn(text)];

describe('labels found from their colons', () => {
  it('finds each label of a clause where a scan finds it', () => {
    const text = '加强组织领导。牵头单位：市发展改革委；配合 部门：市财政局、市科技局。主要协作单位: 各区政府。适用范围：全市。';
    expect(found(text)).toEqual(scanned(text));
    expect(found(text).map((l) => text.slice(l.start, l.end))).toEqual(['牵头单位：', '配合 部门：', '主要协作单位:']);
  });

  it('agrees with the scan on random text over the label\'s characters', () => {
    const pieces = ['牵头', '配合', '负责', '责任', '主要', '其他', '单位', '部门', '：', ':', ' ', '\u3000', '市', '局', '，', '。', '实施', '协同'];
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
      const text = parts.join('');
      expect(found(text)).toEqual(scanned(text));
    }), { seed: 18, numRuns: 2000 });
  });
});
