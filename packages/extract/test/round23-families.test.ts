/**
 * Families first met on documents the compiler had never seen (round 23). Made-up text in the
 * style of such documents, each with a near miss that must not fire.
 */
import { describe, expect, it } from 'vitest';
import { tasksWithUnits as tasks } from '../../../test/support/tasks.js';

/** A plan whose first section's one item holds `sentence`. */
const plan = (sentence: string) => ['某市2023年工作要点', '一、重点任务', `（一）加强监管。${sentence}`, '二、保障措施', '（一）加强宣传。营造良好氛围。'].join('\n');

describe('a clause in brackets that closes one task of a sentence listing several', () => {
  it('each task\'s units with their role words, the sentence running on after the bracket', () => {
    expect(tasks(plan('开展网络市场专项整治（市市场监管局牵头），加强网络交易监测（市网信办、市公安局按职责分工负责），探索建立信息通报机制。')))
      .toEqual(['1.1 clause 市市场监管局//', '1.1 clause //市网信办|市公安局']);
    expect(tasks(plan('加强网络交易监测（市网信办、市公安局分别负责），探索建立信息通报机制。'))).toEqual(['1.1 clause //市网信办|市公安局']);
  });

  it('"按职责分工分别负责": the adverb between the division of duties and its verb', () => {
    expect(tasks(plan('加强网络交易监测。（市网信办、市公安局按职责分工分别负责）'))).toEqual(['1.1 clause //市网信办|市公安局']);
  });

  it('a division of duties before any of its role verbs ("按职责分工分别牵头" leads; "按照职能分工各自负责")', () => {
    expect(tasks(plan('加强网络交易监测（市网信办、市公安局按职责分工分别牵头），探索建立信息通报机制。'))).toEqual(['1.1 clause 市网信办|市公安局//']);
    expect(tasks(plan('加强网络交易监测（市网信办、市公安局按照职能分工各自负责），探索建立信息通报机制。'))).toEqual(['1.1 clause //市网信办|市公安局']);
  });

  it('near misses: a note on one name of a list (before 、), or on what a class includes (含…), is no task\'s clause', () => {
    expect(tasks(plan('市教育局（市体育局配合）、市卫健委负责开展学生体质监测。'))).not.toContain('1.1 clause /市体育局/');
    expect(tasks(plan('各成员单位（含市公安局、市财政局配合），要加强协作。'))).toEqual([]);
  });

  it('near misses: a note in brackets inside the sentence with no role word, or after a cited title, assigns nothing', () => {
    expect(tasks(plan('加强对重点企业（市级以上龙头企业），开展经常性检查。'))).toEqual([]);
    expect(tasks(plan('按照《某市网络市场监管方案》（市市场监管局负责），开展经常性检查。'))).toEqual([]);
  });
});

describe('a body set up of many units is the actor of the duty after it', () => {
  it('a modifier listing a dozen departments between the setting-up word and the body', () => {
    expect(tasks(plan('市政府成立由市水利局、市发展改革委、市财政局、市自然资源和规划局、市生态环境局、市农业农村局、市税务局、市行政审批局、市林业发展中心等部门组成的某市水土保持考核工作领导小组(以下简称“考核领导小组”),具体负责组织实施考核工作。')))
      .toEqual(['1.1 prose 某市水土保持考核工作领导小组//']);
  });

  it('near miss: a body named after a 的 that closes another phrase than the one set up is no actor', () => {
    const read = tasks(plan('市政府建立由市水利局、市财政局参加的联席会议制度，统筹推进重大事项，形成的工作专班，负责日常工作。'));
    expect(read.some((t) => t.includes('工作专班'))).toBe(false);
  });
});

describe('the manner a duty is shared in is no body', () => {
  it('"分级分部门负责", "分行业分领域负责": principles, no unit leads', () => {
    expect(tasks(plan('抗旱工作实行以行政首长负责制为核心的责任制，统一指挥，分级分部门负责。'))).toEqual([]);
    expect(tasks(plan('安全生产工作坚持分行业分领域负责。'))).toEqual([]);
  });

  it('near miss: a branch office named 分局 is a body', () => {
    expect(tasks(plan('县公安局城关分局负责辖区治安巡查。'))).toEqual(['1.1 prose 县公安局城关分局//']);
  });
});

describe('a list that writes its kind once after 等, two kinds joined', () => {
  it('"气象、地震、消防等部门和单位": each takes the first kind', () => {
    expect(tasks(plan('市应急管理局会同气象、地震、消防等部门和单位加强指导。'))).toEqual(['1.1 prose 市应急管理局/气象部门|地震部门|消防部门/']);
  });

  it('near miss: one kind after 等 is shared as before ("财税、金融等部门")', () => {
    expect(tasks(plan('市发展改革委牵头，财税、金融等部门配合。'))).toEqual(['1.1 prose 市发展改革委/财税部门|金融部门/']);
  });
});

describe('words of a rule\'s scope or of an item\'s own verb open no body\'s name', () => {
  it('"本规定适用于某市…责任主体…", "完成市政府交办的…任务": no unit', () => {
    expect(tasks(plan('本规定适用于某市消防工作责任主体消防安全责任的界定。'))).toEqual([]);
    const duties = ['某市消防工作责任规定', '第一条 为明确责任，制定本规定。', '第二条 市消防委员会履行下列职责：', '（一）研究部署消防工作；', '（二）完成市政府交办的其它消防工作任务。'].join('\n');
    expect(tasks(duties).filter((t) => t.includes('完成'))).toEqual([]);
  });

  it('near misses: a body that is the 责任主体, 组织部 leading, a centre for 适用技术, and 落实办 in a list, still do', () => {
    expect(tasks(plan('市消防安全委员会是本市消防工作的责任主体。'))).toEqual(['1.1 prose 市消防安全委员会//']);
    expect(tasks(plan('市委组织部负责干部培训工作。'))).toEqual(['1.1 prose 市委组织部//']);
    expect(tasks(plan('县农业适用技术推广中心负责开展技术培训。'))).toEqual(['1.1 prose 县农业适用技术推广中心//']);
    expect(tasks(plan('抓好督查落实。（责任单位：县委办、县政府办、落实办）'))).toEqual(['1.1 clause //县委办|县政府办|落实办']);
  });
});

describe('names that open with a word running text opens with too', () => {
  it('"经济和信息化部门", "经信部门": 经 opens these names', () => {
    expect(tasks(plan('市发展改革委会同财税、经济和信息化等部门建立评价机制。'))).toEqual(['1.1 prose 市发展改革委/财税部门|经济和信息化部门/']);
    expect(tasks(plan('经信部门牵头，财政部门配合。'))).toEqual(['1.1 prose 经信部门/财政部门/']);
  });

  it('near miss: "经市政府同意" still opens no name', () => {
    expect(tasks(plan('经市政府同意，市发展改革委负责统筹协调。'))).toEqual(['1.1 prose 市发展改革委//']);
  });
});

describe('a unit designated to a role by its noun, the work the role is of written out', () => {
  it('"A是全市惠企政策“直达快享”工作的牵头部门": A leads', () => {
    expect(tasks(plan('市政务服务中心是全市惠企政策“直达快享”工作的牵头部门。'))).toEqual(['1.1 prose 市政务服务中心//']);
  });

  it('near miss: a role noun the clause goes on past designates no one', () => {
    expect(tasks(plan('各县区要积极为全市重点项目建设工作的牵头部门提供场地保障。'))).toEqual([]);
  });
});

describe('the posts of a chief system (河长制, 林长制) name persons', () => {
  it('"各级河长负责…", "市、县两级总林长和乡、村两级林长、…单位林长…负总责": no unit', () => {
    expect(tasks(plan('各级河长负责组织领导相应河湖的管理和保护工作。'))).toEqual([]);
    expect(tasks(plan('市、县两级总林长和乡、村两级林长、国有林管理单位林长对辖区内林草资源保护发展负总责。'))).toEqual([]);
  });

  it('near misses: the system\'s offices are bodies ("县河长办", "市河长制办公室", "各乡镇林长办公室")', () => {
    expect(tasks(plan('县河长办负责日常工作。'))).toEqual(['1.1 prose 县河长办//']);
    expect(tasks(plan('市河长制办公室会同市水利局开展督查。'))).toEqual(['1.1 prose 市河长制办公室/市水利局/']);
    expect(tasks(plan('各乡镇林长办公室负责组织实施。'))).toEqual(['1.1 prose 各乡镇林长办公室//']);
  });
});
