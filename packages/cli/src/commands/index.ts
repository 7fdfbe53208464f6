import type { Command } from '../command.ts';
import { analyzeCommand } from './analyze.ts';
import { demoCommand } from './demo.ts';
import { diffCommand } from './diff.ts';
import { initCommand } from './init.ts';
import { renderCommand } from './render.ts';
import { serveCommand } from './serve.ts';
import { textCommand } from './text.ts';
import { validateCommand } from './validate.ts';

/** Every `tropa` sub-command, in the order `tropa --help` lists them. */
export const commands: Command[] = [
  initCommand,
  validateCommand,
  renderCommand,
  diffCommand,
  demoCommand,
  analyzeCommand,
  textCommand,
  serveCommand,
];
