import type { Journey, Localized } from '@tropa/core';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { runLinkedChoice } from './cards/linkedChoice.ts';
import type { EditorCommand } from './commands.ts';
import * as commands from './commands.ts';
import { type EditorState, perform, redo, startEditing, undo } from './history.ts';
import type { GridActions } from './MapGrid.tsx';

/** Says why a change cannot be kept (a role map cannot reorder the base's stages), or nothing when it can. */
export type EditGuard = (before: Journey, after: Journey) => Localized | undefined;

/**
 * The editor's state and every action the grid offers, each going through one declared command. A `guard`
 * refuses a command whose result could not be saved as it is shown; the reason is kept in `refused`.
 */
export function useEditor(initial: Journey | undefined, newStageName: string, guard?: EditGuard) {
  const [state, setState] = useState<EditorState | undefined>(initial && startEditing(initial));
  const [refused, setRefused] = useState<Localized>();
  const latest = useRef(state);
  latest.current = state;
  const guardRef = useRef(guard);
  guardRef.current = guard;

  useEffect(() => {
    setState(initial && startEditing(initial));
  }, [initial]);

  const run = useCallback(<A>(command: EditorCommand<A>, args: A) => {
    const current = latest.current;
    const reason = current && guardRef.current?.(current.journey, command.run(current.journey, args));
    setRefused(reason);
    if (reason) return;
    setState((s) => s && perform(s, command, args));
  }, []);

  const actions: GridActions = useMemo(
    () => ({
      add: (laneId, stageId, text) => run(commands.addCard, { laneId, stageId, text }),
      addLinked: (laneId, stageId, choice) => runLinkedChoice(run, laneId, stageId, choice),
      edit: (laneId, index, text) => run(commands.editCard, { laneId, index, text }),
      remove: (laneId, index) => run(commands.removeCard, { laneId, index }),
      severity: (laneId, index, severity) => run(commands.setSeverity, { laneId, index, severity }),
      move: (laneId, index, stageId, before) => run(commands.moveCard, { laneId, index, stageId, before }),
      renameStage: (stageId, name) => run(commands.renameStage, { stageId, name }),
      moveStage: (stageId, to) => run(commands.moveStage, { stageId, to }),
      addStage: () => run(commands.addStage, { name: newStageName }),
      renameLane: (laneId, title) => run(commands.renameLane, { laneId, title }),
      moveLane: (laneId, to) => run(commands.moveLane, { laneId, to }),
      addLane: (type) => run(commands.addLane, { type }),
      setEmotion: (laneId, stageId, emotion) => run(commands.setEmotion, { laneId, stageId, emotion }),
    }),
    [run, newStageName],
  );

  const undoNow = useCallback(() => setState((s) => s && undo(s)), []);
  const redoNow = useCallback(() => setState((s) => s && redo(s)), []);

  return {
    state,
    refused,
    actions,
    run,
    undo: undoNow,
    redo: redoNow,
    /** Replaces the map without history (their side of a conflict taken). */
    reset: (journey: Journey) => setState(startEditing(journey)),
  };
}
