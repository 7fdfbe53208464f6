import { FEELING_NAMES, LANE_TITLES, type Localized, SEVERITY_NAMES, type Severity } from '@tropa/core';

// One vocabulary for the printed map and the editor: the labels live in core's renderer.
export { LANE_TITLES };
export const FEELING_LABELS = FEELING_NAMES;

const capitalized = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1);

/** Severity names as the editor's menus show them: capitalized. */
export const SEVERITY_LABELS = Object.fromEntries(
  Object.entries(SEVERITY_NAMES).map(([key, name]) => [
    key,
    { en: capitalized(name.en), ru: capitalized(name.ru) },
  ]),
) as Record<Severity, Localized>;
