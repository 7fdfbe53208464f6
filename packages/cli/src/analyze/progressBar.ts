import type { IngestProgress } from '@tropa/analytics';
import type { Localized } from '@tropa/core';
import type { CommandContext } from '../command.ts';

const PHASE: Record<Exclude<IngestProgress['phase'], 'done'>, Localized> = {
  read: { en: 'reading', ru: 'чтение' },
  sort: { en: 'sorting and indexing', ru: 'сортировка и индексация' },
  surveys: { en: 'reading surveys', ru: 'чтение опросов' },
  feedback: { en: 'reading feedback', ru: 'чтение отзывов' },
};

/**
 * A one-line progress bar on stderr, only when stderr is a terminal: the phase, the megabytes read when
 * known, and the seconds elapsed (redrawn four times a second, as DuckDB's own steps report nothing).
 */
export function progressBar(
  ctx: CommandContext,
): { onProgress: (p: IngestProgress) => void; stop: () => void } | undefined {
  if (!process.stderr.isTTY) return undefined;
  const start = Date.now();
  let current: IngestProgress = { phase: 'read', done: 0, total: null };
  const draw = () => {
    const seconds = ((Date.now() - start) / 1000).toFixed(0);
    const bytes =
      current.phase === 'read' && current.done > 0 ? ` ${(current.done / 1e6).toFixed(1)} MB` : '';
    ctx.stderr(
      `\r\u001b[K[tropa] ${PHASE[current.phase === 'done' ? 'sort' : current.phase][ctx.lang]}${bytes}… ${seconds} s`,
    );
  };
  const timer = setInterval(draw, 250);
  const stop = () => {
    clearInterval(timer);
    ctx.stderr('\r\u001b[K');
  };
  return {
    onProgress: (p) => {
      current = p;
      if (p.phase === 'done') stop();
    },
    stop,
  };
}
