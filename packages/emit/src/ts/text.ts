/**
 * Each line without the blanks at its end, in one pass: a regex anchored at line ends
 * (`/[ \t]+$/gm`) retries every blank of a long run and goes quadratic on it.
 */
export function withoutTrailingBlanks(text: string): string {
  const out: string[] = [];
  let from = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && text[i] !== '\n') continue;
    let end = i;
    while (end > from && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
    out.push(text.slice(from, end));
    from = i + 1;
  }
  return out.join('\n');
}
