/**
 * Tables as text extraction leaves them: a numbered row is a heading under the table's heading,
 * titled by its name cell, with its cells kept by column; header rows, unnumbered rows and a
 * cell's own enumeration are not headings. Made-up excerpts in the style of 任务分工 tables.
 */
import { parsePolicy, type Section, type TableCell } from '@policyc/parse';
import { describe, expect, it } from 'vitest';
import { expectValidTree } from '../../../test/support/tree-invariants.js';
import { sections } from '../../../test/support/sections.js';


const parse = (text: string, markdown = false) => {
  const { tree } = parsePolicy(text, { markdown });
  expectValidTree(tree, text);
  return sections(tree);
};
const outline = (text: string, markdown = false) => parse(text, markdown).map((s) => `${s.path} ${s.marker} ${s.title}`);
const cells = (s: Section | undefined) => s?.row?.cells.map((c: TableCell) => [c.column, c.value]);

describe('a table set one cell a line', () => {
  const text = [
    '某市关于某工作的通知',
    '各区人民政府：',
    '一、总体要求',
    '（一）重点任务分工',
    '序号',
    '工作任务',
    '牵头单位',
    '配合单位',
    '完成时限',
    '1',
    '建设一批示范园区',
    '市发展改革委',
    '市财政局、市科技局',
    '2025年底前',
    '2',
    '完善政策支持体系',
    '市工业和信息化局',
    '市商务局',
    '持续推进',
    '（二）保障措施',
    '加强组织领导。',
  ].join('\n');

  it('numbered rows are headings under the table\'s heading, titled by the 工作任务 cell', () => {
    expect(outline(text)).toEqual([
      '1 一、 总体要求',
      '1.1 （一） 重点任务分工',
      '1.1.1 1 建设一批示范园区',
      '1.1.2 2 完善政策支持体系',
      '1.2 （二） 保障措施',
    ]);
  });

  it('each row keeps its cells by column, with positions on the source', () => {
    const row = parse(text).find((s) => s.style === 'row' && s.marker === '1');
    expect(cells(row)).toEqual([
      ['序号', '1'], ['工作任务', '建设一批示范园区'], ['牵头单位', '市发展改革委'], ['配合单位', '市财政局、市科技局'], ['完成时限', '2025年底前'],
    ]);
    const lead = row!.row!.cells[2]!;
    expect(text.slice(lead.position.start.offset, lead.position.end.offset)).toBe('市发展改革委');
  });

  it('group rows inside the table are headings of their level; a cell\'s own "1." "（1）" are not', () => {
    const table = [
      '附件',
      '某某改革举措推广清单',
      '序号',
      '改革举措',
      '主 要 内 容',
      '指导部门',
      '一、知识产权保护方面（共2项）',
      '1',
      '知识产权案件快速审判机制',
      '1.简化立案程序；',
      '（1）当日受理；',
      '某法院、某局',
      '2',
      '专利保险机制',
      '开发专利保险产品。',
      '某局',
      '二、科技金融创新方面（共1项）',
      '4',
      '科技型企业金融综合服务',
      '建立服务平台。',
      '某银行业监管部门',
    ].join('\n');
    const text = `某市关于推广改革举措的通知\n各区人民政府：\n一、充分认识意义\n二、抓好组织实施\n附件：某某改革举措推广清单\n某市人民政府\n2024年3月4日\n${table}\n`;
    expect(outline(text)).toEqual([
      '1 一、 充分认识意义',
      '2 二、 抓好组织实施',
      '3 附件 某某改革举措推广清单',
      '3.1 一、 知识产权保护方面（共2项）',
      '3.1.1 1 知识产权案件快速审判机制',
      '3.1.2 2 专利保险机制',
      '3.2 二、 科技金融创新方面（共1项）',
      '3.2.1 4 科技型企业金融综合服务',
    ]);
    // The lines of a long middle cell are that cell; the last lines fill the last columns.
    expect(cells(parse(text).find((s) => s.marker === '1'))).toEqual([
      ['序号', '1'], ['改革举措', '知识产权案件快速审判机制'], ['主要内容', '1.简化立案程序；'], ['主要内容', '（1）当日受理；'], ['指导部门', '某法院、某局'],
    ]);
  });

  it('numbers restarting in every group (a group cell written downwards) stay rows of the table', () => {
    const text = '某某办法\n第一条　为规范管理，制定本办法。\n附件\n某某指标及分值表\n类  别\n序  号\n指  标\n分  值\n基\n础\n1\n合法稳定住所\n每满1年计1分。\n2\n年龄\n最高30分。\n加\n分\n1\n文化程度\n本科30分。\n';
    expect(outline(text)).toEqual(['1 第一条 为规范管理，制定本办法', '2 附件 某某指标及分值表', '2.1 1 合法稳定住所', '2.2 2 年龄', '2.3 1 文化程度']);
  });

  it('a lone "序号" with no numbered row after it is no table', () => {
    expect(outline('某市通知\n一、总体要求\n序号\n名称\n说明\n以上内容按序号排列。\n二、主要任务\n')).toEqual(['1 一、 总体要求', '2 二、 主要任务']);
  });
});

describe('a table set one row a line', () => {
  it('cells separated by tabs; a continuation row without 序号 belongs to the row above', () => {
    const text = '某区重点任务分工方案\n一、重点任务\n序号\t重点任务\t牵头单位\t完成时限\n1\t推进老旧小区改造\t区住房建设局\t2025年12月\n\t\t区财政局\t\n2\t建设社区养老设施\t区民政局\t2026年6月\n二、保障措施\n';
    expect(outline(text)).toEqual(['1 一、 重点任务', '1.1 1 推进老旧小区改造', '1.2 2 建设社区养老设施', '2 二、 保障措施']);
    const row = parse(text).find((s) => s.marker === '1');
    expect(cells(row)).toEqual([['序号', '1'], ['重点任务', '推进老旧小区改造'], ['牵头单位', '区住房建设局'], ['完成时限', '2025年12月'], ['牵头单位', '区财政局']]);
  });

  it('cells separated by runs of spaces', () => {
    const text = '某县实施方案\n三、任务分工\n序号    工作任务    责任单位    完成时限\n1    开展专项整治    县市场监管局    2024年底\n2    建立长效机制    县司法局    长期坚持\n';
    expect(outline(text)).toEqual(['1 三、 任务分工', '1.1 1 开展专项整治', '1.2 2 建立长效机制']);
    expect(cells(parse(text).find((s) => s.marker === '2'))?.[2]).toEqual(['责任单位', '县司法局']);
  });

  it('a table a page set with pipes between its cells, none before the first', () => {
    const text = '一、民生实事任务分解表\n序号 | 具体工作任务 | 责任领导 | 责任单位 | 落实情况 |\n1 | 新建幼儿园3所。 | 张某 | 县教育局 | 已完成。 |\n2 | 改造农村公路50公里。 | 李某 | 县交通局 县财政局 | 正在推进。 |\n';
    expect(outline(text)).toEqual(['1 一、 民生实事任务分解表', '1.1 1 新建幼儿园3所。', '1.2 2 改造农村公路50公里。']);
    expect(cells(parse(text).find((s) => s.marker === '2'))?.[3]).toEqual(['责任单位', '县交通局 县财政局']);
    // A line of text with a pipe in it is no row: no header of columns opens a table.
    expect(outline('一、总体要求\n坚持问题导向 | 目标导向，推进改革。\n')).toEqual(['1 一、 总体要求']);
    // Pipes padded with wide spaces part cells once; a pipe inside a cell of a table cut at tabs is text.
    const padded = parse('一、任务分工\n序号  |  具体工作任务  |  责任单位  |\n1  |  推进改革。  |  县教育局  |\n');
    expect(cells(padded.find((s) => s.marker === '1'))).toEqual([['序号', '1'], ['具体工作任务', '推进改革。'], ['责任单位', '县教育局']]);
    const tabbed = parse('一、任务分工\n序号\t工作任务\t责任单位\t完成时限\n1\t推进A|B改革\t县教育局\t2025年\n');
    expect(cells(tabbed.find((s) => s.marker === '1'))).toEqual([['序号', '1'], ['工作任务', '推进A|B改革'], ['责任单位', '县教育局'], ['完成时限', '2025年']]);
  });

  it('a Markdown pipe table, with a group row', () => {
    const text = '# 某市行动方案\n\n**一、主要任务**\n\n| 序号 | 指标名称 | 目标值 | 牵头单位 |\n| --- | --- | --- | --- |\n| （一）创新能力 |  |  |  |\n| 1 | 研发投入强度 | 3% | 市科技局 |\n| 2 | 高新技术企业数量 | 500家 | 市科技局 |\n';
    expect(outline(text, true)).toEqual(['1 一、 主要任务', '1.1 （一） 创新能力', '1.1.1 1 研发投入强度', '1.1.2 2 高新技术企业数量']);
    expect(cells(parse(text, true).find((s) => s.marker === '2'))).toEqual([['序号', '2'], ['指标名称', '高新技术企业数量'], ['目标值', '500家'], ['牵头单位', '市科技局']]);
  });
});

describe('a table set one row a line, with group rows (as the HTML and Word readers write it)', () => {
  // A group row spanning the table is written as its text alone; the reader strips the empty
  // cells after it, and those after a row's last filled cell.
  const table = [
    '附件',
    '重点任务分工表',
    '序号\t工作任务\t牵头单位\t配合单位\t完成时限',
    '一、平台建设',
    '1\t建设公共服务平台\t市科技局\t市财政局\t2025年底前',
    // The 序号 cell merged with the row above: the row goes on that record.
    '\t开展平台运营评估',
    '2\t完善平台服务功能\t市数据局\t市科技局\t2025年',
    // Its lead merged with the row above and left empty.
    '3\t推动平台数据共享\t\t市公安局\t持续推进',
    '二、人才支撑',
    '4\t引进高层次人才\t市人力资源社会保障局\t\t2026年',
    // Its lead merged with the row above and repeated, as the readers do for a numbered row.
    '5\t培养技能人才\t市人力资源社会保障局',
  ].join('\n');
  const text = `某市关于推进某项工作的实施方案\n各区人民政府：\n一、总体要求\n二、重点任务\n附件：重点任务分工表\n某市人民政府\n2024年3月4日\n${table}\n`;

  it('a group row is a heading at its level, and the table goes on after it', () => {
    expect(outline(text)).toEqual([
      '1 一、 总体要求',
      '2 二、 重点任务',
      '3 附件 重点任务分工表',
      '3.1 一、 平台建设',
      '3.1.1 1 建设公共服务平台',
      '3.1.2 2 完善平台服务功能',
      '3.1.3 3 推动平台数据共享',
      '3.2 二、 人才支撑',
      '3.2.1 4 引进高层次人才',
      '3.2.2 5 培养技能人才',
    ]);
  });

  it('rows keep their cells by column: a continuation row\'s on the record above, an empty cell as it is', () => {
    const rows = parse(text);
    const row = (marker: string) => cells(rows.find((s) => s.style === 'row' && s.marker === marker));
    expect(row('1')).toEqual([
      ['序号', '1'], ['工作任务', '建设公共服务平台'], ['牵头单位', '市科技局'], ['配合单位', '市财政局'], ['完成时限', '2025年底前'],
      ['工作任务', '开展平台运营评估'],
    ]);
    expect(row('3')).toEqual([['序号', '3'], ['工作任务', '推动平台数据共享'], ['牵头单位', ''], ['配合单位', '市公安局'], ['完成时限', '持续推进']]);
    expect(row('4')).toEqual([['序号', '4'], ['工作任务', '引进高层次人才'], ['牵头单位', '市人力资源社会保障局'], ['配合单位', ''], ['完成时限', '2026年']]);
    expect(row('5')).toEqual([['序号', '5'], ['工作任务', '培养技能人才'], ['牵头单位', '市人力资源社会保障局']]);
    const group = rows.find((s) => s.marker === '二、' && s.path === '3.2');
    expect(group?.style).toBe('cn-comma');
    expect(cells(group)).toEqual([['序号', '二、人才支撑']]);
  });

  it('group rows of the scheme under the table\'s heading; a heading after the table ends it', () => {
    const text = [
      '某区实施方案',
      '一、总体要求',
      '二、重点任务分工',
      '序号\t重点任务\t牵头单位\t配合单位',
      '（一）优化营商环境',
      '1\t推行告知承诺制\t区政务服务局\t区司法局',
      // A cell's own enumeration in a continuation row is cell text, not a group row.
      '\t（一）编制事项清单',
      '2\t压缩审批时限\t区政务服务局',
      '（二）强化要素保障',
      '3\t保障重点项目用地\t区规划资源局\t区发展改革委',
      '三、保障措施',
      '（一）加强组织领导',
      '各部门要高度重视。',
    ].join('\n');
    expect(outline(text)).toEqual([
      '1 一、 总体要求',
      '2 二、 重点任务分工',
      '2.1 （一） 优化营商环境',
      '2.1.1 1 推行告知承诺制',
      '2.1.2 2 压缩审批时限',
      '2.2 （二） 强化要素保障',
      '2.2.1 3 保障重点项目用地',
      '3 三、 保障措施',
      '3.1 （一） 加强组织领导',
    ]);
    expect(cells(parse(text).find((s) => s.marker === '1'))?.at(-1)).toEqual(['重点任务', '（一）编制事项清单']);
  });

  it('group rows of any scheme, one the document does not use above the table too', () => {
    const text = '某市方案\n一、主要任务\n（一）任务分工\n序号\t工作任务\t责任单位\n（1）基础设施\n1\t建设充电设施\t市发展改革委\n（2）运营服务\n2\t完善运营平台\t市交通运输局\n';
    expect(outline(text)).toEqual([
      '1 一、 主要任务', '1.1 （一） 任务分工', '1.1.1 （1） 基础设施', '1.1.1.1 1 建设充电设施', '1.1.2 （2） 运营服务', '1.1.2.1 2 完善运营平台',
    ]);
  });

  it('a group numbered in the 序号 cell ("一", "二、"), named in the name cell', () => {
    const text = '某市方案\n一、总体要求\n附件\n重点任务分工表\n序号\t工作任务\t牵头单位\n一\t平台建设\n1\t建设公共服务平台\t市科技局\n2\t完善平台功能\t市数据局\n二、\t人才支撑\n3\t引进高层次人才\t市人力资源社会保障局\n';
    expect(outline(text)).toEqual([
      '1 一、 总体要求', '2 附件 重点任务分工表', '2.1 一 平台建设', '2.1.1 1 建设公共服务平台', '2.1.2 2 完善平台功能', '2.2 二、 人才支撑', '2.2.1 3 引进高层次人才',
    ]);
    // A table numbering its tasks "一", "二" has no numbered rows to open: those are no group rows.
    expect(outline('某市方案\n一、任务分工\n序号\t工作任务\t牵头单位\n一\t建设公共服务平台\t市科技局\n二\t完善平台功能\t市数据局\n')).toEqual(['1 一、 任务分工']);
  });

  it('a header over two lines: the second names the columns under a merged "责任单位"', () => {
    const text = '某市方案\n三、任务分工\n序号\t工作任务\t责任单位\t\t完成时限\n\t\t牵头单位\t配合单位\n1\t建设公共服务平台\t市科技局\t市财政局\t2025年\n';
    expect(outline(text)).toEqual(['1 三、 任务分工', '1.1 1 建设公共服务平台']);
    expect(cells(parse(text).find((s) => s.marker === '1'))).toEqual([
      ['序号', '1'], ['工作任务', '建设公共服务平台'], ['牵头单位', '市科技局'], ['配合单位', '市财政局'], ['完成时限', '2025年'],
    ]);
    // As the readers write it, on one line, each column named by its lowest header cell.
    const oneLine = '某市方案\n三、任务分工\n序号\t工作任务\t牵头单位\t配合单位\t完成时限\n1\t建设公共服务平台\t市科技局\t市财政局\t2025年\n';
    expect(cells(parse(oneLine).find((s) => s.marker === '1'))).toEqual(cells(parse(text).find((s) => s.marker === '1')));
  });
});

describe('a table in traditional script', () => {
  it('reads "序號" as the number column and "工作任務" as the name column', () => {
    const text = ['一、重點任務分工', '序號\t工作任務\t牽頭單位\t完成時限', '1\t優化審批流程\t市政府辦公室\t2022年底', '2\t推進一網通辦\t市數據局\t2022年6月', ''].join('\n');
    expect(outline(text)).toEqual(['1 一、 重點任務分工', '1.1 1 優化審批流程', '1.2 2 推進一網通辦']);
  });
});

describe('a table with no heading above it (a task list published alone)', () => {
  // The title does not end in a genre word, so nothing but the table's header line ends it.
  const title = '某区2024年民生实事项目任务分工表';

  it('one cell a line: its numbered rows are top-level headings', () => {
    const text = `${title}\n序号\n工作任务\n牵头单位\n配合单位\n1\n新建社区食堂10个\n区民政局\n区财政局\n2\n改造老旧管网20公里\n区水务局\n区住房建设局\n`;
    expect(outline(text)).toEqual(['1 1 新建社区食堂10个', '2 2 改造老旧管网20公里']);
    expect(cells(parse(text).find((s) => s.marker === '2'))?.[2]).toEqual(['牵头单位', '区水务局']);
  });

  it('one row a line, cells separated by tabs; with no title at all too', () => {
    const table = '序号\t工作任务\t牵头单位\t完成时限\n1\t新建社区食堂10个\t区民政局\t2024年6月\n2\t改造老旧管网20公里\t区水务局\t2024年底\n';
    expect(outline(`${title}\n${table}`)).toEqual(['1 1 新建社区食堂10个', '2 2 改造老旧管网20公里']);
    expect(outline(table)).toEqual(['1 1 新建社区食堂10个', '2 2 改造老旧管网20公里']);
    // The title stays the header's title, not run on into the header line.
    const { tree } = parsePolicy(`${title}\n${table}`);
    const header = tree.children.find((n) => n.type === 'header');
    expect(header?.type === 'header' && header.children.filter((f) => f.type === 'title').map((f) => 'value' in f && f.value)).toEqual([title]);
  });

  it('a Markdown pipe table under a note in brackets', () => {
    const text = `# ${title}\n\n（2024年3月1日）\n\n| 序号 | 工作任务 | 牵头单位 |\n| --- | --- | --- |\n| 1 | 新建社区食堂10个 | 区民政局 |\n| 2 | 改造老旧管网20公里 | 区水务局 |\n`;
    expect(outline(text, true)).toEqual(['1 1 新建社区食堂10个', '2 2 改造老旧管网20公里']);
  });

  it('group rows are top-level, the numbered rows under them', () => {
    const text = `${title}\n序号\t工作任务\t牵头单位\n一、养老服务\n1\t新建社区食堂10个\t区民政局\n二、城市更新\n2\t改造老旧管网20公里\t区水务局\n`;
    expect(outline(text)).toEqual(['1 一、 养老服务', '1.1 1 新建社区食堂10个', '2 二、 城市更新', '2.1 2 改造老旧管网20公里']);
  });
});

describe('a table whose header has no 序号 cell', () => {
  it('one row a line, each row numbered in its task cell; a group\'s merged cell on its first row only', () => {
    // The group cell stands in its first row only, so the rows after it hold a cell fewer: the
    // cells are placed from the number's cell on, and a trailing empty cell is the page's.
    const text = [
      '某局2024年工作任务分解',
      '工作任务 | 具体措施 | 责任科室 |',
      '一、抓好项目建设。 | 1.推进重点项目前期工作。 | 规划科 |',
      '2.加快在建项目进度。要倒排工期。 | 建设科牵头,各科室配合 | |',
      '二、优化营商环境。 | 3.压缩审批时限。 | 审批科 |',
    ].join('\n');
    expect(outline(text)).toEqual([
      '1 一、 抓好项目建设。',
      '1.1 1. 推进重点项目前期工作。',
      // a row numbered inside its cell is titled as a heading in the text is: to its first 。
      '1.2 2. 加快在建项目进度。',
      '2 二、 优化营商环境。',
      '2.1 3. 压缩审批时限。',
    ]);
    const rows = parse(text).filter((s) => s.style === 'row');
    expect(rows.map(cells)).toEqual([
      [['具体措施', '1.推进重点项目前期工作。'], ['责任科室', '规划科']],
      [['具体措施', '2.加快在建项目进度。要倒排工期。'], ['责任科室', '建设科牵头,各科室配合']],
      [['具体措施', '3.压缩审批时限。'], ['责任科室', '审批科']],
    ]);
  });

  it('one cell a line, the rows opened by their numbers, a group\'s cell before the first row of each group', () => {
    const text = [
      '某局政务公开重点任务',
      '工作任务', '|', '具体要求', '|', '责任科室', '|', '完成时限', '|',
      '规范公开文件', '|',
      '1', '|', '全面清理规范性文件。', '|', '办公室', '|', '年底前', '|',
      '2', '|', '及时公布文件目录。', '|', '各科室', '|', '持续推进', '|',
      '做好政策解读', '|',
      '3', '|', '丰富解读形式，提升解读质量。', '|', '政策法规科', '|', '持续推进', '|',
    ].join('\n');
    expect(outline(text)).toEqual(['1 1 全面清理规范性文件。', '2 2 及时公布文件目录。', '3 3 丰富解读形式，提升解读质量。']);
    const third = parse(text).find((s) => s.marker === '3');
    expect(cells(third)).toEqual([['序号', '3'], ['具体要求', '丰富解读形式，提升解读质量。'], ['责任科室', '政策法规科'], ['完成时限', '持续推进']]);
  });

  it('no table without a column of units, nor without rows numbered after the header', () => {
    // column words but no unit column: no table, so the number inside the line is no heading
    expect(outline(['工作任务 | 具体要求 | 完成时限 |', '一、抓好项目建设。 | 1.推进前期工作。 | 年底前 |'].join('\n'))).toEqual(['1 一、 抓好项目建设']);
    // a header, a group's line, then running text: no table, and the group line a heading once
    expect(outline(['工作任务 | 具体措施 | 责任单位 |', '一、加强组织领导 |', '各单位要高度重视。', '二、强化督促检查', '各单位要按时报送。'].join('\n')))
      .toEqual(['1 一、 加强组织领导', '2 二、 强化督促检查']);
    // a header, then running text: no rows
    expect(outline(['工作任务', '具体要求', '责任科室', '各科室要按照要求抓好落实。'].join('\n'))).toEqual([]);
  });
});

describe('a 序号 column that numbers rows "(1)" and "1", inside a section whose scheme its groups restart', () => {
  const text = [
    '某市人民政府关于2025年重点工作及责任分解的通知',
    '一、市政府重点工作任务',
    '序号 | 目标与任务 | 牵头责任单位 | 责任单位 |',
    '一、主要预期目标 | |||',
    '(1) | 地区生产总值增长6%以上。 | 市发展改革委 | 各县区政府 |',
    '(2) | 固定资产投资增长6%左右。 | 市发展改革委 | 各县区政府 |',
    '二、重点做好以下方面工作 | |||',
    '(一)加强经济运行调节。 | |||',
    '1 | 大力提振消费。 | ||',
    '(3) | 统筹衔接消费券发放。 | 市商务局 | 市财政局 各县区政府、 开发区管委会 |',
    '二、保障措施',
    '加强组织领导。',
  ].join('\n');

  it('the table\'s 一、 restarting the section\'s scheme nest under it; "(3)" runs on under the row "1"', () => {
    expect(outline(text)).toEqual([
      '1 一、 市政府重点工作任务',
      '1.1 一、 主要预期目标',
      '1.1.1 (1) 地区生产总值增长6%以上。',
      '1.1.2 (2) 固定资产投资增长6%左右。',
      '1.2 二、 重点做好以下方面工作',
      '1.2.1 (一) 加强经济运行调节。',
      '1.2.1.1 1 大力提振消费。',
      '1.2.1.1.1 (3) 统筹衔接消费券发放。',
      // after the table, the section's own scheme goes on
      '2 二、 保障措施',
    ]);
  });

  it('near miss: numbered rows restarting at 1 in a table\'s later part stay at their level', () => {
    const parts = '某市积分指标表\n序号\t指标\t分值\n1\t合法稳定住所\t10\n2\t合法稳定就业\t10\n1\t文化程度\t20\n2\t创新能力\t20\n';
    expect(outline(parts)).toEqual(['1 1 合法稳定住所', '2 2 合法稳定就业', '3 1 文化程度', '4 2 创新能力']);
  });
});

describe('tables whose header has no 序号 cell: near misses and continuations', () => {
  it('a number inside a cell after the row\'s own name is that cell\'s enumeration: no table of numbered rows', () => {
    const text = [
      '某市工作方案',
      '工作任务 | 具体措施 | 责任单位 | 完成时限 |',
      '加强项目建设 | 1.推进前期工作；2.加快建设进度。 | 市发展改革委 | 2024年底 |',
      '优化营商环境 | 1.压缩审批时限；2.推行一网通办。 | 市政务服务中心 | 2024年6月 |',
    ].join('\n');
    expect(outline(text)).toEqual([]);
  });

  it('a row with no number goes on the numbered row above, and the table goes on after it', () => {
    const text = [
      '某市方案',
      '| 工作任务 | 具体措施 | 责任单位 |',
      '|---|---|---|',
      '| 一、抓好项目建设 | 1.推进前期工作。 | 市发展改革委 |',
      '| | 2.加快建设进度。 | 市住房城乡建设局 |',
      '| | 要倒排工期。 | 市财政局 |',
      '| | 3.推进老旧小区改造。 | 市住房城乡建设局 |',
      '| 二、优化营商环境 | 4.压缩审批时限。 | 市政务服务中心 |',
    ].join('\n');
    expect(outline(text)).toEqual(['1 一、 抓好项目建设', '1.1 1. 推进前期工作。', '1.2 2. 加快建设进度。', '1.3 3. 推进老旧小区改造。', '2 二、 优化营商环境', '2.1 4. 压缩审批时限。']);
    expect(cells(parse(text).find((s) => s.marker === '2.'))).toEqual([['具体措施', '2.加快建设进度。'], ['责任单位', '市住房城乡建设局'], ['具体措施', '要倒排工期。'], ['责任单位', '市财政局']]);
  });
});

describe('a section holding two tables whose group rows each restart its scheme', () => {
  it('the second table\'s groups stay in the section, with the first\'s', () => {
    const text = [
      '某市工作方案', '一、市政府重点工作任务',
      '序号 | 工作任务 | 牵头单位 |', '一、经济指标 | ||', '1 | 地区生产总值增长6%。 | 市发展改革委 |', '二、民生指标 | ||', '2 | 城镇新增就业5万人。 | 市人社局 |',
      '表2 重点任务',
      '序号 | 工作任务 | 牵头单位 |', '一、扩大有效需求 | ||', '1 | 扩大消费。 | 市商务局 |',
      '二、保障措施', '加强组织领导。',
    ].join('\n');
    expect(outline(text)).toEqual([
      '1 一、 市政府重点工作任务', '1.1 一、 经济指标', '1.1.1 1 地区生产总值增长6%。', '1.2 二、 民生指标', '1.2.1 2 城镇新增就业5万人。',
      '1.3 一、 扩大有效需求', '1.3.1 1 扩大消费。', '2 二、 保障措施',
    ]);
  });

  it('set a cell a line too', () => {
    const text = '某市方案\n一、市政府重点工作任务\n序号\n工作任务\n牵头单位\n一、扩大有效需求\n1\n扩大消费。\n市商务局\n二、深化改革开放\n2\n优化营商环境。\n市政务服务中心\n二、保障措施\n加强组织领导。\n';
    expect(outline(text)).toEqual(['1 一、 市政府重点工作任务', '1.1 一、 扩大有效需求', '1.1.1 1 扩大消费。', '1.2 二、 深化改革开放', '1.2.1 2 优化营商环境。', '2 二、 保障措施']);
  });
});

describe('a table a cell a line with no 序号 column, its rows numbered inside their task cell', () => {
  const text = [
    '某市年度目标任务责任分解',
    '目标任务', '责任领导', '责任单位',
    '一、主要预期指标',
    '1. 生产总值增长7.5%以上。', '张某某', '市发改委、市经信委',
    '2. 城镇新增就业3万人。', '李某某', '市人力社保局',
    '二、重点工作',
    '3. 推进重点项目建设。', '王某某', '市发改委',
  ].join('\n');

  it('each numbered task opens a row whose lines after it are its other cells', () => {
    expect(outline(text)).toEqual([
      '1 一、 主要预期指标', '1.1 1. 生产总值增长7.5%以上。', '1.2 2. 城镇新增就业3万人。', '2 二、 重点工作', '2.1 3. 推进重点项目建设。',
    ]);
    expect(cells(parse(text).find((s) => s.marker === '2.'))).toEqual([['目标任务', '2. 城镇新增就业3万人。'], ['责任领导', '李某某'], ['责任单位', '市人力社保局']]);
  });
});

describe('an assessment table a cell a line: a totals row, groups titled under their marker, subtotals', () => {
  const text = [
    '某县年度目标管理考核细则',
    '序号', '考核项目', '分值', '考核指标', '负责考核部门',
    '总分', '100',
    '一、', '巩固工作成果，提升管理实效', '12',
    '1', '完善组织体系', '5', '健全组织体系和责任体系。', '县水利局',
    '2', '强化督查督办', '7', '严格执行督办制度。', '县督查室',
    '二、', '推进重点任务落实', '8',
    '3', '开展专项整治', '8', '按要求完成专项整治任务。', '县生态环境局',
  ].join('\n') + '\n';
  it('reads the groups with their titles, and no subtotal or total as a row', () => {
    expect(outline(text)).toEqual(['1 一、 巩固工作成果，提升管理实效', '1.1 1 完善组织体系', '1.2 2 强化督查督办', '2 二、 推进重点任务落实', '2.1 3 开展专项整治']);
    expect(cells(parse(text)[1])).toEqual([['序号', '1'], ['考核项目', '完善组织体系'], ['分值', '5'], ['考核指标', '健全组织体系和责任体系。'], ['负责考核部门', '县水利局']]);
    expectValidTree(parsePolicy(text).tree, text);
  });
  it('near miss: a number under a group that the next row does not follow is a row', () => {
    const rows = ['某县考核细则', '序号', '考核项目', '分值', '负责考核部门', '一、', '巩固工作成果', '1', '完善组织体系', '5', '县水利局', '2', '强化督查督办', '7', '县督查室'].join('\n') + '\n';
    expect(outline(rows)).toEqual(['1 一、 巩固工作成果', '1.1 1 完善组织体系', '1.2 2 强化督查督办']);
  });
});

describe('a figure cell that reads as the next row number', () => {
  it('is the row\'s own score when its 分值 column is due, and a group\'s subtotal when the count goes on after it', () => {
    const text = [
      '某县考核细则',
      '序号', '考核项目', '分值', '考核指标', '负责考核部门',
      '一、', '巩固工作成果', '9',
      '1', '完善组织体系', '2', '健全组织体系。', '县水利局',
      '2', '深化宣传教育', '3', '开展宣传活动。', '县委宣传部',
      '二、', '推进专项整治', '15',
      '3', '开展河道清理', '8', '完成河道清理。', '县水利局',
    ].join('\n') + '\n';
    expect(outline(text)).toEqual(['1 一、 巩固工作成果', '1.1 1 完善组织体系', '1.2 2 深化宣传教育', '2 二、 推进专项整治', '2.1 3 开展河道清理']);
    expect(cells(parse(text)[2])).toEqual([['序号', '2'], ['考核项目', '深化宣传教育'], ['分值', '3'], ['考核指标', '开展宣传活动。'], ['负责考核部门', '县委宣传部']]);
  });
});

describe('tables a cell a line: near misses of totals, groups and figures', () => {
  const markers = (lines: string[]) => outline(lines.join('\n') + '\n').map((l) => l.split(' ').slice(0, 2).join(' '));
  it('a header column named 合计 is a column, not a totals row', () => {
    const text = ['某县项目计划表', '序号', '项目名称', '合计', '中央资金', '县级资金', '责任单位', '1', '农村道路硬化工程', '120', '80', '40', '县交通运输局', '2', '饮水安全巩固提升', '60', '30', '30', '县水利局'];
    expect(markers(text)).toEqual(['1 1', '2 2']);
    expect(cells(parse(text.join('\n') + '\n')[0])?.at(-1)).toEqual(['责任单位', '县交通运输局']);
  });
  it('a lone marker over a row numbered in its cell takes no item for its title', () => {
    expect(markers(['某区重点任务分解', '工作任务', '责任领导', '责任单位', '完成时限', '一、', '1. 地区生产总值增长6%左右', '王某某', '区发展改革局', '2025年12月', '2. 一般公共预算收入增长5%', '李某某', '区财政局', '2025年12月'])).toEqual(['1 一、', '1.1 1.', '1.2 2.']);
  });
  it('a row with only its name is followed by the next row, though a figure column comes next', () => {
    expect(markers(['某县指标任务分解表', '序号', '指标名称', '目标值', '责任单位', '1', '地区生产总值增长', '2', '规模以上工业增加值增长', '8%', '县工业和信息化局', '3', '固定资产投资增长', '6%', '县发展改革局'])).toEqual(['1 1', '2 2', '3 3']);
  });
  it('a subtotal that is the next number, followed by a row restarting at 1, is the group\'s', () => {
    expect(markers(['某县考核细则', '序号', '考核项目', '分值', '考核指标', '负责考核部门', '一、', '巩固工作成果', '10', '1', '巩固事项', '5', '完成巩固。', '县督查室', '2', '巩固提升', '5', '完成提升。', '县督查室', '二、', '推进专项整治', '3', '1', '整治事项', '3', '完成整治。', '县生态环境局'])).toEqual(['1 一、', '1.1 1', '1.2 2', '2 二、', '2.1 1']);
  });
  it('groups nest under groups, with or without subtotals, their markers alone or titled on the line', () => {
    const header = ['某县考核细则', '序号', '考核项目', '分值', '考核指标', '负责考核部门'];
    const rows = ['1', '完善组织体系', '5', '健全组织体系。', '县水利局', '2', '强化督查督办', '7', '严格执行督办制度。', '县督查室'];
    expect(markers([...header, '一、', '基础工作', '（一）', '组织领导', ...rows])).toEqual(['1 一、', '1.1 （一）', '1.1.1 1', '1.1.2 2']);
    expect(markers([...header, '一、基础工作', '20', '（一）组织领导', '12', ...rows])).toEqual(['1 一、', '1.1 （一）', '1.1.1 1', '1.1.2 2']);
  });
  it('rows numbered on from a jump after a group stay rows, their scores no rows', () => {
    const text = ['某县考核细则', '序号', '考核项目', '分值', '考核指标', '负责考核部门', '一、巩固工作成果', '1', '巩固事项', '5', '完成巩固。', '县督查室', '2', '巩固提升', '5', '完成提升。', '县督查室', '二、推进专项整治', '4', '整治事项', '3', '完成整治。', '县生态环境局', '5', '整治提升', '3', '完成提升。', '县生态环境局'];
    expect(markers(text)).toEqual(['1 一、', '1.1 1', '1.2 2', '2 二、', '2.1 4', '2.2 5']);
  });
  it('a totals row after the last row is no cell of it', () => {
    const text = ['某县考核细则', '序号', '考核项目', '分值', '考核指标', '负责考核部门', '1', '完善组织体系', '40', '健全组织体系。', '县水利局', '2', '强化督查督办', '60', '严格执行督办制度。', '县督查室', '合计', '100'].join('\n') + '\n';
    expect(cells(parse(text)[1])).toEqual([['序号', '2'], ['考核项目', '强化督查督办'], ['分值', '60'], ['考核指标', '严格执行督办制度。'], ['负责考核部门', '县督查室']]);
  });
});
