import { type Journey, resolveRoleMap } from '@tropa/core';
import { useMemo } from 'react';
import { useLang } from '../../i18n/lang.tsx';
import type { RoleMode } from '../roles/useRoleMode.ts';
import type { SaveState } from '../useAutosave.ts';

/** Their version in a conflict as the editor shows maps: a journey, or their role map resolved over the base. */
export function useTheirsJourney(save: SaveState, roleMode: RoleMode | undefined): Journey | undefined {
  const { lang } = useLang();
  const theirs = save.status === 'conflict' ? save.theirs.document : undefined;
  return useMemo(() => {
    if (!theirs) return undefined;
    if (theirs.kind === 'journey') return theirs.journey;
    if (!roleMode) return undefined;
    const resolved = resolveRoleMap(roleMode.root, theirs.role, lang);
    return resolved.ok ? resolved.journey : undefined;
  }, [theirs, roleMode, lang]);
}
