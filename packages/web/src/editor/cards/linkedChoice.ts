import type { EditorCommand } from '../commands.ts';
import type { LinkedChoice } from './AddLinkedCard.tsx';
import { addRefCard, createChannel, createKpi, createTouchpoint } from './cardCommands.ts';

type Run = <A>(command: EditorCommand<A>, args: A) => void;

/** Runs the declared command that adds the card a person picked in a touchpoints, channels or KPI cell. */
export function runLinkedChoice(run: Run, laneId: string, stageId: string, choice: LinkedChoice): void {
  const at = { laneId, stageId };
  switch (choice.kind) {
    case 'existing':
      run(addRefCard, { ...at, ref: choice.ref });
      return;
    case 'touchpoint':
      run(createTouchpoint, {
        ...at,
        name: choice.name,
        channel: choice.channel,
        owner: choice.owner,
      });
      return;
    case 'channel':
      run(createChannel, { ...at, name: choice.name, icon: choice.icon });
      return;
    case 'kpi':
      run(createKpi, {
        ...at,
        type: choice.type,
        name: choice.name,
        target: choice.target,
        toStage: choice.toStage,
      });
      return;
  }
}
