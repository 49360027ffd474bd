import { parserFindings } from '../source-messages.js';
import { at, defineRule, yaml } from './define.js';
import { markerPlace } from './marker-place.js';

const TEXT = '（一）加强组织领导。建立协调机制（二）完善政策措施。加大财政支持。\n';
const GOOD = '（一）加强组织领导。建立协调机制。\n（二）完善政策措施。加大财政支持。\n';

/** A heading may follow these on its line: it is then a run-in heading, not a slip. */
const SENTENCE_END = /[。；;！!？?：:]/u;
/** Space, and Markdown markup that may open a line before a marker. */
const LINE_LEAD = /[\s*#>_`|+-]/u;

export const headingGlued = defineRule({
  id: 'heading-glued',
  severity: 'warning',
  origin: 'policy',
  readsParse: true,
  summary: 'A heading marker starts its line (or follows a sentence end), not the middle of a sentence.',
  description:
    'A marker such as （二） directly after sentence text ("建立协调机制（二）完善…") means a line break was lost: ' +
    'the heading is glued into the previous paragraph. The compiler still finds the heading when its number ' +
    'continues the sequence, but the text is worth fixing. Needs the policy text (found through the registry\'s ' +
    '`document.source`, or given); findings also come from the policy parser when it is given.',
  check(context) {
    const text = context.source?.text;
    if (text === undefined) return;
    const reported = new Set<number>();
    context.registry.sections.forEach((section, i) => {
      const offset = section.position.start.offset;
      if (offset <= 0 || section.marker === '' || text.slice(offset, offset + section.marker.length) !== section.marker) return;
      const before = previousContent(text, offset);
      if (before === undefined || SENTENCE_END.test(before)) return;
      reported.add(offset);
      context.report({ inPolicy: true, place: markerPlace(section), pointer: `/sections/${i}/marker`, reason: `Heading ${section.marker} is glued to the end of the previous paragraph` });
    });
    for (const finding of parserFindings(context.parsed(), 'heading-glued', context.source)) {
      if (!reported.has(finding.place.start.offset)) context.report({ inPolicy: true, place: finding.place, reason: finding.reason });
    }
  },
  examples: {
    fail: [
      {
        title: 'A lost line break before （二）',
        source: { path: 'policy.txt', text: TEXT },
        files: {
          'registry.yaml': yaml`
            document: { source: policy.txt }
            sections:
              - { id: sec-1, path: "1", marker: （一）, ordinal: 1, parent: null, position: ${at(TEXT, '（一）加强组织领导')} }
              - { id: sec-2, path: "2", marker: （二）, ordinal: 2, parent: null, position: ${at(TEXT, '（二）完善政策措施')} }
          `,
        },
        messages: [
          'policy.txt:1:17-1:20: Heading （二） is glued to the end of the previous paragraph',
        ],
      },
    ],
    pass: [
      {
        title: 'Each heading on its own line',
        source: { path: 'policy.txt', text: GOOD },
        files: {
          'registry.yaml': yaml`
            document: { source: policy.txt }
            sections:
              - { id: sec-1, path: "1", marker: （一）, ordinal: 1, parent: null, position: ${at(GOOD, '（一）加强组织领导')} }
              - { id: sec-2, path: "2", marker: （二）, ordinal: 2, parent: null, position: ${at(GOOD, '（二）完善政策措施')} }
          `,
        },
        messages: [],
      },
    ],
  },
});

/** The character before `offset` on its line, skipping space and markup; undefined at the line's start. */
function previousContent(text: string, offset: number): string | undefined {
  for (let i = offset - 1; i >= 0; i -= 1) {
    const c = text[i]!;
    if (c === '\n' || c === '\r') return undefined;
    if (!LINE_LEAD.test(c)) return c;
  }
  return undefined;
}
