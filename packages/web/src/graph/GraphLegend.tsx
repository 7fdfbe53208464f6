import { useLang } from '../i18n/lang.tsx';
import type { GraphMode } from './flowElements.ts';

const text = {
  legend: { en: 'Legend', ru: 'Обозначения' },
  flow: { en: 'next step', ru: 'следующий шаг' },
  rework: { en: 'back to an earlier stage', ru: 'возврат на прошлый этап' },
  loop: { en: 'repeat', ru: 'повтор' },
  neverReached: { en: 'not in the data', ru: 'нет в данных' },
  fast: { en: 'fast', ru: 'быстро' },
  slow: { en: 'slow', ru: 'долго' },
  thickness: { en: 'thicker = more cases', ru: 'толще = больше случаев' },
};

const swatch = (className: string) => (
  <svg width="26" height="10" aria-hidden="true" className={`legend-line ${className}`}>
    <line x1="1" y1="5" x2="25" y2="5" />
  </svg>
);

/** What the lines mean: kinds of edges, and in the time view the colours from fast to slow. */
export function GraphLegend({ mode }: { mode: GraphMode }) {
  const { t } = useLang();
  return (
    <ul className="graph-legend" aria-label={t(text.legend)}>
      {mode === 'frequency' ? (
        <>
          <li>
            {swatch('tone-flow')}
            {t(text.flow)}
          </li>
          <li>
            {swatch('tone-rework dashed')}
            {t(text.rework)}
          </li>
        </>
      ) : (
        <li className="legend-scale">
          {t(text.fast)}
          {[0, 1, 2, 3].map((i) => (
            <span key={i} className={`legend-step tone-slow-${i}`} />
          ))}
          {t(text.slow)}
        </li>
      )}
      <li>
        <svg width="18" height="14" aria-hidden="true" className="legend-line tone-flow">
          <path d="M 4 13 C 4 1, 17 1, 17 9" />
        </svg>
        {t(text.loop)}
      </li>
      <li>
        <span className="legend-dim" />
        {t(text.neverReached)}
      </li>
      <li className="muted">{t(text.thickness)}</li>
    </ul>
  );
}
