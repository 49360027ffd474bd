/**
 * Documents a page converter set as paragraphs, a blank line after each (Markdown copies of
 * government pages, word-processor text): a table's cells are paragraphs, a contents page repeats
 * the structure, an attachment's label and title share a line. Made-up texts in the style of a
 * district's 实施方案 and 应急预案, each with a near miss.
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
const outline = (text: string, markdown = false) => parse(text, markdown).map((s) => `${s.marker}|${s.title.replace(/\s+/gu, '')}`);
const cells = (s: Section | undefined) => s?.row?.cells.map((c: TableCell) => `${c.column}=${c.value.replace(/\s+/gu, '')}`);
const paragraphs = (lines: string[]) => lines.join('\n\n');

const notice = ['某区人民政府办公室关于印发《某区排水设施提升实施方案》的通知', '各街镇，区政府各委、办、局：', '现将《某区排水设施提升实施方案》印发给你们，请认真贯彻执行。', '某区人民政府办公室', '2024年3月1日'];

describe('a table whose cells are paragraphs', () => {
  const table = paragraphs([
    ...notice,
    '一、工作目标',
    '到2026年，全区排水设施达标率达到90%。',
    '附件：某区排水设施提升重点任务分解表',
    '序号', '任务类型', '重点内容', '责任单位',
    '1', '排水设施\n建设管理', '区建设管理委负责统筹推进排水设施建设。', '区建设管理委、区水务局、\n区交通委、\n各街镇',
    '2', '雨水\n调蓄设施', '新建调蓄设施3处。', '区水务局',
  ]);
  const rows = parse(table).filter((s) => s.row);

  it('a cell wrapped over lines is one cell: the name and the units read whole', () => {
    expect(rows.map((s) => s.title)).toEqual(['排水设施建设管理', '雨水调蓄设施']);
    expect(cells(rows[0])).toEqual(['序号=1', '任务类型=排水设施建设管理', '重点内容=区建设管理委负责统筹推进排水设施建设。', '责任单位=区建设管理委、区水务局、区交通委、各街镇']);
  });

  it('after the signature, "附件：" with the title on its line over the table heads the attachment', () => {
    expect(outline(table).slice(0, 2)).toEqual(['一、|工作目标', '附件|某区排水设施提升重点任务分解表']);
  });

  it('near miss: header cells on consecutive lines keep a cell a line', () => {
    const tight = ['一、工作任务', '序号', '重点任务', '牵头单位', '配合单位', '1', '推进管网改造', '区水务局', '区建设管理委', '2', '开展雨污分流', '区建设管理委', '各街镇'].join('\n');
    expect(parse(tight).filter((s) => s.row).map(cells)).toEqual([
      ['序号=1', '重点任务=推进管网改造', '牵头单位=区水务局', '配合单位=区建设管理委'],
      ['序号=2', '重点任务=开展雨污分流', '牵头单位=区建设管理委', '配合单位=各街镇'],
    ]);
  });

  it('near miss: header cells a blank line apart over rows set tight keep a cell a line', () => {
    const mixed = ['二、重点任务', '', '序号', '', '重点任务', '', '牵头单位', '', '配合单位', '', '1', '推进管网改造', '区水务局', '区建设管理委', '2', '开展雨污分流', '区建设管理委', '各街镇'].join('\n');
    expect(cells(parse(mixed).filter((s) => s.row)[0])).toEqual(['序号=1', '重点任务=推进管网改造', '牵头单位=区水务局', '配合单位=区建设管理委']);
  });

  it('near miss: "附件：某表.xlsx" after the signature is a file to download, no heading', () => {
    const file = paragraphs([...notice, '一、工作目标', '全区排水设施达标率达到90%。', '附件：某区排水设施提升重点任务分解表.xlsx', '（此件公开发布）']);
    expect(outline(file)).toEqual(['一、|工作目标']);
  });
});

describe("a cell's own enumeration inside a row", () => {
  const table = [
    '一、总体要求', '1.明确清单。', '2.规范运行。',
    '二、权力清单',
    '序号', '权力名称', '行使主体', '设定依据', '行使层级',
    '1', '公路的具体管理', '区交通委', '1.《某某公路法》第八条；2.《某市公路条例》第五条', '区级',
    '2', '乡道的日常养护', '各街镇', '1.《某某公路法》第二十条', '镇级',
    '三、保障措施',
  ].join('\n');

  it('"1.《某法》…" in a row short of its cells is the cell\'s text, not a heading that ends the table', () => {
    const rows = parse(table).filter((s) => s.row);
    expect(rows.map((s) => s.title)).toEqual(['公路的具体管理', '乡道的日常养护']);
    expect(cells(rows[0])).toContain('设定依据=1.《某某公路法》第八条；2.《某市公路条例》第五条');
  });

  it('near miss: a heading that goes on with the count before the table ends it', () => {
    const after = table.replace('三、保障措施', '3.强化督查。');
    expect(outline(after).at(-1)).toBe('3.|强化督查');
  });

  it('near miss: a heading of another scheme after a last row short of its cells ends the table', () => {
    const short = ['一、总体要求', '（一）指导思想', '坚持系统治理。', '二、重点任务', '序号', '重点任务', '牵头单位', '配合单位', '完成时限',
      '1', '推进管网改造', '区水务局', '区建设管理委', '2024年底前', '2', '开展雨污分流', '区建设管理委', '（一）加强组织领导', '区水务局要牵头建立工作机制。'].join('\n');
    expect(outline(short).at(-1)).toBe('（一）|加强组织领导');
  });

  it('near miss: an item 1 with no item 2 on its line, in a row short of its cells, ends the table', () => {
    const lone = table.replace('1.《某某公路法》第二十条', '1.加强督查。');
    expect(outline(lone)).toContain('1.|加强督查');
  });
});

describe('a contents page and an attachment the contents names', () => {
  const plan = paragraphs([
    ...notice,
    '某区突发事件人员转移安置预案',
    '目  录',
    '1.总则', '1.1编制目的', '2.组织体系', '2.1领导机构', '3.善后处置', '3.1人员返回', '3.2补充维护',
    '附件：成员单位职责分工',
    '1.总则', '1.1编制目的', '为做好转移安置工作，制定本预案。',
    '2.组织体系', '2.1领导机构', '区应急管理局负责转移安置的组织协调。',
    '3.善后处置', '3.1人员返回', '突发事件结束后，各街镇组织人员有序返回。', '3.2补充维护', '区应急管理局负责补充维护。',
    '附件', '成员单位职责分工',
    '1.区应急管理局：负责预案的编制和修订。', '2.区民政局：负责安置人员的生活救助。',
  ]);

  it('"附件：某名" in the contents names the attachment a later label heads: the body is kept', () => {
    expect(outline(plan)).toEqual([
      '1.|总则', '1.1|编制目的', '2.|组织体系', '2.1|领导机构', '3.|善后处置', '3.1|人员返回', '3.2|补充维护',
      '附件|成员单位职责分工', '1.|区应急管理局：负责预案的编制和修订', '2.|区民政局：负责安置人员的生活救助',
    ]);
  });

  it('"3.1人员返回" under "3.善后处置" is the next decimal heading, not an item titled by a figure', () => {
    const s = parse(plan).find((x) => x.marker === '3.1');
    expect(s?.title).toBe('人员返回');
  });

  it('near miss: a figure wrapped onto a line that goes on with the count ("2.2万人以上的，…") is no heading', () => {
    const text = ['2 预警', '2.1 预警分级', '受影响人口达到', '2.2万人以上的，由区应急管理局发布一级预警。', '2.2 预警发布', '区应急管理局负责发布预警。'].join('\n');
    expect(outline(text)).toEqual(['2|预警', '2.1|预警分级', '2.2|预警发布']);
  });

  it('near miss: a line opening with a figure and its measure ("1.5人次…") is no heading', () => {
    const text = ['1.总则', '1.1编制目的', '为做好工作，制定本预案。', '1.5人次以上的伤亡须立即报告。'].join('\n');
    expect(outline(text)).toEqual(['1.|总则', '1.1|编制目的']);
  });

  it('an item whose title opens with a year set apart by a space ("2.2025 年底前…") is still an item', () => {
    const text = ['一、重点任务', '1.完善排水规划。', '2.2025 年底前，完成老旧管网改造。', '3.2026 年底前，完成雨污分流改造。'].join('\n');
    expect(outline(text).map((h) => h.split('|')[0])).toEqual(['一、', '1.', '2.', '3.']);
  });

  it('a figure alone on its line after numbered items ("4.42", a table\'s cell) is no item', () => {
    const text = ['一、目标', '1.完善规划。', '2.加强衔接。', '3.编制方案。', '区域', '面积（平方公里）', '马陆社区', '4.42', '南翔片区', '3.66'].join('\n');
    expect(outline(text)).toEqual(['一、|目标', '1.|完善规划', '2.|加强衔接', '3.|编制方案']);
  });
});

describe('a glued top number with no sections of its own', () => {
  it('"2风险评估" between "1总则" (over "1.1…") and "3组织体系" is the second chapter', () => {
    const text = ['1总则', '1.1编制目的', '为应对地下空间突发事件，制定本预案。', '2风险评估', '区建设管理委负责组织风险评估。', '3组织体系', '3.1领导机构', '区政府统一领导。'].join('\n');
    expect(outline(text)).toEqual(['1|总则', '1.1|编制目的', '2|风险评估', '3|组织体系', '3.1|领导机构']);
  });

  it('near miss: a short line opening with a number that keeps no count ("5重点区域" before "3组织体系") is text', () => {
    const stray = ['1总则', '1.1编制目的', '为应对突发事件，制定本预案。', '5重点区域', '3组织体系', '3.1领导机构', '区政府统一领导。'].join('\n');
    expect(outline(stray)).toEqual(['1|总则', '1.1|编制目的', '3|组织体系', '3.1|领导机构']);
  });
});

describe('a task table whose groups are numbered by a word ("行动一：")', () => {
  const table = paragraphs([
    '附件', '某区城市更新重点任务清单（2023-2025年）',
    '序号', '工作任务', '推进单位',
    '行动一：再造发展新极行动',
    '1', '推进某片区规划研究', '区规划资源局、区发展改革委',
    '2', '推进滨河地区整体更新。打造滨水发展新高地。', '区建设管理委',
    '行动二：重塑美丽新居行动',
    '旧区改造',
    '3', '完成零星旧里房屋改造', '区房管局、各相关街镇',
  ]);

  it('each group row is a heading, its numbered rows under it; a row is titled to its first 。', () => {
    expect(parse(table).map((s) => `${s.marker}|${s.title}`)).toEqual([
      '附件|某区城市更新重点任务清单（2023-2025年）',
      '行动一：|再造发展新极行动', '1|推进某片区规划研究', '2|推进滨河地区整体更新。',
      '行动二：|重塑美丽新居行动', '3|完成零星旧里房屋改造',
    ]);
  });

  it('near miss: "方式一：" in running text, with no numbered row after it, is no heading', () => {
    const text = ['一、工作方式', '方式一：由各街镇自行组织实施。', '方式二：由区统一组织实施。'].join('\n');
    expect(outline(text)).toEqual(['一、|工作方式']);
  });
});

describe('HTML line breaks in a Markdown copy of a page', () => {
  it('a notice set whole in one table cell, its lines parted by "<br>", reads as lines', () => {
    const page = ['|     |', '| --- |', '| 各相关部门：<br>为规范成品油市场秩序，决定开展集中整治。<br>一、工作目标<br>消除安全隐患。<br>二、整治重点<br>（一）非法运输整治<br>区交通运输局负责。<br>（二）违规仓储整治<br>区应急管理局负责。 |'].join('\n');
    expect(outline(page, true)).toEqual(['一、|工作目标', '二、|整治重点', '（一）|非法运输整治', '（二）|违规仓储整治']);
  });

  it('near miss: a "<br>" inside a cell of a row of several cells keeps the row one line', () => {
    const table = ['一、重点任务', '', '| 序号 | 领域 | 目标任务 | 牵头单位 |', '| --- | --- | --- | --- |', '| 1 | 能源与<br>环境 | 改造煤电机组355万千瓦以上。 | 市发改委 |', '| 2 | 建筑和<br>市政设施 | 更新老旧电梯1000台。 | 市市场监管局 |'].join('\n');
    const rows = parse(table, true).filter((s) => s.row);
    expect(rows.map((s) => s.marker)).toEqual(['1', '2']);
    expect(cells(rows[0])).toContain('牵头单位=市发改委');
  });
});

describe('Markdown task tables whose rows lost a merged cell', () => {
  it('a row short of its merged 领域 cell keeps its task and units in their columns', () => {
    const table = ['某市任务清单', '', '| 序号 | 领域 | 推进任务 | 牵头部门 |', '| --- | --- | --- | --- |', '| 1 | 工业 | 组织实施技术改造项目。 | 市工信局 |', '| 2 | 新建绿色工厂。 | 市工信局、市发改委 |'].join('\n');
    const rows = parse(table, true).filter((s) => s.row);
    expect(rows.map((s) => s.title)).toEqual(['组织实施技术改造项目。', '新建绿色工厂。']);
    expect(cells(rows[1])).toEqual(['序号=2', '推进任务=新建绿色工厂。', '牵头部门=市工信局、市发改委']);
  });

  it('a list of departments\' duties is named by its duties, not its department column', () => {
    const table = ['某市部门职责清单', '', '| 序号 | 部门 | 职责 |', '| --- | --- | --- |', '| 1 | 市教育局 | 推动教育领域设备更新。 |', '| 2 | 市财政局 | 落实财政支持政策。 |'].join('\n');
    expect(parse(table, true).filter((s) => s.row).map((s) => s.title)).toEqual(['推动教育领域设备更新。', '落实财政支持政策。']);
  });

  it('near miss: a row short of its last, empty cell keeps its cells in order', () => {
    const table = ['某市任务清单', '', '| 序号 | 重点任务 | 牵头单位 | 配合单位 |', '| --- | --- | --- | --- |', '| 1 | 推进管网改造 | 区水务局 | 区建设管理委 |', '| 2 | 开展雨污分流 | 区建设管理委 |'].join('\n');
    expect(cells(parse(table, true).filter((s) => s.row)[1])).toEqual(['序号=2', '重点任务=开展雨污分流', '牵头单位=区建设管理委']);
  });
});

describe('the text after a table whose rows are sections', () => {
  const plan = paragraphs([
    '二、总体要求', '（三）主要目标', '到2025年，应急管理体系更加完善。',
    '专栏1　主要指标',
    '序号', '指　　标', '预期值', '属性',
    '1', '生产安全事故死亡人数', '下降15%', '约束性',
    '2', '年均每十万人受灾人次', '<15000', '预期性',
    '县级以上应急管理部门行政执法装备配备达标率达到80%。',
    '（四）远景目标', '到2035年，建立与基本实现现代化相适应的应急管理体系。',
  ]);

  it("goes back to the table's section, not to its last row", () => {
    const { tree } = parsePolicy(plan, {});
    expectValidTree(tree, plan);
    const main = sections(tree).find((s) => s.title === '主要目标')!;
    const text = (node: { children?: unknown[]; value?: string; type: string }): string =>
      node.type === 'section' ? '' : (node.value ?? (node.children ?? []).map((c) => text(c as never)).join(''));
    expect(main.children.filter((c) => c.type === 'paragraph').map((c) => text(c as never))).toContain('县级以上应急管理部门行政执法装备配备达标率达到80%。');
    const last = sections(tree).find((s) => s.marker === '2')!;
    expect(last.children.filter((c) => c.type === 'paragraph').map((c) => text(c as never)).join('')).not.toContain('达标率');
  });
});

describe('review of the round: what the new rules must leave alone', () => {
  it('"步骤一：" opening a cell of a row short of its cells is the cell\'s text, no group', () => {
    const table = ['某区老旧小区改造工作任务分解表', '序号', '工作任务', '具体措施', '责任单位', '1', '开展摸底调查', '步骤一：排查小区基础设施状况', '步骤二：建立改造项目库', '区住房城乡建设委', '2', '组织实施改造', '完成改造小区30个', '各街道办事处'].join('\n');
    const rows = parse(table).filter((s) => s.row);
    expect(rows.map((s) => s.marker)).toEqual(['1', '2']);
    expect(cells(rows[0])).toContain('责任单位=区住房城乡建设委');
  });

  it('a Markdown row short of its last cell is padded at the end, as GFM pads it', () => {
    const table = ['某区任务清单', '', '| 序号 | 重点任务 | 具体措施 | 牵头单位 | 配合单位 |', '| --- | --- | --- | --- | --- |', '| 1 | 完善议事机制 | 健全居民议事会制度。 | 区民政局 | 各街镇 |', '| 2 | 加强基层治理 | 指导各街镇 | 区民政局 |'].join('\n');
    expect(cells(parse(table, true).filter((s) => s.row)[1])).toEqual(['序号=2', '重点任务=加强基层治理', '具体措施=指导各街镇', '牵头单位=区民政局']);
  });

  it('a contact list is named by its units, not by a person', () => {
    const table = ['某区联络员名单', '', '| 序号 | 单位 | 姓名 | 职务 | 联系电话 |', '| --- | --- | --- | --- | --- |', '| 1 | 区商务委 | 张某 | 科长 | 12345678 |'].join('\n');
    expect(parse(table, true).filter((s) => s.row).map((s) => s.title)).toEqual(['区商务委']);
  });

  it('a "<br>" inside an HTML table\'s row stays in its cell', () => {
    const page = ['一、重点任务', '', '<table><tr><td>1</td><td>改造煤电机组。<br>二、推进风电光伏建设。</td><td>市发改委</td></tr></table>', '', '二、保障措施'].join('\n');
    expect(outline(page, true)).toEqual(['一、|重点任务', '二、|保障措施']);
  });
});

describe('review of the table\'s end: cells set in several paragraphs', () => {
  const table = (cellsOfRow1: string[]) => paragraphs([
    '一、重点任务', '某区老旧小区改造工作任务分解表', '序号', '工作任务', '具体措施', '责任单位',
    '1', '开展摸底调查', ...cellsOfRow1, '区住房城乡建设委',
    '2', '组织实施改造', '完成改造小区30个。', '同步推进加装电梯和停车设施建设。', '各街道办事处',
    '二、保障措施',
  ]);

  it('a last row\'s cell set in two paragraphs keeps the cells after it', () => {
    expect(cells(parse(table(['全面排查小区基础设施状况。'])).filter((s) => s.row)[1])).toContain('责任单位=各街道办事处');
  });

  it('a long cell of many items in a row before the last does not end the table', () => {
    const items = Array.from({ length: 10 }, (_, i) => `（${i + 1}）推进第${i + 1}项改造工作。`);
    expect(parse(table(items)).filter((s) => s.row).map((s) => s.marker)).toEqual(['1', '2']);
  });
});


describe('groups with no rows of their own, in an excerpt of a longer table', () => {
  const excerpt = (groups: string[]) => paragraphs([
    '某局2025年重点工作任务分解表', '序号', '重点工作任务', '主要责任单位', '协同配合单位',
    '一、主要预期目标', '3', '地区生产总值增长6%左右。', '区发改委', '区统计局。',
    ...groups,
    '68', '新建幼儿园3所。', '区教育局', '各镇人民政府。',
  ]);

  it('a run of sibling groups ("二、" to "六、") before the next row are group rows, the row under the last', () => {
    const groups = ['二、扩大有效投资', '三、发展现代产业', '四、深化改革创新', '五、建设宜居城市', '六、增进民生福祉'];
    expect(outline(excerpt(groups))).toEqual(['一、|主要预期目标', '3|地区生产总值增长6%左右。', ...groups.map((g) => g.replace('、', '、|')), '68|新建幼儿园3所。']);
    expect(cells(parse(excerpt(groups)).find((s) => s.marker === '68'))).toEqual(['序号=68', '重点工作任务=新建幼儿园3所。', '主要责任单位=区教育局', '协同配合单位=各镇人民政府。']);
  });

  it('near miss: groups out of count ("二、" over "五、") are no run of empty siblings', () => {
    const outOfCount = ['二、扩大有效投资', '五、建设宜居城市', '六、增进民生福祉', '七、加强自身建设', '八、强化保障'];
    expect(outline(excerpt(outOfCount))).not.toContain('二、|扩大有效投资');
  });
});

describe('a page whose converter wrote paragraph and cell breaks as runs of spaces on one line', () => {
  const gap = '   ';
  const page = [
    '某县人民政府办公室 关于印发《某县2024年度优化营商环境工作任务清单》的通知',
    '某县府办发〔2024〕9号',
    '各乡镇人民政府，县政府各部门：',
    '《某县2024年度优化营商环境工作任务清单》已经县政府同意，现印发给你们，请认真贯彻执行。',
    '某县人民政府办公室',
    '2024年4月2日',
    '某县2024年度优化营商环境工作任务清单',
    '序号', '工作任务', '责任单位',
    '一、提升政务服务效能',
    '（一）企业开办（牵头单位：县市场监管局）',
    '1', '推行企业开办全程网上办理，开办时间压缩至1个工作日以内。', '县市场监管局',
    '2', '深化“一件事一次办”改革，拓展联办事项范围，方便经营主体办事。', '县行政审批局',
    '（二）办理建筑许可（牵头单位：县住房城乡建设局）',
    '3', '推行工程建设项目审批全流程网上办理，社会投资简易低风险项目审批时间压缩至15个工作日以内。', '县住房城乡建设局',
    '4', '推进水电气网联合报装，实行一次申请、并联办理，提升市政公用服务便利度。', '县住房城乡建设局、县供电公司',
  ].join(gap);

  it('each run is a break: the headings and the rows under them are read, a cell a column', () => {
    const read = parse(page);
    expect(page.length).toBeGreaterThan(400);
    const isRow = (s: Section) => cells(s)?.[0]?.startsWith('序号=') === true;
    expect(read.filter((s) => !isRow(s)).map((s) => `${s.marker}|${s.title}`)).toEqual(['一、|提升政务服务效能', '（一）|企业开办（牵头单位：县市场监管局）', '（二）|办理建筑许可（牵头单位：县住房城乡建设局）']);
    const rows = read.filter(isRow).map(cells);
    expect(rows[0]).toEqual(['序号=1', '工作任务=推行企业开办全程网上办理，开办时间压缩至1个工作日以内。', '责任单位=县市场监管局']);
    expect(rows.map((r) => r?.at(-1))).toEqual(['责任单位=县市场监管局', '责任单位=县行政审批局', '责任单位=县住房城乡建设局', '责任单位=县住房城乡建设局、县供电公司']);
  });

  it('near miss: a title spaced out with runs ("总   则") stays one title', () => {
    const duty = '各乡镇人民政府负责本辖区安全生产工作，县应急局负责综合监管，县直各部门按照管行业必须管安全的要求抓好落实。';
    const spaced = ['某县安全生产责任制实施办法', '一、总', '则', duty, '二、适用范围', duty, duty, duty, '三、工作要求', duty, duty, duty].join(gap);
    expect(spaced.length).toBeGreaterThan(400);
    expect(outline(spaced)).toEqual(['一、|总则', '二、|适用范围', '三、|工作要求']);
  });

  it('near miss: runs inside a sentence of such a page part no figure from its unit ("总投资   3.5   亿元")', () => {
    const figures = page.replace('推行企业开办全程网上办理，开办时间压缩至1个工作日以内。', '全年共安排城市更新项目   12   个，总投资   3.5   亿元，到2025年底前完成老旧小区改造   1.2   万户。');
    const row = parse(figures).find((s) => cells(s)?.[0] === '序号=1');
    expect(cells(row)?.[1]?.replace(/\s+/gu, '')).toBe('工作任务=全年共安排城市更新项目12个，总投资3.5亿元，到2025年底前完成老旧小区改造1.2万户。');
  });

  it('near miss: a run between a heading\'s marker and its title parts nothing ("一、   提升…")', () => {
    const apart = page.replace('一、提升政务服务效能', `一、${gap}提升政务服务效能`);
    expect(parse(apart).filter((s) => !s.row || cells(s)?.length === 1).map((s) => `${s.marker}|${s.title.replace(/\s+/gu, '')}`)[0]).toBe('一、|提升政务服务效能');
  });

  it('near miss: runs inside sentences (a justified line) with no sentence ending before one part nothing', () => {
    const justified = `${'推进产业   转型升级，强化要素   保障，完善服务   体系，'.repeat(12)}   一、加强组织领导，各乡镇明确专人负责`;
    expect(parse(justified)).toEqual([]);
  });
});
