/**
 * Layouts seen in real policies outside the shared corpus, as small excerpts in their style:
 * a body set as one line with full-width spaces between paragraphs, a header whose title,
 * 发文字号 and addressees share one line, regulations whose articles run on inside a line,
 * a table of contents before the body (with or without dot leaders), decimal top numbers glued to
 * their titles, PDF text flowed into one line, traditional script.
 */
import { describe, expect, it } from 'vitest';
import { compile } from 'policyc';
import { parsePolicy } from '@policyc/parse';
import { expectValidTree } from '../../../test/support/tree-invariants.js';

const outline = (text: string) => compile({ path: 'p.txt', value: text }).registry.sections.map((s) => `${s.path} ${s.marker} ${s.title}`);

describe('header fields sharing a line', () => {
  it('splits "title 发文字号 addressees：body"', () => {
    const text = '国务院关于某市环境污染防治目标的批复 国函〔1999〕134号 某市人民政府、某总局：你们报送的请示收悉。现批复如下：一、原则同意。二、同意防治目标。';
    const { document } = compile({ path: 'p.txt', value: text }).registry;
    expect(document).toMatchObject({ title: '国务院关于某市环境污染防治目标的批复', docNumber: '国函〔1999〕134号', addressees: ['某市人民政府、某总局'] });
    expect(outline(text)).toEqual(['1 一、 原则同意', '2 二、 同意防治目标']);
  });

  it('reads a 发文字号 with spaces inside it after the title', () => {
    const text = '国务院关于加强某项重点工作的意见 国发 〔2011〕 35 号\n\n各省、自治区、直辖市人民政府:　　多年来，成效明显。现提出如下意见：　　一、全面提高监督管理水平　　（一）严格执行评价制度。凡依法应当评价的，必须评价。　　（二）继续加强总量减排。完善统计体系。　　二、着力解决突出问题　　（三）切实加强污染防治。集中治理。';
    const { registry, messages } = compile({ path: 'p.txt', value: text });
    expect(registry.document).toMatchObject({ title: '国务院关于加强某项重点工作的意见', docNumber: '国发〔2011〕35号', addressees: ['各省、自治区、直辖市人民政府'] });
    expect(registry.sections.map((s) => `${s.path} ${s.marker} ${s.title}`)).toEqual([
      '1 一、 全面提高监督管理水平', '1.1 （一） 严格执行评价制度', '1.2 （二） 继续加强总量减排', '2 二、 着力解决突出问题', '2.1 （三） 切实加强污染防治',
    ]);
    // Full-width spaces separate the paragraphs here: no marker is glued to text.
    expect(messages.filter((m) => m.ruleId === 'heading-glued')).toEqual([]);
    expectValidTree(parsePolicy(text).tree, text);
  });
});

describe('an excerpt of a task table set a cell a line', () => {
  const table = (first: number) => [
    '某县2024年重点工作目标任务分解表', '附件', '某县2024年重点工作目标任务分解表',
    '序号 |', '目标与任务 |', '分管县领导 |', '牵头责任单位 |', '责任单位 |',
    `${first} |`, '新增托位数400个以上。 |', '张 三 |', '县教育局 |', '县各有关单位 |',
    `${first + 1} |`, '支持职业学校发展。 |', '李 四 |', '县教育局 |', '县财政局 |',
  ].join('\n');

  it('reads rows whose count opens past 1, under the attachment its page heading repeats', () => {
    expect(outline(table(80))).toEqual(['1 附件 某县2024年重点工作目标任务分解表', '1.1 80 新增托位数400个以上。', '1.2 81 支持职业学校发展。']);
    const { registry } = compile({ path: 'p.txt', value: table(80) });
    expect(registry.tasks.map((t) => [t.path, t.form])).toEqual([['1.1', 'table'], ['1.2', 'table']]);
    expect(registry.document.title).toBe('某县2024年重点工作目标任务分解表');
  });

  it('near miss: a year under the header opens no row', () => {
    expect(outline(table(2024)).filter((s) => s.startsWith('1.'))).toEqual([]);
  });
});

describe('a PDF page run onto one line, a space for each line break', () => {
  const page = '某政发〔2023〕2 号 某市人民政府 关于加快推进全市某项事业高质量发展的 实 施 意 见 各镇人民政府、街道办事处,市政府各部门: 为贯彻落实上级部署，推进我市某项事业高 质量发展，提出以下实施意见。 一、总体要求 (一)指导思想。坚持统筹推进。';

  it('reads the 发文字号 that opens it, the title in pieces, and the 主送机关 before the colon', () => {
    const { document } = compile({ path: 'p.txt', value: page }).registry;
    expect(document).toMatchObject({ title: '某市人民政府关于加快推进全市某项事业高质量发展的实施意见', docNumber: '某政发〔2023〕2号', addressees: ['各镇人民政府、街道办事处', '市政府各部门'] });
    expect(outline(page)).toEqual(['1 一、 总体要求', '1.1 (一) 指导思想']);
  });

  it('near miss: a first sentence that carries a document out, or whose 各… reaches no colon, is no title', () => {
    const text = '认真贯彻市政府关于促进民营经济发展的若干政策 各有关部门要加强协作，确保政策落地见效，推动各项工作取得实效。 一、总体要求 (一)指导思想。坚持统筹推进。';
    expect(compile({ path: 'p.txt', value: text }).registry.document.title).toBeNull();
    expect(outline(text)).toEqual(['1 一、 总体要求', '1.1 (一) 指导思想']);
  });

  it('near miss: a sentence that mentions a document 关于… before a colon is no title', () => {
    const text = '为贯彻落实《某省关于加快推进某项事业发展的实施意见》 现就有关事项通知如下: 一、总体要求 (一)指导思想。坚持统筹推进，加强组织领导，确保各项任务落到实处，取得实效。';
    expect(compile({ path: 'p.txt', value: text }).registry.document.title).toBeNull();
  });
});

describe('a notice set as one line', () => {
  it('splits title, 发文字号 and addressees glued together, and ends titles at an indentation', () => {
    const text = '国务院办公厅关于加强某项执法的通知国办发〔2014〕56号各省、自治区、直辖市人民政府，国务院各部委、各直属机构：　　近年来，工作取得成效。现通知如下：　　一、严格依法保护环境，推动监管执法全覆盖　　有效解决法律法规不健全问题。　　（一）加快完善法律法规标准。用严格的法律制度保护生态环境。';
    const { registry } = compile({ path: 'p.txt', value: text });
    expect(registry.document).toMatchObject({ title: '国务院办公厅关于加强某项执法的通知', docNumber: '国办发〔2014〕56号', addressees: ['各省、自治区、直辖市人民政府', '国务院各部委、各直属机构'] });
    expect(registry.sections.map((s) => `${s.path} ${s.title}`)).toEqual(['1 严格依法保护环境，推动监管执法全覆盖', '1.1 加快完善法律法规标准']);
  });
});

describe('regulations', () => {
  it('reads articles that run on inside a line under their chapters', () => {
    const text = '某某条例\n\n第一章　总　　则\n\n第一条　为了规范管理，制定本条例。第二条　本条例适用于本市。依照本法第六条第二款规定的程序确定。\n\n第二章　附　　则\n\n第三条　本条例自2018年1月1日起施行。';
    expect(outline(text)).toEqual(['1 第一章 总　　则', '1.1 第一条 为了规范管理，制定本条例', '1.2 第二条 本条例适用于本市', '2 第二章 附　　则', '2.1 第三条 本条例自2018年1月1日起施行']);
  });

  it('keeps "：（一）…；（二）…" inside an article a list', () => {
    const text = '第一条　纳税人有下列情形之一的，按产生量计算：（一）非法倾倒应税固体废物；（二）进行虚假纳税申报。\n第二条　本条例自公布之日起施行。';
    expect(outline(text)).toEqual(['1 第一条 纳税人有下列情形之一的，按产生量计算：（一）非法倾倒应税固体废物；（二）进行虚假纳税申报', '2 第二条 本条例自公布之日起施行']);
  });
});

describe('a table of contents', () => {
  it('is not the structure: the body begins where its first entry repeats', () => {
    const text = '某某规划\n\n目　　录\n\n　　第一章　发展形势　第一节　取得积极进展　第二节　面临挑战第二章　主要目标\n\n第一章　发展形势\n\n第一节　取得积极进展\n\n成效明显。\n\n第二节　面临挑战\n\n任务艰巨。\n\n第二章　主要目标\n\n到2020年，覆盖率达到90%。';
    expect(outline(text)).toEqual(['1 第一章 发展形势', '1.1 第一节 取得积极进展', '1.2 第一节 面临挑战'.replace('第一节', '第二节'), '2 第二章 主要目标']);
  });
});

describe('a table of contents named after the plan (Yiyang 2014 应急预案)', () => {
  const notice = '某市人民政府办公室关于印发《某市重污染天气应急预案》的通知\n各区县(市)人民政府:\n现印发给你们,请遵照执行。\n某市人民政府办公室\n2014年12月25日\n';

  it('"某某应急预案目录" over its entries is not the structure', () => {
    const text = notice + '某市重污染天气应急预案目录\n\n1.总则\n1.1编制目的\n1.2编制依据\n2.应急组织机构及职责\n\n1.总则\n1.1编制目的\n为规范管理,制定本预案。\n1.2编制依据\n依据有关法律。\n';
    expect(outline(text)).toEqual(['1 1. 总则', '1.1 1.1 编制目的', '1.2 1.2 编制依据']);
  });

  it('a line ending in 目录 with body text under it is not one', () => {
    const text = '某市关于某工作的通知\n一、编制投资项目目录\n纳入政府核准的投资项目目录\n1.梳理项目。\n推进梳理工作。\n2.发布目录。\n二、其他事项\n1.加强宣传。\n';
    expect(outline(text)).toEqual(['1 一、 编制投资项目目录', '1.1 1. 梳理项目', '1.2 2. 发布目录', '2 二、 其他事项', '2.1 1. 加强宣传']);
  });

  it('the plan a notice issues may be a 预案', () => {
    const text = notice + '某市重污染天气应急预案\n1.总则\n1.1编制目的\n';
    expect(compile({ path: 'p.txt', value: text }).registry.document.planTitle).toBe('某市重污染天气应急预案');
  });
});

describe('decimal numbering', () => {
  it('nests 1 / 1.1 / 1.1.1 by the number of components', () => {
    const text = '某某技术规范\n1 总则\n1.1 目的\n为规范管理，制定本规范。\n1.2 适用范围\n2 要求\n2.1 一般要求\n2.1.1 基本规定\n应符合下列规定。\n';
    expect(outline(text)).toEqual(['1 1 总则', '1.1 1.1 目的', '1.2 1.2 适用范围', '2 2 要求', '2.1 2.1 一般要求', '2.1.1 2.1.1 基本规定']);
  });

  it('does not read "3 个" at a line start as a heading where nothing is numbered 1.1', () => {
    const text = '一、总体要求\n3 个重点园区要率先完成改造。\n';
    expect(outline(text)).toEqual(['1 一、 总体要求']);
  });
});

describe('Markdown policies', () => {
  const md = (value: string) => compile({ path: 'p.md', value }).registry;

  it('reads # headings, bold headings and ordered lists as the policy numbers them', () => {
    const registry = md('# 某市关于推进数字经济发展的实施方案\n\n各区人民政府，市政府各部门：\n\n## 一、总体要求\n\n到2025年，核心产业增加值达到5000亿元。\n\n## 二、重点任务\n\n### （一）加快基础设施建设\n\n新建基站2万个。（责任单位：市通信管理局、市经济信息化委）\n\n### （二）培育产业集群\n\n1. 打造产业园区。（牵头单位：市发展改革委；配合单位：各区政府）\n2. 培育龙头企业。\n');
    expect(registry.document.title).toBe('某市关于推进数字经济发展的实施方案');
    expect(registry.sections.map((s) => `${s.path} ${s.marker} ${s.title}`)).toEqual([
      '1 一、 总体要求', '2 二、 重点任务', '2.1 （一） 加快基础设施建设', '2.2 （二） 培育产业集群', '2.2.1 1. 打造产业园区', '2.2.2 2. 培育龙头企业',
    ]);
    expect(registry.tasks.filter((t) => t.clauses.length > 0).map((t) => [t.path, t.lead, t.assist, t.responsible])).toEqual([
      ['2.1', [], [], ['市通信管理局', '市经济信息化委']],
      ['2.2.1', ['市发展改革委'], ['各区政府'], []],
    ]);
  });

  it('takes "**（一）标题。**正文" as bold although CommonMark leaves those asterisks open', () => {
    const text = '**三、保障措施**\n\n**（一）加强组织领导。**建立工作机制。（责任单位：市发展改革委）\n';
    expect(md(text).sections.map((s) => `${s.path} ${s.title}`)).toEqual(['1 保障措施', '1.1 加强组织领导']);
    expectValidTree(parsePolicy(text, { markdown: true }).tree, text);
  });
});

describe('items numbered on across sections (Guangzhou 人才集聚工程, 2012)', () => {
  it('nests 1. under 一、 and 2. … under 二、（一）, and reads "1.目标。" as a heading, not a citation', () => {
    const text = [
      '关于推进某工程的实施意见',
      '　　一、总体目标',
      '　　1.目标。2012年起5年内，实施六大行动计划。',
      '　　二、实施六大行动计划',
      '　　（一）产业提升行动计划。实施如下重点项目：',
      '　　2.紧缺人才开发项目。重点引进紧缺人才。（牵头单位：市发展改革委，配合单位：市委组织部）',
      '　　3.企业家培养项目。加强队伍建设。（牵头单位：市委组织部，配合单位：市国资委）',
      '　　（二）科技创新行动计划。实施如下重点项目：',
      '　　4.拓展项目。深入实施计划。（牵头单位：市委组织部，配合单位：各项目牵头单位）',
    ].join('\n');
    expect(outline(text)).toEqual([
      '1 一、 总体目标', '1.1 1. 目标', '2 二、 实施六大行动计划', '2.1 （一） 产业提升行动计划', '2.1.1 2. 紧缺人才开发项目',
      '2.1.2 3. 企业家培养项目', '2.2 （二） 科技创新行动计划', '2.2.1 4. 拓展项目',
    ]);
  });

  it('"（三）项目管理" opening a line is a heading; "第四条（一）项" inside a sentence cites', () => {
    const text = '某市关于某工作的通知\n一、总体要求\n（一）目标任务\n（二）项目管理\n按照本通知第四条（一）项规定执行。\n';
    expect(outline(text)).toEqual(['1 一、 总体要求', '1.1 （一） 目标任务', '1.2 （二） 项目管理']);
  });
});

describe('a numbering that skips after its section closed', () => {
  it('still takes a line-start "（二十）" under the next section, with a message', () => {
    const text = '某规定\n六、关于人员安置\n（十七）提前离岗。\n（十八）签订劳动合同。\n七、关于财政税收\n（二十）落实优惠政策。\n';
    const { registry, messages } = compile({ path: 'p.txt', value: text });
    expect(registry.sections.map((s) => `${s.path} ${s.marker}`)).toEqual(['1 六、', '1.1 （十七）', '1.2 （十八）', '2 七、', '2.1 （二十）']);
    expect(messages.map((m) => m.ruleId)).toContain('heading-sequence');
  });
});

describe('a notice whose attachment follows under "附件" (Chengdu 成科字〔2022〕64号)', () => {
  const text = [
    '某市科学技术局关于印发《某市重点研发项目资助管理办法》的通知',
    '成科字〔2022〕64号',
    '各区(市)县科技主管部门,各有关单位:',
    '',
    '现印发你们,请遵照执行。',
    '',
    '附件:某市重点研发项目资助管理办法',
    '',
    '某市科学技术局',
    '',
    '2022年12月30日',
    '',
    '附件',
    '',
    '某市重点研发项目资助管理办法',
    '',
    '第一章  总  则',
    '',
    '第一条  目的依据',
    '',
    '为贯彻有关部署,制定本办法。',
    '',
    '第二章  项目管理',
    '',
    '第二条  项目申报',
    '',
  ].join('\n');

  // GOLD-FORMAT: an attachment after the body is a top-level heading continuing the body's
  // numbering (here the notice has none), and the attached text's headings nest under it.
  it('reads the attachment as a top-level section, its chapters and articles under it', () => {
    expect(outline(text)).toEqual(['1 附件 某市重点研发项目资助管理办法', '1.1 第一章 总  则', '1.1.1 第一条 目的依据', '1.2 第二章 项目管理', '1.2.1 第二条 项目申报']);
    expectValidTree(parsePolicy(text).tree, text);
  });

  it('numbers a plan set out under "附件：X" (its label and title on one line, the title again below) under the attachment', () => {
    const plan = ['各县区人民政府，市有关单位：', '《关于某某的实施方案》已经市人民政府同意，现印发给你们，请认真贯彻执行。', '某市人民政府办公室', '2024年2月4日',
      '附件:关于某某的实施方案', '关于某某的实施方案', '一、工作目标', '到2025年，贷款余额达到800亿元。', '二、主要任务', '（一）加强领导。', ''].join('\n');
    // Each path once: the plan's sections are the attachment's, as under a label alone.
    expect(outline(plan)).toEqual(['1 附件 关于某某的实施方案', '1.1 一、 工作目标', '1.2 二、 主要任务', '1.2.1 （一） 加强领导']);
    expectValidTree(parsePolicy(plan).tree, plan);
  });

  it('ends that plan at the next attachment\'s label: "附件2" is the first one\'s sibling, not a section of its plan', () => {
    const two = ['各县区人民政府：', '现将方案印发给你们，请认真贯彻执行。', '某市人民政府办公室', '2024年2月4日',
      '附件1:关于某某的实施方案', '关于某某的实施方案', '一、工作目标', '二、主要任务', '附件2', '某某任务分工表', '一、任务', '1.加强领导。', ''].join('\n');
    expect(outline(two)).toEqual(['1 附件1 关于某某的实施方案', '1.1 一、 工作目标', '1.2 二、 主要任务', '2 附件2 某某任务分工表', '2.1 一、 任务', '2.1.1 1. 加强领导']);
    expectValidTree(parsePolicy(two).tree, two);
  });

  it('heads an attachment whose title holds a slip of the pen in brackets ("（自治县。市）"); a title that is a sentence heads none', () => {
    const attached = (title: string) => ['各区县人民政府：', '现将分解表下发给你们，请认真执行。', '二○○二年一月二十四日', '附件1:', title, '一、总体目标', '（一）加强领导。', ''].join('\n');
    expect(outline(attached('2002年区县(自治县。市)外经贸目标任务分解表'))[0]).toBe('1 附件1 2002年区县(自治县。市)外经贸目标任务分解表');
    expect(outline(attached('各区县要按时完成任务。并及时报送进展情况')).filter((s) => s.includes('附件'))).toEqual([]);
    // (a sentence in brackets under the label, "（此件公开发布。）", is no title either)
    expect(outline(attached('（此件公开发布。）')).filter((s) => s.includes('附件'))).toEqual([]);
  });

  it('takes the plan title from under the label, not from the attachment note', () => {
    expect(compile({ path: 'p.txt', value: text }).registry.document).toMatchObject({
      planTitle: '某市重点研发项目资助管理办法', issuer: '某市科学技术局', date: '2022-12-30',
    });
  });

  it('takes the plan title from an attachment the notice\'s title names, written with 《》 or without', () => {
    const notice = (title: string, attached: string) => `${title}\n各区人民政府：\n现印发给你们，请认真执行。\n某市人民政府办公室\n2024年3月1日\n附件\n${attached}\n一、总体要求\n（一）加强领导。\n`;
    const planTitle = (text: string) => compile({ path: 'p.txt', value: text }).registry.document.planTitle;
    expect(planTitle(notice('某市人民政府办公室关于印发某市某某行动方案的通知', '某市某某行动方案'))).toBe('某市某某行动方案');
    // near miss: an attachment the title does not name is some other file
    expect(planTitle(notice('某市人民政府办公室关于做好某某工作的通知', '某某工作责任清单'))).toBeNull();
  });

  it('a "附件：" over a numbered list still ends the structure', () => {
    expect(outline('某市关于某工作的通知\n一、总体要求\n附件：\n1．某某实施方案\n2．某某工作清单\n')).toEqual(['1 一、 总体要求']);
  });

  it('an attached text after the signature and date whose label the page dropped: the name the list gives titles it', () => {
    // The notice quotes one name, its list of attachments another: the line after the date that
    // spells the listed name is the plan's title, and the headings under it are the plan's.
    const text = '各镇、街道：\n现将《2024年全区某某工作任务分解表》印发给你们，请认真组织实施。\n附件：2024年某某工作任务分解表\n某区人民政府办公室\n2024年6月1日\n（此件主动公开）\n2024年某某工作任务分解表\n一、抓好规划公开 |\n二、抓好政策解读 |\n';
    expect(outline(text)).toEqual(['1 一、 抓好规划公开', '2 二、 抓好政策解读']);
    expect(compile({ path: 'p.txt', value: text }).registry.document.planTitle).toBe('2024年某某工作任务分解表');
    // a list item's own number is no part of the name listed
    const numbered = text.replace('附件：2024年', '附件：1.2024年');
    expect(compile({ path: 'p.txt', value: numbered }).registry.document.planTitle).toBe('2024年某某工作任务分解表');
    // near miss: before the signature, the list's own items are no headings
    expect(outline('某市关于某工作的通知\n一、总体要求\n附件：1．某某实施方案\n2．某某工作清单\n某市人民政府\n2024年6月1日\n')).toEqual(['1 一、 总体要求']);
  });
});

describe('an item whose title opens with a figure', () => {
  it('"3.5G网络" after item 2. is item 3, "11.121人才梯队" after item 10. is item 11', () => {
    const items = Array.from({ length: 10 }, (_, k) => `${k + 1}.第${k + 1}个项目。推进。`);
    const text = ['某市关于某工作的通知', '一、主要任务', ...items.slice(0, 2), '3.5G网络全覆盖。推进。', ...items.slice(3), '11.121人才梯队项目。培养人才。', ''].join('\n');
    const got = outline(text);
    expect(got.slice(3, 4)).toEqual(['1.3 3. 5G网络全覆盖']);
    expect(got.at(-1)).toBe('1.11 11. 121人才梯队项目');
  });

  it('a figure opening a line that continues no items stays text ("1.5万亩…")', () => {
    expect(outline('某县关于某产业的意见\n一、主要目标\n1.5万亩以上的种植基地建成投产。\n二、主要措施\n')).toEqual(['1 一、 主要目标', '2 二、 主要措施']);
  });

  it('decimal numbering under numbered items stays decimal (益阳 预案: "1.总则" / "1.1编制目的" / "2.应急组织" / "2.1…")', () => {
    const text = '某市重污染天气应急预案\n1.总则\n1.1编制目的\n1.2编制依据\n2.应急组织机构及职责\n2.1应急组织机构\n2.2职责\n';
    expect(outline(text)).toEqual(['1 1. 总则', '1.1 1.1 编制目的', '1.2 1.2 编制依据', '2 2. 应急组织机构及职责', '2.1 2.1 应急组织机构', '2.2 2.2 职责']);
  });
});

describe('look-alike full stops', () => {
  it('reads "1﹒" (small full stop) as an item marker', () => {
    expect(outline('某省重点工作及责任分解\n一、稳定经济增长\n1﹒扩大有效投资。\n2﹒促进消费恢复。\n')).toEqual(['1 一、 稳定经济增长', '1.1 1﹒ 扩大有效投资', '1.2 2﹒ 促进消费恢复']);
  });
});

/** (path marker title) of every section, straight from the parser. */
function parsedOutline(text: string): string[] {
  const { tree } = parsePolicy(text);
  expectValidTree(tree, text);
  const out: string[] = [];
  const walk = (node: { children?: unknown[] }) => {
    for (const child of (node.children ?? []) as { type: string; path?: string; marker?: string; title?: string; children?: unknown[] }[]) {
      if (child.type === 'section') out.push(`${child.path} ${child.marker} ${child.title}`);
      if (child.type === 'section' || child.type === 'plan') walk(child);
    }
  };
  walk(tree);
  return out;
}

describe('a whole document on one line, paragraphs parted by runs of U+3000', () => {
  const body = '　　1　总则　　1.1　编制目的　　为有效应对突发事件，制定本预案。　　1.2　适用范围　　本预案适用于本市行政区域内的突发事件应对工作，包括自然灾害和事故灾难等各类事件。　　2　组织指挥体系　　2.1　指挥机构　　市政府负责统一领导，各区政府负责本行政区域内的应对工作。';
  const filler = '　　本预案所称突发事件，是指突然发生，造成或者可能造成严重社会危害，需要采取应急处置措施予以应对的事件。'.repeat(20);
  const contents = '某市突发事件应急预案　　1　总则　　　　1.1　编制目的　　　　1.2　适用范围　　2　组织指挥体系　　　　2.1　指挥机构\u00a0';

  it('reads a decimal scheme inside the line, each marker opening a paragraph, titles ending at the next run', () => {
    const text = `某市人民政府办公厅关于印发某市突发事件应急预案的通知各区人民政府：　　现印发给你们。${contents}${body}${filler}`;
    expect(parsedOutline(text)).toEqual(['1 1 总则', '1.1 1.1 编制目的', '1.2 1.2 适用范围', '2 2 组织指挥体系', '2.1 2.1 指挥机构']);
  });

  it('an unlabelled table of contents (bare entries, then the first entry again) is not the structure', () => {
    const text = `${contents}${body}${filler}`;
    const { tree } = parsePolicy(text);
    const first = (tree.children.find((c) => c.type === 'section') as { position: { start: { offset?: number } } } | undefined)?.position.start.offset;
    expect(first).toBe(text.indexOf('1　总则', contents.length));
  });
});

describe('a plan extracted from PDF', () => {
  const text = [
    '某市生态修复规划',
    '（2021 年-2035 年）',
    '2021 年 9 月 前    言',
    '生态修复是生态文明建设的重大举措，是',
    '关系生态安全的重要任务。',
    '  II 目    录 ',
    '总    则 ........................................ 1 ',
    '第一节  指导思想 ............................. 1 ',
    '第二节  规划依据 ............................. 2 ',
    '第一章  规划目标 ................................ 5 ',
    '第一节  总体目标 ............................. 5 ',
    '附  图 ........................................ 1 2 ',
    'II I  ',
    '总    则 ',
    '第一节  指导思想 ',
    '以新时代思想为指导，全面贯',
    '彻落实有关部署。',
    '第二节  规划依据 ',
    '1、《中华人民共和国森林法》（2019 年修订） ',
    '2、《某市生态保护条例》 ',
    '- 3 -',
    '第一章  规划目标 ',
    '第一节  总体目标 ',
    '一、 近期目标',
    '三 、远期目标',
  ].join('\n');

  it('skips the contents (dot leaders, page numbers, a label after a page number), and reads 总则 as the unnumbered first division', () => {
    expect(parsedOutline(text)).toEqual([
      '1  总    则', '1.1 第一节 指导思想', '1.2 第二节 规划依据',
      '2 第一章 规划目标', '2.1 第一节 总体目标', '2.1.1 一、 近期目标', '2.1.2 三 、 远期目标',
    ]);
  });

  it('第X章 after 第X节 takes the 章 level even without 总则 over the 节', () => {
    expect(parsedOutline('某规划\n第一节　背景\n正文。\n第一章　目标\n第一节　总体目标\n')).toEqual(['1 第一节 背景', '2 第一章 目标', '2.1 第一节 总体目标']);
  });

  it('reads spaces inside markers and any Unicode space before a title', () => {
    expect(parsedOutline('某某办法\n第 1 条　为规范管理，制定本办法。\n第 2 条　本办法自印发之日起施行。\n')).toEqual(['1 第 1 条 为规范管理，制定本办法', '2 第 2 条 本办法自印发之日起施行']);
    expect(parsedOutline('某某预案\n1\u2003总则\n1.1\u2003编制目的\n制定本预案。\n')).toEqual(['1 1 总则', '1.1 1.1 编制目的']);
  });
});

describe('attachments after the body', () => {
  const notice = '某市人民政府关于某工作的通知\n各区人民政府：\n一、总体要求\n二、工作任务\n';

  it('"附件1" glued to its title, and "附件2" after a U+00A0, continue the top-level numbering; the list before the signature does not', () => {
    const body = '　　1　总则　　1.1　目的　　为做好工作，制定本方案。　　2　附则　　2.1　解释　　本方案由市政府负责解释。　　附件：1.某某分级标准　　　　　2.某某工作组职责\u00a0附件1某某分级标准　　一、特别重大事件　　凡符合下列情形之一的：　　1.因事件导致30人以上死亡的；　　2.因事件造成直接经济损失1亿元以上的。\u00a0附件2某某工作组职责　　一、综合组。由某局牵头。';
    const text = `某市突发事件应急预案${body}${'　　说明文字，用以使本行足够长，如同整篇文件排在一行。'.repeat(60)}`;
    expect(parsedOutline(text)).toEqual([
      '1 1 总则', '1.1 1.1 目的', '2 2 附则', '2.1 2.1 解释',
      '3 附件1 某某分级标准', '3.1 一、 特别重大事件', '3.1.1 1. 因事件导致30人以上死亡的', '3.1.2 2. 因事件造成直接经济损失1亿元以上的',
      '4 附件2 某某工作组职责', '4.1 一、 综合组',
    ]);
  });

  it('"附件" on a line of its own is titled by the line under it; "附件：…" before the signature lists it', () => {
    const text = `${notice}附件：某某工作清单\n某市人民政府\n2024年3月4日\n附件\n某某工作清单\n一、重点工作\n`;
    expect(parsedOutline(text)).toEqual(['1 一、 总体要求', '2 二、 工作任务', '3 附件 某某工作清单', '3.1 一、 重点工作']);
  });

  it('a page opening on "附件2" alone is the attached text: the label is its first heading, no header', () => {
    const text = '附件2\n某县年度重点任务清单\n一、重点工作\n（一）推进改革。（县发改局负责）\n';
    expect(parsedOutline(text)).toEqual(['1 附件2 某县年度重点任务清单', '1.1 一、 重点工作', '1.1.1 （一） 推进改革']);
    // near miss: a title that opens with the word is a title ("附件管理办法" names no attachment)
    expect(parsedOutline('附件管理办法\n一、总则\n').map((l) => l.split(' ')[1])).toEqual(['一、']);
  });

  it('"附件2：title" over its text is an attachment; labels one under another, or with nothing after them, are a list', () => {
    expect(parsedOutline(`${notice}附件2：某某名单\n一、第一批\n`)).toEqual(['1 一、 总体要求', '2 二、 工作任务', '3 附件2 某某名单', '3.1 一、 第一批']);
    expect(parsedOutline(`${notice}附件1：某某清单\n附件2：某某名单\n`)).toEqual(['1 一、 总体要求', '2 二、 工作任务']);
    expect(parsedOutline(`${notice}附件1-3下载：《某某申报表》.doc\n`)).toEqual(['1 一、 总体要求', '2 二、 工作任务']);
  });
});

describe('figures and citations that look like items', () => {
  it('"1.80周岁以上的；" before "2." is item 1 over a figure, not the number 1.80', () => {
    expect(parsedOutline('某某办法\n（二）资助对象。\n符合以下条件之一的：\n1.80周岁以上的；\n2.纯老家庭人员。\n')).toEqual(['1 （二） 资助对象', '1.1 1. 80周岁以上的', '1.2 2. 纯老家庭人员']);
  });

  it('a "1.5万亩" line with no item after it stays a figure', () => {
    expect(parsedOutline('某某方案\n一、主要目标\n1.5万亩高标准农田建成。\n')).toEqual(['1 一、 主要目标']);
  });

  it('a list of the documents a plan rests on opens no sections', () => {
    expect(parsedOutline('某规划\n一、规划依据\n1、《中华人民共和国森林法》（2019 年修订）\n2、《某省生态保护条例》\n二、规划期限\n')).toEqual(['1 一、 规划依据', '2 二、 规划期限']);
  });
});

describe('a one-line document: which runs of spaces part paragraphs', () => {
  const filler = '本办法所称服务，是指为居家老年人提供的生活照料、康复护理和精神慰藉等服务。'.repeat(12);

  it('a spaced-out title ("总　　则") is not parted; the article after it opens a paragraph', () => {
    const text = `某市居家养老服务办法　　第一章　总　　则　　第一条　为规范管理，制定本办法。${filler}　　第二章　附　　则　　第二条　本办法自印发之日起施行。`;
    expect(parsedOutline(text)).toEqual(['1 第一章 总　　则', '1.1 第一条 为规范管理，制定本办法', '2 第二章 附　　则', '2.1 第二条 本办法自印发之日起施行']);
  });

  it('a lone U+00A0 is a space between words where no U+3000 runs part the line', () => {
    const text = `某市实施方案\n一、总体要求\n${filler}按照附件\u00a01.所列标准执行。${filler}\n`;
    expect(parsedOutline(text)).toEqual(['1 一、 总体要求']);
  });
});

describe('a table of contents without dot leaders under "目  录"', () => {
  const contents = '某县突发事件总体应急预案\n\n目  录\n\n1  总则\n\n1.1  编制目的\n\n1.2  适用范围\n\n2  组织体系\n\n2.1  领导机构\n\n2.2  日常工作机构\n\n2.3  专家组\n';

  it('is not the structure even where no body repeats it (the page gives the contents alone)', () => {
    expect(outline(contents)).toEqual([]);
  });

  it('ends where its first entry repeats, so the body keeps every heading, "2.2  日常…" too', () => {
    const text = `${contents}\n1  总则\n\n1.1  编制目的\n为规范应对突发事件，制定本预案。\n1.2  适用范围\n本预案适用于本县。\n2  组织体系\n2.1  领导机构\n县政府是领导机构。\n2.2  日常工作机构\n县应急局是日常工作机构。\n`;
    expect(outline(text)).toEqual(['1 1 总则', '1.1 1.1 编制目的', '1.2 1.2 适用范围', '2 2 组织体系', '2.1 2.1 领导机构', '2.2 2.2 日常工作机构']);
    expectValidTree(parsePolicy(text).tree, text);
  });

  it('a figure with a unit after one space is still no marker ("1.5 万亩")', () => {
    const text = '一、主要目标\n1.1 建设任务\n新增造林面积\n1.5 万亩以上。\n';
    expect(outline(text)).toEqual(['1 一、 主要目标', '1.1 1.1 建设任务']);
  });
});

describe('a decimal scheme whose top numbers are glued to their titles', () => {
  it('"1总则" over "1.1制定目的" is heading 1, so the 1.1 under it keep their paths', () => {
    const text = '某镇突发事件总体应急预案\n1总则\n1.1制定目的\n规范应对突发事件行为。\n1.2分级分类\n1.2.1按危害程度分为四级。\n2组织体系\n2.1镇应急委员会\n负责统一领导。\n';
    expect(outline(text)).toEqual(['1 1 总则', '1.1 1.1 制定目的', '1.2 1.2 分级分类', '1.2.1 1.2.1 按危害程度分为四级', '2 2 组织体系', '2.1 2.1 镇应急委员会']);
    expectValidTree(parsePolicy(text).tree, text);
  });

  it('a short line opening with a figure is no heading where its first child does not follow', () => {
    const text = '一、工作目标\n1.1全年任务\n建成标准化站点\n3处示范点\n2个中心\n1.2保障措施\n加强指导。\n';
    expect(outline(text)).toEqual(['1 一、 工作目标', '1.1 1.1 全年任务', '1.2 1.2 保障措施']);
    // "3处示范点" is no heading even though it fits the glued form: no "3.1" follows it.
    const glued = '1.1全年任务\n建成站点。\n3处示范点\n1.2保障措施\n';
    expect(outline(glued)).toEqual(['1 1.1 全年任务', '2 1.2 保障措施']);
  });
});

describe('PDF text flowed into one line, printed lines joined by single spaces', () => {
  const text = '某市突发事件总体应急预案\n某市突发事件总体应急预案 1 总则 1.1 编制依据 为提高政府保障公共安全和处置突发事件的能力，依据有关法律法规，制定本 预案。 1.2 适用范围 本预案是全市应急预案体系的总纲，适用于本市行政区域内突发事件的应对 工作。 1.3 工作原则 坚持统一领导、分级负责、属地为主，快速反应、协调 — 1 — 联动、依法管理。全市共有 3 个片区，面积 2.5 平方公里的核心区。 1.4 事件分类分级 1.4.1 突发事件分类 本市可能发生的突发事件主要有： (1)自然灾害。主要包括水旱灾害、气象灾害等。 (2)事故灾难。主要包括各类安全事故、交通运输事故等。 2 组织体系 2.1 领导机构 市政府是全市突发事件应对工作的行政领导机构，负责统一领导本市突发事件的应对工作和有关 事项。 2.2 工作机构 市应急管理局是全市突发事件应对工作的综合协调机构，负责组织编制总体应急预案，指导各 部门做好应急准备工作。\n';

  it('reads the decimal numbering that runs through the line, each title ending at the space after it', () => {
    expect(outline(text)).toEqual([
      '1 1 总则', '1.1 1.1 编制依据', '1.2 1.2 适用范围', '1.3 1.3 工作原则', '1.4 1.4 事件分类分级', '1.4.1 1.4.1 突发事件分类',
      '1.4.1.1 (1) 自然灾害', '1.4.1.2 (2) 事故灾难', '2 2 组织体系', '2.1 2.1 领导机构', '2.2 2.2 工作机构',
    ]);
    expectValidTree(parsePolicy(text).tree, text);
  });

  it('reads items after a space that count on from one another, across their sections, as headings', () => {
    const list = '某自治区 2023 年推动产业高质量发展政策清单 为全面贯彻中央经济工作会议精神，落实 好全区经济工作会议部署要求，在稳中求进的基础上稳中快进、稳中优进，推动经济 实现质的有效提升和量的合理增长，提出如 下政策清单。 一、推进农牧业优质高效转型 (一)增强粮食综合生产能力 1.实施优质高效增粮示范行动，安排 80 亿元农业生产 发展等资金，稳定粮食播种面积和产量。(责任单位：自治 区农牧厅、财政厅) 2.实施耕地保护与建设行动，对 260 万亩高标准农田建 设项目给予支持。(责任单位：自治区农牧厅) (二)实施种业振兴行动 3.安排 7000 万元资金，支持实施种质资源保护利用、良 种化水平提升三大工程。(责任单位：自治区农牧厅、科技厅、财政厅) 4.支持建设国家级育种创新平台，开展 种质资源精准鉴定。(责任单位：自治区科技厅) 二、推进工业转型升级 (一)壮大优势产业集群 5.安排 10 亿元资金，支持重点产业链延链 补链强链。(责任单位：自治区工业和信息化厅)\n';
    // Paths and markers (titles run to their printed line's end, where the next marker stands).
    expect(outline(list).map((line) => line.split(' ').slice(0, 2).join(' '))).toEqual(['1 一、', '1.1 (一)', '1.1.1 1.', '1.1.2 2.', '1.2 (二)', '1.2.1 3.', '1.2.2 4.', '2 二、', '2.1 (一)', '2.1.1 5.']);
    expectValidTree(parsePolicy(list).tree, list);
  });

  it('near miss: items a few characters apart are a list inside a sentence', () => {
    const text = `某市关于支持产业发展的若干措施\n${'为加快产业发展，现提出如下措施。重点支持 1.新能源 2.新材料 3.生物医药 等产业领域企业，对 符合条件的企业给予 支持，各地要认真 落实。'.repeat(6)}\n`;
    expect(parsePolicy(text).tree.children.filter((c) => c.type === 'section')).toEqual([]);
  });

  it('near miss: a number after a space that keeps no count with others is no item', () => {
    const prose = `某市关于加强某项工作的意见\n${'为加强某项工作，现提出如下意见。各单位要认真 落实各项措施，到 2025 年建成 示范园区，全市第 3 批试点 2.实施 工作取得实效。'.repeat(12)}\n`;
    expect(parsePolicy(prose).tree.children.filter((c) => c.type === 'section')).toEqual([]);
  });

  it('a line with no decimal numbering in it is left whole', () => {
    const prose = `某市关于加强某项工作的意见\n${'为加强某项工作，现提出如下意见。各单位要高度重视，认真 落实各项措施，确保 工作取得实效。'.repeat(12)}\n`;
    expect(parsePolicy(prose).tree.children.filter((c) => c.type === 'section')).toEqual([]);
    expectValidTree(parsePolicy(prose).tree, prose);
  });
});

describe('paragraphs a page ran into one line, one space between them', () => {
  // Each paragraph longer than a printed line, so the line has far fewer spaces than flowed print.
  const paragraph = (words: string) => `${words}，要坚持问题导向和目标导向，统筹推进各项工作，完善工作机制，细化工作措施，强化督促检查，确保各项任务落到实处、取得实效。`;
  const plan = [
    '某县人民政府办公室关于印发重点工作责任分解的通知 各乡镇人民政府，县政府各部门： 现将重点工作责任分解印发给你们，请认真贯彻执行。 某县人民政府办公室 2024年3月1日 重点工作责任分解',
    '一、县长牵头重点工作', `1.${paragraph('全县生产总值增长6%左右')} 责任单位：县发改局、县财政局`, `2.${paragraph('落实过紧日子要求')} 责任单位：县财政局`,
    '二、常务副县长牵头重点工作', `1.${paragraph('坚持集体学法')} 责任单位：县司法局`, `2.${paragraph('推进政务公开')} 责任单位：县政府办公室`,
  ].join(' ');

  it('reads the items that keep a count, 一、 and 1. alike, as headings', () => {
    expect(outline(`${plan}
`).map((line) => line.split(' ').slice(0, 2).join(' '))).toEqual(['1 一、', '1.1 1.', '1.2 2.', '2 二、', '2.1 1.', '2.2 2.']);
    expectValidTree(parsePolicy(`${plan}\n`).tree, `${plan}\n`);
  });

  it('near miss: a bare number after a space is a figure there, not a heading', () => {
    const text = `某县关于做好统计工作的通知 ${paragraph('各乡镇要按时报送数据')} 1 ${paragraph('月份数据于月底前报送')} 2 ${paragraph('月份数据于下月初报送')}
`;
    expect(parsePolicy(text).tree.children.filter((c) => c.type === 'section')).toEqual([]);
  });

  it('near miss: a long paragraph of a document set in lines keeps its stages and lists inline', () => {
    const stage = (name: string) => `${name}（2024年3月至4月），${'各单位要对照任务清单逐项排查，建立问题台账，明确整改时限和责任人，'.repeat(3)}确保工作有序推进，`;
    const text = ['某县安全生产专项整治行动方案', '一、总体要求', '坚持问题导向，压实各方责任。', '二、工作安排', `本次专项行动分三个阶段进行 一、${stage('动员部署阶段')} 二、${stage('集中整治阶段')} 三、${stage('总结验收阶段')}`, '三、保障措施', '加强组织领导。', ''].join('\n');
    expect(text.split('\n')[4]!.length).toBeGreaterThan(400);
    expect(outline(text).map((line) => line.split(' ').slice(0, 2).join(' '))).toEqual(['1 一、', '2 二、', '3 三、']);
  });

  it('near miss: a lone 一、 after a space that no 二、 follows is no heading', () => {
    const text = `某县关于做好统计工作的通知 ${paragraph('各乡镇要按时报送数据')} 重点抓好 一、${paragraph('数据质量是统计工作的生命')} ${paragraph('各部门要加强配合')}
`;
    expect(parsePolicy(text).tree.children.filter((c) => c.type === 'section')).toEqual([]);
  });
});

describe('an item glued on the short title of the heading its line opens with', () => {
  const opinion = (first: string, third: string) => [
    '某市关于加快学前教育发展的若干意见',
    first, '2010年，每个乡镇都建有1所公办中心幼儿园。',
    '2、推进学前教育低龄化发展。', '各区、县（市）至少办1所早教中心。',
    third, '实行分级管理。', '',
  ].join('\n');

  it('opens its item where the copy lost the line break, the count going on through the sections', () => {
    const text = opinion('一、明确目标任务，促进学前教育快速发展1、学前三年教育发展目标。', '二、改革管理体制，健全管理网络3、理顺学前教育管理体制。');
    expect(outline(text)).toEqual([
      '1 一、 明确目标任务，促进学前教育快速发展', '1.1 1、 学前三年教育发展目标', '1.2 2、 推进学前教育低龄化发展',
      '2 二、 改革管理体制，健全管理网络', '2.1 3、 理顺学前教育管理体制',
    ]);
    expectValidTree(parsePolicy(text).tree, text);
  });

  it('near miss: numbers in a title that name things ("建设1、2号线") or a long title stay in the title', () => {
    expect(outline(opinion('一、加快建设1、2号线工程。', '二、其他。')).slice(0, 1)).toEqual(['1 一、 加快建设1、2号线工程']);
    const long = '一、明确目标任务，促进全市学前教育事业持续健康快速均衡优质发展并取得实效1、学前三年教育发展目标。';
    expect(outline(opinion(long, '二、其他。'))[1]).not.toMatch(/^1\.1 1、/u);
  });
});

describe('traditional script', () => {
  it('reads 第一節, 第一條, 第一編 and the traditional 目錄 as their simplified forms', () => {
    const text = '某市行政審批管理辦法\n目錄\n第一章 總則\n第二章 審批\n第一章 總則\n第一條 為規範行政審批，制定本辦法。\n第二章 審批\n第一節 受理\n第二條 申請人應當提交材料。\n';
    expect(outline(text)).toEqual(['1 第一章 總則', '1.1 第一條 為規範行政審批，制定本辦法', '2 第二章 審批', '2.1 第一節 受理', '2.1.1 第二條 申請人應當提交材料']);
  });
});

describe('a page that opens mid-list, its items run on inside the line of the heading above them', () => {
  it('nests items that count on from the page\'s first one, after a space or a sentence\'s end', () => {
    const text = '关于推进城乡供水保障的通知\n三、健全城乡供水保障体系 (六)完善水源地保护工程。开展水源地规范化建设。(责任部门:某部、某委按职责分工负责) (七)强化供水设施运行管理。建立运行维护制度。\n';
    expect(outline(text)).toEqual(['1 三、 健全城乡供水保障体系', '1.1 (六) 完善水源地保护工程', '1.2 (七) 强化供水设施运行管理']);
    expectValidTree(parsePolicy(text).tree, text);
  });
  it('near miss: a marker that cites an item ("(三)、(四)项规定", "(二)(三)款") opens none', () => {
    expect(outline('某市专项整治方案\n一、总体要求\n对存在隐患的企业，依照《某省条例》 (三)、(四)项规定予以处罚。\n二、工作措施\n符合本办法第三条 (二)(三)款规定的企业，可申请补助。\n')).toEqual(['1 一、 总体要求', '2 二、 工作措施']);
  });
  it('nests items set one paragraph per parent, the first run on after the parent\'s title sentence', () => {
    const text = '关于优化营商环境的实施意见\n一、减少审批事项\n1.深化登记制度改革。(1)推行证照合一。整合涉企证照事项。(某局牵头负责)(2)推进全程电子化。推行网上申请。(某局牵头负责)\n2.精简投资审批。(1)压减审批环节。合并办理。(某委负责)\n';
    expect(outline(text)).toEqual(['1 一、 减少审批事项', '1.1 1. 深化登记制度改革', '1.1.1 (1) 推行证照合一', '1.1.2 (2) 推进全程电子化', '1.2 2. 精简投资审批']);
    expectValidTree(parsePolicy(text).tree, text);
  });
  it('near miss: a short list run on after a title, its items parted by ；, stays in its paragraph', () => {
    const text = '某市实施方案\n一、主要任务\n（一）推进建设。(1)道路；(2)桥梁；(3)管网。\n（二）完善机制。\n';
    expect(outline(text)).toEqual(['1 一、 主要任务', '1.1 （一） 推进建设', '1.2 （二） 完善机制']);
  });
  it('near miss: items of one sentence each after a title list what it names, no sub-items', () => {
    const text = '某市若干措施\n一、支持创新\n1.申报材料。(1)申请表。(2)营业执照复印件。(3)财务报表。\n2.申报条件。(1)年营收超过1亿元。(2)研发投入占比超过5%。\n';
    expect(outline(text)).toEqual(['1 一、 支持创新', '1.1 1. 申报材料', '1.2 2. 申报条件']);
  });
  it('near miss: a list inside a paragraph that counts from (1) stays in its paragraph', () => {
    const text = '某市实施方案\n一、主要任务\n（一）推进建设。主要包括：(1)道路；(2)桥梁；(3)管网。\n（二）完善机制。包括：(1)考核；(2)督查。\n';
    expect(outline(text)).toEqual(['1 一、 主要任务', '1.1 （一） 推进建设', '1.2 （二） 完善机制']);
  });
});

describe('a run-in title set in bold on a Markdown page', () => {
  const outlineMd = (text: string) => compile({ path: 'p.md', value: text }).registry.sections.map((s) => `${s.path} ${s.title}`);

  it('the bold\'s close ends the title as a 。 would ("**（二）市场监督管理部门：** 现场抽检…")', () => {
    const text = '某市关于开展检查的工作方案\n\n一、检查内容\n\n**（一）市场监督管理部门：** 现场抽检汽柴油样品，检查加油机铅封。\n\n**（二）应急管理部门：** 检查企业经营场所是否符合规范。\n';
    expect(outlineMd(text)).toEqual(['1 检查内容', '1.1 市场监督管理部门', '1.2 应急管理部门']);
  });

  it('near miss: a bold run holding the marker alone, or a title set in several bold runs, runs on to its 。', () => {
    const text = '某省实施方案\n\n一、重点任务\n\n**（一）** **制定充电基础设施规划。** 以县域为基本单位编制规划。\n\n**（二）** **建设结构完善的** **城市** **充电网络。** 重点加强城市充电网络建设。\n';
    // (a space between two runs inside Chinese only parts the runs: the title joins them)
    expect(outlineMd(text)).toEqual(['1 重点任务', '1.1 制定充电基础设施规划', '1.2 建设结构完善的城市充电网络']);
  });
});

describe('an attachment\'s title set over two lines', () => {
  it('joins the line under the label to the next when only the two together close with a genre word', () => {
    const text = '某省关于促进某项服务发展的实施意见\n一、主要任务\n（一）完善政策。\n附件\n促进城乡社区养老服务体系高质量发展\n工作部门职责分工\n省发展改革委负责将某项服务纳入相关规划。\n';
    expect(outline(text)).toContain('2 附件 促进城乡社区养老服务体系高质量发展工作部门职责分工');
    // A Markdown page sets the two lines a blank line apart.
    const markdown = compile({ path: 'p.md', value: text.replace(/\n/gu, '\n\n') }).registry.sections.map((s) => `${s.path} ${s.marker} ${s.title}`);
    expect(markdown).toContain('2 附件 促进城乡社区养老服务体系高质量发展工作部门职责分工');
  });

  it('near miss: a title complete on its own line, or a second line that is a sentence, is not joined', () => {
    const complete = '某省关于促进某项服务发展的实施意见\n一、主要任务\n（一）完善政策。\n附件\n某项服务发展实施方案\n重点任务分工\n省发展改革委负责将某项服务纳入相关规划。\n';
    expect(outline(complete)).toContain('2 附件 某项服务发展实施方案');
    const sentence = '某省关于促进某项服务发展的实施意见\n一、主要任务\n（一）完善政策。\n附件\n促进某项服务发展\n省发展改革委负责制定年度工作分工。\n';
    expect(outline(sentence)).toContain('2 附件 促进某项服务发展');
  });
});

describe('a short line under an attachment label is a title of its own', () => {
  it('"重点任务台账" over "市级统筹政策": a short line under the label is a title of its own, the next line none of it', () => {
    const text = '关于推进某某工作的通知\n各区人民政府：\n一、加强园区建设。市发展改革委负责。\n附件\n重点任务台账\n市级统筹政策\n（一）加快建设园区。市发展改革委负责。\n';
    expect(outline(text)).toContain('2 附件 重点任务台账');
  });
});
