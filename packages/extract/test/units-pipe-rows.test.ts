/**
 * A table set a row a line with pipes between its cells, whose rows carry no number (probe 50: a
 * township's 专项整治安排表): each row under a header with a unit column is a clause of the section
 * the table stands in, its unit cells read by their headers, names parted by 、 or by spaces. And
 * clauses in a document with no headings at all (probe 48). Made-up rows, with near misses.
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

  it('near miss: a place alone before a space is the first part of its department\'s name', () => {
    const text = ['某县2024年重点工作安排', '一、任务分工', '工作任务 | 责任单位 |', '建设污水处理厂 | 某某县 住房和城乡建设局 |'].join('\n');
    expect(roles(text).map((t) => t.lead)).toEqual([['某某县住房和城乡建设局']]);
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
      // Its unit column's cell holds a unit: only the row's width ends the table.
      '注：另有 | 说明 | 镇财政所 | 见 | 附件 |',
    ].join('\n');
    expect(roles(text).map((t) => t.responsible.length + t.lead.length)).toEqual([1]);
  });
});

describe('a document with no headings', () => {
  it('reads the clauses that close its paragraphs, at the path ""', () => {
    const text = [
      '日前，某县人民政府出台关于提振消费的若干措施。',
      '投入600万元举办系列促销活动，面向全县发放各类电子消费券。（责任单位：县商务局、县农业农村局）',
      '加快项目建设，强化要素保障。（县发展改革委牵头，县自然资源局配合）',
    ].join('\n');
    expect(roles(text)).toEqual([
      { path: '', form: 'clause', lead: [], assist: [], responsible: ['县商务局', '县农业农村局'] },
      { path: '', form: 'clause', lead: ['县发展改革委'], assist: ['县自然资源局'], responsible: [] },
    ]);
    // Each task is the text from the clause before it to its own clause, as in a section.
    expect(compile(text).registry.tasks.map((t) => t.text.slice(0, 8))).toEqual(['日前，某县人民政', '加快项目建设，强']);
  });

  it('near miss: a bracketed short name or a note in its text is no clause', () => {
    expect(roles('某县关于印发《某县促进消费若干措施》（以下简称《措施》）的说明\n《措施》共五大类二十条（详见附件）。')).toEqual([]);
  });
});
