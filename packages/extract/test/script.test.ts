/**
 * Policies republished in traditional script: read through a simplified copy with the same
 * offsets, reported as written.
 */
import { compile } from 'policyc';
import { describe, expect, it } from 'vitest';
import { simplifiedReading } from '../src/script.js';

const TRADITIONAL = [
  '某市2022年經濟工作要點',
  '一、推進重點項目建設',
  '（一）加快產業園區建設。完善基礎設施，提升承載能力。（市發展改革委牽頭，市財政局、各縣區政府按職責分工負責）',
  '（二）優化營商環境。市行政審批服務局負責推進審批制度改革，會同市司法局清理規範證明事項。',
  '（三）擴大有效投資。全年完成固定資產投資500億元以上。',
  '',
].join('\n');

describe('traditional script', () => {
  it('gives a simplified copy of the same length, and none for simplified text', () => {
    const read = simplifiedReading(TRADITIONAL);
    expect(read).not.toBeNull();
    expect(read?.length).toBe(TRADITIONAL.length);
    expect(read).toContain('市发展改革委牵头');
    expect(simplifiedReading('（市发展改革委牵头，市财政局配合）各区负责落实。')).toBeNull();
  });

  it('takes no simplified text for traditional: 健, 境, 督 are written alike in both scripts', () => {
    const simplified = '健全生态环境监督体系，推进健康城市建设，改善人居环境，加强督查督办，健全健康环境监督机制。';
    expect(simplifiedReading(simplified)).toBeNull();
    expect(simplifiedReading(simplified.repeat(20))).toBeNull();
  });

  it('reads clauses and duties, and reports names and figures as written', () => {
    const { registry } = compile({ path: 'plan.txt', value: TRADITIONAL });
    const byPath = Object.fromEntries(registry.tasks.map((t) => [t.path, t]));
    expect(byPath['1.1']).toMatchObject({ form: 'clause', lead: ['市發展改革委'], assist: ['市財政局', '各縣區政府'] });
    expect(byPath['1.2']).toMatchObject({ form: 'prose', lead: ['市行政審批服務局'], assist: ['市司法局'] });
    expect(byPath['1.2']?.evidence?.text).toContain('會同市司法局');
    expect(registry.targets.map((t) => [t.text, t.value, t.unit, t.comparator])).toEqual([['500億元以上', 500, '億元', 'gte']]);
  });
});
