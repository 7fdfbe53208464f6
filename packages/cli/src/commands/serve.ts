import { resolve } from 'node:path';
import { format, type Localized } from '@tropa/core';
import { buildApp, configFromEnv } from '@tropa/server';
import { type Command, UsageError } from '../command.ts';

const text = {
  listening: {
    en: 'Tropa is running at {url} (data: {data}). Press Ctrl+C to stop.',
    ru: 'Tropa работает по адресу {url} (данные: {data}). Остановить: Ctrl+C.',
  },
  stopping: { en: 'Stopping…', ru: 'Останавливаюсь…' },
  badPort: {
    en: 'PORT must be a whole number from 0 to 65535, got "{value}".',
    ru: 'PORT должен быть целым числом от 0 до 65535, а получено «{value}».',
  },
  failed: {
    en: 'The server could not start: {detail}',
    ru: 'Сервер не запустился: {detail}',
  },
} satisfies Record<string, Localized>;

function parsePort(value: string): number | undefined {
  if (!/^\d{1,5}$/.test(value)) return undefined;
  const port = Number(value);
  return port <= 65535 ? port : undefined;
}

/** `tropa serve`: the HTTP API on an embedded database in TROPA_DATA, or on DATABASE_URL. */
export const serveCommand: Command = {
  name: 'serve',
  summary: { en: 'Start the Tropa server', ru: 'Запустить сервер Tropa' },
  usage: 'tropa serve [--port N] [--host ADDRESS] [--data DIR]',
  options: {
    port: {
      type: 'string',
      short: 'p',
      description: { en: 'Port (PORT, default 3000)', ru: 'Порт (PORT, по умолчанию 3000)' },
    },
    host: {
      type: 'string',
      description: {
        en: 'Address to listen on (HOST, default 127.0.0.1)',
        ru: 'Адрес (HOST, по умолчанию 127.0.0.1)',
      },
    },
    data: {
      type: 'string',
      description: {
        en: 'Data folder (TROPA_DATA, default ./.tropa)',
        ru: 'Папка данных (TROPA_DATA, по умолчанию ./.tropa)',
      },
    },
  },
  examples: ['tropa serve', 'PORT=8080 HOST=0.0.0.0 tropa serve', 'DATABASE_URL=postgres://… tropa serve'],
  async run(ctx) {
    const env = process.env;
    const portText = String(ctx.values.port ?? env.PORT ?? '3000');
    const port = parsePort(portText);
    if (port === undefined) throw new UsageError(format(text.badPort, ctx.lang, { value: portText }));
    const host = String(ctx.values.host ?? env.HOST ?? '127.0.0.1');
    const config = configFromEnv({
      ...env,
      ...(ctx.values.data ? { TROPA_DATA: String(ctx.values.data) } : {}),
    });
    let app: Awaited<ReturnType<typeof buildApp>>;
    try {
      app = await buildApp(config);
      await app.fastify.listen({ port, host });
    } catch (error) {
      ctx.stderr(
        `${format(text.failed, ctx.lang, { detail: error instanceof Error ? error.message : String(error) })}\n`,
      );
      return 1;
    }
    const address = app.fastify.server.address();
    const actualPort = typeof address === 'object' && address ? address.port : port;
    const shownHost = host.includes(':') ? `[${host}]` : host;
    const data = config.databaseUrl ? 'DATABASE_URL' : resolve(ctx.cwd, config.dataDir ?? '.tropa');
    ctx.stdout(`${format(text.listening, ctx.lang, { url: `http://${shownHost}:${actualPort}`, data })}\n`);
    await new Promise<void>((resolve) => {
      const stop = () => {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
        ctx.stderr(`${text.stopping[ctx.lang]}\n`);
        resolve();
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    });
    await app.close();
    return 0;
  },
};
