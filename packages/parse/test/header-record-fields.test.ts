/**
 * Field lines a database or a web page sets over a document (【时效性】, a pipe table of 索引号,
 * 公开方式 …) describe the record, not the document: they are no part of its title. Made-up headers.
 */
import { compile } from 'policyc';
import { describe, expect, it } from 'vitest';

const meta = (text: string) => compile({ path: 'p.txt', value: text }).registry.document;

describe('record field lines above the title', () => {
  it('【label】value lines of a legal database are not glued to the title', () => {
    const text = '【法宝引证码】CLI.9.123456\n【时效性】现行有效\n某市人民政府办公室关于印发某某工作方案的通知\n各区人民政府：\n现将方案印发给你们。\n一、总体要求\n（一）加强领导。\n';
    expect(meta(text)).toMatchObject({ title: '某市人民政府办公室关于印发某某工作方案的通知', addressees: ['各区人民政府'] });
  });

  it('a page\'s metadata set as a pipe table is no title: the plan\'s title after the signature is', () => {
    const text = '索 引 号 | 1234-2025-001 | 公开方式 | 主动公开 |\n有效性 | 有效 |\n各镇政府，各街道办事处：\n现将分工印发给你们。\n某县人民政府\n2025年2月28日\n2025年某县政府重点工作责任分工\n一、主要目标\n（一）加强领导。\n';
    expect(meta(text).title).toBe('2025年某县政府重点工作责任分工');
  });

  it('a task table in pipes at the top stays a table, its header row no record field', () => {
    const text = '某县重点任务分工表\n| 序号 | 工作任务 | 牵头单位 |\n|---|---|---|\n| 1 | 推进园区建设 | 县发展和改革局 |\n| 2 | 完善政策体系 | 县财政局 |\n';
    const { registry } = compile({ path: 'p.txt', value: text });
    expect(registry.document.title).toBe('某县重点任务分工表');
    expect(registry.sections.map((s) => s.title)).toEqual(['推进园区建设', '完善政策体系']);
  });
});
