import type { Command } from '../command.ts';

// Placeholder until this command is written; it says so instead of pretending.
export const validateCommand: Command = {
  name: 'validate',
  summary: { en: '(not yet available)', ru: '(пока недоступно)' },
  usage: 'tropa validate',
  options: {},
  async run(ctx) {
    ctx.stderr('tropa validate is not available yet.\n');
    return 1;
  },
};
