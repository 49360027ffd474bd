/**
 * Layouts first met on documents the compiler had never seen (round 21's probes: health,
 * education, industry, culture, transport), as small made-up excerpts in their style.
 */
import { describe, expect, it } from 'vitest';
import { compile } from 'policyc';
import { parsePolicy } from '@policyc/parse';
import { expectValidTree } from '../../../test/support/tree-invariants.js';

const registryOf = (text: string) => compile({ path: 'p.txt', value: text }).registry;
const outline = (text: string) => registryOf(text).sections.map((s) => `${s.path} ${s.marker} ${s.title}`);

describe('a gazette page\'s masthead over the document: its telephone numbers are no headings', () => {
  const page = (phone: string) => ['网站首页', '主管主办', '某省人民政府办公厅', '电       话', phone, '(028)86605625(传真)', '邮政编码', '610016', '',
    '某省人民政府办公厅', '关于印发《某省物流降本实施方案》的通知', '某办发〔2025〕19号', '各市(州)人民政府，省政府各部门：', '《某省物流降本实施方案》已经省政府同意，现印发给你们，请认真贯彻落实。', '一、主要目标', '到2027年，物流成本明显下降。'].join('\n');

  it('"(028)86604546": a number with a leading zero in brackets is an area code, no item: the header is read below the masthead', () => {
    const registry = registryOf(page('(028)86604546'));
    expect(registry.document).toMatchObject({ title: '某省人民政府办公厅关于印发《某省物流降本实施方案》的通知', docNumber: '某办发〔2025〕19号' });
    expect(registry.sections.map((s) => `${s.path} ${s.marker} ${s.title}`)).toEqual(['1 一、 主要目标']);
    expectValidTree(parsePolicy(page('(028)86604546')).tree, page('(028)86604546'));
  });

  it('near miss: "(1)" and a zero-padded "(01)" stay items', () => {
    expect(outline(['某县实施方案', '一、重点任务', '(1)加强领导。', '(2)强化保障。'].join('\n'))).toEqual(['1 一、 重点任务', '1.1 (1) 加强领导', '1.2 (2) 强化保障']);
    expect(outline(['某县实施方案', '一、重点任务', '(01)加强领导。', '(02)强化保障。'].join('\n'))).toEqual(['1 一、 重点任务', '1.1 (01) 加强领导', '1.2 (02) 强化保障']);
  });
});

describe('a plan\'s title with its period on the line under it ("某某行动计划" / "（2018—2020年）")', () => {
  const notice = (period: string) => ['某办发〔2018〕91号', '各市人民政府，省政府各部门：', '《某省运输结构调整三年行动计划（2018—2020年）》已经省政府同意，现印发给你们，请认真组织实施。', '某省人民政府办公厅', '2018年9月17日',
    '（此件公开发布）', '某省运输结构调整三年行动计划', period, '为贯彻落实有关部署，制定本行动计划。', '一、总体要求', '（一）指导思想。坚持稳中求进。'].join('\n');

  it('a notice that lost its own title is titled by the plan it issues, the period joined on', () => {
    expect(registryOf(notice('（2018—2020年）')).document.title).toBe('某省运输结构调整三年行动计划（2018—2020年）');
    expect(registryOf(notice('(2018—2020年)')).document.title).toBe('某省运输结构调整三年行动计划(2018—2020年)');
    // another dash than the notice's, or a status note after the period
    expect(registryOf(notice('（2018-2020年）')).document.title).toBe('某省运输结构调整三年行动计划（2018-2020年）');
    expect(registryOf(notice('（2018—2020年）（试行）').replace('（2018—2020年）》', '（2018—2020年）（试行）》')).document.title).toBe('某省运输结构调整三年行动计划（2018—2020年）（试行）');
  });

  it('near miss: a bracketed line that is no period (a note) is not joined', () => {
    expect(registryOf(notice('（征求意见稿）')).document.title).not.toContain('征求意见稿');
  });
});

describe('a work plan divided into parts ("第一部分：整体工作安排")', () => {
  it('each part is a top division, its items under it', () => {
    expect(outline(['某省2024年工作计划', '第一部分：整体工作安排', '（一）拟研究制定的文件', '研究制定工作规则。', '（二）重点举措', '1.建立工作机制。', '第二部分：各专项行动重点任务', '（一）健康知识普及行动', '建立专家库。'].join('\n')))
      .toEqual(['1 第一部分 整体工作安排', '1.1 （一） 拟研究制定的文件', '1.2 （二） 重点举措', '1.2.1 1. 建立工作机制', '2 第二部分 各专项行动重点任务', '2.1 （一） 健康知识普及行动']);
  });

  it('"第一部份" (its variant spelling) too', () => {
    expect(outline(['某省2024年工作计划', '第一部份 整体工作安排', '（一）拟研究制定的文件', '研究制定工作规则。'].join('\n'))).toEqual(['1 第一部份 整体工作安排', '1.1 （一） 拟研究制定的文件']);
  });

  it('near misses: "第一部分" inside a sentence, or opening one ("第一部分所列任务…", "第一部分，总体要求；"), is no heading', () => {
    expect(outline(['某省2024年工作计划', '一、总体要求', '按照本计划第一部分的要求，认真落实。'].join('\n'))).toEqual(['1 一、 总体要求']);
    expect(outline(['某省2024年工作计划', '一、总体要求', '第一部分所列任务由各地负责，认真落实。'].join('\n'))).toEqual(['1 一、 总体要求']);
    expect(outline(['某省2024年工作计划', '本计划分为三个部分：', '第一部分，总体要求；', '第二部分，重点任务。', '一、总体要求', '认真落实。'].join('\n'))).toEqual(['1 一、 总体要求']);
  });
});

describe('a page\'s menus over its trail ("国内政策【切换】 国际政策" / "您现在的位置: 首页 > 政策前沿"): the title is read below the trail', () => {
  const page = (...top: string[]) => [...top, '', '某市加快流通业发展实施意见', '', '发布人：某某  /  发布时间：2017-11-24 10:12:15', '', '为进一步深化流通业改革，现制定本意见。', '', '一、主要工作目标', '到2020年，实力显著提升。'].join('\n');

  it('the line over the trail is the page\'s, even one ending as a title might ("…国际政策")', () => {
    expect(registryOf(page('国内政策【切换】 国际政策', '', '您现在的位置: 首页 > 政策前沿')).document.title).toBe('某市加快流通业发展实施意见');
    expect(registryOf(page('手机版', '', '首页 > 纲要规划')).document.title).toBe('某市加快流通业发展实施意见');
    // in traditional script too ("當前位置：首頁 > …")
    expect(registryOf(page('國內政策【切換】 國際政策', '', '當前位置:首頁 > 金融政策')).document.title).toBe('某市加快流通业发展实施意见');
    const text = page('国内政策【切换】 国际政策', '', '您现在的位置: 首页 > 政策前沿');
    expectValidTree(parsePolicy(text).tree, text);
  });

  it('near misses: a title complete with its genre word over the trail stays the title where what is under it is less of one', () => {
    const title = (...lines: string[]) => registryOf(lines.join('\n')).document.title;
    expect(title('某市加快流通业发展实施意见', '首页 > 政务公开 > 政策文件', '——在全市流通工作会议上的讲话', '一、总体要求', '认真落实。')).toBe('某市加快流通业发展实施意见');
    expect(title('某市加快流通业发展实施意见', '首页 > 政务公开 > 政策文件', '某市人民政府办公室', '2017年11月24日', '一、总体要求', '认真落实。')).toBe('某市加快流通业发展实施意见');
    expect(title('某市人民政府关于加强某项工作的通知', '首页 > 政务公开 > 文件', '某市人民政府', '某政发〔2024〕3号', '各区人民政府：', '现通知如下。')).toBe('某市人民政府关于加强某项工作的通知');
    expect(title('某市人民政府关于加快流通业发展的实施意见', '首页 > 政务公开 > 文件', '关于加快流通业发展的实施意见', '一、总体要求', '认真落实。')).toBe('某市人民政府关于加快流通业发展的实施意见');
  });

  it('a page heading running the site\'s name and menu into the title, over a trail whose steps stand under its label ("当前位置:" / "首页-政务公开-政策文件"): the document\'s own title under them', () => {
    const text = ['某县人民政府 政策文件 关于印发《某县优化营商环境工作方案》的通知', '当前位置:', '首页-政务公开-政策文件', '索引号: 主题分类:', '', '关于印发《某县优化营商环境工作方案》的通知', '',
      '某环组发〔2019〕1号', '', '各乡镇人民政府：', '现印发给你们，请认真贯彻执行。'].join('\n');
    expect(registryOf(text).document).toMatchObject({ title: '关于印发《某县优化营商环境工作方案》的通知', docNumber: '某环组发〔2019〕1号' });
  });

  it('near miss: a title over the trail with no title under it stays the title', () => {
    const text = ['某市人民政府关于加强某项工作的通知', '', '首页 > 政务公开 > 文件', '', '各区人民政府：', '为加强工作，现通知如下：', '一、提高认识', '认真落实。'].join('\n');
    expect(registryOf(text).document).toMatchObject({ title: '某市人民政府关于加强某项工作的通知', addressees: ['各区人民政府'] });
  });
});

describe('the edges of a page\'s title', () => {
  it('a site\'s greeting over the page ("欢迎来到某某网!www.…", "您好,欢迎访问某某文档") is no title', () => {
    const text = (greeting: string) => [greeting, '某市加快物流业发展实施方案', '为推动物流业发展，制定本方案。', '一、主要目标', '到2027年，物流成本下降。'].join('\n');
    expect(registryOf(text('欢迎来到某某物流网!www.example.cn')).document.title).toBe('某市加快物流业发展实施方案');
    expect(registryOf(text('您好,欢迎访问某某文档')).document.title).toBe('某市加快物流业发展实施方案');
  });

  it('a collection site\'s count after the title ("（实用18篇）") is the page\'s', () => {
    const text = ['某县校园安全专项整治三年行动实施方案(实用18篇)', '', '时间:2023-12-07 10:54:29', '', '一、工作目标', '校园安全事故明显下降。'].join('\n');
    expect(registryOf(text).document.title).toBe('某县校园安全专项整治三年行动实施方案');
  });

  it('a table\'s header set a cell a line under the title ("…目标责任分解书" / "领域" / "主要目标" / "责任单位") ends the title', () => {
    const text = ['《某省妇女发展规划(2011—2020年)》目标责任分解书', '', '领域', '', '主要目标', '', '主要责任单位', '', '责任单位', '', '1.妇女享有良好的基本卫生服务。', '', '省卫生厅'].join('\n');
    expect(registryOf(text).document.title).toBe('《某省妇女发展规划(2011—2020年)》目标责任分解书');
    expectValidTree(parsePolicy(text).tree, text);
  });

  it('near misses: a title wrapped over lines is one title, a line of it ending in a column\'s word ("改革举措") with it', () => {
    expect(registryOf(['某市人民政府关于印发', '某市营商环境', '改革举措', '的通知', '', '各区人民政府：', '现印发给你们。'].join('\n')).document.title).toBe('某市人民政府关于印发某市营商环境改革举措的通知');
    expect(registryOf(['某县2024年乡村振兴', '工作要点', '', '一、重点任务', '推进产业发展。'].join('\n')).document.title).toBe('某县2024年乡村振兴工作要点');
  });
});

describe('a table with no 序号 column, its rows numbered in their name cell, as an excerpt opens it mid-count ("14.改扩建…")', () => {
  const table = (...rows: string[]) => ['某市2022年民生实事进展情况表', '类别 | 民生事项名称 | 2022年度任务目标 | 责任单位 | 分管市领导 |', ...rows].join('\n');

  it('the first row under the header opens the rows whatever its number; the count goes on from it', () => {
    const text = table('四、教育文化 | 14.改扩建甲学校 | 完成教学楼建设。 | 教育体育局 | 张某 |', '15.推进学校运动场地建设 | 完成运动场地建设。 | 教育体育局 | 张某 | |', '16.推进课后服务 | 实行课后服务全覆盖。 | 教育体育局 | 张某 | |');
    expect(outline(text)).toEqual(['1 四、 教育文化', '1.1 14. 改扩建甲学校', '1.2 15. 推进学校运动场地建设', '1.3 16. 推进课后服务']);
    expectValidTree(parsePolicy(text).tree, text);
  });

  it('near miss: only the first row may open mid-count: a later row that does not go on the count ends the table', () => {
    expect(outline(table('四、教育文化 | 14.改扩建甲学校 | 完成教学楼建设。 | 教育体育局 | 张某 |', '20.推进学校运动场地建设 | 完成运动场地建设。 | 教育体育局 | 张某 | |')))
      .toEqual(['1 四、 教育文化', '1.1 14. 改扩建甲学校']);
  });
});

describe('a one-line page: an item glued on the title of a bracketed heading itself glued on the text before it', () => {
  it('"…联络人：某某主任（二）职责及分工1.督导室。…2.平安办。…": the item opens under "职责及分工"', () => {
    const text = '某区校园欺凌综合治理工作实施方案为有效预防欺凌，特制定本方案。一、领导机构及职责（一）领导机构组长：区教科局局长。联络人：区教科局平安办主任（二）职责及分工1.督导室。制定实施方案，监督指导学校开展工作。2.平安办。负责协调处置欺凌事件。3.宣教中心。负责宣传教育。';
    expect(outline(text)).toEqual(['1 一、 领导机构及职责', '1.1 （一） 领导机构组长：区教科局局长', '1.2 （二） 职责及分工', '1.2.1 1. 督导室', '1.2.2 2. 平安办', '1.2.3 3. 宣教中心']);
    expectValidTree(parsePolicy(text).tree, text);
  });

  it('near miss: after an item in round brackets glued on the text ("…主任(2)职责1.督导室"), a number glued on is no item', () => {
    const text = '某区工作方案为有效预防欺凌，特制定本方案。一、领导机构及职责（一）领导机构。联络人：区教科局平安办主任(2)职责分工1.督导室。制定方案。2.平安办。负责协调。';
    expect(outline(text).some((s) => s.includes('1. 督导室'))).toBe(false);
  });
});

describe('a one-line page whose items stand a space after their bracketed heading\'s title', () => {
  it('near miss: "（一）乡镇级公共体育设施 1.全民健身活动中心" leaves the header read in front of it (no item glued on by the rule above)', () => {
    const text = '某县人民政府办公室 关于印发某县乡镇公共体育设施建设推进方案的通知 某政办发〔2018〕56号 各乡镇人民政府，县政府有关部门： 《某县乡镇公共体育设施建设推进方案》已经县政府同意，现印发给你们。 某县人民政府办公室 2018年9月14日 某县乡镇公共体育设施建设推进方案 一、任务目标 到2020年，全县乡镇公共体育设施全覆盖。 二、标准要求 （一）乡镇级公共体育设施 1.全民健身活动中心。建筑面积不少于500平方米。 2.多功能运动场。配备篮球场。';
    expect(registryOf(text).document).toMatchObject({ docNumber: '某政办发〔2018〕56号', addressees: ['各乡镇人民政府', '县政府有关部门'] });
  });
});
