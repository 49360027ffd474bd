/**
 * What a web page or a copying slip sets around a document's header: rows of "label: value" pairs
 * (one or several a line, labels seen before or not), page labels ("全文"), a title closed by a
 * status note ("（试行）"), a 发文字号 damaged in copying, pinyin glosses left by ruby text. None of
 * them is the title or the addressees. Made-up headers.
 */
import { parsePolicy } from '@policyc/parse';
import { compile } from 'policyc';
import { expectValidTree } from '../../../test/support/tree-invariants.js';
import { describe, expect, it } from 'vitest';
import { BODY, meta } from './support/meta.js';


describe('rows of label: value pairs above the title', () => {
  it('reads past rows of several pairs, and takes the 发文字号 a numbering label gives', () => {
    const text = `索引号:  5678/2024-00321 发文时间:  2024-03-11\n公开方式:   主动公开 公开时限:   长期公开\n文件编号:  某政办发〔2024〕9号 发布机构:  某县政府办公室\n某县人民政府办公室关于印发某某工作方案的通知\n\n各镇人民政府（街道办事处），县政府直属各单位：\n${BODY}`;
    expect(meta(text)).toEqual({ title: '某县人民政府办公室关于印发某某工作方案的通知', docNumber: '某政办发〔2024〕9号', addressees: ['各镇人民政府（街道办事处）', '县政府直属各单位'] });
  });

  it('takes the 发文字号 from a later pair of its row', () => {
    const text = `发布机构：某市政府办公室 文号：某政发〔2023〕15号\n某市人民政府关于某某工作的意见\n各区人民政府：\n${BODY}`;
    expect(meta(text)).toEqual({ title: '某市人民政府关于某某工作的意见', docNumber: '某政发〔2023〕15号', addressees: ['各区人民政府'] });
  });

  it('takes the 发文字号 from a later pair whose label is letter-spaced', () => {
    const text = `索 引 号: 1234/2023-00095 公开日期: 2023-04-22\n发布机构: 某市卫生健康委 文  号: 某卫发〔2023〕10号\n某市卫生健康委关于印发某某工作要点的通知\n各区卫生健康局：\n${BODY}`;
    expect(meta(text)).toEqual({ title: '某市卫生健康委关于印发某某工作要点的通知', docNumber: '某卫发〔2023〕10号', addressees: ['各区卫生健康局'] });
  });

  it('reads past a list of label: value lines set with "- " bullets', () => {
    const text = `- 索 引 号: 1234-2019-00059\n- 文 号: 某办〔2019〕7号\n- 发布机构: 某厅\n\n某厅办公室关于印发某某分工方案的通知\n厅机关各处室：\n${BODY}`;
    expect(meta(text)).toEqual({ title: '某厅办公室关于印发某某分工方案的通知', docNumber: '某办〔2019〕7号', addressees: ['厅机关各处室'] });
  });

  it('reads past bulleted labels of ten characters and labels left empty, to the title under them', () => {
    const text = `  • 索 引 号:1234/2024-00001\n  • 文件编号:某政发〔2024〕4号\n  • 规范性文件统一编号:\n  • 主题分类:区府办文件\n  • 政策原文:\n  • 政策解读:\n某区人民政府办公室关于印发2024年重点工作责任分解的通知\n\n各街道办事处，区政府各部门：\n${BODY}`;
    expect(meta(text)).toEqual({ title: '某区人民政府办公室关于印发2024年重点工作责任分解的通知', docNumber: '某政发〔2024〕4号', addressees: ['各街道办事处', '区政府各部门'] });
    // near miss: the value a label left empty is given on the next line is the page's, no title
    const valued = `  • 发布机构:\n某区人民政府办公室\n某区关于加强某项工作的通知\n各街道办事处：\n${BODY}`;
    expect(meta(valued).title).toBe('某区关于加强某项工作的通知');
  });

  it('reads a 发文字号 a gloss follows, set before the quoted title on its line', () => {
    const text = `某政辦〔2023〕1號(hào)《某市人民政府辦公廳關(guān)于印發(fā)某某分解方案的通知》\n《某市人民政府辦公廳關(guān)于印發(fā)某某分解方案的通知》\n某政辦〔2023〕1號(hào)\n各區人民政府：\n${BODY}`;
    expect(meta(text)).toMatchObject({ title: '某市人民政府辦公廳關(guān)于印發(fā)某某分解方案的通知', docNumber: '某政辦〔2023〕1號' });
    // Near miss: a figure with a gloss after 号 in running text is no 发文字号 of the page.
    expect(meta(`某县关于加强管理的通知\n各乡镇：\n按照第3號(hào)文件要求，现通知如下。\n${BODY}`).docNumber).toBeNull();
  });

  it('takes the document\'s own title from under a page heading that names it and more', () => {
    const text = `2024年某区政府工作报告重点工作责任分解第一季度进展情况\n\n2024年某区政府工作报告重点工作责任分解\n各街道：\n${BODY}`;
    expect(meta(text).title).toBe('2024年某区政府工作报告重点工作责任分解');
    // near miss: a title wrapped over two lines is one title
    expect(meta(`某区人民政府关于印发2024年某区重点工作\n责任分解方案的通知\n各街道：\n${BODY}`).title).toBe('某区人民政府关于印发2024年某区重点工作责任分解方案的通知');
  });

  it('reads past a row of pairs whose labels it has never seen', () => {
    const text = `责任编辑: 王某 审核人: 李某\n某县人民政府关于某某的通知\n各乡镇人民政府：\n${BODY}`;
    expect(meta(text).title).toBe('某县人民政府关于某某的通知');
  });

  it('near miss: addressees ending in an organ word and a colon stay addressees', () => {
    expect(meta(`某市人民政府关于某某的通知\n某政发〔2023〕2号\n市直各单位：\n${BODY}`).addressees).toEqual(['市直各单位']);
    expect(meta(`某市人民政府关于某某的通知\n各直属机构：\n${BODY}`).addressees).toEqual(['各直属机构']);
  });

  it('reads a block set a cell a line, each label alone over its value, and takes the number and title it names', () => {
    const text = `索引号\n5678/2023-00123\n信息分类\n政府文件\n发布机构\n某县人民政府办公室\n文号\n某政办发〔2023〕8号\n发布日期\n2023-03-09\n信息名称\n某县人民政府办公室关于印发某某实施方案的通知\n\n各乡镇人民政府，县属各部门：\n${BODY}`;
    expect(meta(text)).toEqual({ title: '某县人民政府办公室关于印发某某实施方案的通知', docNumber: '某政办发〔2023〕8号', addressees: ['各乡镇人民政府', '县属各部门'] });
    // near miss: one line that looks like a label is no block of them; a title under a label is read
    expect(meta(`来源\n某县人民政府\n主题\n某县人民政府关于加强安全生产工作的通知\n各乡镇人民政府：\n${BODY}`).title).toBe('某县人民政府关于加强安全生产工作的通知');
    // near miss: an index number under its label alone is the page's, no 发文字号
    expect(meta(`索引号\n某政发〔2023〕2号\n发布机构\n某市人民政府\n某市人民政府关于某某的通知\n各区：\n${BODY}`)).toEqual({ title: '某市人民政府关于某某的通知', docNumber: null, addressees: ['各区'] });
  });

  it('near miss: an index label gives no 发文字号', () => {
    expect(meta(`索引号：某政发〔2023〕2号\n某市人民政府关于某某的通知\n各区：\n${BODY}`).docNumber).toBeNull();
  });
});

describe('page labels', () => {
  it('a page label over the body is no title', () => {
    expect(meta('全文\n以某某思想为指导，坚持稳中求进，全面推进改革。\n一、总体要求\n1.推进改革。\n').title).toBeNull();
  });

  it('a page label over the title gives way to it', () => {
    expect(meta(`正文\n某县某某工作实施方案\n${BODY}`).title).toBe('某县某某工作实施方案');
  });
});

describe('a title with a status note', () => {
  it('ends at its note: the 发文字号 under it is not joined on, even damaged', () => {
    const text = `某县人民政府关于加快某某产业发展的实施意见（试行）\n\n某政〔2019356\n\n各乡（镇）人民政府、街道办事处：\n${BODY}`;
    expect(meta(text)).toEqual({ title: '某县人民政府关于加快某某产业发展的实施意见（试行）', docNumber: '某政〔2019356', addressees: ['各乡（镇）人民政府、街道办事处'] });
  });

  it('near miss: a title wrapped at its period\'s bracket is still joined, no 发文字号', () => {
    expect(meta(`某市某某产业发展规划（2021\n—2025年）\n${BODY}`).docNumber).toBeNull();
  });
});

describe('pinyin glosses', () => {
  it('a 发文字号 with a gloss inside its issuer is read whole', () => {
    const text = '某省人民政府印發(fā)關於某某措施的通知\n某府發(fā)〔2022〕8號\n各市人民政府：\n現將措施印發給你們。\n一、總體要求\n';
    expect(meta(text).docNumber).toBe('某府發(fā)〔2022〕8號');
  });
});

describe('labels letter-spaced to align a metadata block', () => {
  it('reads past every spaced label, one pair a line or several, whatever it names', () => {
    const text = `索 引 号: 000123/2019-00045 主题分类: 农业\n标  题: 某省人民政府办公厅关于做好某某工作的通知\n时  效: 有效\n某省人民政府办公厅关于做好某某工作的通知\n某政办函〔2019〕12号\n各市人民政府：\n${BODY}`;
    expect(meta(text)).toEqual({ title: '某省人民政府办公厅关于做好某某工作的通知', docNumber: '某政办函〔2019〕12号', addressees: ['各市人民政府'] });
  });

  it('takes the 发文字号 a spaced numbering label gives', () => {
    expect(meta(`文  号：某府发〔2021〕8号\n某县人民政府关于某某的意见\n各乡镇：\n${BODY}`).docNumber).toBe('某府发〔2021〕8号');
  });

  it('near miss: a title with no spaced label before its colon stays the title', () => {
    expect(meta(`某县人民政府关于某某的通知\n各乡镇人民政府：\n${BODY}`).title).toBe('某县人民政府关于某某的通知');
  });
});

describe('a decree: its issuer over the title, its number', () => {
  const RULES = '第一章 总则\n第一条 为了加强某某管理，制定本办法。\n第二条 本办法适用于本市行政区域。\n';

  it('the organ set alone over a complete title is the issuer, and "…令第N号" is the number', () => {
    const text = `某省某市人民政府\n某市某某设施管理办法\n市人民政府令第57号\n《某市某某设施管理办法》已经市人民政府常务会议通过，现予公布。\n${RULES}`;
    expect(meta(text)).toEqual({ title: '某市某某设施管理办法', docNumber: '市人民政府令第57号', addressees: [] });
  });

  it('reads "某市人民政府令" over "第N号" as the number, not a title', () => {
    const text = `某市人民政府令\n第 203 号\n《某市某某规定》已经市政府常务会议通过，现予公布，自公布之日起施行。\n${RULES}`;
    expect(meta(text).docNumber).toBe('某市人民政府令第203号');
    expect(meta(text).title).toBeNull();
  });

  it('near miss: the organ joined on by 关于 or 印发 is the title\'s first line', () => {
    expect(meta(`某市人民政府\n关于某某工作的实施意见\n各区人民政府：\n${BODY}`).title).toBe('某市人民政府关于某某工作的实施意见');
    expect(meta(`某市人民政府办公室\n印发某某实施方案的通知\n各区人民政府：\n${BODY}`).title).toBe('某市人民政府办公室印发某某实施方案的通知');
  });
});

describe('a page\'s metadata table after the title, and a gazette\'s layout', () => {
  it('reads the 发文字号 in brackets after a title that quotes another, and past a pipe table broken over lines', () => {
    const text = [
      '某省人民政府关于印发2021年省《政府工作报告》重点任务分工方案的通知 (某府〔2021〕9号)', '发布单位 |', '某省人民政府', '|',
      '发布文号 | 某府〔2021〕9号 |', '生效日期 | 2021-03-29 | 废止日期 | 暂无 |', '备注 |', '各市人民政府，省政府各部门：', BODY,
    ].join('\n');
    expect(meta(text)).toEqual({ title: '某省人民政府关于印发2021年省《政府工作报告》重点任务分工方案的通知', docNumber: '某府〔2021〕9号', addressees: ['各市人民政府', '省政府各部门'] });
  });

  it('near miss: a task table\'s header row after the title is no page metadata', () => {
    const text = `某县人民政府关于某某工作的通知\n序号 | 工作任务 | 责任单位 |\n1 | 推进某某改革 | 县发改局 |\n`;
    expect(meta(text).title).toBe('某县人民政府关于某某工作的通知');
  });

  it('takes a bracketed date of writing over the 发文字号 (zeros typed as O), and the plan after "特此通知"', () => {
    const text = ['(二OO九年三月五日)', '某府办〔2009〕7号', '各镇人民政府：', '现将《2009年政府工作目标任务分解》印发给你们，请认真执行。', '特此通知', '2009年政府工作目标任务分解', '一、促进经济发展。', ''].join('\n');
    const { document } = compile({ path: 'p.txt', value: text }).registry;
    expect([document.docNumber, document.date, document.planTitle, document.title]).toEqual(['某府办〔2009〕7号', '2009-03-05', '2009年政府工作目标任务分解', '2009年政府工作目标任务分解']);
  });
});

describe('a page opening on a list of duties', () => {
  it('a body\'s name and colon before its duties is no addressee line', () => {
    const text = '县财政局：负责防汛资金的筹集和拨付；负责监督资金使用。\n县交通运输局：负责公路抢修工作。\n';
    expect(meta(text).addressees).toEqual([]);
  });
  it('near miss: addressees before a sentence that opens with a role noun stay addressees', () => {
    expect(meta(`某县人民政府关于做好防汛工作的通知\n各乡镇人民政府，县直有关部门：牵头单位要切实履行职责。\n${BODY}`).addressees).toEqual(['各乡镇人民政府', '县直有关部门']);
  });
  it('near miss: addressees before the notice\'s own words stay addressees', () => {
    expect(meta(`某县人民政府办公室关于做好防汛工作的通知\n县财政局、县交通运输局：现将有关事项通知如下。\n${BODY}`).addressees).toEqual(['县财政局、县交通运输局']);
  });
});

describe("a page's metadata list whose labels stand in brackets, each over its value", () => {
  const fields = ['索引号', '1150/2024-00030', '发文字号', '某油联办发〔2024〕2号', '发布机构', '某区商务委', '成文日期', '2024-04-16'];
  const page = (label: (name: string) => string, bullet: string) =>
    `${fields.map((line, k) => bullet + (k % 2 === 0 ? label(line) : line)).join('\n')}\n\n某区联席会议办公室关于印发某某专项行动方案的通知\n\n各街镇，有关企业：\n\n${BODY}`;
  const read = (text: string, path: string) => {
    const { title, docNumber, addressees } = compile({ path, value: text }).registry.document;
    return { title, docNumber, addressees };
  };
  const want = { title: '某区联席会议办公室关于印发某某专项行动方案的通知', docNumber: '某油联办发〔2024〕2号', addressees: ['各街镇', '有关企业'] };

  it('"\\[ 发文字号 \\]" as Markdown escapes it: the labels are the page\'s, the number and title the document\'s', () => {
    expect(read(page((name) => `\\[ ${name} \\]`, '- '), 'p.md')).toEqual(want);
  });

  it('"【发文字号】" in a plain-text copy reads the same', () => {
    expect(read(page((name) => `【${name}】`, ''), 'p.txt')).toEqual(want);
  });
});

describe('a page\'s menus and trail run into the title above it', () => {
  it('a run longer than a title wraps over is cut after its last line of chrome (a label\'s colon, a trail\'s arrow)', () => {
    const text = `无障碍阅读 长者助手 繁体版\n搜索热词： 公共服务 投资创业\n首页\n政务动态\n政务公开\n您当前所在的位置：首页 > 工作机构 > 区教育局\n2026年某区积分制入学学位申请指引\n一、申请对象\n（一）符合条件的随迁子女。\n`;
    expect(meta(text).title).toBe('2026年某区积分制入学学位申请指引');
  });

  it('near miss: a title wrapped over six lines, a colon inside book-title marks and quotes that open lines before it, is kept whole', () => {
    const text = `中共某市委办公室\n某市人民政府办公室\n关于印发《某市推进\n“数字+”行动：以数据\n要素赋能高质量发展\n实施方案》的通知\n各区人民政府：\n${BODY}`;
    expect(meta(text).title).toBe('中共某市委办公室某市人民政府办公室关于印发《某市推进“数字+”行动：以数据要素赋能高质量发展实施方案》的通知');
  });
});

describe('a Markdown page\'s metadata labels set in bold', () => {
  it('"**文号**: …" gives the 发文字号 and is no line of the title', () => {
    const text = `# 某部等部门关于进一步提升某某服务保障能力的实施意见\n\n**文号**: 某改规〔2022〕53号\n**发文机构**: 某部、某局\n**发布日期**: 2022-01-10\n\n各省、自治区、直辖市发展改革委：\n\n${BODY}`;
    const { title, docNumber, addressees } = compile({ path: 'p.md', value: text }).registry.document;
    expect({ title, docNumber, addressees }).toEqual({ title: '某部等部门关于进一步提升某某服务保障能力的实施意见', docNumber: '某改规〔2022〕53号', addressees: ['各省、自治区、直辖市发展改革委'] });
  });
});

describe('a page\'s metadata labels in brackets, each with its value on its line', () => {
  it('"[发文字号] 某政发〔2023〕14号" gives the 发文字号; the other pairs and the trail above them are the page\'s, not the title', () => {
    const text = `政务公开 > 政策服务 > 政策文件\n[主题分类] 科技教育/科技\n[发文机构] 某市人民政府\n[发文字号] 某政发〔2023〕14号\n[发布日期] 2023-05-30\n某市人民政府关于印发《某市某某实施方案》的通知\n某政发〔2023〕14号\n各区人民政府：\n${BODY}`;
    expect(meta(text)).toEqual({ title: '某市人民政府关于印发《某市某某实施方案》的通知', docNumber: '某政发〔2023〕14号', addressees: ['各区人民政府'] });
  });

  it('near miss: a red-letter masthead ("某市人民政府文件") is still the masthead, and the title under it is read', () => {
    const text = `某市人民政府文件\n某政发〔2023〕14号\n某市人民政府关于某某工作的意见\n各区人民政府：\n${BODY}`;
    expect(meta(text)).toEqual({ title: '某市人民政府关于某某工作的意见', docNumber: '某政发〔2023〕14号', addressees: ['各区人民政府'] });
  });
});

describe('which of a page\'s title lines titles the document', () => {
  it('a line of chrome read as a title ("点击查看政策解读：…的解读") does not outrank a title closed by its genre word', () => {
    const text = `某市某某产业发展实施方案\n发布时间：2023-08-09 信息来源：某市科技局\n点击查看政策解读：关于《某市某某产业发展实施方案》的解读\n某科规字〔2023〕1号\n各区人民政府：\n${BODY}`;
    expect(meta(text).title).toBe('某市某某产业发展实施方案');
  });

  it('near miss: the notice\'s own title after chrome, followed by its 发文字号, still outranks the page title over it', () => {
    const text = `某市某某产业发展实施方案\n发布时间：2023-08-09 信息来源：某市科技局\n某市人民政府关于印发某市某某产业发展实施方案的通知\n某政发〔2023〕1号\n各区人民政府：\n${BODY}`;
    expect(meta(text).title).toBe('某市人民政府关于印发某市某某产业发展实施方案的通知');
  });
});

describe('a title a page gives under a bracketed label', () => {
  it('"【标题】某市…的通知" gives the title, "[发文字号] …" the number', () => {
    const text = `[索引号] 000014349/2024-00012\n【标题】某某市人民政府关于推进某某工作的通知\n[发文字号] 某政发〔2024〕3号\n各区人民政府：\n${BODY}`;
    expect(meta(text)).toEqual({ title: '某某市人民政府关于推进某某工作的通知', docNumber: '某政发〔2024〕3号', addressees: ['各区人民政府'] });
  });
});

describe('a news agency\'s release of a document, as a government site republishes it', () => {
  const release = (lead: string, own: string) => [
    '# 某省委办公厅 某省人民政府办公厅印发《某某工作综合考核办法》', '', '_发布时间：2026-04-23_ _来源：某省人民政府网_', '',
    lead, '', own, '', '**第一章　总则**', '', '第一条　为了推动某某工作，制定本办法。', '',
  ].join('\n');

  it('the document\'s own title line under the lead paragraph titles it; the headline is the page\'s', () => {
    const text = release('某某社某市4月23日电 近日，某省委办公厅、某省人民政府办公厅印发《某某工作综合考核办法》。《某某工作综合考核办法》全文如下。', '**某某工作综合考核办法**');
    const { tree } = parsePolicy(text, { markdown: true });
    expectValidTree(tree, text);
    expect(compile({ path: 'p.md', value: text }).registry.document.title).toBe('某某工作综合考核办法');
  });

  it('near miss: with no title line of its own under the lead, the headline stays the title', () => {
    const text = release('某某社某市4月23日电 近日，某省委办公厅、某省人民政府办公厅印发《某某工作综合考核办法》。', '');
    expect(compile({ path: 'p.md', value: text }).registry.document.title).toBe('某省委办公厅 某省人民政府办公厅印发《某某工作综合考核办法》');
  });

  it('near miss: a notice issuing the document keeps its own title', () => {
    const text = ['某省人民政府办公厅关于印发《某某工作综合考核办法》的通知', '各市人民政府：', '现将《某某工作综合考核办法》印发给你们，请认真贯彻执行。', '某某工作综合考核办法', '第一章　总则', '第一条　为了推动某某工作，制定本办法。', ''].join('\n');
    expect(compile({ path: 'p.txt', value: text }).registry.document.title).toBe('某省人民政府办公厅关于印发《某某工作综合考核办法》的通知');
  });
});

describe('a page\'s preface over the document', () => {
  it('the title line under a paragraph that ends as a sentence titles the document', () => {
    const text = '为便于宣传某省支持政策，某省办公室编拟了政策清单，其中稳定供应链支持政策详情如下。\n\n某省支持实体经济发展政策清单\n\n（2021年10月）\n\n二、稳定供应链支持政策\n\n1. 中小企业宽带资费再降10%。\n';
    expect(meta(text).title).toBe('某省支持实体经济发展政策清单');
  });

  it('near miss: a line that closes with a genre word but holds a sentence\'s comma is no title', () => {
    const text = '为便于宣传某省支持政策，现说明如下。\n\n请各地对照执行，及时报送工作方案\n\n二、稳定供应链支持政策\n\n1. 中小企业宽带资费再降10%。\n';
    expect(meta(text).title).toBeNull();
  });
});

describe('a page\'s chrome read for a title, the document\'s own header further down', () => {
  const page = (own: string[]) => [
    '我的某市', '智能问答', '移动服务', '个人中心', '繁  |', 'English  |', '首页', '政务公开',
    '您当前的位置：', '首页 > 政务公开 > 正文', '信息名称：某市户籍管理规定', '文件编号：某政规〔2014〕4号\t发布机构：某市人民政府',
    ...own, '第一条　为规范户籍管理，制定本规定。', '',
  ].join('\n');

  it('the title over the 发文字号 and the 主送机关 is the document\'s; the menu above is the page\'s', () => {
    expect(meta(page(['某市户籍准入和迁移管理规定', '（某政规〔2014〕4号）', '各区人民政府，市各委办局：', '《某市户籍准入和迁移管理规定》已经市政府常务会议审议通过，现印发给你们。'])))
      .toEqual({ title: '某市户籍准入和迁移管理规定', docNumber: '某政规〔2014〕4号', addressees: ['各区人民政府', '市各委办局'] });
  });

  it('near miss: with no 发文字号 or 主送机关 under a title further down, nothing is read from there', () => {
    expect(meta(page(['某市户籍准入和迁移管理规定', '《某市户籍准入和迁移管理规定》已经市政府常务会议审议通过。'])).docNumber).toBeNull();
  });
});

describe('a page\'s trail and heading over the document\'s own header', () => {
  it('a trail ("当前位置：首页 > … > 县政府文件") is no part of the title under it', () => {
    const text = `当前位置： 首页 > 信息公开 > 法规文件 > 县政府文件\n\n某县人民政府关于加强某某工作的通知\n各乡镇人民政府：\n${BODY}`;
    expect(meta(text).title).toBe('某县人民政府关于加强某某工作的通知');
  });

  it('a run of menus that ends in the trail is the page\'s: the title is the line after its page labels', () => {
    const text = `进入适老模式 无障碍阅读\n首页\n\n建设动态\n\n公用事业 市政工程 房地产开发 住房保障 建筑管理 村镇建设 人事教育\n政务公开\n政务服务\n政民互动\n市长信箱 在线访谈 网民留言\n专题专栏\n涉企行政检查公示专栏\n\n首页 > 政务公开 > 公示公告 > 文件通知\n\n【打印】\n\n【字体：大中小】\n\n某市人民政府办公室关于促进某某发展的意见\n\n发布日期：2022-05-24 18:54 信息来源：某市人民政府 点击量：\n分享：\n各县（市、区）人民政府：\n${BODY}`;
    expect(meta(text).title).toBe('某市人民政府办公室关于促进某某发展的意见');
  });

  it('the page\'s heading gives way to the document\'s own title that spells it, under its 发文字号 and over its 主送机关', () => {
    const text = [
      '当前位置： 首页 > 信息公开 > 县政府文件', '', '印发《关于促进某县某某发展的若干政策措施》的通知', '作者： 发布时间：2022-10-12 信息来源：某县政府办',
      '索引号\t50000007/2022-1663341', '文号\t某政办发〔2022〕20号', '', '某政办发〔2022〕20号', '', '某县人民政府办公室', '印发《关于促进某县某某发展', '的若干政策措施》的通知', '',
      '各乡镇人民政府，县直有关单位：', BODY,
    ].join('\n');
    expect(meta(text)).toEqual({ title: '某县人民政府办公室印发《关于促进某县某某发展的若干政策措施》的通知', docNumber: '某政办发〔2022〕20号', addressees: ['各乡镇人民政府', '县直有关单位'] });
  });

  it('near miss: a complete page heading stays the title where the lines below title another document', () => {
    const text = ['某县人民政府关于某某工作的通知', '发布时间：2022-10-12 信息来源：某县政府办', '', '某政办发〔2022〕21号', '', '某县人民政府办公室关于另一项工作的意见', '', BODY].join('\n');
    expect(meta(text).title).toBe('某县人民政府关于某某工作的通知');
  });
});

describe('near misses a second review of the round found (each failed on the round\'s first reading of its rule)', () => {
  it('an attachment label over the plan is no title under a preface: the plan\'s own line titles it', () => {
    const text = '现将《某某实施方案》印发给你们，请认真贯彻执行。\n附件：某某实施方案\n某某实施方案\n一、总体要求\n（一）加强领导。\n';
    expect(meta(text).title).toBe('某某实施方案');
  });

  it('a closing formula under a preface is no title', () => {
    expect(meta('为便于学习，现将有关政策说明如下。\n特此通知\n一、总体要求\n（一）加强领导。\n').title).toBeNull();
  });

  it('a collection\'s own title stays, the documents it collects below its preface being no header of its', () => {
    const text = '某县2024年第一季度规范性文件汇编\n本汇编收录县政府及办公室印发的规范性文件，供各单位学习参考。\n某政发〔2024〕1号\n某县人民政府关于加强耕地保护的意见\n各乡镇人民政府：\n现提出如下意见。\n一、总体要求\n';
    expect(meta(text)).toEqual({ title: '某县2024年第一季度规范性文件汇编', docNumber: null, addressees: [] });
  });

  it('a notice headed "<organ>印发《Y》" with its addressees is no news release: its heading stays its title', () => {
    const text = '某县人民政府办公室印发《某某实施方案》\n各乡镇人民政府：\n现将《某某实施方案》印发给你们，请认真贯彻执行。\n某某实施方案\n一、总体要求\n（一）加强领导。\n';
    expect(meta(text).title).toBe('某县人民政府办公室印发《某某实施方案》');
  });

  it('arrows inside a title\'s quotes are no trail', () => {
    expect(meta(`某市人民政府关于印发“数据>应用>服务”三年行动方案的通知\n各区人民政府：\n${BODY}`).title).toBe('某市人民政府关于印发“数据>应用>服务”三年行动方案的通知');
  });

  it('a trail whose last step is the document\'s title: that step titles it', () => {
    expect(meta(`首页 » 政务公开 » 某县人民政府关于加强某某工作的通知\n各乡镇人民政府：\n${BODY}`).title).toBe('某县人民政府关于加强某某工作的通知');
  });
});

describe('a page\'s record set as a grid, each label and its value parted by spaces only', () => {
  it('reads past the grid under the title, and takes the title its 名称 gives', () => {
    const name = '某市人民政府办公室关于印发某市养老服务体系建设实施方案的 通知';
    const text = `${name}\n\n发布时间: 字体:\n索引号 000012345/2023-00001 成文日期 2023-05-06\n文号 发布时间 2023-05-06\n发布机构 是否有效\n名称 ${name}\n\n各区县人民政府，市直各部门：\n${BODY}`;
    expect(meta(text)).toEqual({ title: name, docNumber: null, addressees: ['各区县人民政府', '市直各部门'] });
  });

  it('reads letter-spaced labels ("索 引 号", "标  题"), the title and the 发文字号 they give', () => {
    const text = `索 引 号 成文日期\n发文机关 发布时间 2021年3月2日\n标  题 某省人民政府办公厅关于印发某省就业促进实施方案的通知\n发文字号 某政办〔2021〕12号 时  效 现行有效\n\n某省人民政府办公厅\n关于印发某省就业促进实施方案的通知\n各市人民政府：\n${BODY}`;
    expect(meta(text)).toEqual({ title: '某省人民政府办公厅关于印发某省就业促进实施方案的通知', docNumber: '某政办〔2021〕12号', addressees: ['各市人民政府'] });
  });

  it('takes the 发文字号 from a later pair of a grid\'s row ("发布机构 某某 文    号 某号")', () => {
    const text = `某区人民政府办公室关于印发某某责任分解方案的通知\n索 引 号 MB1234567/2023-00001 发文日期 2023-01-03\n发布机构 某区人民政府办公室 文    号 某政办〔2023〕1号\n分   类 政务公开 有 效 性 有效\n\n各街道办事处，区人民政府各部门：\n${BODY}`;
    expect(meta(text)).toEqual({ title: '某区人民政府办公室关于印发某某责任分解方案的通知', docNumber: '某政办〔2023〕1号', addressees: ['各街道办事处', '区人民政府各部门'] });
  });

  it('reads a grid whose cells tabs part, as a page\'s table comes out of HTML or Word', () => {
    const text = `索引号\t000012345/2023-00001\t成文日期\t2023-05-06\n文号\t某政办〔2023〕11号\t发布机构\t某市人民政府办公室\n名称\t某市人民政府办公室关于印发某某方案的通知\n各区人民政府：\n${BODY}`;
    expect(meta(text)).toEqual({ title: '某市人民政府办公室关于印发某某方案的通知', docNumber: '某政办〔2023〕11号', addressees: ['各区人民政府'] });
  });

  it('a title value ends at the next pair of its row, and a 发文字号 set before it is the number', () => {
    const grid = (row: string) => `索引号 000012345/2023-00001 成文日期 2023-05-06\n${row}\n各区人民政府：\n${BODY}`;
    expect(meta(grid('名称 某市人民政府关于加强某某工作的通知 发布日期 2023-05-06'))).toEqual({ title: '某市人民政府关于加强某某工作的通知', docNumber: null, addressees: ['各区人民政府'] });
    expect(meta(grid('名称 某政办〔2023〕11号 某市人民政府关于加强某某工作的通知'))).toEqual({ title: '某市人民政府关于加强某某工作的通知', docNumber: '某政办〔2023〕11号', addressees: ['各区人民政府'] });
  });

  it('never joins a value\'s word to the label after it ("公开方式 主动公开 文号 某号": 主动公开 is a value, 文号 a label)', () => {
    const text = `索引号: 781309229/2022-00424 时效: 现行有效\n主题分类 扶贫 发文日期 2022-07-21\n公开方式 主动公开 文号 某政办规〔2022〕4号\n某市人民政府办公室关于印发某某实施方案的通知\n各乡镇政府，各有关单位：\n${BODY}`;
    expect(meta(text)).toEqual({ title: '某市人民政府办公室关于印发某某实施方案的通知', docNumber: '某政办规〔2022〕4号', addressees: ['各乡镇政府', '各有关单位'] });
  });

  it('near misses: a label of the page\'s own ("主题名称", "栏目名称") gives no title, and a value\'s words ending in 号 ("替代原文号") no number', () => {
    const grid = (row: string) => `索引号 000012345/2023-00001 成文日期 2023-05-06\n${row}\n各区人民政府：\n${BODY}`;
    expect(meta(grid('主题名称 综合政务')).title).not.toBe('综合政务');
    expect(meta(grid('栏目名称 通知公告')).title).not.toBe('通知公告');
    expect(meta(grid('发布机构 某市人民政府办公室 备注 替代原文号 某政办〔2019〕3号')).docNumber).toBeNull();
  });

  it('near miss: one line that opens with a noun like a label, and a space, is a title (a grid takes two)', () => {
    const text = `开展学习贯彻主题 教育的工作方案\n为深入开展主题教育，制定本方案。\n一、总体要求\n（一）加强领导。\n`;
    expect(meta(text).title).toBe('开展学习贯彻主题 教育的工作方案');
  });
});
