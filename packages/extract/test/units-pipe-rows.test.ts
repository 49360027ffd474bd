/**
 * A table set a row a line with pipes between its cells, whose rows carry no number (probe 50: a
 * township's 专项整治安排表): each row under a header with a unit column is a clause of the section
 * the table stands in, its unit cells read by their headers, names parted by 、 or by spaces.
 * Made-up rows, with near misses.
 */
import { describe, expect, it } from 'vitest';
import { compile } from 'policyc';

const roles = (text: string) =>
  compile(text).registry.tasks.map((t) => ({ path: t.path, form: t.form, lead: t.lead, assist: t.assist, responsible: t.responsible }));

describe('an unnumbered table a row a line', () => {
  it('makes each row a clause of its section, with the units of its unit columns', () => {
    const text = [
      '某镇2024年度安全生产专项整治工作计划',
      '一、专项整治安排表',
      '整治行业名称 | 时间安排 | 牵头单位 | 配合单位 |',
      '烟花爆竹 | 1月份 | 镇安监站 | 镇派出所 镇市场监管所 |',
      '电力设施 | 3月份 | 镇电管所 | |',
      '二、工作要求',
      '各有关单位要按照时间安排开展整治。',
    ].join('\n');
    expect(roles(text)).toEqual([
      { path: '1', form: 'table', lead: ['镇安监站'], assist: ['镇派出所', '镇市场监管所'], responsible: [] },
      { path: '1', form: 'table', lead: ['镇电管所'], assist: [], responsible: [] },
    ]);
  });

  it('near miss: a pipe table with no unit column holds no clause', () => {
    const text = ['某镇2024年度工作安排', '一、时间安排', '行业名称 | 时间安排 | 备注 |', '烟花爆竹 | 1月份 | 镇安监站 |'].join('\n');
    expect(roles(text).filter((t) => t.form === 'table')).toEqual([]);
  });

  it('near miss: the table ends at a line that is no row of its width', () => {
    const text = [
      '某镇2024年度安全生产专项整治工作计划',
      '一、专项整治安排表',
      '整治行业名称 | 时间安排 | 责任单位 |',
      '烟花爆竹 | 1月份 | 镇安监站 |',
      '注：另有 | 说明 | 见 | 附件 | 镇财政所 |',
    ].join('\n');
    expect(roles(text).map((t) => t.responsible.length + t.lead.length)).toEqual([1]);
  });
});
