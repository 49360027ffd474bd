/**
 * A page's metadata rows set with pipes, their labels letter-spaced to align ("文 号: | … |"), and a
 * 发文字号 in brackets after the title line. Made-up headers.
 */
import { compile } from 'policyc';
import { describe, expect, it } from 'vitest';

const meta = (text: string) => compile({ path: 'p.txt', value: text }).registry.document;

describe('pipe rows of a metadata table', () => {
  const rows = '索 引 号: | 0001234/2024-00012 | 信息分类: | |\n发布机构: | 成文日期: | 2024-03-05 | |\n';

  it('a 文号 cell gives the 发文字号 and a 名称 cell the title', () => {
    const text = `${rows}文 号: | 某市府办发〔2024〕7号 | 是否有效: | |\n名 称: | 某市人民政府办公室关于印发某市数字乡村建设方案的通知 |\n各县、区人民政府，市政府各部门：\n现将方案印发给你们。\n一、总体要求\n（一）加强领导。\n`;
    expect(meta(text)).toMatchObject({
      title: '某市人民政府办公室关于印发某市数字乡村建设方案的通知',
      docNumber: '某市府办发〔2024〕7号',
      addressees: ['各县、区人民政府', '市政府各部门'],
    });
  });

  it('a 标题 cell that sets the 发文字号 before the title gives the title alone', () => {
    const text = `${rows}文件标题: | 某管发〔2015〕7号 某管理委员会关于设立某某办公室的通知 |\n一、职能职责\n（一）负责协调。\n`;
    expect(meta(text)).toMatchObject({ title: '某管理委员会关于设立某某办公室的通知' });
  });

  it('not: a 名称 cell that is no title, nor a 文号 cell that is no number', () => {
    const text = `${rows}文 号: | 无 | 是否有效: | 是 |\n名 称: | 数字乡村 |\n某市人民政府办公室关于印发某市数字乡村建设方案的通知\n各县、区人民政府：\n现将方案印发给你们。\n一、总体要求\n（一）加强领导。\n`;
    expect(meta(text)).toMatchObject({ title: '某市人民政府办公室关于印发某市数字乡村建设方案的通知', docNumber: null });
  });
});

describe('a 发文字号 in brackets after the title', () => {
  it('the brackets are no part of it, and the 主送机关 after a blank line are read', () => {
    const text = '某市人民政府關于印發某市促進消費若幹措施的通知(某府〔2021〕18號)\n\n各縣(市、區)人民政府,某某新區,市政府各部門、各直屬機構:\n  現將措施印發給你們。\n一、總體要求\n（一）加強領導。\n';
    expect(meta(text)).toMatchObject({
      title: '某市人民政府關于印發某市促進消費若幹措施的通知',
      docNumber: '某府〔2021〕18號',
      addressees: ['各縣(市、區)人民政府', '某某新區', '市政府各部門、各直屬機構'],
    });
  });

  it('not: a bracket closing nothing keeps the title whole', () => {
    const text = '某市人民政府关于印发某市促进消费若干措施的通知 某府〔2021〕18号\n各区人民政府：\n现将措施印发给你们。\n一、总体要求\n（一）加强领导。\n';
    expect(meta(text)).toMatchObject({ title: '某市人民政府关于印发某市促进消费若干措施的通知', docNumber: '某府〔2021〕18号', addressees: ['各区人民政府'] });
  });
});
