import { parseArgs } from 'node:util';
import { format, type Lang, type Localized, pickLang } from '@tropa/core';
import { type Command, type CommandContext, UsageError } from './command.ts';
import { commands } from './commands/index.ts';

const VERSION = '0.1.0';

const text = {
  usage: { en: 'Usage', ru: 'Использование' },
  commands: { en: 'Commands', ru: 'Команды' },
  options: { en: 'Options', ru: 'Параметры' },
  examples: { en: 'Examples', ru: 'Примеры' },
  tagline: {
    en: 'Tropa — data-driven customer journey maps.',
    ru: 'Tropa — карты пути клиента на основе данных.',
  },
  langOption: { en: 'Language of messages: en or ru', ru: 'Язык сообщений: en или ru' },
  helpOption: { en: 'Show help', ru: 'Показать справку' },
  unknownCommand: {
    en: 'Unknown command "{name}". Run `tropa --help` to see the commands.',
    ru: 'Неизвестная команда «{name}». Список команд: `tropa --help`.',
  },
  moreHelp: {
    en: 'Run `tropa COMMAND --help` for a command’s options.',
    ru: 'Параметры команды: `tropa КОМАНДА --help`.',
  },
} satisfies Record<string, Localized>;

function mainHelp(lang: Lang): string {
  const width = Math.max(...commands.map((c) => c.name.length)) + 2;
  const lines = [
    text.tagline[lang],
    '',
    `${text.usage[lang]}: tropa COMMAND [options]`,
    '',
    `${text.commands[lang]}:`,
    ...commands.map((c) => `  ${c.name.padEnd(width)}${c.summary[lang]}`),
    '',
    `  --lang en|ru  ${text.langOption[lang]}`,
    '',
    text.moreHelp[lang],
  ];
  return `${lines.join('\n')}\n`;
}

function commandHelp(command: Command, lang: Lang): string {
  const opts = Object.entries(command.options).map(([name, o]) => {
    const flag = `${o.short ? `-${o.short}, ` : '    '}--${name}${o.type === 'string' ? ' VALUE' : ''}`;
    return `  ${flag.padEnd(26)}${o.description[lang]}`;
  });
  opts.push(`  ${'    --lang en|ru'.padEnd(26)}${text.langOption[lang]}`);
  opts.push(`  ${'-h, --help'.padEnd(26)}${text.helpOption[lang]}`);
  const lines = [
    command.summary[lang],
    '',
    `${text.usage[lang]}: ${command.usage}`,
    '',
    `${text.options[lang]}:`,
    ...opts,
  ];
  if (command.examples?.length)
    lines.push('', `${text.examples[lang]}:`, ...command.examples.map((e) => `  ${e}`));
  return `${lines.join('\n')}\n`;
}

/** `--lang` is global: it may stand anywhere, before or after the command. */
function takeLangOption(argv: string[]): { langArg: string | undefined; args: string[] } {
  let langArg: string | undefined;
  const args: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === '--lang') {
      langArg = argv[i + 1] ?? '';
      i++;
    } else if (a.startsWith('--lang=')) {
      langArg = a.slice('--lang='.length);
    } else {
      args.push(a);
    }
  }
  return { langArg, args };
}

export interface MainIo {
  stdout?: (text: string) => void;
  stderr?: (text: string) => void;
  cwd?: string;
  env?: Record<string, string | undefined>;
}

/** Runs `tropa` with the given arguments and returns the exit code. */
export async function main(argv: string[], io: MainIo = {}): Promise<number> {
  const stdout = io.stdout ?? ((s: string) => void process.stdout.write(s));
  const stderr = io.stderr ?? ((s: string) => void process.stderr.write(s));
  const env = io.env ?? process.env;
  const { langArg, args } = takeLangOption(argv);
  if (langArg !== undefined && langArg !== 'en' && langArg !== 'ru') {
    stderr('--lang takes en or ru. / --lang принимает en или ru.\n');
    return 2;
  }
  const lang = pickLang(langArg, env);

  const [name, ...rest] = args;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    stdout(mainHelp(lang));
    return 0;
  }
  if (name === '--version' || name === '-v') {
    stdout(`${VERSION}\n`);
    return 0;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    stderr(`${format(text.unknownCommand, lang, { name })}\n`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    stdout(commandHelp(command, lang));
    return 0;
  }
  try {
    const { values, positionals } = parseArgs({
      args: rest,
      allowPositionals: true,
      strict: true,
      options: {
        ...Object.fromEntries(
          Object.entries(command.options).map(([k, o]) => [
            k,
            {
              type: o.type,
              ...(o.short ? { short: o.short } : {}),
              ...(o.multiple ? { multiple: true } : {}),
            },
          ]),
        ),
      },
    });
    const ctx: CommandContext = {
      positionals,
      values: values as CommandContext['values'],
      lang,
      cwd: io.cwd ?? process.cwd(),
      stdout,
      stderr,
    };
    return await command.run(ctx);
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      stderr(`${(error as Error).message}\n${text.usage[lang]}: ${command.usage}\n`);
      return 2;
    }
    throw error;
  }
}
