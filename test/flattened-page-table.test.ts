/**
 * A page's table flattened one cell a line by a converter that keeps its column separators: every
 * cell's line closes with " |", the empty cells after the last filled one add a run of pipes
 * ("附件 | |||||"), a row of empty cells is a line of pipes alone, the header is set again where the
 * printed table broke over a page, and the document's closing record (抄送, 印发) follows the last
 * row. A made-up county notice with its attached 台账 in that layout, read from parse to registry,
 * with near misses.
 */
import { parsePolicy, type Section, type TableCell } from '@policyc/parse';
import { compile } from 'policyc';
import { describe, expect, it } from 'vitest';
import { sections } from './support/sections.js';
import { expectValidTree } from './support/tree-invariants.js';

/** The 台账's header, a cell a line between the empty cells' separators. */
const tableHeader = ['|', '序号 |', '改革任务 |', '改革内容 |', '牵头单位 |', '联系人及电话 |', '|'];

const notice = [
  '某县人民政府办公室关于印发2024年重点改革任务台账的通知',
  '各乡镇人民政府，县直有关单位：',
  '现将《2024年重点改革任务台账》印发给你们，请认真贯彻落实。',
  '一、工作要求',
  '（一）压实工作责任。各牵头单位要细化措施，按季度报送进展。',
  '（二）加强督促检查。县政府督查室定期通报推进情况。',
  '附件：2024年重点改革任务台账',
  '',
  '某县人民政府办公室',
  '2024年3月1日',
  '',
  '|',
  '附件 | |||||||',
  '|',
  '2024年重点改革任务台账 | |||||||',
  ...tableHeader,
  '1 |',
  '深化投资审批改革 |',
  '推行承诺制审批，实现统一赋码、并联办理 |',
  '县审批局 |',
  '|||',
  // The page broke here: the printed table sets its header again.
  ...tableHeader,
  '2 |',
  '推进农村产权交易 |',
  '建立县乡村三级产权交易服务网络 |',
  '县农业 |',
  '||||',
  '',
  '抄送：县委办公室，县人大常委会办公室，县政协办公室。',
  '',
  '某县人民政府办公室 2024年3月1日印发',
  '',
].join('\n');

const cells = (s: Section | undefined) => s?.row?.cells.map((c: TableCell) => `${c.column}=${c.value}`);

describe('a flattened page table with its separators, a repeated header and a closing record', () => {
  const { tree } = parsePolicy(notice, { markdown: true });
  const all = sections(tree);

  it('the tree stays lossless and valid', () => expectValidTree(tree, notice));

  it('"附件 | ||||" is the attachment label, titled by the line under it without its separators', () => {
    const attachment = all.find((s) => s.style === 'attachment');
    expect(attachment?.title).toBe('2024年重点改革任务台账');
    expect(attachment?.path).toBe('2');
  });

  it('the rows are the attachment\'s, each cell without its separators, the repeated header in none', () => {
    const rows = all.filter((s) => s.row !== undefined);
    expect(rows.map((s) => s.path)).toEqual(['2.1', '2.2']);
    expect(cells(rows[0])).toEqual(['序号=1', '改革任务=深化投资审批改革', '改革内容=推行承诺制审批，实现统一赋码、并联办理', '牵头单位=县审批局']);
    expect(cells(rows[1])).toEqual(['序号=2', '改革任务=推进农村产权交易', '改革内容=建立县乡村三级产权交易服务网络', '牵头单位=县农业']);
  });

  it('the registry reads each row\'s lead from its column, a name the narrow column cut short as written', () => {
    const { registry } = compile({ path: 'notice.md', value: notice });
    const rows = registry.tasks.filter((t) => t.form === 'table').map((t) => `${t.path} ${t.lead.join('|')}`);
    expect(rows).toEqual(['2.1 县审批局', '2.2 县农业']);
  });
});

describe('near misses', () => {
  const rows = (lines: string[]) => compile({ path: 't.md', value: ['某县2024年重点改革任务台账', '', ...lines, ''].join('\n') })
    .registry.tasks.filter((t) => t.form === 'table').map((t) => `${t.path} ${t.lead.join('|')}`);
  const header = ['序号 |', '改革任务 |', '牵头单位 |', '进展情况 |'];

  it('a cell saying a plan "已于…日印发" is a cell, no closing record: the rows after it are read', () => {
    expect(rows([...header, '1 |', '深化投资审批改革 |', '县审批局 |', '《投资审批改革实施方案》已于2024年3月1日印发 |', '2 |', '推进农村产权交易 |', '县农业农村局 |', '3 |', '推进医共体建设 |', '县卫健局 |']))
      .toEqual(['1 县审批局', '2 县农业农村局', '3 县卫健局']);
  });

  it('a row the page broke in two goes on after the repeated header', () => {
    expect(rows([...header, '1 |', '深化投资审批改革 |', ...header, '县审批局 |', '2 |', '推进农村产权交易 |', '县农业农村局 |']))
      .toEqual(['1 县审批局', '2 县农业农村局']);
  });

  it('a short text cell opened by a level is no unit\'s short name ("县城管理提升")', () => {
    const text = ['某县重点任务分工表', '序号', '重点任务', '工作措施', '责任单位', '完成时限', '1', '推进县城提质', '县城管理提升', '2024年底', '2', '推进市容整治', '开展专项行动', '县城管局', '2024年底', ''].join('\n');
    expect(compile({ path: 't.txt', value: text }).registry.tasks.filter((t) => t.form === 'table').map((t) => `${t.path} ${t.lead.join('|')}`)).toEqual(['2 县城管局']);
  });

  it('a title line the flattened page closed with a separator is the title without it', () => {
    const text = ['某县人民政府办公室关于印发2024年重点改革任务台账的通知 |', '|', '各乡镇人民政府，县直有关单位： |', '现将台账印发给你们，请认真贯彻落实。 |', '一、工作要求 |', ''].join('\n');
    expect(compile({ path: 't.md', value: text }).registry.document.title).toBe('某县人民政府办公室关于印发2024年重点改革任务台账的通知');
  });

  it('a Markdown pipe table keeps a row of empty cells as its row, and reads the rows after it', () => {
    const md = ['某县任务分工表', '', '| 序号 | 重点任务 | 责任单位 |', '|---|---|---|', '| 1 | 建设智慧停车平台 | 县交通运输局 |', '| | | |', '| 2 | 改造农贸市场 | 县商务局 |'].join('\n');
    const { tree } = parsePolicy(md, { markdown: true });
    expectValidTree(tree, md);
    expect(sections(tree).map((s) => `${s.marker} ${s.title}`)).toEqual(['1 建设智慧停车平台', '2 改造农贸市场']);
  });

  it('a short name opened by a level outside a unit column is no unit; one that is a word (市场主体) is none in a unit column', () => {
    const text = ['某县重点任务分工表', '序号', '重点任务', '责任单位', '1', '县农业', '市场主体', '2', '培育市场主体', '县市场监管局'].join('\n');
    const { registry } = compile({ path: 't.txt', value: text });
    expect(registry.tasks.filter((t) => t.form === 'table').map((t) => `${t.path} ${t.lead.join('|')}${t.responsible.join('|')}`)).toEqual(['2 县市场监管局']);
  });

  it('a line that only closes with a pipe in running text keeps its words, the pipe set aside', () => {
    const text = '某县工作方案\n一、工作目标 |\n到2025年，建成美丽乡村示范点10个。 |\n';
    const { registry } = compile({ path: 't.txt', value: text });
    expect(registry.sections.map((s) => s.title)).toEqual(['工作目标']);
    expect(registry.targets.map((t) => [t.value, t.unit])).toEqual([[10, '个']]);
  });
});
