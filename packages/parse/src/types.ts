/**
 * The policy syntax tree: unist-compatible, lossless.
 *
 * Every node has a `position` against the original text. Every character of the input lies
 * in exactly one leaf (`text`, `whitespace`, `marker`, `markup`), so concatenating the
 * leaves' values in order rebuilds the input. See docs/syntax-tree.md.
 */
import type { Position } from 'unist';

export type { Position } from 'unist';

/** The numbering schemes a heading marker can use. */
export type MarkerStyle =
  | 'chapter' // 第一章 (and a work plan's 第一部分)
  | 'section' // 第一节
  | 'article' // 第一条
  | 'cn-comma' // 一、
  | 'cn-paren' // （一）
  | 'arabic-dot' // 1.  1．  1、
  | 'arabic-paren' // （1）
  | 'circled' // ①
  | 'decimal' // 1.1  4.2.2
  | 'attachment' // 附件  附件2
  | 'named' // 行动一：  任务二、 — a word and its ordinal, as a table's group rows are numbered
  | 'row'; // a numbered row of a table: its 序号 cell "1"

interface NodeBase {
  position: Position;
  data?: Record<string, unknown>;
}

/** Content characters. */
export interface Text extends NodeBase {
  type: 'text';
  value: string;
}

/** Indentation, blank lines and line endings. */
export interface Whitespace extends NodeBase {
  type: 'whitespace';
  value: string;
}

/** Source syntax that is not content: Markdown's `#`, `**` and the like. */
export interface Markup extends NodeBase {
  type: 'markup';
  value: string;
}

/** A heading marker as written ("（十一）", "1．", "第三章"). */
export interface Marker extends NodeBase {
  type: 'marker';
  value: string;
  style: MarkerStyle;
  /** The number it carries: （十一） → 11; the last component of a decimal marker. */
  ordinal: number;
}

export type Leaf = Text | Whitespace | Markup | Marker;
export type Inline = Text | Whitespace | Markup;

/** A run of body text. */
export interface Paragraph extends NodeBase {
  type: 'paragraph';
  children: Inline[];
}

/** The marker and title of a numbered section; for a run-in heading, the lead sentence. */
export interface Heading extends NodeBase {
  type: 'heading';
  children: (Marker | Inline)[];
}

/** A cell of a table row. */
export interface TableCell {
  /** The header cell's text, white space removed ("牵头单位"); null if unknown. */
  column: string | null;
  /** The cell as written. */
  value: string;
  position: Position;
}

/** The cells of a table row a section was made from, in column order. */
export interface TableRow {
  cells: TableCell[];
}

/** A numbered section: its heading, its own paragraphs, then its subsections. */
export interface Section extends NodeBase {
  type: 'section';
  /** Nesting depth, 1 at the top. */
  depth: number;
  /** 1-based ordinals down the heading tree ("3.1"). */
  path: string;
  marker: string;
  style: MarkerStyle;
  ordinal: number;
  /** The heading's title: text after the marker up to the first 。 or line end; a table row's name cell. */
  title: string;
  /** For a section made from a table row: the row's cells, so units and deadlines can be read by column. */
  row?: TableRow;
  children: (Heading | Paragraph | Whitespace | Section)[];
}

/** Parts of a document header (GB/T 9704 版头 and 主送机关). */
export interface HeaderField extends NodeBase {
  type: 'title' | 'docNumber' | 'addressees' | 'masthead' | 'signature' | 'date';
  /** The field's value, normalised: a title joined over lines, an ISO date. */
  value: string;
  children: Inline[];
}

/** The document header: masthead, title, 发文字号, addressees. */
export interface Header extends NodeBase {
  type: 'header';
  children: (HeaderField | Whitespace | Markup)[];
}

/** A plan attached to a notice ("关于印发…方案的通知" + the plan with its own title). */
export interface Plan extends NodeBase {
  type: 'plan';
  title: string;
  children: FlowContent[];
}

export type FlowContent = Header | HeaderField | Paragraph | Whitespace | Section | Plan;

export interface Root extends NodeBase {
  type: 'root';
  children: FlowContent[];
  /**
   * `wrap`: the width (display columns) a text copied out of a PDF was hard-wrapped at, when it
   * was (see wrap.ts): the extractor reads duties, clauses and figures over such line breaks.
   * `inserted`: spans a document viewer put into the text (its chunk counters and the line breaks
   * before them, see chunks.ts), sorted: the extractor reads the text without them.
   */
  data?: { wrap?: number; inserted?: Array<{ start: number; end: number }> };
}

export type Parent = Root | Plan | Section | Header | HeaderField | Heading | Paragraph;
export type PolicyNode = Parent | Leaf;
