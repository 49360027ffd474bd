/**
 * A clause on a line of its own after the last sub-item of an item closes the item, not the last
 * sub-item; when the sub-items each close with their own clause line, the last one keeps its own.
 * Made-up 责任分解 excerpts.
 */
import { parsePolicy } from '@policyc/parse';
import { describe, expect, it } from 'vitest';
import { readOutline } from '../src/outline.js';

const closings = (text: string) => {
  const outline = readOutline(parsePolicy(text).tree, text);
  return outline.entries.map((e) => [e.record.path, e.closing === null ? null : text.slice(e.closing.start, e.closing.end), text.slice(e.ownStart, e.ownEnd).trim()]);
};

describe('a clause line closing an item with sub-items', () => {
  it('goes to the item, out of its last sub-item\'s own text', () => {
    const text = '一、体制建设\n1.完善预案体系\n（1）加强预案管理，规范编制工作。\n（2）推进预案精简，及时修订完善。\n（责任单位：市直各有关单位、各县（市、区）人民政府）\n2.健全运行机制\n（1）建立会商制度。\n';
    const rows = closings(text);
    expect(rows.find(([p]) => p === '1.1')?.[1]).toBe('（责任单位：市直各有关单位、各县（市、区）人民政府）');
    expect(rows.find(([p]) => p === '1.1.2')?.[2]).toBe('（2）推进预案精简，及时修订完善。');
  });

  it('stays with the last sub-item when every sub-item closes with its own clause line', () => {
    const text = '一、体制建设\n1.完善预案体系\n（1）加强预案管理。\n（责任单位：市应急局）\n（2）推进预案精简。\n（责任单位：市司法局）\n';
    const rows = closings(text);
    expect(rows.every(([, closing]) => closing === null)).toBe(true);
    expect(rows.find(([p]) => p === '1.1.2')?.[2]).toContain('（责任单位：市司法局）');
  });

  it('is no closing when the clause ends the sub-item\'s own sentence on its line', () => {
    const text = '一、体制建设\n1.完善预案体系\n（1）加强预案管理。\n（2）推进预案精简。（责任单位：市司法局）\n';
    expect(closings(text).every(([, closing]) => closing === null)).toBe(true);
  });
});
