/**
 * Families first met on documents the compiler had never seen (round 17's probes: work points,
 * rural and environmental plans, business-environment task lists). Made-up text in the style of
 * such documents, each with a near miss that must not fire.
 */
import { compile } from 'policyc';
import { describe, expect, it } from 'vitest';

/** Every task with units, as "path form lead|…/assist|…/responsible|…". */
const tasks = (text: string) =>
  compile({ path: 'p.txt', value: text })
    .registry.tasks.filter((t) => t.lead.length + t.assist.length + t.responsible.length > 0)
    .map((t) => `${t.path} ${t.form} ${[t.lead, t.assist, t.responsible].map((us) => us.join('|')).join('/')}`);

/** The tasks of a county plan's one section, its text given. */
const section = (body: string) => tasks(`某县粮油生产工作方案\n一、目标任务\n${body}\n二、保障措施\n加强督促检查。\n`);

describe('担负 and 肩负 take a duty on as 承担 does', () => {
  it('"担负起…主体责任" makes its subject lead, after a clause of its own as well', () => {
    expect(section('各乡镇要认真对照目标分解表，担负起保障本乡镇粮油安全主体责任，明确工作目标。')).toEqual(['1 prose 各乡镇//']);
    expect(section('县农业农村局要肩负起全县粮油生产的主体责任。')).toEqual(['1 prose 县农业农村局//']);
  });

  it('near miss: 担负 with no duty after it assigns none', () => {
    expect(section('各乡镇要担负起历史使命，明确工作目标。')).toEqual([]);
  });
});

describe('land and places whose names end in 园 are no bodies', () => {
  it('"稳定果园面积，…积极参加…" names no unit', () => {
    expect(section('稳定果园面积，支持建设道地药材生产基地。提升茶产业，推进茶产业文旅融合，积极参加茶博会等宣传推介活动。')).toEqual([]);
  });

  it('near miss: a kindergarten still is one ("各幼儿园要…负责")', () => {
    expect(tasks('某区学前教育提升方案\n一、主要任务\n各幼儿园要负责做好安全管理工作。\n')).toEqual(['1 prose 各幼儿园//']);
  });
});

/** The tasks of a business-environment plan's item, its bracketed clause given. */
const item = (clause: string) => tasks(`某市优化营商环境行动计划\n一、重点任务\n1.推进企业注册极简办理。压缩办理时间。${clause}\n2.扩大简易注销范围。（责任单位：市市场监督管理局、市税务局）\n`);

describe('notes in brackets after a unit of a clause', () => {
  it('a convention note with its scope before it ("以下如无特别说明，") is no unit, and holds', () => {
    expect(item('〔责任单位:市市场监督管理局(以下如无特别说明,排名第一的为牵头单位)、市公安局、市税务局;完成时限:2019年〕')).toEqual([
      '1.1 clause 市市场监督管理局/市公安局|市税务局/',
      '1.2 clause 市市场监督管理局/市税务局/',
    ]);
  });

  it('a short form given in brackets leaves the name whole ("市市场监督管理局（以下简称市市场监管局）")', () => {
    expect(item('（责任单位：市市场监督管理局（以下简称市市场监管局）、市公安局）')[0]).toBe('1.1 clause //市市场监督管理局|市公安局');
  });

  it('near miss: a bracket that names a level stays part of the name ("各县（市、区）人民政府")', () => {
    expect(item('（责任单位：各县（市、区）人民政府、市公安局）')[0]).toBe('1.1 clause //各县(市、区)人民政府|市公安局');
  });
});

/** [figure as written, value, unit] of every target of an environmental plan's goal. */
const figures = (sentence: string) =>
  compile({ path: 'p.txt', value: `某市大气污染防治实施方案\n一、工作目标\n${sentence}\n` }).registry.targets.map((t) => [t.text, t.value, t.unit]);

describe('measures written as symbols', () => {
  it('reads a concentration in μg/m3 and mg/L, and a capacity in MW, as their Chinese names are read', () => {
    expect(figures('到2025年，PM2.5年均浓度低于47μg/m3，出水化学需氧量不高于50mg/L，新增光伏装机500MW以上。')).toEqual([
      ['低于47μg/m3', 47, 'μg/m3'], ['不高于50mg/L', 50, 'mg/L'], ['500MW以上', 500, 'MW'],
    ]);
  });

  it('near miss: a figure a letter is glued to is part of a name ("5G", "PM2.5")', () => {
    expect(figures('到2025年，建成5G基站300个，PM2.5浓度持续下降。')).toEqual([['300个', 300, '个']]);
  });
});
