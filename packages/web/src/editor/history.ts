import type { Journey, Localized } from '@tropa/core';
import type { EditorCommand } from './commands.ts';

interface Entry {
  name: Localized;
  before: Journey;
  after: Journey;
}

/** The map being edited with its undo and redo stacks; every change goes through `perform`. */
export interface EditorState {
  journey: Journey;
  past: readonly Entry[];
  future: readonly Entry[];
}

const LIMIT = 200;

export function startEditing(journey: Journey): EditorState {
  return { journey, past: [], future: [] };
}

/** Runs a command; a command that changes nothing leaves no history entry. */
export function perform<A>(state: EditorState, command: EditorCommand<A>, args: A): EditorState {
  const after = command.run(state.journey, args);
  if (after === state.journey || JSON.stringify(after) === JSON.stringify(state.journey)) return state;
  const entry = { name: command.name, before: state.journey, after };
  return { journey: after, past: [...state.past, entry].slice(-LIMIT), future: [] };
}

export function undo(state: EditorState): EditorState {
  const entry = state.past.at(-1);
  if (!entry) return state;
  return { journey: entry.before, past: state.past.slice(0, -1), future: [entry, ...state.future] };
}

export function redo(state: EditorState): EditorState {
  const entry = state.future[0];
  if (!entry) return state;
  return { journey: entry.after, past: [...state.past, entry], future: state.future.slice(1) };
}

/** The name of what undo (or redo) would take back, for the buttons' tooltips. */
export function nextUndo(state: EditorState): Localized | undefined {
  return state.past.at(-1)?.name;
}

export function nextRedo(state: EditorState): Localized | undefined {
  return state.future[0]?.name;
}

/** Undo and redo, declared with their names and keys (toolbar, tooltips and key bindings read these). */
export const HISTORY_ACTIONS = {
  undo: { name: { en: 'Undo', ru: 'Отменить' }, shortcuts: ['Mod+Z'] },
  redo: { name: { en: 'Redo', ru: 'Повторить' }, shortcuts: ['Mod+Shift+Z', 'Mod+Y'] },
} as const;
