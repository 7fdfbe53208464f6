import type { Lang, Localized } from '@tropa/core';

/** What a command gets to run: parsed arguments and where to write. */
export interface CommandContext {
  positionals: string[];
  values: Record<string, string | boolean | string[] | undefined>;
  lang: Lang;
  cwd: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  multiple?: boolean;
  description: Localized;
}

/** One `tropa` sub-command, declared once: its name, help, options and what it does. */
export interface Command {
  name: string;
  summary: Localized;
  /** e.g. `tropa validate FILE…` */
  usage: string;
  options: Record<string, OptionSpec>;
  /** Examples shown under --help. */
  examples?: string[];
  /** Returns the process exit code: 0 ok, 1 failure the user must fix, 2 usage error. */
  run(ctx: CommandContext): Promise<number>;
}

/** Wrong arguments: the command prints the message and its usage, and exits with 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}
