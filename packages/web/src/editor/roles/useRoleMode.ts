import type { Journey } from '@tropa/core';
import { useMemo } from 'react';
import { useLang } from '../../i18n/lang.tsx';
import type { GridActions } from '../MapGrid.tsx';
import type { useEditor } from '../useEditor.ts';
import type { LoadedMap } from '../useMapDocument.ts';
import { resetCell, resetStage } from './roleCommands.ts';
import { roleEditing, roleMarks } from './roleEditing.ts';

export type RoleMode = ReturnType<typeof roleEditing> & { root: Journey };

/** For a role map (with its generalized map loaded): how edits are checked and saved as overrides. */
export function useRoleMode(loaded: LoadedMap): RoleMode | undefined {
  const { lang } = useLang();
  const doc = loaded.answer.document;
  const { root } = loaded;
  return useMemo(
    () => (doc.kind === 'role' && root ? { ...roleEditing(root, doc.role, lang), root } : undefined),
    [doc, root, lang],
  );
}

/** The role's own cards and stages in the map as edited, marked in the grid. */
export function useRoleMarks(mode: RoleMode | undefined, journey: Journey) {
  return useMemo(() => (mode ? roleMarks(mode.root, journey) : undefined), [mode, journey]);
}

/** The grid's actions, with "reset to the generalized map" for cells and stages in a role map. */
export function useRoleActions(
  mode: RoleMode | undefined,
  editor: ReturnType<typeof useEditor>,
): GridActions {
  const { actions, run } = editor;
  return useMemo(() => {
    if (!mode) return actions;
    return {
      ...actions,
      resetCell(laneId, stageId) {
        const lane = mode.root.lanes.find((l) => l.id === laneId);
        run(resetCell, { laneId, stageId, cards: lane?.cards.filter((c) => c.stage === stageId) ?? [] });
      },
      resetStage(stageId) {
        const stage = mode.root.stages.find((s) => s.id === stageId);
        if (stage) run(resetStage, { stage });
      },
    };
  }, [mode, actions, run]);
}
