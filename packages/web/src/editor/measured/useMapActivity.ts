import { useCallback } from 'react';
import type { EditorCommand } from '../commands.ts';
import type { MapChoice } from './MapActivityForm.tsx';
import { addTouchpointForActivity, mapActivityToTouchpoint } from './mapActivityCommands.ts';
import type { UnmappedActivity } from './measuredReport.ts';

/**
 * Maps an unmapped activity as the person chose, through the declared commands (so undo and autosave work
 * as for any edit), then asks the measured layer to refresh once the change is saved.
 */
export function useMapActivity(
  run: <A>(command: EditorCommand<A>, args: A) => void,
  refreshAfterSave: () => void,
) {
  return useCallback(
    (row: UnmappedActivity, choice: MapChoice) => {
      const what = { activity: row.activity, channel: choice.channel };
      if (choice.kind === 'existing')
        run(mapActivityToTouchpoint, { ...what, touchpointId: choice.touchpointId });
      else run(addTouchpointForActivity, { ...what, stageId: choice.stageId, name: choice.name });
      refreshAfterSave();
    },
    [run, refreshAfterSave],
  );
}
