import type { Command } from '../command.ts';

// Placeholder until this command is written; it says so instead of pretending.
export const diffCommand: Command = {
  name: 'diff',
  summary: { en: '(not yet available)', ru: '(пока недоступно)' },
  usage: 'tropa diff',
  options: {},
  async run(ctx) {
    ctx.stderr('tropa diff is not available yet.\n');
    return 1;
  },
};
