/**
 * Round 23: a notice's header under a web page's chrome — made-up pages in the style of the
 * government sites that serve them (held-out probes 136–141 showed the forms; none of their text
 * is used here).
 */
import { describe, expect, it } from 'vitest';
import { compile } from 'policyc';
import { parsePolicy } from '@policyc/parse';
import { expectValidTree } from '../../../test/support/tree-invariants.js';

const meta = (text: string) => {
  const { document } = compile({ path: 'p.txt', value: text }).registry;
  return { title: document.title, docNumber: document.docNumber, addressees: document.addressees };
};

const NOTICE = [
  '某市人民政府办公厅',
  '',
  '',
  '关于印发某市贯彻落实全省“十四五”',
  '',
  '',
  '养老服务体系建设规划重点任务分工的通知',
  '',
  '某府办发〔2022〕41号',
  '',
  '各区县人民政府，市政府有关部门，有关单位：',
  '经市政府同意，现将重点任务分工印发给你们，请认真贯彻执行。',
  '一、总体要求',
  '坚持需求导向。',
];
const TITLE = '某市人民政府办公厅关于印发某市贯彻落实全省“十四五”养老服务体系建设规划重点任务分工的通知';

describe('a page\'s headline or metadata over the notice\'s own header, repeating its number or title', () => {
  it('the headline "number《title》" and the page\'s counter are the page\'s; the header below gives title, number and addressees', () => {
    const text = ['某府办发〔2022〕41号《某市人民政府办公厅关于印发某市贯彻落实全省“十四五”养老服务体系建设规划重点任务分工的通知》', '', '浏览量:          时间:2022-11-11 04:11:37', '', ...NOTICE].join('\n');
    expect(meta(text)).toEqual({ title: TITLE, docNumber: '某府办发〔2022〕41号', addressees: ['各区县人民政府', '市政府有关部门', '有关单位'] });
    expectValidTree(parsePolicy(text).tree, text);
  });

  it('a bulleted metadata block giving the number and the title, over the header that sets them again', () => {
    const text = ['• 发文字号:某卫办函〔2021〕12号', '  • 发布日期:2021-09-14', '  • 标  题:关于确定第二批试点单位的通知', '关于确定第二批试点单位的通知', '某卫生健康委办公室 某民政局办公室 分享', '', '关于确定第二批试点单位的通知', '', '某卫办函〔2021〕12号', '', '各区卫生健康局、民政局：', '现确定某某等10个单位为试点单位。', '一、工作要求', '各试点单位要结合实际。'].join('\n');
    expect(meta(text)).toEqual({ title: '关于确定第二批试点单位的通知', docNumber: '某卫办函〔2021〕12号', addressees: ['各区卫生健康局、民政局'] });
  });

  it('near miss: a number over a header that sets another number is not taken for the page\'s: nothing below is read as the header', () => {
    const text = ['某府办发〔2022〕41号《某市人民政府办公厅关于印发某市养老服务规划的通知》', '', '浏览量:          时间:2022-11-11', '', ...NOTICE.map((line) => line.replace('41号', '7号'))].join('\n');
    expect(meta(text).docNumber).toBe('某府办发〔2022〕41号');
  });

  it('a metadata block that gives only the title, set again by the header below, is the page\'s too', () => {
    const text = ['• 发文字号:某卫办函〔2021〕12号', '  • 标  题:关于确定第二批试点单位的通知', '关于确定第二批试点单位的通知', '某卫生健康委办公室 某民政局办公室 分享', '', '关于确定第二批试点单位的通知', '', '各区卫生健康局、民政局：', '现确定某某等10个单位为试点单位。', '一、工作要求', '各试点单位要结合实际。'].join('\n');
    expect(meta(text)).toEqual({ title: '关于确定第二批试点单位的通知', docNumber: '某卫办函〔2021〕12号', addressees: ['各区卫生健康局、民政局'] });
  });
});

describe('a page\'s controls, time stamps and labels around the header', () => {
  const header = (...top: string[]) => [...top, '某市人民政府办公室关于印发某市加强水库运行管护工作实施方案的通知', ...[]].join('\n');
  const rest = ['', '某府办〔2022〕20号', '', '各县（市、区）人民政府，市政府各部门：', '现将实施方案印发给你们。', '一、总体要求', '守住水库安全底线。'];

  it('"分享到:" over the title and a bulleted time stamp under it are the page\'s', () => {
    const text = [header('分享到:'), '  • 2022-06-12 10:53', '  • 来源: 某市人民政府办公室', ...rest].join('\n');
    expect(meta(text)).toEqual({ title: '某市人民政府办公室关于印发某市加强水库运行管护工作实施方案的通知', docNumber: '某府办〔2022〕20号', addressees: ['各县（市、区）人民政府', '市政府各部门'] });
    expectValidTree(parsePolicy(text).tree, text);
  });

  it('a search box\'s "精确检索" / "开始检索" over the title, and "朗读" over the addressees, are no title', () => {
    expect(meta([header('精确检索', '开始检索', ''), ...rest].join('\n')).title).toBe('某市人民政府办公室关于印发某市加强水库运行管护工作实施方案的通知');
    const read = meta(['', '朗读', '各乡镇人民政府，县政府各部门：', '《某县数字化转型行动方案》已经县政府同意，现印发给你们。', '某县人民政府办公室', '2019年12月27日', '某县数字化转型行动方案', '一、总体要求', '坚持系统推进。'].join('\n'));
    expect(read.title).toBe('某县数字化转型行动方案');
    expect(read.addressees).toEqual(['各乡镇人民政府', '县政府各部门']);
  });

  it('"发布部门:市政府办公室" is a page\'s label, not the notice\'s addressees; "政策文号:" gives its number', () => {
    const text = ['某市人民政府办公室关于加快发展养老服务业的实施意见', '政策', '发布部门:市政府办公室', '发布时间:2015年12月11日', '政策文号:某政办发〔2015〕21号', '各辖市、区人民政府，市各委办局：', '为加快养老服务业发展，提出如下实施意见。', '一、总体要求', '坚持需求导向。'].join('\n');
    expect(meta(text)).toEqual({ title: '某市人民政府办公室关于加快发展养老服务业的实施意见', docNumber: '某政办发〔2015〕21号', addressees: ['各辖市、区人民政府', '市各委办局'] });
  });

  it('near misses: a document\'s own date (年月日) stays its date, a department sent to stays an addressee', () => {
    const text = ['某市人民政府办公室关于加快发展养老服务业的实施意见', '2015年12月11日', '市政府各部门：', '为加快养老服务业发展，提出如下实施意见。', '一、总体要求', '坚持需求导向。'].join('\n');
    const { tree } = parsePolicy(text);
    const header = tree.children.find((c) => c.type === 'header') as { children: { type: string }[] } | undefined;
    expect(header?.children.some((c) => c.type === 'date')).toBe(true);
    // …and beside a page's time stamp over it, the document's own date is still read as its date
    const stamped = parsePolicy(['2015-12-11 10:53', ...text.split('\n')].join('\n')).tree.children.find((c) => c.type === 'header') as { children: { type: string }[] } | undefined;
    expect(stamped?.children.some((c) => c.type === 'date')).toBe(true);
    expect(meta(text).addressees).toEqual(['市政府各部门']);
    // a title that opens with a search word is a title
    expect(meta(['检索系统建设管理办法', '一、总则', '为规范管理，制定本办法。'].join('\n')).title).toBe('检索系统建设管理办法');
  });
});
