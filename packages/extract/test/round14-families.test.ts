/**
 * Families first met on documents the compiler had never seen (round 14's probes): a policy list
 * that notes each measure's source document beside the units that carry it out. Made-up sentences
 * in the style of such lists, each with a near miss that must not fire.
 */
import { compile } from 'policyc';
import { describe, expect, it } from 'vitest';

/** Every task with units, as "path form lead|…/assist|…/responsible|…". */
const tasks = (text: string) =>
  compile({ path: 'p.txt', value: text })
    .registry.tasks.filter((t) => t.lead.length + t.assist.length + t.responsible.length > 0)
    .map((t) => `${t.path} ${t.form} ${[t.lead, t.assist, t.responsible].map((us) => us.join('|')).join('/')}`);

const list = (note: string) => `某省支持实体经济发展政策清单\n一、稳定供应链支持政策\n1. 对新建冷库予以适当补助。${note}\n`;

describe('a clause that opens by citing the measure\'s source document', () => {
  it('a 发文字号 before a comma is the source: the units after it carry the measure', () => {
    expect(tasks(list('（某发〔2021〕9号，省发展改革委、省交通运输厅牵头负责）'))).toEqual(['1.1 clause 省发展改革委|省交通运输厅//']);
    expect(tasks(list('（某政办〔2020〕15号，各市政府负责）'))).toEqual(['1.1 clause 各市政府//']);
  });

  it('so is a title in 《》, and several documents cited together', () => {
    expect(tasks(list('（《某省关于促进消费的意见》，省商务厅负责）'))).toEqual(['1.1 clause 省商务厅//']);
    expect(tasks(list('（某发〔2021〕9号、某政〔2022〕3号，省财政厅、各市政府负责）'))).toEqual(['1.1 clause //省财政厅|各市政府']);
  });

  it('near miss: a citation alone, or one followed by words that name no unit, assigns nothing', () => {
    expect(tasks(list('（某发〔2021〕9号）'))).toEqual([]);
    expect(tasks(list('（某发〔2021〕9号，2022年起施行）'))).toEqual([]);
  });
});
