import type { Point } from '@policyc/model';

/**
 * The part of a `@policyc/check` result the report shows. Declared here, structurally, so the
 * report does not depend on the checker: a `CheckResult` is one (a test keeps them compatible).
 */
export interface ReportCheckResult {
  messages: readonly ReportCheckMessage[];
}

export interface ReportCheckMessage {
  reason: string;
  ruleId?: string | null | undefined;
  severity?: 'error' | 'warning' | 'info' | undefined;
  /** The file the place is in: a registry file or the policy text. */
  file?: string | null | undefined;
  line?: number | null | undefined;
  column?: number | null | undefined;
  place?: Partial<Point> | { start: Partial<Point>; end: Partial<Point> } | null | undefined;
  url?: string | null | undefined;
}
