/**
 * What a page set on the title's own line after it: its own words ("范文", "发布时间：…", "【945字】"
 * and a site's name), or the title again ("X X", "《X》X"). The title ends before them; the tree
 * keeps them, as every character. Made-up titles in the style of 范文 sites and government pages.
 */
import { parsePolicy } from '@policyc/parse';
import { describe, expect, it } from 'vitest';
import { expectValidTree } from '../../../test/support/tree-invariants.js';
import { BODY, meta } from './support/meta.js';

const title = (line: string) => {
  const text = `${line}\n${BODY}`;
  expectValidTree(parsePolicy(text, {}).tree, text);
  return meta(text).title;
};

describe('chrome after the genre word that closes a title', () => {
  it('a page\'s word, a bracket, a figure or a mark after the genre word is the page\'s', () => {
    expect(title('某县创建全国文明城市宣传工作方案范文')).toBe('某县创建全国文明城市宣传工作方案');
    expect(title('某镇秸秆禁烧工作实施方案【945字】某某范文网')).toBe('某镇秸秆禁烧工作实施方案');
    expect(title('某市碳达峰实施方案 发布时间:2022-10-10 14:04')).toBe('某市碳达峰实施方案');
    expect(title('某街道垃圾分类工作实施方案,精选2篇')).toBe('某街道垃圾分类工作实施方案');
  });

  it('the last genre word closes the title ("关于印发《X方案》的通知范文")', () => {
    expect(title('某县关于印发《某县村庄清洁行动方案》的通知范文')).toBe('某县关于印发《某县村庄清洁行动方案》的通知');
    expect(title('某县村庄清洁行动方案（精选5篇）')).toBe('某县村庄清洁行动方案');
  });

  it('near misses: a period, a status note, a version, a count or a subtitle after the genre word are the title\'s', () => {
    for (const whole of [
      '某县学前教育发展行动计划（2024—2026年）', '某县学前教育发展行动计划 （2024—2026年）', '某市关于促进民营经济发展的实施意见 （试行）',
      '某市农村人居环境整治管理办法【试行】', '某市国土空间总体规划2021-2035年', '某市数字政府建设行动计划2.0', '某市稳经济一揽子政策措施30条',
      '某县乡村振兴实施方案——2024年度重点工作', '某县2021年政府工作报告重点任务分解表',
    ]) expect(title(whole)).toBe(whole);
  });
});

describe('a title set twice on its line', () => {
  it('"XX", "X X" and "《X》X" are one title', () => {
    expect(title('某镇关于加强基层党建工作的实施方案某镇关于加强基层党建工作的实施方案')).toBe('某镇关于加强基层党建工作的实施方案');
    expect(title('某镇关于加强基层党建工作的实施方案　某镇关于加强基层党建工作的实施方案')).toBe('某镇关于加强基层党建工作的实施方案');
    expect(title('《某市人民政府关于深化质量强市建设的实施意见》 某市人民政府关于深化质量强市建设的实施意见')).toBe('某市人民政府关于深化质量强市建设的实施意见');
  });

  it('"《X》" over "X" on the next line is one title', () => {
    expect(title('《某市人民政府关于深化质量强市建设的实施意见》\n某市人民政府关于深化质量强市建设的实施意见')).toBe('某市人民政府关于深化质量强市建设的实施意见');
  });

  it('near miss: a title that names another in 《》 and goes on', () => {
    expect(title('某县人民政府办公室关于印发《某县农村人居环境整治方案》的通知')).toBe('某县人民政府办公室关于印发《某县农村人居环境整治方案》的通知');
  });
});

describe('a 范文 site\'s number of the piece in its collection', () => {
  it('"第一篇：" before the title is the page\'s', () => {
    expect(title('第一篇：某县2012年民兵整组工作方案')).toBe('某县2012年民兵整组工作方案');
  });

  it('near miss: a title that names a part of a plan ("第一篇" without a colon) is kept', () => {
    expect(title('第一篇总则实施方案')).toBe('第一篇总则实施方案');
  });
});
