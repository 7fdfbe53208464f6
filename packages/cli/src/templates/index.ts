import type { JourneyInput, Lang } from '@tropa/core';
import { b2bTemplate } from './b2b.ts';
import { b2cTemplate } from './b2c.ts';

export const TEMPLATE_NAMES = ['b2b', 'b2c'] as const;
export type TemplateName = (typeof TEMPLATE_NAMES)[number];

const builders: Record<TemplateName, (lang: Lang, id: string) => JourneyInput> = {
  b2b: b2bTemplate,
  b2c: b2cTemplate,
};

export function isTemplateName(value: string): value is TemplateName {
  return (TEMPLATE_NAMES as readonly string[]).includes(value);
}

/** The starter map of a template, in one language, with the given id. */
export function starterMap(template: TemplateName, lang: Lang, id: string): JourneyInput {
  return builders[template](lang, id);
}

export { starterText } from './starterText.ts';
