export { emitHtml, emitHtmlChunks, type HtmlReportOptions } from './emit-html.js';
export type { ReportCheckMessage, ReportCheckResult } from './check-result.js';
export { emitTraceHtml, type TraceHtmlOptions } from './trace-html.js';
