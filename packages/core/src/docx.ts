/**
 * Word policies as text through mammoth, a paragraph a line, tables a row a line. A module of its
 * own so that mammoth is loaded only when a .docx is read (read.ts imports it lazily). Mammoth
 * reads the parts through `DocxZip` (docx-limits.ts), whose reads are bounded, not through its
 * own unbounded unzip.
 */
import mammoth from 'mammoth';
import { DocxLimitError, type DocxZip } from './docx-limits.js';
import { renderTable, type SourceCell } from './tables.js';

/**
 * Mammoth's input for a zip it does not open itself: its `openZip` takes `{ file }` with
 * `exists` and `read` as well as `{ buffer }`; the published types list only the latter.
 */
function input(zip: DocxZip): Parameters<typeof mammoth.extractRawText>[0] {
  return { file: zip } as unknown as Parameters<typeof mammoth.extractRawText>[0];
}

/** The paragraphs of a Word document, one a line; its tables a row a line. */
export async function docxText(zip: DocxZip): Promise<string> {
  return (await docxWithTables(zip) ?? (await mammoth.extractRawText(input(zip))).value).replace(/\n{2,}/gu, '\n');
}

/**
 * Mammoth's raw text, but for tables. Mammoth reads the document into its own model (paragraphs,
 * runs, tables with their merged cells already resolved to colSpan / rowSpan) and exposes it
 * only through `transformDocument`; walking that model the way `extractRawText` does keeps the
 * text outside tables exactly as before. Null if mammoth could not read the model (then the raw
 * text is used).
 */
async function docxWithTables(zip: DocxZip): Promise<string | null> {
  const read: { model?: DocxElement } = {};
  try {
    await mammoth.convertToHtml(input(zip), {
      transformDocument: (model: DocxElement) => (read.model = model),
      // The HTML is thrown away: do not encode images for it.
      convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
    });
  } catch (error) {
    // A part that inflates past its declared size is refused outright, not inflated a second time.
    if (error instanceof DocxLimitError) throw error;
    // Only the model is needed: if mammoth read it before failing on the HTML, it still serves.
  }
  return read.model === undefined ? null : elementText(read.model);
}

/** An element of mammoth's document model, as far as text goes. */
interface DocxElement {
  type: string;
  value?: string;
  children?: DocxElement[];
  colSpan?: number;
  rowSpan?: number;
}

/** Mammoth's raw text of an element (a paragraph ends with a blank line), its tables as tables. */
function elementText(element: DocxElement): string {
  if (element.type === 'text') return element.value ?? '';
  if (element.type === 'tab') return '\t';
  if (element.type === 'table') {
    const text = docxTableText(element);
    if (text !== null) return `${text}\n\n`;
  }
  const tail = element.type === 'paragraph' ? '\n\n' : '';
  return (element.children ?? []).map(elementText).join('') + tail;
}

/**
 * As for HTML, only innermost tables are read as tables: a table holding tables lays out a page,
 * and keeps mammoth's raw text around the tables it holds.
 */
function docxTableText(table: DocxElement): string | null {
  if ((table.children ?? []).some(holdsTable)) return null;
  const rows = (table.children ?? []).filter((r) => r.type === 'tableRow').map((r) =>
    (r.children ?? []).filter((c) => c.type === 'tableCell').map((c): SourceCell => ({
      text: (c.children ?? []).map(elementText).join(''),
      colSpan: c.colSpan ?? 1,
      rowSpan: c.rowSpan ?? 1,
    })),
  );
  return renderTable(rows);
}

function holdsTable(element: DocxElement): boolean {
  return element.type === 'table' || (element.children ?? []).some(holdsTable);
}
