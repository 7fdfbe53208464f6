import type { Command } from '../command.ts';

// Placeholder until this command is written; it says so instead of pretending.
export const initCommand: Command = {
  name: 'init',
  summary: { en: '(not yet available)', ru: '(пока недоступно)' },
  usage: 'tropa init',
  options: {},
  async run(ctx) {
    ctx.stderr('tropa init is not available yet.\n');
    return 1;
  },
};
