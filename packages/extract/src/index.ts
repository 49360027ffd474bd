export { extractRegistry, type ExtractOptions } from './registry.js';
export { readOutline, type Outline, type OutlineEntry } from './outline.js';
export { readMeta } from './meta.js';
export { findClauses, findConvention, normalizeUnitName, type LeadConvention, type ResponsibilityClause, type UnitMention } from './units/index.js';
export { extractTargets, type TargetDraft, type TargetOptions, type TextBlock } from './targets/index.js';
