import { parserFindings } from '../source-messages.js';
import { at, defineRule, yaml } from './define.js';
import { markerPlace } from './marker-place.js';

const TEXT = '一、总体要求\n二、重点任务\n（一）壮大骨干企业。\n（三）建设种植基地。\n';
const GOOD = '一、总体要求\n二、重点任务\n（一）壮大骨干企业。\n（二）建设种植基地。\n';

/** The numbering scheme of a marker: its text with the number taken out ("（一）" → "（N）"). */
function markerScheme(marker: string): string {
  return marker
    .replace(/[〇零一二三四五六七八九十百千两]+/gu, 'N')
    .replace(/[0-9０-９]+/gu, '0')
    // One-character markers: each Unicode block is a scheme of its own (①… ⑴… ⒈… ㈠…).
    .replace(/[\u2460-\u2473]/gu, '①')
    .replace(/[\u2474-\u2487]/gu, '⑴')
    .replace(/[\u2488-\u249b]/gu, '⒈')
    .replace(/[\u3220-\u3229]/gu, '㈠');
}

export const headingSequence = defineRule({
  id: 'heading-sequence',
  severity: 'warning',
  origin: 'policy',
  readsParse: true,
  summary: 'Heading numbers run 1, 2, 3 under each parent, without skipping or repeating.',
  description:
    'Sibling headings of one scheme count up by one: （一）（二）（三）. A skip (（一）（三）) or a repeat (（二）（二）) is ' +
    'a numbering slip in the policy, or a heading the compiler missed. A scheme may start at 1 or carry on from ' +
    'where it stopped under the previous parent (articles 第一条… often run on across chapters). Findings come ' +
    'from the registry\'s sections and, when the policy parser is given, from the parser as well.',
  check(context) {
    const last = new Map<string, number>();
    const runsOn = new Map<string, number>();
    const reported = new Set<number>();
    context.registry.sections.forEach((section, i) => {
      if (section.marker === '' || section.ordinal <= 0) return;
      const scheme = markerScheme(section.marker);
      const key = `${section.parent ?? ''}|${scheme}`;
      const previous = last.get(key);
      const continued = runsOn.get(scheme);
      let reason: string | undefined;
      if (previous === undefined) {
        if (section.ordinal !== 1 && section.ordinal !== (continued ?? 0) + 1) reason = `Heading ${section.marker} starts its list at ${section.ordinal}, not 1`;
      } else if (section.ordinal === previous) {
        reason = `Heading ${section.marker} repeats the number before it`;
      } else if (section.ordinal < previous) {
        reason = `Heading ${section.marker} goes back: expected ${previous + 1}`;
      } else if (section.ordinal > previous + 1) {
        reason = `Heading ${section.marker} skips ${previous + 1 === section.ordinal - 1 ? previous + 1 : `${previous + 1}-${section.ordinal - 1}`}`;
      }
      last.set(key, section.ordinal);
      runsOn.set(scheme, section.ordinal);
      if (reason) {
        reported.add(section.position.start.offset);
        context.report({ inPolicy: true, place: markerPlace(section), pointer: `/sections/${i}/marker`, reason });
      }
    });
    for (const finding of parserFindings(context.parsed(), 'heading-sequence', context.source)) {
      if (!reported.has(finding.place.start.offset)) context.report({ inPolicy: true, place: finding.place, reason: finding.reason });
    }
  },
  examples: {
    fail: [
      {
        title: '（一） then （三）',
        source: { path: 'policy.txt', text: TEXT },
        files: {
          'registry.yaml': yaml`
            document: { source: policy.txt }
            sections:
              - { id: sec-1, path: "1", depth: 1, marker: 一、, ordinal: 1, parent: null, position: ${at(TEXT, '一、总体要求')} }
              - { id: sec-2, path: "2", depth: 1, marker: 二、, ordinal: 2, parent: null, position: ${at(TEXT, '二、重点任务')} }
              - { id: sec-2.1, path: "2.1", depth: 2, marker: （一）, ordinal: 1, parent: "2", position: ${at(TEXT, '（一）壮大骨干企业')} }
              - { id: sec-2.2, path: "2.2", depth: 2, marker: （三）, ordinal: 3, parent: "2", position: ${at(TEXT, '（三）建设种植基地')} }
          `,
        },
        messages: [
          'policy.txt:4:1-4:4: Heading （三） skips 2',
        ],
      },
    ],
    pass: [
      {
        title: '一、 二、 and under 二、 （一） （二）',
        source: { path: 'policy.txt', text: GOOD },
        files: {
          'registry.yaml': yaml`
            document: { source: policy.txt }
            sections:
              - { id: sec-1, path: "1", depth: 1, marker: 一、, ordinal: 1, parent: null, position: ${at(GOOD, '一、总体要求')} }
              - { id: sec-2, path: "2", depth: 1, marker: 二、, ordinal: 2, parent: null, position: ${at(GOOD, '二、重点任务')} }
              - { id: sec-2.1, path: "2.1", depth: 2, marker: （一）, ordinal: 1, parent: "2", position: ${at(GOOD, '（一）壮大骨干企业')} }
              - { id: sec-2.2, path: "2.2", depth: 2, marker: （二）, ordinal: 2, parent: "2", position: ${at(GOOD, '（二）建设种植基地')} }
          `,
        },
        messages: [],
      },
    ],
  },
});
