/**
 * The document header (GB/T 9704 版头 and 主送机关) and the plan a notice wraps: the meta a
 * registry carries (through `compile`) and the header nodes of the tree (through `parsePolicy`).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePolicy, splitAddressees, type Header, type HeaderField, type Plan, type Root } from '@policyc/parse';
import { compile } from 'policyc';
import { describe, expect, it } from 'vitest';
import { CORPUS } from '../../../test/support/corpus.js';
import { expectValidTree } from '../../../test/support/tree-invariants.js';

const meta = (text: string, path = 'policy.txt') => compile({ path, value: text }).registry.document;
const outline = (text: string) => compile({ path: 'p.txt', value: text }).registry.sections.map((s) => `${s.path} ${s.marker} ${s.title}`);
const corpusText = (file: string) => readFileSync(join(CORPUS, file), 'utf8');

/** The header fields of a tree as [type, value] pairs, white space and markup left out. */
function headerFields(tree: Root): [string, string][] {
  const header = tree.children.find((c): c is Header => c.type === 'header');
  return (header?.children ?? [])
    .filter((c): c is HeaderField => c.type !== 'whitespace' && c.type !== 'markup')
    .map((f) => [f.type, f.value]);
}

describe('the title', () => {
  it('a title wrapped over two lines is joined', () => {
    const text = '国务院办公厅关于促进某产业\n健康发展的指导意见\n国办发〔2016〕11号\n\n各省、自治区、直辖市人民政府，国务院各部委、各直属机构：\n　　为促进发展，提出以下意见。\n　　一、总体要求\n';
    expect(meta(text)).toMatchObject({ title: '国务院办公厅关于促进某产业健康发展的指导意见', docNumber: '国办发〔2016〕11号' });
    expect(headerFields(parsePolicy(text).tree).map(([type]) => type)).toEqual(['title', 'docNumber', 'addressees']);
  });

  it('the wrapped title of gov-2018-117-incentives is one title', () => {
    expect(meta(corpusText('gov-2018-117-incentives.txt')).title).toBe('国务院办公厅关于对真抓实干成效明显地方进一步加大激励支持力度的通知');
  });

  it('a period line "（2021-2023年）" after a blank line belongs to the title', () => {
    const text = '上海市某产业高质量发展三年行动计划\n\n（2021-2023年）\n\n\n为加快推动发展，特制定本行动计划。\n\n一、总体思路\n';
    expect(meta(text).title).toBe('上海市某产业高质量发展三年行动计划（2021-2023年）');
    expect(meta(corpusText('sh-2021-beidou.txt')).title).toBe('上海市北斗产业高质量发展三年行动计划（2021-2023年）');
  });

  it('a period line with the spaces PDF extraction leaves ("（2021 年-2035 年）") joins the title without them', () => {
    const text = '某市国土空间生态修复规划\n（2021 年-2035 年）\n（草案）\n某市规划委员会\n';
    expect(meta(text).title).toBe('某市国土空间生态修复规划（2021年-2035年）');
  });

  it('a Markdown title "# …" is read without its markup', () => {
    const text = '# 上海市人民政府办公厅印发《关于加快某服务业高质量发展的若干意见》\n\n沪府办发〔2025〕11号\n\n各区人民政府，市政府各委、办、局，各有关单位：\n\n　　为进一步深化改革，现提出如下意见。\n\n　**一、提升供给质量**\n';
    expect(meta(text, 'policy.md')).toMatchObject({
      title: '上海市人民政府办公厅印发《关于加快某服务业高质量发展的若干意见》',
      docNumber: '沪府办发〔2025〕11号',
      addressees: ['各区人民政府', '市政府各委、办、局', '各有关单位'],
    });
    const { tree } = parsePolicy(text, { markdown: true });
    const header = tree.children.find((c): c is Header => c.type === 'header')!;
    expect(header.children[0]).toMatchObject({ type: 'markup', value: '#' });
  });

  it('a document that opens with its addressees has no title', () => {
    const text = '\n各市、自治州人民政府，省政府各委、办、厅、局：\n\n　　为深入贯彻落实，提出如下实施意见。\n\n　　一、总体要求和发展原则\n';
    expect(meta(text)).toMatchObject({ title: null, docNumber: null, addressees: ['各市、自治州人民政府', '省政府各委、办、厅、局'] });
    expect(meta(corpusText('qinghai-pharma.txt')).title).toBeNull();
  });
});

describe('the 发文字号', () => {
  it('glued to the end of the title line ("…的通知国办发〔2020〕43号") is split off the title', () => {
    const text = '国务院办公厅关于印发某重点任务分工方案的通知国办发〔2020〕43号\n\n各省、自治区、直辖市人民政府，国务院各部委、各直属机构：现印发给你们。\n';
    expect(meta(text)).toMatchObject({ title: '国务院办公厅关于印发某重点任务分工方案的通知', docNumber: '国办发〔2020〕43号' });
    expect(meta(corpusText('gov-2020-43-task-division.txt')).docNumber).toBe('国办发〔2020〕43号');
  });

  // "函" is a genre word too: the issuer abbreviation keeps it.
  it('glued on, with an issuer that ends in a genre word ("国办函")', () => {
    const text = '国务院办公厅关于印发某方案的通知国办函〔2019〕1号\n\n各省人民政府：现印发给你们。\n';
    expect(meta(text)).toMatchObject({ title: '国务院办公厅关于印发某方案的通知', docNumber: '国办函〔2019〕1号' });
  });

  it('on the line before the title', () => {
    const text = '穗建规字〔2024〕5号\n广州市某局关于进一步加强某工作的通知\n各区人民政府，市政府各部门、各直属机构：\n　　为切实保障民生，通知如下：\n　　一、总体要求\n';
    expect(meta(text)).toMatchObject({ title: '广州市某局关于进一步加强某工作的通知', docNumber: '穗建规字〔2024〕5号' });
    expect(headerFields(parsePolicy(text).tree).map(([type]) => type)).toEqual(['docNumber', 'title', 'addressees']);
  });

  it('after a masthead of two organs ("…办公厅  文件" and a second organ line)', () => {
    const text = '发展改革委办公厅  文件\n税务总局办公厅\n 发改办财金规〔2019〕860号 \n关于加强某信用建设的通知\n各省社会信用体系建设牵头部门，国家税务总局各省税务局：\n为贯彻落实，现通知如下：\n一、总体要求\n';
    expect(meta(text)).toMatchObject({ title: '关于加强某信用建设的通知', docNumber: '发改办财金规〔2019〕860号' });
    expect(headerFields(parsePolicy(text).tree)).toEqual([
      ['masthead', '发展改革委办公厅 文件'],
      ['masthead', '税务总局办公厅'],
      ['docNumber', '发改办财金规〔2019〕860号'],
      ['title', '关于加强某信用建设的通知'],
      ['addressees', '各省社会信用体系建设牵头部门，国家税务总局各省税务局'],
    ]);
  });
});

describe('the addressees (主送机关)', () => {
  it('are split at the top-level "，" only, not inside brackets', () => {
    const text = '某省关于某工作的通知\n各市（州，县）人民政府，省政府各部门，各有关单位办公厅（室）：\n现通知如下：\n一、总体要求\n';
    expect(meta(text).addressees).toEqual(['各市（州，县）人民政府', '省政府各部门', '各有关单位办公厅（室）']);
  });

  it('ndrc-2019-860-tax-credit: three addressees, the last ending in 办公厅（室）', () => {
    expect(meta(corpusText('ndrc-2019-860-tax-credit.txt')).addressees).toEqual([
      '各省、自治区、直辖市、新疆生产建设兵团社会信用体系建设牵头部门',
      '国家税务总局各省、自治区、直辖市和计划单列市税务局',
      '社会信用体系建设部际联席会议成员单位办公厅（室）',
    ]);
  });

  it('the body glued after the colon is not part of them', () => {
    const text = '关于印发某方案的通知国办发〔2020〕43号\n\n各省人民政府，国务院各部委：《某方案》已经国务院同意，现印发给你们。\n';
    expect(meta(text).addressees).toEqual(['各省人民政府', '国务院各部委']);
  });
});

describe('a notice wrapping a plan', () => {
  const notice = [
    '某区教育局关于印发《2026年某区幼儿园招生工作方案》的通知',
    '各幼儿园：',
    '　　《2026年某区幼儿园招生工作方案》已经审议通过，现印发给你们，请遵照执行。',
    '　　某区教育局',
    '　　2026年 4月 20 日',
    '　　（联系科室：某科，联系电话：12345678）',
    '　　2026年某区幼儿园招生工作方案',
    '　　根据有关文件精神，制定本方案。',
    '　　一、招生原则',
    '　　（一）适龄优先。',
    '',
  ].join('\n');

  it('the plan is a node with its title; its sections are inside it', () => {
    const { tree } = parsePolicy(notice);
    const plan = tree.children.find((c): c is Plan => c.type === 'plan');
    expect(plan?.title).toBe('2026年某区幼儿园招生工作方案');
    expect(plan?.children.filter((c) => c.type === 'section').map((c) => c.type === 'section' && c.marker)).toEqual(['一、']);
    expect(tree.children.filter((c) => c.type === 'section')).toEqual([]);
  });

  it('the signature and date before the plan are header fields of the body', () => {
    const fields = parsePolicy(notice).tree.children.filter((c): c is HeaderField => c.type === 'signature' || c.type === 'date');
    expect(fields.map((f) => [f.type, f.value])).toEqual([['signature', '某区教育局'], ['date', '2026-04-20']]);
  });

  it('compile reports planTitle, issuer and date in the registry document', () => {
    expect(meta(notice)).toMatchObject({
      title: '某区教育局关于印发《2026年某区幼儿园招生工作方案》的通知',
      addressees: ['各幼儿园'],
      planTitle: '2026年某区幼儿园招生工作方案',
      issuer: '某区教育局',
      date: '2026-04-20',
    });
  });

  it('gov-2019-4-vocational-education: the plan, its issuer and date', () => {
    expect(meta(corpusText('gov-2019-4-vocational-education.txt'))).toMatchObject({
      title: '国务院关于印发国家职业教育改革实施方案的通知',
      planTitle: '国家职业教育改革实施方案',
      issuer: '国务院',
      date: '2019-01-24',
    });
  });

  it('a document that issues nothing has no planTitle', () => {
    expect(meta(corpusText('national-pharma.txt')).planTitle).toBeNull();
  });
});

describe('headers seen outside the corpus', () => {
  it('a title set in 《》 is the title inside them (Beijing 京政办发〔2016〕26号)', () => {
    const text = '《某市人民政府办公厅关于印发〈某市2016年政务公开工作要点〉的通知》\n京政办发〔2016〕26号\n各区人民政府,市政府各委、办、局:\n现印发给你们。\n';
    expect(meta(text)).toMatchObject({ title: '某市人民政府办公厅关于印发〈某市2016年政务公开工作要点〉的通知', docNumber: '京政办发〔2016〕26号' });
  });

  it('a 发文字号 set in brackets on its own line, and a date in Chinese numerals with "○" (Wuzhou 梧政发〔2012〕3号)', () => {
    const text = '某市人民政府关于印发某实施方案的通知\n(梧政发〔2012〕3号)\n各县(市、区)政府,市政府各部门:\n现将《某实施方案》印发给你们。\n二○一二年一月二十九日\n某市某实施方案\n一、指导思想\n';
    expect(meta(text)).toMatchObject({ docNumber: '梧政发〔2012〕3号', addressees: ['各县(市、区)政府', '市政府各部门'], date: '2012-01-29', planTitle: '某市某实施方案' });
  });

  it('an index number before the 发文字号 is no title, and the issuer line joins the title (Huaihua 怀政办发〔2023〕9号)', () => {
    const text = 'HHCR-2023-01005\n\n怀政办发〔2023〕9号\n\n某市人民政府办公室\n\n关于印发《某实施方案》的通知\n\n各县市区人民政府,市直机关各单位:\n\n现印发给你们。\n';
    expect(meta(text)).toMatchObject({ title: '某市人民政府办公室关于印发《某实施方案》的通知', docNumber: '怀政办发〔2023〕9号', addressees: ['各县市区人民政府', '市直机关各单位'] });
  });

  it('a 发文字号 with the date after it, and a note in brackets before the addressees (Sichuan 川办发〔2009〕59号)', () => {
    const text = '某省人民政府办公厅关于某工作的实施意见\n川办发〔2009〕59号 二○○九年十二月八日\n(此文件已于2017年12月29日宣布失效)\n各市(州)、县(市、区)人民政府,省政府各部门:\n特提出以下实施意见。\n一、加强基础设施建设\n';
    expect(meta(text)).toMatchObject({ title: '某省人民政府办公厅关于某工作的实施意见', docNumber: '川办发〔2009〕59号', addressees: ['各市(州)、县(市、区)人民政府', '省政府各部门'], date: '2009-12-08' });
    expect(headerFields(parsePolicy(text).tree).map(([type]) => type).filter((t) => t !== 'masthead')).toEqual(['title', 'docNumber', 'date', 'addressees']);
    expectValidTree(parsePolicy(text).tree, text);
  });

  it('the issuing organ set under a complete title is a byline, not part of it (Shenyang 2023)', () => {
    const text = '关于某市恢复和扩大消费政策措施\n某市发展改革委\n为深入实施扩大内需战略,现提出如下政策措施。\n一、总体要求\n';
    expect(meta(text).title).toBe('关于某市恢复和扩大消费政策措施');
    // A title wrapped after its genre word still joins: "…管理办法" / "的通知".
    expect(meta('某局关于印发某某管理办法\n的通知\n各区人民政府：\n现印发给你们。\n').title).toBe('某局关于印发某某管理办法的通知');
  });

  it('a plan title wrapped over lines is joined (Guangdong 粤府办〔2023〕5号)', () => {
    const text = '某省人民政府办公厅关于印发某省\n\n支持民间投资发展\n\n实施方案的通知\n\n粤府办〔2023〕5号\n\n各地级以上市人民政府:\n\n现印发给你们。\n\n某省人民政府办公厅\n\n2023年3月17日\n\n某省进一步支持民间\n\n投资发展的实施方案\n\n为激发民间投资活力,制定本实施方案。\n\n一、发挥重大项目牵引作用\n';
    expect(meta(text)).toMatchObject({
      title: '某省人民政府办公厅关于印发某省支持民间投资发展实施方案的通知',
      planTitle: '某省进一步支持民间投资发展的实施方案',
      issuer: '某省人民政府办公厅',
      date: '2023-03-17',
    });
    expectValidTree(parsePolicy(text).tree, text);
  });
});

describe('headers seen in the second probe round', () => {
  it('a title line repeated under the Markdown title is the same title, not a continuation (MIIT 工信部联科〔2024〕12号)', () => {
    const text = '# 某部等七部门关于推动某产业创新发展的实施意见\n\n某部等七部门关于推动某产业创新发展的实施意见\n工信部联科〔2024〕12号\n\n各省、自治区、直辖市工业和信息化主管部门，各有关单位：\n\n现提出如下意见。\n\n一、指导思想\n';
    expect(meta(text, 'policy.md')).toMatchObject({ title: '某部等七部门关于推动某产业创新发展的实施意见', docNumber: '工信部联科〔2024〕12号' });
    expect(meta(text.replace('# ', '')).title).toBe('某部等七部门关于推动某产业创新发展的实施意见');
    expectValidTree(parsePolicy(text, { markdown: true }).tree, text);
  });

  it('a notice without a title line of its own is titled by the plan it issues (Suining 遂府函〔2019〕55 号)', () => {
    const text = '遂府函〔2019〕55 号\n各县(区)人民政府,市直有关部门:\n《某市某改革实施方案》已经市政府常务会议讨论通过,现印发给你们,请认真组织实施。\n某市人民政府\n2019年4月29日\n某市某改革实施方案\n为推进改革,制定本实施方案。\n一、总体要求\n';
    expect(meta(text)).toMatchObject({ title: '某市某改革实施方案', planTitle: '某市某改革实施方案', docNumber: '遂府函〔2019〕55号', issuer: '某市人民政府', date: '2019-04-29' });
    expectValidTree(parsePolicy(text).tree, text);
  });

  it('a notice without a title that only cites an issued document issues nothing', () => {
    const text = '各县(区)人民政府:\n根据《某省人民政府办公厅关于印发某方案的通知》要求,现就有关事项通知如下。\n某市人民政府\n2019年4月29日\n某市某工作方案\n一、总体要求\n';
    expect(meta(text)).toMatchObject({ title: null, planTitle: null });
  });
});

describe('genre words that end a plan title', () => {
  it.each(['若干政策举措', '重点工作任务分工'])('reads a plan titled "…%s"', (ending) => {
    const text = `某区人民政府办公室关于印发某区${ending}的通知\n各街道办事处：\n现将《某区${ending}》印发给你们，请认真贯彻执行。\n某区人民政府办公室\n2025年3月1日\n某区${ending}\n一、总体要求\n`;
    expect(compile({ path: 'p.txt', value: text }).registry.document.planTitle).toBe(`某区${ending}`);
  });
});

describe('a web page\'s chrome around the title', () => {
  it('a line opening with the 发文字号 ends the title before it, and the title repeated after the number is no part of it', () => {
    const text = '某市某区人民政府文件\n某区政发〔2023〕5号\n某区人民政府关于印发 《某区2023年重点工作任务分解方案》的通知\n\n某区政发〔2023〕5号某区人民政府关于印发某区2023年重点工作任务分解方案的通知\n\n各街道办事处,各区直部门:\n现将《某区2023年重点工作任务分解方案》印发给你们,请认真贯彻执行。\n某区人民政府\n2023年3月1日\n某区2023年重点工作任务分解方案\n一、主要目标\n';
    expect(meta(text)).toMatchObject({ title: '某区人民政府关于印发 《某区2023年重点工作任务分解方案》的通知', docNumber: '某区政发〔2023〕5号', addressees: ['各街道办事处', '各区直部门'] });
    expectValidTree(parsePolicy(text).tree, text);
  });

  it('the plan a notice issues, set under the notice\'s complete title, is the plan and not more of the title', () => {
    const text = '中共某区委办公室 某区人民政府办公室印发《某区加快建设创新城区三年行动计划(2024—2026年)》的通知\n某区加快建设\n创新城区三年行动计划\n(2024—2026年)\n为加快建设创新城区,制定本行动计划。\n一、总体要求\n';
    expect(meta(text)).toMatchObject({
      title: '中共某区委办公室 某区人民政府办公室印发《某区加快建设创新城区三年行动计划(2024—2026年)》的通知',
      planTitle: '某区加快建设创新城区三年行动计划',
    });
    expectValidTree(parsePolicy(text).tree, text);
  });

  it('a page label under a complete title ("全文") is not part of it, in traditional script too', () => {
    expect(meta('某市2024年優化營商環境工作要點\n全文\n\n一、堅持系統集成\n1.全面實施清單管理。\n').title).toBe('某市2024年優化營商環境工作要點');
    expect(meta('某市2024年优化营商环境工作要点\n正文\n\n一、坚持系统集成\n').title).toBe('某市2024年优化营商环境工作要点');
    // Over the header's other fields, such a label is skipped and they are still read.
    expect(meta('某市人民政府关于某工作的通知\n全文\n某政发〔2024〕2号\n各区人民政府：\n现通知如下。\n一、总体要求\n')).toMatchObject({
      title: '某市人民政府关于某工作的通知', docNumber: '某政发〔2024〕2号', addressees: ['各区人民政府'],
    });
  });

  it('a title line complete with its genre word still joins a line that continues it ("…行动计划" / "（2024—2026年）》的通知")', () => {
    const text = '某市人民政府关于印发《某市数字经济发展行动计划\n（2024—2026年）》的通知\n各区人民政府:\n现将行动计划印发给你们。\n一、总体要求\n';
    expect(meta(text).title).toBe('某市人民政府关于印发《某市数字经济发展行动计划（2024—2026年）》的通知');
  });

  it('a metadata block: labels with their values on the next line are no title, and "发文字号:" gives the 发文字号', () => {
    const text = '某县人民政府工作规则\n\n  • 索引号:\n\n    1234560000/2024-000123\n  • 来源:\n\n  • 发文机构:\n\n    县政府网站\n  • 发文字号:\n\n    某政发〔2024〕3号\n  • 发文日期:\n\n    2024年04月06日 16:40\n  • 内容概述:\n\n某县人民政府工作规则\n\n第一章 总则\n一、为规范县政府工作，制定本规则。\n';
    expect(meta(text)).toMatchObject({ title: '某县人民政府工作规则', docNumber: '某政发〔2024〕3号', addressees: [] });
    expect(headerFields(parsePolicy(text).tree).filter(([type]) => type !== 'masthead')).toEqual([['title', '某县人民政府工作规则'], ['docNumber', '某政发〔2024〕3号']]);
    expect(outline(text)).toEqual(['1 第一章 总则', '1.1 一、 为规范县政府工作，制定本规则']);
    expectValidTree(parsePolicy(text).tree, text);
  });

  it('a line of page metadata under the title ("发表时间:… 信息来源:…") is not part of it, and "文号：" on one line gives the 发文字号', () => {
    const text = '市人民政府关于印发某市突发事件总体应急预案的通知\n发表时间:2020-05-15 09:33 信息来源:市人民政府 浏览次数: 0\n文号：某政发〔2020〕8号\n\n各乡镇人民政府,市政府各部门:\n现将《某市突发事件总体应急预案》印发给你们,请认真贯彻执行。\n某市人民政府\n2020年4月  日\n某市突发事件总体应急预案\n1 总则\n1.1 编制目的\n';
    expect(meta(text)).toMatchObject({ title: '市人民政府关于印发某市突发事件总体应急预案的通知', docNumber: '某政发〔2020〕8号', addressees: ['各乡镇人民政府', '市政府各部门'] });
    // A date whose day is left blank still closes the notice, so the plan title stands alone.
    expect(meta(text).planTitle).toBe('某市突发事件总体应急预案');
    expectValidTree(parsePolicy(text).tree, text);
  });

  it('a title line that is the file\'s name is the title without its extension', () => {
    expect(meta('某市突发事件总体应急预案.pdf\n1 总则\n1.1 编制依据\n').title).toBe('某市突发事件总体应急预案');
  });
});

// Every corpus document's meta is compared with its gold annotation in corpus.test.ts (a ratchet).

describe('splitAddressees', () => {
  it('parts addressees at commas and semicolons at the top level, not inside brackets', () => {
    expect(splitAddressees('各市、区人民政府,苏州工业园区、太仓港口管委会;市各委办局,各直属单位')).toEqual(['各市、区人民政府', '苏州工业园区、太仓港口管委会', '市各委办局', '各直属单位']);
    expect(splitAddressees('各县（市；区）人民政府，各有关单位')).toEqual(['各县（市；区）人民政府', '各有关单位']);
  });
});
