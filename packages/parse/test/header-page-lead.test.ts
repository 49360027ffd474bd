/**
 * Round 15: what the opening of a government page sets around a document's header — a view
 * counter under the title, the 发文字号 in brackets on the title's own line, a news lead that
 * quotes the document "全文如下：". Made-up pages; each with a near miss.
 */
import { parsePolicy } from '@policyc/parse';
import { compile } from 'policyc';
import { describe, expect, it } from 'vitest';
import { BODY, meta } from './support/meta.js';
import { expectValidTree } from '../../../test/support/tree-invariants.js';


describe('a title line closing with its 发文字号 in brackets', () => {
  it('gives the title and the number, the page\'s counters under it no title', () => {
    const text = `2021年县政府重点工作任务（某政发〔2021〕2号）\n来源:某县政府   2021-03-23 10:56\n浏览量:1 | | | |\n\n各乡镇人民政府、县直各单位：\n${BODY}`;
    expect(meta(text)).toEqual({ title: '2021年县政府重点工作任务', docNumber: '某政发〔2021〕2号', addressees: ['各乡镇人民政府、县直各单位'] });
    expectValidTree(parsePolicy(text).tree, text);
  });

  it('in square brackets too', () => {
    expect(meta(`2021年县政府重点工作任务[某政发〔2021〕2号]\n\n各乡镇人民政府：\n${BODY}`)).toEqual({ title: '2021年县政府重点工作任务', docNumber: '某政发〔2021〕2号', addressees: ['各乡镇人民政府'] });
  });

  it('near miss: a bracket that holds no 发文字号 stays in the title', () => {
    const text = `某县重点工作任务（2021年修订）\n\n各乡镇人民政府：\n${BODY}`;
    expect(meta(text).title).toBe('某县重点工作任务（2021年修订）');
  });
});

describe('a page\'s counter lines', () => {
  it('"浏览量：" with a count is the page\'s metadata, not a title', () => {
    const text = `2021年县政府重点工作任务\n来源:某县政府   2021-03-23 10:56\n浏览量：1208\n\n各街道办事处：\n${BODY}`;
    expect(meta(text).title).toBe('2021年县政府重点工作任务');
  });
});

describe('a page\'s counter lines: near miss', () => {
  it('a title that opens with a phrase ending in 量 and a colon is a title', () => {
    expect(meta(`稳增长提质量：某市支持实体经济发展的若干措施\n\n${BODY}`).title).toBe('稳增长提质量：某市支持实体经济发展的若干措施');
  });
});

describe('a news lead quoting the document under "全文如下："', () => {
  const lead = '4月21日，某市人民政府发布关于印发某市平台城市建设细化措施的通知，通知提到要积极谋划交通建设。';
  const quoted = '某市人民政府\n关于印发某市平台城市建设细化措施的\n通 知\n某政〔2022〕17号\n各县区人民政府，市人民政府有关部门：\n现将《某市平台城市建设细化措施》印发给你们，请认真贯彻落实。\n一、做强交通枢纽功能\n（一）推进铁路建设。\n';

  it('the document\'s own header is read under it', () => {
    const text = `${lead}\n全文如下：\n${quoted}`;
    expect(meta(text)).toEqual({ title: '某市人民政府关于印发某市平台城市建设细化措施的通知', docNumber: '某政〔2022〕17号', addressees: ['各县区人民政府', '市人民政府有关部门'] });
    expectValidTree(parsePolicy(text).tree, text);
  });

  it('the lead may close with it on its own line, or name what follows otherwise', () => {
    expect(meta(`4月21日，某市人民政府发布关于印发某某措施的通知，全文如下：\n${quoted}`).docNumber).toBe('某政〔2022〕17号');
    expect(meta(`某市发布平台城市建设细化措施，具体内容如下：\n某市平台城市建设细化措施\n为加快建设，制定本措施。\n一、做强交通枢纽功能\n`).title).toBe('某市平台城市建设细化措施');
  });

  it('near miss: without the line that introduces it, the lead paragraph opens the body and no header is read', () => {
    const text = `${lead}\n一、做强交通枢纽功能\n（一）推进铁路建设。\n`;
    expect(meta(text)).toEqual({ title: null, docNumber: null, addressees: [] });
  });
});

describe('a page\'s lines over the document\'s own header', () => {
  it('a trail that opens at the home page is chrome, one step after it', () => {
    const text = `首页 > 规划、计划\n\n某县人民政府办公室关于某某任务指标的补充通知\n\n各乡镇人民政府，县政府各有关部门：\n${BODY}`;
    expect(meta(text)).toEqual({ title: '某县人民政府办公室关于某某任务指标的补充通知', docNumber: null, addressees: ['各乡镇人民政府', '县政府各有关部门'] });
  });

  it('a line with the site\'s address, a date or a control is no addressees ("…门户网站 www.… 发布时间: … 【字体:")', () => {
    const text = `某省人民政府关于落实重点工作部门分工的意见\n\n某省人民政府门户网站 www.example.gov.cn 发布时间: 2019-02-20 11:02 【字体:\n\n某省人民政府关于\n\n落实重点工作部门分工的意见\n\n某政发〔2019〕1号\n\n省直有关单位：\n${BODY}`;
    expect(meta(text)).toEqual({ title: '某省人民政府关于落实重点工作部门分工的意见', docNumber: '某政发〔2019〕1号', addressees: ['省直有关单位'] });
  });

  it('near miss: an organ\'s line that does not break after 关于 is no line of the title under it', () => {
    const text = `某省人民政府关于落实重点工作部门分工的意见\n\n发布时间: 2019-02-20\n\n某省人民政府\n\n关于落实重点工作部门分工的意见\n\n某政发〔2019〕1号\n\n省直有关单位：\n${BODY}`;
    expect(meta(text).docNumber).toBe('某政发〔2019〕1号');
    expect(meta(text).title).toBe('某省人民政府关于落实重点工作部门分工的意见');
  });
});

describe('a notice that forwards the plan it names', () => {
  const notice = (verb: string) => `各区县人民政府，市府各部门：\n市发展改革委《2020年某市国民经济和社会发展计划》已经市人大审议批准，${verb}，请认真组织实施。\n某市人民政府办公室\n2020年5月22日\n2020年某市国民经济和社会发展计划\n市发展改革委\n一、主要预期目标\n（一）经济增长。\n`;

  it('"现予转发" issues it as "现予印发" does: the plan\'s title line is read, and titles a notice that shows none', () => {
    const { document } = compile({ path: 'p.txt', value: notice('现予转发') }).registry;
    expect([document.title, document.planTitle]).toEqual(['2020年某市国民经济和社会发展计划', '2020年某市国民经济和社会发展计划']);
  });

  it('near miss: what was forwarded before, cited ("转发给你们的《…》"), is not issued', () => {
    const { document } = compile({ path: 'p.txt', value: '各乡镇人民政府，县直有关部门：\n按照市政府转发给你们的《某市农村人居环境整治提升五年行动方案》要求，现就有关事项通知如下。\n某县农村人居环境整治工作要点\n一、推进厕所革命\n县农业农村局负责农村改厕工作。\n' }).registry;
    expect([document.title, document.planTitle]).toEqual([null, null]);
  });

  it('near miss: a notice that only cites the plan issues nothing', () => {
    const { document } = compile({ path: 'p.txt', value: notice('请各地参照执行') }).registry;
    expect(document.planTitle).toBeNull();
  });
});

describe('a site\'s name over the title', () => {
  it('"法搜网--中国法律信息搜索网" over a complete title is the page\'s', () => {
    const text = `法搜网--中国法律信息搜索网\n某市人民政府办公室关于下达2010年促进就业工作目标责任制的通知\n\n（某政办〔2010〕41号）\n各县（市、区）人民政府，市直有关单位：\n${BODY}`;
    expect(meta(text)).toEqual({ title: '某市人民政府办公室关于下达2010年促进就业工作目标责任制的通知', docNumber: '某政办〔2010〕41号', addressees: ['各县（市、区）人民政府', '市直有关单位'] });
  });

  it('near miss: a title\'s first line that ends in 网 is no site\'s name', () => {
    const text = `某市人民政府关于加快工业互联网\n创新发展的实施意见\n某政发〔2023〕12号\n各区县人民政府，市政府各部门：\n${BODY}`;
    expect(meta(text).title).toBe('某市人民政府关于加快工业互联网创新发展的实施意见');
  });

  it('near miss: a title that ends in 网 is no site\'s name over what follows it', () => {
    const text = `关于加快建设城市燃气管网\n的实施意见\n各区人民政府：\n${BODY}`;
    expect(meta(text).title).toBe('关于加快建设城市燃气管网的实施意见');
  });
});

describe('a page that reports the document\'s release in a lead over its text', () => {
  const page = (lead: string) => `发布信息\n${lead}\n内容全文\n第一章 总则\n第一条 为了落实责任制，制定本细则。\n`;

  it('the document named in the lead titles a text that shows no title of its own', () => {
    expect(meta(page('2023年12月，中共某省委办公厅、某省人民政府办公厅发布《某省乡村振兴责任制实施细则》，自发布之日起施行。')).title).toBe('某省乡村振兴责任制实施细则');
    expect(meta(page('2023年12月，中共某省委辦公廳、某省人民政府辦公廳發布《某省鄉村振興責任制實施細則》，自發布之日起施行。')).title).toBe('某省鄉村振興責任制實施細則');
  });

  it('near miss: a lead that cites a document on which the text rests names no title', () => {
    expect(meta(page('根据《某省乡村振兴促进条例》，结合本省实际，制定本细则。')).title).toBeNull();
    expect(meta('为深入贯彻落实国务院印发《“十四五”数字经济发展规划》精神，结合我市实际，制定本方案。\n一、总体要求\n（一）加强领导。\n').title).toBeNull();
  });
});

describe('a rule whose lines a copy ran into one, a space for each break', () => {
  const sections = (text: string) => compile({ path: 'p.txt', value: text }).registry.sections.map((s) => `${s.path} ${s.marker}`);

  it('reads its articles, the first right after the title', () => {
    expect(sections('某市扬尘污染防治管理规定 第一条 为防治扬尘污染，制定本规定。 第二条 本规定适用于本市行政区域。 第三条 市环境保护部门负责监督管理。\n')).toEqual(['1 第一条', '2 第二条', '3 第三条']);
    expect(sections('某市扬尘污染防治管理规定 （2008年11月24日某市人民政府令第234号公布） 第一条 为防治扬尘污染，制定本规定。 第二条 本规定适用于本市。\n')).toEqual(['1 第一条', '2 第二条']);
  });

  it('…and an article glued on its chapter\'s short title with nothing between', () => {
    expect(sections('某州村寨规划建设管理条例\n第一章总则第一条为了加强村寨规划，制定本条例。第二条本条例适用于自治州。\n第二章 规划\n第三条 村寨规划由乡级人民政府组织编制。\n')).toEqual(['1 第一章', '1.1 第一条', '1.2 第二条', '2 第二章', '2.1 第三条']);
  });

  it('near miss: a provision it cites after a space opens nothing ("依照本规定 第三条 的要求", "《…》 第一章 的规定")', () => {
    expect(sections('某市电动自行车管理规定 第一条 为加强管理，制定本规定。 第二条 电动自行车应当依照本规定 第三条 的要求登记。 第三条 公安机关交通管理部门负责登记工作。\n')).toEqual(['1 第一条', '2 第二条', '3 第三条']);
  });

  it('near miss: one article a rule set line by line cites after a sentence makes the rule no run-together one', () => {
    const text = '某市养犬管理条例\n第一条 为了规范养犬行为，制定本条例。\n第二条 个人养犬应当具备下列条件：（一）具有完全民事行为能力；（二）有固定住所。\n第三条 违反本条例规定的，由公安机关责令改正。第二条规定的条件不再具备的，收回登记证。\n第四条 本条例自2024年5月1日起施行。\n';
    expect(sections(text)).toEqual(['1 第一条', '2 第二条', '3 第三条', '4 第四条']);
  });

  it('near miss: an article cited in running text, a space before it, opens nothing where the rule\'s own lines are lines', () => {
    expect(sections('某市管理规定\n第一条 为加强管理，制定本规定。\n第二条 违反本规定 第一条 规定的，依照有关法律处理。\n第三条 本规定自发布之日起施行。\n')).toEqual(['1 第一条', '2 第二条', '3 第三条']);
  });
});
