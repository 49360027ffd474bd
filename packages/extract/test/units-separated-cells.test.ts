/**
 * Units of a task table flattened one cell a line, each cell ending with the page's column
 * separator "|": the unit column is read by its header (form "table"); a column of persons
 * (分管领导, 责任领导) is none; a convention stated in a unit cell's closing note holds for the
 * rows; a traditional-script header names the same column as its simplified form. Made-up rows.
 */
import { describe, expect, it } from 'vitest';
import { compile } from 'policyc';

const roles = (text: string) =>
  compile(text).registry.tasks.map((t) => ({ path: t.path, form: t.form, lead: t.lead, assist: t.assist, responsible: t.responsible }));

describe('a separated cell-a-line table with a column of persons', () => {
  const text = [
    '某镇2024年重点工作责任清单',
    '序号 |', '重点工作 |', '责任领导 |', '责任单位 |', '完成时限 |',
    '1 |', '完成通组道路硬化12公里 |', '李四副镇长 |', '镇农业服务中心、镇财政所 |', '10月底前 |',
    '2 |', '推进集镇污水管网改造 |', '王五 |', '镇规划建设办 |', '全年 |',
  ].join('\n');

  it('reads the unit column by row, and no person as a unit', () => {
    expect(roles(text)).toEqual([
      { path: '1', form: 'table', lead: [], assist: [], responsible: ['镇农业服务中心', '镇财政所'] },
      { path: '2', form: 'table', lead: ['镇规划建设办'], assist: [], responsible: [] },
    ]);
  });
});

describe('a traditional-script table whose first unit cell states the convention', () => {
  const text = [
    '某縣人民政府辦公室關於印發農村飲水安全工作重點任務分工的通知',
    '各鄉鎮人民政府，縣政府各有關部門：',
    '現將重點任務分工印發給你們，請認真貫徹執行。',
    '序號 |', '工作任務 |', '負責單位 |', '時間進度 |',
    '1 |', '鞏固提升農村供水保障水平 |', '縣水務局、縣財政局、縣衛生健康局,各鄉鎮人民政府(縣政府部門中列在首位的為牽頭部門,有關部門按職責分工負責,下同) |', '2025年6月底前 |',
    '2 |', '健全農村供水工程管護機制 |', '縣水務局、縣發展改革局 |', '2025年底前 |',
  ].join('\n');

  it('the first-listed unit leads in every row, the note no unit', () => {
    expect(roles(text)).toEqual([
      { path: '1', form: 'table', lead: ['縣水務局'], assist: ['縣財政局', '縣衛生健康局', '各鄉鎮人民政府'], responsible: [] },
      { path: '2', form: 'table', lead: ['縣水務局'], assist: ['縣發展改革局'], responsible: [] },
    ]);
  });
});

describe('a row-a-line table set with pipes, names in a cell parted by spaces, and a column of progress', () => {
  const text = [
    '一、民生实事任务分解表',
    '序号 | 具体工作任务和要求 | 责任领导 | 责任单位 | 落实情况 |',
    '1 | 新建幼儿园3所，增加学前教育学位1200个。 | 张某 | 县教育局 各相关乡镇政府 | 已建成2所，新增学位800个。 |',
    '2 | 改造农村公路50公里。 | 李某 | 县交通运输局 | 完成改造30公里。 |',
    '3 | 推进省发展 改革委牵头的试点工作。 | 王某 | 省发展 改革委 | 正在推进。 |',
  ].join('\n');

  it('reads each name of a spaced cell, and a name a space cuts in two as one', () => {
    expect(roles(text)).toEqual([
      { path: '1.1', form: 'table', lead: [], assist: [], responsible: ['县教育局', '各相关乡镇政府'] },
      { path: '1.2', form: 'table', lead: ['县交通运输局'], assist: [], responsible: [] },
      { path: '1.3', form: 'table', lead: ['省发展改革委'], assist: [], responsible: [] },
    ]);
  });

  it('takes the goals of the task cell, not the figures of what was done', () => {
    const targets = compile(text).registry.targets.map((t) => `${t.path} ${t.text}`);
    expect(targets).toEqual(['1.1 3所', '1.1 1200个', '1.2 50公里']);
  });
});

describe('a schedule column is no report of work done', () => {
  it('keeps the goals of a 实施进度 cell, due in its years', () => {
    const text = ['一、重点任务', '序号\t工作任务\t牵头单位\t实施进度', '1\t改造农村公路。\t县交通局\t2024年完成30公里，2025年完成50公里'].join('\n');
    expect(compile(text).registry.targets.map((t) => `${t.text} ${t.deadline}`)).toEqual(['30公里 2024', '50公里 2025']);
  });
});

describe('a table with no 序号 column whose units are a bureau\'s offices (责任科室)', () => {
  it('one row a line, numbered in its task cell: each row\'s offices by its 责任科室 cell', () => {
    const text = [
      '某县农业农村局2024年工作任务分解',
      '工作任务 | 具体措施 | 责任科室 |',
      '一、抓好粮食生产。 | 1.落实粮食播种面积。 | 种植业科 |',
      '2.推进高标准农田建设。 | 农田建设科牵头,计划财务科配合 | |',
      '二、推进乡村建设。 | 3.开展人居环境整治。 | 各科室 |',
    ].join('\n');
    expect(roles(text)).toEqual([
      { path: '1.1', form: 'table', lead: ['种植业科'], assist: [], responsible: [] },
      { path: '1.2', form: 'table', lead: ['农田建设科'], assist: ['计划财务科'], responsible: [] },
      { path: '2.1', form: 'table', lead: ['各科室'], assist: [], responsible: [] },
    ]);
  });

  it('one cell a line, the number column unnamed', () => {
    const text = [
      '工作任务', '|', '具体要求', '|', '责任科室', '|', '完成时限', '|',
      '规范公开文件', '|',
      '1', '|', '全面清理规范性文件。', '|', '办公室', '|', '年底前', '|',
      '2', '|', '及时公布文件目录。', '|', '法规科、办公室', '|', '持续推进', '|',
    ].join('\n');
    expect(roles(text)).toEqual([
      { path: '1', form: 'table', lead: ['办公室'], assist: [], responsible: [] },
      { path: '2', form: 'table', lead: [], assist: [], responsible: ['法规科', '办公室'] },
    ]);
  });
});

describe('a unit cell parted by spaces whose parts list names of their own', () => {
  it('"市财政局 市工业和信息化局 各县区政府、 开发区管委会" is four units', () => {
    const text = [
      '某市2025年重点工作责任分解',
      '序号 | 工作任务 | 牵头单位 | 责任单位 |',
      '1 | 统筹衔接消费券发放。 | 市商务局 | 市财政局 市工业和信息化局 各县区政府、 开发区管委会 |',
    ].join('\n');
    expect(roles(text)).toEqual([
      { path: '1', form: 'table', lead: ['市商务局'], assist: ['市财政局', '市工业和信息化局', '各县区政府', '开发区管委会'], responsible: [] },
    ]);
  });
});

describe('a name a shortened list completes, in a text in traditional script', () => {
  it('is written in the text\'s own characters', () => {
    const text = [
      '關於促進經濟穩定增長的實施意見',
      '一、加快重點項目建設',
      '（一）推進鐵路建設。續建鐵路擴能改造項目，開工建設一批重點鐵路項目，實施既有車站改造工程。（省發展改革委、相關市、縣政府負責）',
      '（二）推進公路建設。新改建國省幹道，加快農村公路建設，實施縣鄉道路改造。（省交通運輸廳、相關市、縣政府負責）',
    ].join('\n');
    const units = compile(text).registry.tasks.flatMap((t) => t.responsible);
    expect(units).toContain('相關市政府');
    expect(units).toContain('相關縣政府');
    expect(units).not.toContain('相关县政府');
  });
});
