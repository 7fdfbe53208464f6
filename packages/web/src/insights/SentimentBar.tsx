import type { Lang } from '@tropa/core';
import { useLang } from '../i18n/lang.tsx';
import { integer, percent } from './format.ts';

const text = {
  negative: { en: 'negative', ru: 'негатив' },
  neutral: { en: 'neutral', ru: 'нейтрально' },
  positive: { en: 'positive', ru: 'позитив' },
};

/** A negative / neutral / positive split as one stacked bar with the shares written on it. */
export function SentimentBar(props: { negative: number; neutral: number; positive: number; lang: Lang }) {
  const { t } = useLang();
  const total = props.negative + props.neutral + props.positive;
  if (total === 0) return null;
  const parts = (['negative', 'neutral', 'positive'] as const).map((kind) => ({
    kind,
    count: props[kind],
    share: props[kind] / total,
  }));
  return (
    <div className="sentiment">
      <div className="sentiment-bar">
        {parts.map(
          (p) =>
            p.count > 0 && (
              <span
                key={p.kind}
                className={`part ${p.kind}`}
                style={{ width: `${p.share * 100}%` }}
                title={`${t(text[p.kind])}: ${integer(p.count, props.lang)} (${percent(p.share, props.lang)})`}
              >
                {p.share >= 0.08 ? percent(p.share, props.lang) : ''}
              </span>
            ),
        )}
      </div>
      <div className="sentiment-legend">
        {parts.map((p) => (
          <span key={p.kind} className={`legend-${p.kind}`}>
            {t(text[p.kind])} {integer(p.count, props.lang)}
          </span>
        ))}
      </div>
    </div>
  );
}
