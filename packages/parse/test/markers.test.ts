/**
 * The heading-marker table on real phrases: which numbering schemes are recognised, what they
 * carry, and which look-alikes (figures, dates, citations) are not markers.
 *
 * Phrases marked with a document id are copied from that corpus document; the others are made
 * up in the style of the corpus for schemes the corpus does not use (第X章, 第X条, ①, 4.2.2).
 */
import { parsePolicy, type MarkerStyle } from '@policyc/parse';
import { describe, expect, it } from 'vitest';
import { matchMarker } from '../src/markers.js';
import { sections } from '../../../test/support/sections.js';


const headings = (text: string) => sections(parsePolicy(text).tree).map((s) => [s.path, s.marker, s.title]);

describe('matchMarker: the schemes of GB/T 9704 and the other ordinal schemes', () => {
  const table: [phrase: string, from: string, style: MarkerStyle, value: string, ordinal: number][] = [
    ['一、总体要求和发展原则', 'qinghai-pharma', 'cn-comma', '一、', 1],
    ['七、本通知自2024年3月4日起施行，有效期5年。', 'gz-2024-5-housing', 'cn-comma', '七、', 7],
    ['（一）总体要求。全面贯彻党的十八大', 'qinghai-pharma', 'cn-paren', '（一）', 1],
    ['（十一）强化财政金融支持。', 'national-pharma', 'cn-paren', '（十一）', 11],
    ['（二十一）优化通关作业和退税流程', 'gov-2020-43-task-division', 'cn-paren', '（二十一）', 21],
    ['1.统筹规划，协调推进。', 'sh-2021-beidou', 'arabic-dot', '1.', 1],
    ['10.开展便民惠民的大众消费应用', 'sh-2021-beidou', 'arabic-dot', '10.', 10],
    ['1．及时总结财政资金直达基层的经验做法', 'gov-2020-43-task-division', 'arabic-dot', '1．', 1],
    ['１．承租人家庭确有住房困难', 'gz-2024-5-housing', 'arabic-dot', '１．', 1],
    ['1、加强组织领导', 'made up', 'arabic-dot', '1、', 1],
    ['（1）现场导入所有幼儿基本信息', 'tianhe-2026-kindergarten', 'arabic-paren', '（1）', 1],
    ['（２）合同实行每两年一签', 'gz-2024-5-housing', 'arabic-paren', '（２）', 2],
    ['第一章　总则', 'made up', 'chapter', '第一章', 1],
    ['第二节　监督检查', 'made up', 'section', '第二节', 2],
    ['第十二条　市人民政府负责组织实施', 'made up', 'article', '第十二条', 12],
    ['①建设统一的数据平台；', 'made up', 'circled', '①', 1],
    ['③完善配套制度。', 'made up', 'circled', '③', 3],
    // One-character markers Unicode encloses a number in read as the scheme written out.
    ['㈠加快园区建设。', 'made up', 'cn-paren', '㈠', 1],
    ['㈩强化督查考核。', 'made up', 'cn-paren', '㈩', 10],
    ['⑵落实配套资金。', 'made up', 'arabic-paren', '⑵', 2],
    ['⒊健全工作机制。', 'made up', 'arabic-dot', '⒊', 3],
  ];
  it.each(table)('%s (%s) → %s %s', (phrase, _from, style, value, ordinal) => {
    expect(matchMarker(phrase, 0, true)).toMatchObject({ style, value, ordinal, level: 1 });
  });

  it.each([
    ['1.1 范围', '1.1', 1, 2],
    ['4.2 基本原则', '4.2', 2, 2],
    ['4.2.2 数据共享', '4.2.2', 2, 3],
  ])('decimal %s at a line start → %s, ordinal %i, %i components', (phrase, value, ordinal, level) => {
    expect(matchMarker(phrase, 0, true)).toEqual({ style: 'decimal', value, ordinal, level });
  });

  it('a year right after the dot is still an item marker: "3．2020年底前…" (gov-2020-43-task-division)', () => {
    expect(matchMarker('3．2020年底前开展涉企收费专项治理', 0, true)).toEqual({ style: 'arabic-dot', value: '3．', ordinal: 3, level: 1 });
    expect(matchMarker('2．2021年6月底前建立健全行政许可设定审查机制', 0, false)).toMatchObject({ style: 'arabic-dot', value: '2．' });
  });

  it('decimal numbers are markers only at a line start', () => {
    expect(matchMarker('4.2.2 数据共享', 0, false)).toBeNull();
  });
});

describe('matchMarker: figures, dates and other look-alikes are not markers', () => {
  const table: [phrase: string, from: string, index: number][] = [
    ['准入限额1.5倍以内的', 'gz-2024-5-housing', 4],
    ['住房项目租金标准的1.5倍计租', 'gz-2024-5-housing', 9],
    ['新增城镇就业1.5万人以上', 'made up', 6],
    ['生抚育面积达到350万亩', 'qinghai-pharma', 7],
    ['2024年3月4日起施行', 'gz-2024-5-housing', 0],
    ['占比达到12％以上', 'made up', 4],
    ['（0）不是序号', 'made up', 0],
    ['〇、不是序号', 'made up', 0],
  ];
  it.each(table)('%s (%s)', (phrase, _from, index) => {
    expect(matchMarker(phrase, index, false)).toBeNull();
  });

  // A magnitude or measure word after the number makes it a figure, not a decimal heading.
  it('a figure that opens a line ("1.5万亩…") is not a decimal heading', () => {
    expect(matchMarker('1.5万亩以上的种植基地', 0, true)).toBeNull();
  });
});

describe('markers in context: parsePolicy decides which candidates are headings', () => {
  it('"第（二）项" and "（一）项" cite a provision, they do not open a heading (gz-2024-5-housing)', () => {
    const text = [
      '某市关于加强某项工作的通知',
      '一、公共租赁住房保障退出',
      '过渡期内租金按照本通知第五条第（二）项有关规定执行。',
      '符合本通知第四条（一）项规定情形的，按照有关规定执行。',
      '二、其他事项',
    ].join('\n');
    expect(headings(text)).toEqual([['1', '一、', '公共租赁住房保障退出'], ['2', '二、', '其他事项']]);
  });

  it('a citation stays a citation in a body set as one long line, where markers may stand mid-line', () => {
    const text = '某方案\n为做好工作，制定本方案。一、总体要求。符合本方案第四条（一）项规定情形的，按照本方案第五条第（二）项执行。二、保障措施。（一）加强领导。';
    expect(headings(text)).toEqual([['1', '一、', '总体要求'], ['2', '二、', '保障措施'], ['2.1', '（一）', '加强领导']]);
  });

  it('"第三十五条" cited inside a sentence is not an article heading (gz-2024-5-housing)', () => {
    const text = '某市关于加强某项工作的通知\n一、加强监管\n按照《公共租赁住房管理办法》第三十五条、《广东省城镇住房保障办法》第四十条的规定处理。\n二、其他事项\n';
    expect(headings(text)).toEqual([['1', '一、', '加强监管'], ['2', '二、', '其他事项']]);
  });

  it('"1.5万" inside a sentence is a figure, not an item', () => {
    const text = '某县关于促进就业的实施意见\n一、主要目标\n到2020年，新增城镇就业1.5万人，城镇登记失业率控制在4.5％以内。\n二、主要措施\n';
    expect(headings(text)).toEqual([['1', '一、', '主要目标'], ['2', '二、', '主要措施']]);
  });

  it('full-width digits "１．" and "（１）" open items (gz-2024-5-housing)', () => {
    const text = [
      '某局关于加强住房保障工作的通知',
      '各区人民政府：',
      '五、完善公共租赁住房保障退出机制',
      '过渡期满，根据收入、财产和住房情况分类处理：',
      '１．承租人家庭确有住房困难，符合住房困难标准难以退出的，可以申请续租。',
      '（１）家庭收入或者家庭财产在公共租赁住房收入或财产准入限额1.5倍以内的，按租金标准计租。',
      '（２）合同实行每两年一签。',
      '２．家庭收入或者家庭财产在准入限额3倍以上的，应当腾退。',
    ].join('\n');
    expect(sections(parsePolicy(text).tree).map((s) => [s.path, s.marker, s.style, s.ordinal])).toEqual([
      ['1', '五、', 'cn-comma', 5],
      ['1.1', '１．', 'arabic-dot', 1],
      ['1.1.1', '（１）', 'arabic-paren', 1],
      ['1.1.2', '（２）', 'arabic-paren', 2],
      ['1.2', '２．', 'arabic-dot', 2],
    ]);
  });

  it('"3．2020年底前…" is item 3 with the date in its title', () => {
    const text = '某方案\n一、优化营商环境\n1．清理规范涉企收费。\n2．简化审批程序。\n3．2020年底前开展涉企收费专项治理。\n';
    expect(headings(text)).toEqual([
      ['1', '一、', '优化营商环境'],
      ['1.1', '1．', '清理规范涉企收费'],
      ['1.2', '2．', '简化审批程序'],
      ['1.3', '3．', '2020年底前开展涉企收费专项治理'],
    ]);
  });

  it('chapters and articles: 第X条 numbers run on across chapters', () => {
    const text = '某市某管理办法\n第一章　总则\n第一条　为了规范管理，制定本办法。\n第二条　本办法适用于本市。\n第二章　管理职责\n第三条　市人民政府负责组织实施。\n';
    expect(sections(parsePolicy(text).tree).map((s) => [s.path, s.marker, s.style, s.title])).toEqual([
      ['1', '第一章', 'chapter', '总则'],
      ['1.1', '第一条', 'article', '为了规范管理，制定本办法'],
      ['1.2', '第二条', 'article', '本办法适用于本市'],
      ['2', '第二章', 'chapter', '管理职责'],
      ['2.1', '第三条', 'article', '市人民政府负责组织实施'],
    ]);
  });

  it('circled numbers nest below the scheme above them', () => {
    const text = '某市工作方案\n一、主要任务\n（一）推进平台建设。主要包括：\n①建设统一的数据平台；\n②完善配套制度。\n（二）加强保障。\n';
    expect(sections(parsePolicy(text).tree).map((s) => [s.path, s.marker, s.style])).toEqual([
      ['1', '一、', 'cn-comma'],
      ['1.1', '（一）', 'cn-paren'],
      ['1.1.1', '①', 'circled'],
      ['1.1.2', '②', 'circled'],
      ['1.2', '（二）', 'cn-paren'],
    ]);
  });

  it('enclosed markers (㈠, ⑴) nest as the schemes they stand for', () => {
    const text = '某县实施意见\n三、重点任务\n㈠加快园区建设。某局要推进。\n⑴完善机制。\n⑵落实资金。\n㈡强化要素保障。\n';
    expect(sections(parsePolicy(text).tree).map((s) => [s.path, s.marker, s.style])).toEqual([
      ['1', '三、', 'cn-comma'],
      ['1.1', '㈠', 'cn-paren'],
      ['1.1.1', '⑴', 'arabic-paren'],
      ['1.1.2', '⑵', 'arabic-paren'],
      ['1.2', '㈡', 'cn-paren'],
    ]);
  });

  it('decimal markers nest by their number of components', () => {
    const text = '某技术指南\n2.1 总体要求\n2.1.1 一般规定\n2.1.2 特殊规定\n2.2 数据要求\n';
    expect(sections(parsePolicy(text).tree).map((s) => [s.path, s.marker, s.depth])).toEqual([
      ['1', '2.1', 1],
      ['1.1', '2.1.1', 2],
      ['1.2', '2.1.2', 2],
      ['2', '2.2', 1],
    ]);
  });

  // "2.1" after "1.2" opens the next chapter's clauses: in sequence, no message.
  it('decimal numbering that moves on to the next prefix ("1.2" → "2.1") is in sequence', () => {
    const text = '某技术指南\n1.1 范围\n1.2 术语\n2.1 总体要求\n2.2 数据要求\n';
    expect(parsePolicy(text).messages).toEqual([]);
  });
});
