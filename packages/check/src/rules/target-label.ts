import type { Target } from '@policyc/model';

/** How findings name a target: its id, and what it measures or its text ("target-1-3 (种植面积 50万亩)"). */
export function label(target: Target): string {
  const what = [target.metric, target.text].filter((part) => part).join(' ');
  return what ? `${target.id || '(no id)'} (${what})` : target.id || '(no id)';
}
