/**
 * Round 24: a list's first item glued onto the end of the paragraph before it, where a page lost
 * the line break ("…制定本细则。(一)监测目的"), its second item opening a line of its own. Made-up
 * text in the style of a provincial monitoring rule (held-out probe 150 showed the form).
 */
import { describe, expect, it } from 'vitest';
import { compile } from 'policyc';
import { parsePolicy } from '@policyc/parse';
import { expectValidTree } from '../../../test/support/tree-invariants.js';

const outline = (text: string) => compile({ path: 'p.txt', value: text }).registry.sections.map((s) => `${s.path} ${s.marker} ${s.title}`);

const rule = (opening: string) => ['某省病媒生物监测实施细则', '一、总则', opening, '用科学的方法收集资料，为预防控制提供基础数据。', '(二)监测对象', '鼠类、蚊虫等病媒生物。', '二、附则', '本细则自印发之日起施行。'].join('\n');

describe('a list\'s first item glued onto the paragraph before it', () => {
  it('after the paragraph\'s last 。, its title closing the line, its second item on a line of its own', () => {
    expect(outline(rule('根据有关文件要求，结合我省实际，制定本细则。(一)监测目的'))).toEqual([
      '1 一、 总则', '1.1 (一) 监测目的', '1.2 (二) 监测对象', '2 二、 附则',
    ]);
  });

  it('near miss: the item runs on as a sentence on its line (a list inside the paragraph)', () => {
    expect(outline(rule('根据有关文件要求，制定本细则。(一)是指蚊虫，包括成虫和幼虫'))).not.toContain('1.1 (一) 是指蚊虫，包括成虫和幼虫');
  });

  it('near miss: after a colon or a word, not a sentence\'s end', () => {
    expect(outline(rule('监测内容包括：(一)监测目的')).map((h) => h.split(' ')[1])).not.toContain('(一)');
  });

  it('near miss: no second item of the list on a line of its own', () => {
    const text = ['某省病媒生物监测实施细则', '一、总则', '根据有关文件要求，制定本细则。(一)监测目的', '用科学的方法收集资料。', '二、附则', '本细则自印发之日起施行。'].join('\n');
    expect(outline(text)).toEqual(['1 一、 总则', '2 二、 附则']);
  });
});

describe('a document-sharing site\'s framing line over the text it shares', () => {
  const title = (text: string) => compile({ path: 'p.txt', value: text }).registry.document.title;
  const FRAMED = '《某区健康城市建设规划(2022-2025年).docx》由会员分享,可在线阅读,更多相关《某区健康城市建设规划(2022-2025年).docx(19页珍藏版)》请在某某文档网上搜索。';
  const BODY = ['一、建设背景', '随着经济社会快速发展，影响健康的因素日益复杂。', '二、总体要求', '（一）指导思想', '以人民健康为中心。'];

  it('names the shared file: its name, no extension, is the title', () => {
    expect(title([FRAMED, ...BODY].join('\n'))).toBe('某区健康城市建设规划(2022-2025年)');
  });

  it('the tree stays lossless and valid wherever the line stands', () => {
    for (const text of [[FRAMED, ...BODY], ['某区健康城市建设规划.docx', FRAMED, ...BODY], ['某区健康城市建设规划.docx', '', '资源描述:', '', FRAMED, ...BODY]].map((lines) => lines.join('\n'))) {
      expectValidTree(parsePolicy(text).tree, text);
    }
  });

  it('under a line of the file\'s name, which titled it already, the framing is the page\'s', () => {
    expect(title(['某区健康城市建设规划.docx', FRAMED, ...BODY].join('\n'))).toBe('某区健康城市建设规划');
  });

  it('near miss: a sentence that cites a document in 《》 is no framing', () => {
    expect(title(['《某区健康城市建设规划》由区政府印发实施。', ...BODY].join('\n'))).not.toBe('某区健康城市建设规划');
  });
});

describe('a page\'s headline over its metadata set a cell a line, over the notice\'s own header', () => {
  const meta = (text: string) => {
    const { document } = compile({ path: 'p.txt', value: text }).registry;
    return [document.title, document.docNumber, (document.addressees ?? []).join('|')];
  };
  const NOTICE = ['某市人民政府办公室', '关于印发某市平安建设规划的通知', '', '各县（区）人民政府，市政府各部门：', '《某市平安建设规划》已经市政府同意，现印发你们，请认真组织实施。', '某市人民政府办公室', '2016年11月4日', '某市平安建设规划', '一、发展基础', '社会治安防控体系基本建立。', '二、主要任务', '健全防控体系。'];

  it('the block is the page\'s: the header is read under it', () => {
    // (The notice's title wrapped over lines a blank line apart, as the page sets its paragraphs.)
    const own = ['某政办发〔2016〕184号', '', '', '某市人民政府办公室', '', '关于印发某市十三五', '', '平安建设规划的通知', '', ...NOTICE.slice(3)];
    const text = ['某市“十三五”平安建设规划', '索引号', '620700004/2018-37825', '文号', '某政办发〔2016〕184号', '发布机构', '市政府办', '公开形式', '主动公开', '是否有效', '', ...own].join('\n');
    expect(meta(text)).toEqual(['某市人民政府办公室关于印发某市十三五平安建设规划的通知', '某政办发〔2016〕184号', '各县（区）人民政府|市政府各部门']);
  });
});

describe('review of round 24: near misses of the header and outline readers', () => {
  const title = (text: string) => compile({ path: 'p.txt', value: text }).registry.document.title;
  const BODY = ['一、总则', '本办法适用于全市。', '二、附则', '本办法自印发之日起施行。'];

  it('a title spaced out, a unit column\'s word among its parts, is no table\'s header', () => {
    expect(title(['某市 安全生产 责任单位 考核办法', ...BODY].join('\n'))).toBe('某市 安全生产 责任单位 考核办法');
  });

  it('a sharing site\'s framing line without an extension, or with the file\'s length, names the file', () => {
    expect(title(['《某区健康城市建设规划》由会员分享,可在线阅读。', ...BODY].join('\n'))).toBe('某区健康城市建设规划');
    expect(title(['《某区健康城市建设规划.docx(19页珍藏版)》由会员分享,可在线阅读。', ...BODY].join('\n'))).toBe('某区健康城市建设规划');
  });

  it('an item glued onto a paragraph that cites an item ("(一)项规定的情形") is no heading', () => {
    expect(outline(['某县规定', '一、总则', '依照本条第一款执行。(一)项规定的情形', '(二)其他情形'].join('\n'))).not.toContain('1.1 (一) 项规定的情形');
  });
});
