import { describe, expect, it } from 'vitest';
import { compile } from 'policyc';

const meta = (value: string) => compile({ path: 'p.txt', value }).registry.document;

describe('signature and date at the end of a policy', () => {
  it('reads the organ and the date it closes with, past "（此件公开发布）"', () => {
    expect(meta('某某意见\n各省人民政府：\n一、总体要求\n坚持……。\n国务院\n2018年11月16日\n（此件公开发布）\n')).toMatchObject({ issuer: '国务院', date: '2018-11-16' });
  });

  it('joins the organs of a joint document, one a line', () => {
    expect(meta('关于加强某建设的通知\n各省：\n一、总体要求\n坚持……。\n国家发展改革委办公厅\n税务总局办公厅\n2019年8月20日\n')).toMatchObject({ issuer: '国家发展改革委办公厅、税务总局办公厅', date: '2019-08-20' });
  });

  it('reads a date in Chinese numerals and spaced-out organ names', () => {
    expect(meta('某某意见\n一、总体要求\n坚持……。\n国　务　院\n二〇一一年十月十七日\n')).toMatchObject({ issuer: '国务院', date: '2011-10-17' });
  });

  it('leaves both null when the text ends in body text', () => {
    expect(meta('某某意见\n一、总体要求\n坚持……，到2020年完成。\n')).toMatchObject({ issuer: null, date: null });
  });
});

describe('a page that opens past the notice (its second page)', () => {
  // The list of attachments, the signature and date, then the attachment itself.
  const page = '附件1：某市某某工作联席会议制度\n附件2：某市某某工作联席会议成员名单\n某市人民政府办公厅\n二〇一二年四月五日\n附件1\n某市某某工作联席会议制度\n一、主要职能\n统筹协调全市某某工作。\n二、成员单位\n市民政局为联席会议牵头单位。\n';
  const registry = compile({ path: 'p.txt', value: page }).registry;
  it('is titled by its first attachment, and signed and dated by its closing', () => {
    expect(registry.document).toMatchObject({ title: '某市某某工作联席会议制度', issuer: '某市人民政府办公厅', date: '2012-04-05' });
  });
  it('nests the attachment\'s headings under it, the list being no title', () => {
    expect(registry.sections.map((s) => `${s.path} ${s.title}`)).toEqual(['1 某市某某工作联席会议制度', '1.1 主要职能', '1.2 成员单位']);
  });
  it('near miss: a page with a body of its own is not titled by its attachment', () => {
    const text = '一、总体要求\n坚持……。\n某市人民政府\n2020年1月2日\n附件\n某市某某名单\n一、成员\n';
    expect(compile({ path: 'p.txt', value: text }).registry.document.title).toBeNull();
  });
});

describe('a date line under a title', () => {
  it('ends the title, even one that ends in no genre word', () => {
    expect(meta('某市2021年某某工作安排\n2021年3月5日\n一、总体要求\n坚持……。\n')).toMatchObject({ title: '某市2021年某某工作安排' });
  });
});
