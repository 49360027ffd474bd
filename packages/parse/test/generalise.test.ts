/**
 * Layouts met in unseen documents, read by the general mechanisms rather than one pattern each:
 * a table whose cells single spaces part (its header letter-spaced), an attachment label with a
 * colon and its title on the next line, a heading closed by its own responsibility clause, and
 * a 发文字号 in traditional script or with 【】. Made-up excerpts in the style of real documents.
 */
import { parsePolicy, type HeaderField, type Section, type TableCell } from '@policyc/parse';
import { describe, expect, it } from 'vitest';
import { expectValidTree } from '../../../test/support/tree-invariants.js';
import { sections } from '../../../test/support/sections.js';

const parse = (text: string) => {
  const { tree } = parsePolicy(text);
  expectValidTree(tree, text);
  return { tree, sections: sections(tree) };
};
const outline = (text: string) => parse(text).sections.map((s) => `${s.path} ${s.marker} ${s.title}`);
const cells = (s: Section | undefined) => s?.row?.cells.map((c: TableCell) => [c.column, c.value]);
const header = (text: string) => {
  const out: Record<string, string> = {};
  for (const node of parse(text).tree.children) {
    if (node.type !== 'header') continue;
    for (const f of node.children) if (f.type !== 'whitespace' && f.type !== 'markup') out[(f as HeaderField).type] ??= (f as HeaderField).value;
  }
  return out;
};

describe('a table set one row a line, its cells parted by single spaces', () => {
  const text = [
    '某市人民政府办公室关于印发年度重点指标分工的通知',
    '各区人民政府：',
    '一、各部门要按照分工抓好落实。',
    '二、请于年底前报送完成情况。',
    '年度重点指标分工',
    '序号 重 点 指 标 牵头负责部门',
    '1 地区生产总值增长6%左右 市发展改革委',
    '2 新建 公办幼儿园20所 市教育局',
    '3 新增城镇就业5万人以上 市人力资源社会保障局',
    '',
  ].join('\n');

  it('reads the letter-spaced header and numbers each row under the heading before it', () => {
    expect(outline(text).slice(2)).toEqual([
      '2.1 1 地区生产总值增长6%左右',
      '2.2 2 新建 公办幼儿园20所',
      '2.3 3 新增城镇就业5万人以上',
    ]);
  });

  it('splits a row to the header\'s columns: a space inside the name cell stays in it', () => {
    const row = parse(text).sections.find((s) => s.path === '2.2');
    expect(cells(row)).toEqual([['序号', '2'], ['重点指标', '新建 公办幼儿园20所'], ['牵头负责部门', '市教育局']]);
  });

  it('takes a line of words that does not open with 序号 for no header', () => {
    expect(outline(text.replace('序号 重', '编号 重')).length).toBe(2);
  });
});

describe('an attachment label with a colon, its title on the next line', () => {
  const text = [
    '某县人民政府关于分解年度目标任务的通知',
    '各乡镇人民政府：',
    '  现将目标任务责任分解表印发给你们，请认真落实。',
    '  附件：某县年度目标任务责任分解表',
    '某县人民政府',
    '2023年3月1日',
    '  附件：',
    '  某县年度目标任务责任分解表',
    '牵头单位',
    '目 标 任 务',
    '',
  ].join('\n');

  it('is a heading after the signature; the list of attachments before it is not', () => {
    expect(outline(text)).toEqual(['1 附件 某县年度目标任务责任分解表']);
  });
});

describe('a plan a notice without a title of its own issues by name', () => {
  const notice = (titleLines: string[]) => [
    '某政办字〔2023〕5号',
    '各县（市、区）人民政府，市政府各部门：',
    '  《某市建设绿色低碳先行区2023年重点工作任务》已经市政府同意，现印发给你们，请认真抓好落实。',
    '某市人民政府办公室',
    '2023年1月19日',
    ...titleLines,
    '为推动先行区建设，制定2023年重点工作任务如下：',
    '一、实施创新驱动发展战略',
    '1.建设重点实验室。',
    '',
  ].join('\n');
  const plans = (text: string) => parsePolicy(text).tree.children.filter((node) => node.type === 'plan').map((node) => (node as { title: string }).title);

  it('is titled by the lines after the signature that spell the name, whatever word they end in', () => {
    expect(plans(notice(['某市建设绿色低碳先行区', '2023年重点工作任务']))).toEqual(['某市建设绿色低碳先行区2023年重点工作任务']);
  });

  it('is not read from lines that spell something else', () => {
    expect(plans(notice(['某市建设绿色低碳先行区', '2024年重点工作任务']))).toEqual([]);
  });
});

describe('a header copied from a page that broke its layout', () => {
  const notice = (lines: string[]) => [...lines, '  现将《某县某某应急预案》印发给你们，请认真遵照执行。', '一、总则', ''].join('\n');

  it('reads a 发文字号 that lost its brackets, and a title line set letter-spaced', () => {
    const fields = header(notice(['某政办发201652', '', '某县人民政府办公室', '关于印发《某县某某应急预案》的', '通    知', '', '各乡镇人民政府，县直有关单位：']));
    expect(fields).toMatchObject({ docNumber: '某政办发201652', title: '某县人民政府办公室关于印发《某县某某应急预案》的通知', addressees: '各乡镇人民政府，县直有关单位' });
  });

  it('keeps a space between the words of a title, and takes no run of digits for a 发文字号', () => {
    const fields = header(notice(['中共某县委办公室 某县人民政府办公室关于印发《某县某某应急预案》的通知', '', '各乡镇人民政府：']));
    expect(fields['title']).toBe('中共某县委办公室 某县人民政府办公室关于印发《某县某某应急预案》的通知');
    expect(header(notice(['某县人民政府关于印发《某县某某应急预案》的通知', '2016年数据20165', '各乡镇人民政府：']))['docNumber']).toBeUndefined();
  });

  it('keeps a title line that opens with 各 in the title', () => {
    const fields = header(notice(['某政发〔2023〕5号', '关于切实做好当前', '各项安全生产工作的通知', '各县（市、区）人民政府，市政府各部门：']));
    expect(fields).toMatchObject({ title: '关于切实做好当前各项安全生产工作的通知', addressees: '各县（市、区）人民政府，市政府各部门' });
  });

  it('reads a 主送机关 wrapped over two lines as one', () => {
    const fields = header(notice(['某市人民政府关于印发某市医疗救助办法的通知', '某政发〔2008〕65号', '各县、区人民政府，某某经济开发区、某', '  某工业园区，市各委、办、局：']));
    expect(fields).toMatchObject({ title: '某市人民政府关于印发某市医疗救助办法的通知', addressees: '各县、区人民政府，某某经济开发区、某某工业园区，市各委、办、局' });
  });
});

describe('a heading closed by its own responsibility clause', () => {
  it.each([
    ['a labelled clause', '一、乡村振兴工程（责任单位：县农业农村局、县财政局）\n（一）工作目标\n', '乡村振兴工程'],
    ['units and a role verb', '一、城乡供水工程（县水务局负责）\n（一）工作目标\n', '城乡供水工程'],
    ['traditional script', '一、就業扶持工程(責任單位:縣人力資源社會保障局)\n(一)工作目標\n', '就業扶持工程'],
    ['a bracket that is part of the name', '一、重点项目（2023年）\n（一）工作目标\n', '重点项目（2023年）'],
  ])('%s', (_, text, title) => {
    expect(parse(text).sections[0]?.title).toBe(title);
  });
});

describe('a 发文字号 in traditional script or with 【】', () => {
  it('is read on its own line above the title, and the title is not glued to it', () => {
    const h = header('某府〔2022〕12號\n某市人民政府關于促進就業的實施意見\n各鎮人民政府：\n一、總體要求\n');
    expect(h.docNumber).toBe('某府〔2022〕12號');
    expect(h.title).toBe('某市人民政府關于促進就業的實施意見');
  });

  it('takes 【】 around the year', () => {
    expect(header('某市人民政府关于某工作的通知\n某政办【2019】7号\n各区人民政府：\n一、总体要求\n').docNumber).toBe('某政办【2019】7号');
  });
});
