/**
 * Round 16: a document's header further down a page than its first lines — under a
 * document-sharing site's masthead and blurb, a news page's source lines, the name of the plan a
 * notice issues, a summary line that runs the header together — and a law database's record whose
 * labels are fused to their values. Made-up pages; each with a near miss.
 */
import { parsePolicy } from '@policyc/parse';
import { compile } from 'policyc';
import { describe, expect, it } from 'vitest';
import { BODY, meta } from './support/meta.js';
import { expectValidTree } from '../../../test/support/tree-invariants.js';

const NOTICE = '某省人民政府办公厅关于加强高校毕业生就业工作的通知';
const ADDRESSEES = '各市州人民政府，省政府各厅委、各直属机构：';
const whole = { title: NOTICE, docNumber: '某政办发〔2009〕24号', addressees: ['各市州人民政府', '省政府各厅委、各直属机构'] };

describe('a header under a page that gave only its masthead and metadata', () => {
  it('a document-sharing site\'s blurb between the masthead and the document\'s own header', () => {
    const text = [
      '某省人民政府办公厅文件', '时间:2019-05-14 10:45:55下载本文作者:会员上传',
      '简介:某某文库小编为你整理了多篇相关的《某省人民政府办公厅文件》,但愿对你有帮助。', '第一篇:某省人民政府办公厅文件',
      '某省人民政府办公厅文件', '某政办发〔2009〕24号', '某省人民政府办公厅关于加强高校毕业生', '就业工作的通知', ADDRESSEES, BODY,
    ].join('\n');
    expect(meta(text)).toEqual(whole);
    expectValidTree(parsePolicy(text).tree, text);
  });

  it('a news page\'s source lines over a title wrapped inside its 《》 and set over its number', () => {
    const text = ['文章来源:某省人民政府网', '原文链接:https://www.example.gov.cn/a/202209/1.shtml', '', '某省人民政府办公厅', '关于印发《某省统筹疫情防控', '和经济恢复行动方案》的通知', '', '某府办〔2022〕41号', '', ADDRESSEES, BODY].join('\n');
    expect(meta(text)).toEqual({ title: '某省人民政府办公厅关于印发《某省统筹疫情防控和经济恢复行动方案》的通知', docNumber: '某府办〔2022〕41号', addressees: ['各市州人民政府', '省政府各厅委、各直属机构'] });
  });

  it('near miss: a masthead over running text gives no title from the text', () => {
    expect(meta(['某省人民政府办公厅文件', '时间:2019-05-14', '为加强高校毕业生就业工作，现提出如下意见。', '一、总体要求', '（一）加强领导。'].join('\n')).title).toBeNull();
  });
});

describe('the name of the plan a notice issues, over the notice', () => {
  it('the page heading gives way to the notice quoting it in 《》, wrapped or on one line', () => {
    const expected = { title: '关于印发《某局公文处理实施细则》的通知', docNumber: '某地信〔2013〕17号', addressees: ['局机关各处室'] };
    expect(meta(`某局公文处理实施细则\n关于印发《某局公文处理实施细则》的通知\n某地信〔2013〕17号\n局机关各处室：\n${BODY}`)).toEqual(expected);
    expect(meta(`某局公文处理实施细则\n关于印发《某局\n公文处理实施细则》的通知\n某地信〔2013〕17号\n局机关各处室：\n${BODY}`)).toEqual(expected);
  });

  it('and to a whole header a copy ran into one line under the page\'s chrome', () => {
    const text = `某县巩固就业帮扶车间专项行动实施方案\n详细信息\n某委乡振组发〔2021〕3号 关于印发《某县就业帮扶车间等“七大专项行动”实施方案》的通知 各乡镇、县直各单位:${BODY}`;
    expect(meta(text)).toEqual({ title: '关于印发《某县就业帮扶车间等“七大专项行动”实施方案》的通知', docNumber: '某委乡振组发〔2021〕3号', addressees: ['各乡镇、县直各单位'] });
  });

  it('near miss: a notice that quotes the plan without issuing it ("关于废止《…》的通知") is no notice of it', () => {
    const text = `某局公文处理实施细则\n关于废止《某局公文处理实施细则》的通知\n局机关各处室：\n${BODY}`;
    expect(meta(text).title).toBe('某局公文处理实施细则');
  });
});

describe('a line a copy ran the header into, under the page\'s title', () => {
  const summary = `${NOTICE}（某政办发〔2009〕24号）各市州人民政府，省政府各厅委、各直属机构：为深`;

  it('the title with its number glued on and the 主送机关 after it: all three read', () => {
    expect(meta(`${NOTICE}\n2025-06-08 15:00\n271人看过\n${summary}\n${NOTICE}\n${BODY}`)).toEqual(whole);
  });

  it('a title line closing with its number in brackets, under a page\'s menu words', () => {
    expect(meta(`政务微信\n政务微博\n×\n${NOTICE}（某政办发〔2009〕24号）\n来源:某省政府网 发布时间:2018-01-26\n\n为加强就业工作，现提出如下意见。\n一、总体要求\n`)).toEqual({ ...whole, addressees: [] });
  });

  it('near miss: a preamble citing a document by its number, closing with a colon or a 。, is no title', () => {
    const cites = '为深入贯彻落实国务院关于做好新形势下就业创业工作的意见（国发〔2015〕23号）和省、市关于稳就业的部署要求，进一步做好全县就业创业工作，结合我县实际，';
    for (const close of ['制定如下实施方案：', '制定本方案。']) {
      expect(meta(`某县2024年就业创业工作实施方案\n${cites}${close}\n一、工作目标\n`)).toEqual({ title: '某县2024年就业创业工作实施方案', docNumber: null, addressees: [] });
    }
  });

  it('near miss: an addressees line citing a document by its number is no title', () => {
    const text = `${NOTICE}\n各市州人民政府：根据《国务院关于做好就业工作的意见》（国发〔2017〕28号）要求，现提出如下意见。\n一、总体要求\n`;
    expect(meta(text)).toEqual({ title: NOTICE, docNumber: null, addressees: ['各市州人民政府'] });
  });
});

describe('a law database\'s record, its labels fused to their values', () => {
  it('a block of "发文机关某市人民政府" lines gives no title, and its 发文字号 without the label', () => {
    const text = ['发文机关某市人民政府', '发文日期2023年08月18日', '时效性现行有效', '发文字号某政办〔2023〕11号', '效力级别地方规范性文件', ADDRESSEES, BODY].join('\n');
    expect(meta(text)).toEqual({ title: null, docNumber: '某政办〔2023〕11号', addressees: ['各市州人民政府', '省政府各厅委、各直属机构'] });
  });

  it('a number the record notes a status after ("发文字号某政办〔2023〕11号（已废止）")', () => {
    const text = ['发文机关某市人民政府办公室', '发文字号某政办〔2023〕11号（已废止）', '时效性失效', '某市人民政府办公室关于印发某市住房保障管理办法的通知', ADDRESSEES, BODY].join('\n');
    expect(meta(text)).toEqual({ title: '某市人民政府办公室关于印发某市住房保障管理办法的通知', docNumber: '某政办〔2023〕11号', addressees: ['各市州人民政府', '省政府各厅委、各直属机构'] });
  });

  it('near miss: one title that opens with such a word, alone, is still the title', () => {
    expect(meta(`文号管理办法实施细则\n${ADDRESSEES}\n${BODY}`).title).toBe('文号管理办法实施细则');
  });
});

describe('a link is no line of a title', () => {
  it('near miss: a title naming a site\'s address is still the title, its number and 主送机关 read', () => {
    const text = `某省人民政府办公厅关于启用某省政务服务网（www.zwfw.example.gov.cn）的通知\n某政办发〔2023〕8号\n${ADDRESSEES}\n${BODY}`;
    expect(meta(text)).toEqual({ title: '某省人民政府办公厅关于启用某省政务服务网（www.zwfw.example.gov.cn）的通知', docNumber: '某政办发〔2023〕8号', addressees: ['各市州人民政府', '省政府各厅委、各直属机构'] });
  });
});

describe('a site\'s short name over the title that opens by repeating it', () => {
  it('"某市" over "某市小微企业扶持政策清单" is the page\'s', () => {
    expect(meta(`某市\n\n某市小微企业扶持政策事项清单\n来源:某市市场监管局\n${BODY}`).title).toBe('某市小微企业扶持政策事项清单');
  });

  it('near miss: a title wrapped after its organ ("某市人民政府" / "关于…的通知") keeps both lines', () => {
    expect(meta(`某市人民政府\n关于印发某市扶持政策的通知\n${ADDRESSEES}\n${BODY}`).title).toBe('某市人民政府关于印发某市扶持政策的通知');
  });
});

describe('a news page\'s headline figures over a lead that reports the release', () => {
  it('the lead\'s document titles the text when the header\'s lines are no complete title', () => {
    const { registry } = compile({ path: 'p.txt', value: '地区生产总值增长5%左右\n固定资产投资增长5%以上\n……\n近日，某区人民政府办公室发布《2023年区政府工作报告重点工作目标任务分解》方案。\n一、主要目标\n' });
    expect(registry.document.title).toBe('2023年区政府工作报告重点工作目标任务分解');
  });

  it('near miss: a title no genre word closes keeps its place over a preamble that cites a plan issued', () => {
    const { registry } = compile({ path: 'p.txt', value: '某区2025年重点工作任务分解表\n2025年1月，区政府印发了《某区2025年国民经济和社会发展计划》。为确保各项目标任务落到实处，现将重点工作任务分解如下。\n一、经济发展\n' });
    expect(registry.document.title).toBe('某区2025年重点工作任务分解表');
  });

  it('a news item\'s byline before the lead\'s "今天，…发布了《Y》" titles a text with no title of its own', () => {
    const { registry } = compile({ path: 'p.txt', value: '某报的最新消息：今天，某自治区人民政府网站发布了《自治区人民政府办公厅关于印发某都市圈建设2019年工作计划的通知》。\n为推进都市圈建设，特制定本计划。\n一、总体要求\n' });
    expect(registry.document.title).toBe('自治区人民政府办公厅关于印发某都市圈建设2019年工作计划的通知');
  });

  it('near miss: a label and colon before a reason that cites a document titles nothing', () => {
    const { registry } = compile({ path: 'p.txt', value: '指导思想：为贯彻落实国务院印发《某某发展规划》精神，特制定本计划。\n一、总体要求\n' });
    expect(registry.document.title).toBeNull();
  });
});

describe('a release\'s headline that names the document bare', () => {
  const page = (headline: string) => [headline, '', '  • 来源专题:水体污染治理', '  • 发布时间:2018-08-13',
    '  • 日前，某省印发《某省水污染防治攻坚三年作战方案（2018—2020年）》。', '', '    某省水污染防治攻坚三年作战方案', '', '    （2018—2020年）', '',
    '    为打好碧水保卫战，制定本方案。', '一、总体要求'].join('\n');

  it('a site\'s tag and an issuer before it: the document\'s title under the lead, its period on a line of its own', () => {
    expect(meta(page('《【政策法规】某省发布水污染防治攻坚三年作战方案（2018—2020年）》')).title).toBe('某省水污染防治攻坚三年作战方案（2018—2020年）');
  });

  it('near miss: a lead naming another document gives the headline no document under it', () => {
    const text = page('【政策法规】某省发布水污染防治攻坚三年作战方案（2018—2020年）').replace('《某省水污染防治攻坚三年作战方案（2018—2020年）》', '《某省大气污染防治行动计划》');
    expect(meta(text).title).not.toBe('某省水污染防治攻坚三年作战方案（2018—2020年）');
  });
});
