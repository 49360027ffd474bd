/**
 * A web page's list decoration: a bullet glyph before each item ("◈1. …", "◆（一）…", "● …") is
 * the page's, not the policy's. It is markup, so the heading marker after it is read, and no word
 * of the text keeps it. Made-up lines in the style of a 政策清单 page, with near misses.
 */
import { parsePolicy } from '@policyc/parse';
import { describe, expect, it } from 'vitest';
import { expectValidTree } from '../../../test/support/tree-invariants.js';
import { sections } from '../../../test/support/sections.js';
import { meta } from './support/meta.js';

const headings = (text: string) => {
  const { tree } = parsePolicy(text, {});
  expectValidTree(tree, text);
  return sections(tree).map((s) => `${s.path} ${s.marker} ${s.title}`);
};

describe('a bullet glyph before a heading marker', () => {
  it('"◈1." opens item 1, its title without the glyph', () => {
    const text = ['某省支持实体经济发展政策清单', '一、稳定供应链支持政策', '', '◈1. 中小企业宽带资费再降10%。取消港口建设费。', '', '◈2．对新建冷库予以补助。', ''].join('\n');
    expect(headings(text)).toEqual(['1 一、 稳定供应链支持政策', '1.1 1. 中小企业宽带资费再降10%', '1.2 2． 对新建冷库予以补助']);
  });

  it('other glyphs, and spaces after them, are decoration too', () => {
    const text = ['某县工作方案', '◆ 一、工作目标', '★（一）完善服务网络。', '● （二）提升服务质量。'].join('\n');
    expect(headings(text)).toEqual(['1 一、 工作目标', '1.1 （一） 完善服务网络', '1.2 （二） 提升服务质量']);
  });
});

describe('near misses', () => {
  it('a glyph inside a line is the text\'s, and a middle dot opening a line is no bullet', () => {
    const text = ['某县工作方案', '一、工作目标', '打造“太行至尊◆王莽岭”品牌。', '·1. 不是标题的一行'].join('\n');
    expect(headings(text)).toEqual(['1 一、 工作目标']);
  });
});

describe('a sharing site\'s file size and page count over the document', () => {
  // The site's name for the file differs from the title the document prints, so no blurb is read
  // between them: the figures alone must be told from headings.
  const page = (lines: string[]) => ['某市教育局2022年工作要点.docx', 'VIP专免', '2024-06-03', ...lines, '某市教育局 2022 年工作要点（印发稿）', '一、建设区域教育中心', '1.推进区域教育中心建设。', '2.实施“十四五”教育发展规划。'].join('\n');

  it('"29.51KB" and "24 页" on lines of their own are figures, no headings', () => {
    expect(headings(page(['29.51KB', '24 页', '海报']))).toEqual(['1 一、 建设区域教育中心', '1.1 1. 推进区域教育中心建设', '1.2 2. 实施“十四五”教育发展规划']);
  });

  it('near miss: a decimal heading with a short Latin title stays one ("2 GIS")', () => {
    expect(headings(['某县应急预案', '1 总则', '1.1 编制目的', '为提高能力。', '2 GIS', '2.1 系统建设', '建设平台。'].join('\n'))).toEqual(['1 1 总则', '1.1 1.1 编制目的', '2 2 GIS', '2.1 2.1 系统建设']);
  });

  it('near miss: a PDF\'s decimal heading with a Chinese title stays one ("1 总则", "2.1 工作目标")', () => {
    expect(headings(['某县应急预案', '1 总则', '1.1 编制目的', '为提高应急处置能力，制定本预案。', '2 组织体系'].join('\n'))).toEqual(['1 1 总则', '1.1 1.1 编制目的', '2 2 组织体系']);
  });
});

describe('a sharing page\'s blurb between the title and the title again', () => {
  const blurb = ['合集下载', '  1. 1、下载文档前请自行甄别文档内容的完整性，平台不提供额外的编辑服务。', '  2. 2、如文档侵犯您的权益，请联系客服反馈。'];
  const body = ['一、指导思想', '以全街经济工作为中心，促进街道各项工作顺利开展。', '二、创建目标', '本年度建成特色社区1个。'];

  it('the numbered notices between the two titles are the page\'s, no headings', () => {
    expect(headings(['2018年某街道文明社区建设实施方案', '', ...blurb, '', '2018年某街道文明社区建设实施方案', '', ...body].join('\n'))).toEqual(['1 一、 指导思想', '2 二、 创建目标']);
  });

  it('near miss: a notice numbered with round brackets between the two titles is no blurb ("县政办发（2018）5号")', () => {
    const text = ['某县文明社区建设实施方案', '某县人民政府办公室关于印发某县文明社区建设实施方案的通知', '县政办发（2018）5号', '现将实施方案印发给你们，并就有关事项通知如下。', '一、高度重视。', '二、加强领导。', '某县文明社区建设实施方案', '一、指导思想', '以全街经济工作为中心。'].join('\n');
    expect(headings(text).slice(0, 2)).toEqual(['1 一、 高度重视', '2 二、 加强领导']);
  });

  it('near miss: an attachment\'s label between the two titles is the document\'s ("标题 / 附件 / 标题")', () => {
    const text = ['某县2024年重点工作任务分解表', '附件', '某县2024年重点工作任务分解表', '一、稳定经济增长', '推进项目建设。', '二、保障改善民生', '新增托位400个。'].join('\n');
    expect(headings(text)).toEqual(['1 附件 某县2024年重点工作任务分解表', '1.1 一、 稳定经济增长', '1.2 二、 保障改善民生']);
  });

  it('near miss: a notice between a plan\'s title and the plan (its number, its addressees) is no blurb: its items stay headings', () => {
    const notice = ['某县人民政府办公室关于印发某县文明社区建设实施方案的通知', '县政办〔2018〕5号', '各乡镇人民政府：', '现将实施方案印发给你们，并就有关事项通知如下。', '一、高度重视。', '二、加强领导。'];
    const text = ['某县文明社区建设实施方案', ...notice, '某县文明社区建设实施方案', ...body].join('\n');
    expect(headings(text).slice(0, 2)).toEqual(['1 一、 高度重视', '2 二、 加强领导']);
  });
});

describe('a sharing site\'s notice opening the text', () => {
  const notice = ['温馨提示：', '1. 部分文件查看预览时可能显示错乱，下载后无此问题。', '2. 本文档由用户上传，版权归属用户。', '网站客服：3074922707'];
  const document = ['某县农村人居环境整治实施方案', '各乡镇人民政府，县直各部门：', '一、工作目标', '（一）到2025年，生活垃圾收运处置体系覆盖率达到100%。'];

  it('its numbered items are no headings, and the title is the document\'s', () => {
    const text = [...notice, ...document].join('\n');
    expect(headings(text)).toEqual(['1 一、 工作目标', '1.1 （一） 到2025年，生活垃圾收运处置体系覆盖率达到100%']);
    expect(meta(text).title).toBe('某县农村人居环境整治实施方案');
  });

  it('near miss: a label and items that speak of anything but the page are the document\'s', () => {
    const text = ['工作要求：', '1. 各乡镇要高度重视，认真组织实施。', '2. 县直各部门要加强协作配合。'].join('\n');
    expect(headings(text)).toEqual(['1 1. 各乡镇要高度重视，认真组织实施', '2 2. 县直各部门要加强协作配合']);
  });
});

describe('a 范文 site\'s list of the pieces it collects', () => {
  it('"1.业务技术部部门职能 篇一" is no heading; the piece\'s own headings are', () => {
    const text = ['某矿部门职能汇编(共12篇)', '1.业务技术部部门职能 篇一', '一、生产技术科业务保安责任制', '1、负责编制采掘作业规程。'].join('\n');
    expect(headings(text)).toEqual(['1 一、 生产技术科业务保安责任制', '1.1 1、 负责编制采掘作业规程']);
  });

  it('near miss: an item whose title ends in 篇 as a word of its own ("…新篇", no space before it) is an item', () => {
    const text = ['某县文化发展规划', '1.谱写文化强县新篇', '2.打造文旅融合新篇章'].join('\n');
    expect(headings(text)).toEqual(['1 1. 谱写文化强县新篇', '2 2. 打造文旅融合新篇章']);
  });
});
