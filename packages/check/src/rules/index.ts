import type { RuleDefinition } from '../types.js';
import { agreement } from './agreement.js';
import { headingGlued } from './heading-glued.js';
import { headingSequence } from './heading-sequence.js';
import { leadAndAssist } from './lead-and-assist.js';
import { partsSum } from './parts-sum.js';
import { percentBound } from './percent-bound.js';
import { rangeOrder } from './range-order.js';
import { registrySyntax } from './registry-syntax.js';
import { schemaDrift } from './schema-drift.js';
import { schema } from './schema.js';
import { sourceFile } from './source-file.js';
import { targetDeadline } from './target-deadline.js';
import { taskDeadline } from './task-deadline.js';
import { taskEvidence } from './task-evidence.js';
import { taskNoLead } from './task-no-lead.js';
import { tsCompile } from './ts-compile.js';
import { tsIdUnions } from './ts-id-unions.js';
import { uniqueIds } from './unique-ids.js';
import { unitLinks } from './unit-links.js';
import { unknownSection } from './unknown-section.js';
import { unknownTarget } from './unknown-target.js';
import { unknownTask } from './unknown-task.js';
import { unknownUnit } from './unknown-unit.js';

/** Every rule, in the order they run and are documented: files, agreement, integrity, policy logic. */
export const RULES: readonly RuleDefinition[] = [
  registrySyntax,
  schema,
  agreement,
  schemaDrift,
  sourceFile,
  tsCompile,
  tsIdUnions,
  uniqueIds,
  unknownUnit,
  unknownTask,
  unitLinks,
  unknownSection,
  unknownTarget,
  taskEvidence,
  taskNoLead,
  leadAndAssist,
  rangeOrder,
  percentBound,
  partsSum,
  headingSequence,
  headingGlued,
  taskDeadline,
  targetDeadline,
];
