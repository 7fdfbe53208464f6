import type { Command } from '../command.ts';

// Placeholder until this command is written; it says so instead of pretending.
export const renderCommand: Command = {
  name: 'render',
  summary: { en: '(not yet available)', ru: '(пока недоступно)' },
  usage: 'tropa render',
  options: {},
  async run(ctx) {
    ctx.stderr('tropa render is not available yet.\n');
    return 1;
  },
};
