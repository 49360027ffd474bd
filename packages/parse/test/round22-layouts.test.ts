/**
 * Layouts first met on documents the compiler had never seen (round 22's probes), as small
 * made-up excerpts in their style.
 */
import { describe, expect, it } from 'vitest';
import { compile } from 'policyc';
import { parsePolicy } from '@policyc/parse';
import { expectValidTree } from '../../../test/support/tree-invariants.js';

const outline = (text: string) => compile({ path: 'p.txt', value: text }).registry.sections.map((s) => `${s.path} ${s.marker} ${s.title}`);

describe('a page that ran its paragraphs into one line, a space between them, its items after the end of a sentence', () => {
  // Long enough to be a page of its own, with few spaces: paragraphs, not a PDF's printed lines.
  const filler = '坚持以人民为中心的发展思想，坚持统筹发展和安全，精准把握当前风险特点形势，健全完善风险防控机制，全面压实风险防控责任，着力提升风险防控能力。'.repeat(6);
  const page = (stop: string) => `2023年度防范化解重大风险工作实施方案 为全力服务保障全镇经济社会高质量发展，特制定本方案。 一、总体要求 ${filler} 二、分类分级化解 今年上级交办重大风险134个，其中化解类8个${stop} (一)分类化解 1.政治安全风险。由统宣办、派出所负责排查梳理和防范化解。 2.经济安全风险。由财政所、项目办负责排查梳理和防范化解。`;

  it('items that count on ("1." … "2.") open paragraphs though every other marker follows a sentence\'s end; a short title ends at the space after it', () => {
    const text = page('。');
    expect(outline(text)).toEqual(['1 一、 总体要求', '2 二、 分类分级化解', '2.1 (一) 分类化解', '2.1.1 1. 政治安全风险', '2.1.2 2. 经济安全风险']);
    expectValidTree(parsePolicy(text).tree, text);
  });

  it('a full stop typed as the ASCII period after a character of the text ends a sentence too', () => {
    expect(outline(page('.'))).toEqual(['1 一、 总体要求', '2 二、 分类分级化解', '2.1 (一) 分类化解', '2.1.1 1. 政治安全风险', '2.1.2 2. 经济安全风险']);
  });

  it('a short title ends at the space before a date that opens the text, or before the next marker', () => {
    const text = `某省文物普查实施意见 为做好普查工作，特制定本意见。 一、加强组织领导 (一)成立领导小组。${filler} 二、整理汇总数据 2009年10月1日进入普查资料整理、汇总阶段。${filler}`;
    expect(outline(text)).toEqual(['1 一、 加强组织领导', '1.1 (一) 成立领导小组', '2 二、 整理汇总数据']);
  });

  it('near misses: a figure, a Latin word or a quotation after the space goes on with the title', () => {
    const text = `某市建筑业发展方案 为推进建筑业高质量发展，特制定本方案。 一、重点任务 ${filler} 1.推广应用 BIM 技术，提升设计水平。${filler} 2.完成投资 3000万元，建成示范项目。${filler} 3.实施 “百村示范”工程，改善人居环境。${filler}`;
    expect(outline(text).slice(1).map((s) => s.split(' ').slice(2).join(' '))).toEqual(['推广应用 BIM 技术，提升设计水平', '完成投资 3000万元，建成示范项目', '实施 “百村示范”工程，改善人居环境']);
  });

  it('near miss: a title that runs into a sentence\'s words keeps them', () => {
    const longTitle = `某镇工作方案 为做好工作，特制定本方案。 一、加强领导，全镇各村要高度重视并认真组织实施 ${filler} 二、强化保障 ${filler}`;
    // A title with a comma in it was no printed line of its own: it runs on to the sentence's end.
    expect(outline(longTitle)[0]).toMatch(/^1 一、 加强领导，全镇各村要高度重视并认真组织实施 坚持以人民为中心/u);
  });

  it('near misses: in a PDF\'s printed lines run into one, an item\'s title as long as a printed line, or one a figure follows, runs on', () => {
    const pdf = ['某自治区 2023 年推动产业高质量发展政策清单 某政发〔2023〕3 号 为全面贯彻有关会议精神,落实 好全区经济工作会议部署要求,制定本政策清单。 一、农牧业 (一)保障粮食安全 1.对实施黑土地保护性耕作的地区 给予支持。(责任单位: 自治区农牧厅)',
      '2.支持将符合条件的盐碱地等后备土地资源适度有序开 发综合利用,推动在盐碱化耕地 种植水稻、高粱等耐盐作物。(责任单位:自治区农牧厅)',
      '(二)实施种业振兴行动 3.安排 9000 万元资金,支持实施种质资源保护利用、良 种化水平提升、优势特色品种培育三大工程。(责任单位:自治区农牧厅、财政厅)',
      '4.对新认定的国家级农业产业化龙头企业给予一次性 奖励,对新认定的自治区级龙头企业给予奖励,支持龙头 企业建设原料基地和加工园区。(责任单位:自治区农牧厅) 5.支持农牧业社会化服务组织开展 生产托管服务,对服务面积达到规定标准的组织给予补助, 推动小农户和现代农业有机衔接。(责任单位:自治区农牧厅、财政厅)'].join(' ');
    const titles = outline(pdf).map((s) => s.split(' ').slice(2).join(''));
    // Every item's title runs to its sentence's end: a space in a PDF's run of printed lines ends a
    // printed line wherever it stood, short or long.
    expect(titles.filter((t) => !['农牧业', '保障粮食安全', '实施种业振兴行动'].includes(t))).toEqual([
      '对实施黑土地保护性耕作的地区给予支持',
      '支持将符合条件的盐碱地等后备土地资源适度有序开发综合利用,推动在盐碱化耕地种植水稻、高粱等耐盐作物',
      '安排9000万元资金,支持实施种质资源保护利用、良种化水平提升、优势特色品种培育三大工程',
      '对新认定的国家级农业产业化龙头企业给予一次性奖励,对新认定的自治区级龙头企业给予奖励,支持龙头企业建设原料基地和加工园区',
      '支持农牧业社会化服务组织开展生产托管服务,对服务面积达到规定标准的组织给予补助,推动小农户和现代农业有机衔接',
    ]);
  });
});

describe('a government\'s disclosure record over the document: "公开目录", "公开形式", "公开责任部门" are its labels', () => {
  const page = (responsible: string) => ['文件名称 某县人民政府办公室关于印发《某县2021年政务公开工作任务分解表》的通知', '索引号 xzf/2021-1547 公开目录: 县政府办',
    `${responsible} 某县人民政府办公室 公开形式: 主动公开`, '文号 某政办函〔2021〕12号 成文日期: 2021年04月23日', '有效性 有效 公开日期: 2021-04-23 20:25', '',
    '某县人民政府办公室关于印发《某县2021年政务公开工作任务分解表》的通知', '', '各镇人民政府，县政府各工作部门、直属机构：', '', '现将《某县2021年政务公开工作任务分解表》印发给你们，请认真抓好落实。', '一、细化任务', '各责任单位要对照任务分解表细化措施。'].join('\n');

  it('the record\'s lines are read as metadata: its 文号 is the document\'s, its addressees are the notice\'s', () => {
    const registry = compile({ path: 'p.txt', value: page('公开责任部门') }).registry;
    expect(registry.document).toMatchObject({ docNumber: '某政办函〔2021〕12号', addressees: ['各镇人民政府', '县政府各工作部门、直属机构'] });
    expect(compile({ path: 'p.txt', value: page('政务公开责任部门') }).registry.document.docNumber).toBe('某政办函〔2021〕12号');
    expectValidTree(parsePolicy(page('公开责任部门')).tree, page('公开责任部门'));
  });
});


describe('a page\'s column name and byline over the title are the page\'s', () => {
  const page = (...top: string[]) => [...top, '关于某区中央生态环境保护督察反馈问题整改情况的公示', '根据有关要求，现将整改情况公示如下：', '一、整改任务', '压实责任落实，健全机制体制。'].join('\n');
  const titleOf = (text: string) => compile({ path: 'p.txt', value: text }).registry.document.title;

  it('"政府信息公开" alone on its line, and "某区人民政府 2019-12-13 16:36 来源: …", are no part of the title', () => {
    expect(titleOf(page('政府信息公开', ''))).toBe('关于某区中央生态环境保护督察反馈问题整改情况的公示');
    expect(titleOf(page('某区人民政府 2019-12-13 16:36 来源: 区河湖管理中心'))).toBe('关于某区中央生态环境保护督察反馈问题整改情况的公示');
    expect(titleOf(page('某区人民政府   发布时间:2020-05-11   信息来源:某区领导小组办公室   收藏'))).toBe('关于某区中央生态环境保护督察反馈问题整改情况的公示');
    expectValidTree(parsePolicy(page('政府信息公开', '')).tree, page('政府信息公开', ''));
  });

  it('near misses: a title that names the column\'s work, or opens with an organ and a date in its words, stays the title', () => {
    expect(titleOf(['某县人民政府关于推进政府信息公开工作的意见', '各乡镇人民政府：', '一、总体要求', '坚持公开为常态。'].join('\n'))).toBe('某县人民政府关于推进政府信息公开工作的意见');
    // a title dated after a space is no byline: its words open with the organ's 关于
    expect(titleOf(['某县关于2019年度工作的通知 2019-12-13', '一、总体要求', '坚持公开为常态。'].join('\n'))).toMatch(/^某县关于2019年度工作的通知/u);
  });
});
