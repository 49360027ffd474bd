import { renderFormatDoc } from './render-format-doc.js';
import { renderRulePages } from './render-rule-docs.js';

/** Every generated page, by path from the repository root. */
export function renderDocs(): Record<string, string> {
  return { ...renderRulePages(), ...renderFormatDoc() };
}
