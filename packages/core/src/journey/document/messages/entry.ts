import type { Localized } from '../../../i18n.ts';
import type { IssueSeverity } from '../issue.ts';

/**
 * One message of the catalog: the stable code it reports under, its default severity,
 * and the two texts as templates with `{name}` placeholders.
 */
export interface MessageEntry {
  code: string;
  severity?: IssueSeverity;
  message: Localized;
  fix: Localized;
}

/** Declares a group of messages, keeping their keys as a type. */
export function messages<K extends string>(entries: Record<K, MessageEntry>): Record<K, MessageEntry> {
  return entries;
}
