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
