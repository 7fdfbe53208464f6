import type { Lang } from '@tropa/core';
import type { TextSection } from '../api/report.ts';
import { useLang } from '../i18n/lang.tsx';
import { decimal, integer, MIN_N, percent } from './format.ts';
import { PainsAndRepeats } from './PainsAndRepeats.tsx';
import { SentimentBar } from './SentimentBar.tsx';

const text = {
  overall: {
    en: '{n} texts: feedback and survey comments',
    ru: '{n} текстов: отзывы и комментарии к опросам',
  },
  themes: { en: 'Themes', ru: 'Темы' },
  share: { en: '{p} of texts · n = {n}', ru: '{p} текстов · n = {n}' },
  negative: { en: '{p} negative', ru: '{p} негатива' },
  score: { en: 'mean sentiment {s}', ru: 'средняя тональность {s}' },
  stages: { en: 'Stages:', ru: 'Этапы:' },
  weak: { en: 'weak', ru: 'ненадёжно' },
  none: { en: 'No feedback texts in this data.', ru: 'В этих данных нет текстов отзывов.' },
};

const TOP_THEMES = 8;
const QUOTES = 2;

/** Feedback themes with their share, negative share and quotes, by stage; then pains and repeat mentions. */
export function FeedbackThemes(props: { text: TextSection; names: Map<string, string>; lang: Lang }) {
  const { text: section, names, lang } = props;
  const { t } = useLang();
  if (section.n === 0) return <p className="empty">{t(text.none)}</p>;
  const themes = [...section.themes].sort((a, b) => b.count - a.count).slice(0, TOP_THEMES);
  return (
    <>
      <p className="muted">{t(text.overall, { n: integer(section.n, lang) })}</p>
      <SentimentBar {...section.sentiment} lang={lang} />
      <h3>{t(text.themes)}</h3>
      <ol className="themes">
        {themes.map((theme) => {
          const share = theme.count / section.n;
          const weak = theme.count < MIN_N;
          return (
            <li key={theme.id} className={`theme ${weak ? 'weak' : ''}`} data-theme={theme.id}>
              <div className="theme-head">
                <strong className="theme-label">{theme.label}</strong>
                <span className="muted">
                  {t(text.share, { p: percent(share, lang), n: integer(theme.count, lang) })}
                  {weak ? ` · ${t(text.weak)}` : ''}
                </span>
              </div>
              <div className="theme-bars">
                <span
                  className="mini-bar share"
                  title={t(text.share, { p: percent(share, lang), n: integer(theme.count, lang) })}
                >
                  <span
                    style={{
                      width: `${Math.min(share / (themes[0] ? themes[0].count / section.n : 1), 1) * 100}%`,
                    }}
                  />
                </span>
                <span
                  className="mini-bar negative"
                  title={t(text.negative, { p: percent(theme.negativeShare, lang) })}
                >
                  <span style={{ width: `${theme.negativeShare * 100}%` }} />
                </span>
                <span className="muted">
                  {t(text.negative, { p: percent(theme.negativeShare, lang) })} ·{' '}
                  {t(text.score, { s: decimal(theme.meanScore, lang, 2) })}
                </span>
              </div>
              {theme.stages.length > 0 && (
                <div className="theme-stages">
                  <span className="muted">{t(text.stages)}</span>
                  {theme.stages.slice(0, 4).map((s) => (
                    <span key={s.id} className="chip">
                      {names.get(s.id) ?? s.id} · {integer(s.count, lang)}
                    </span>
                  ))}
                </div>
              )}
              {theme.quotes.slice(0, QUOTES).map((q) => (
                <blockquote key={q} className="quote">
                  {q}
                </blockquote>
              ))}
            </li>
          );
        })}
      </ol>
      <PainsAndRepeats text={section} names={names} lang={lang} />
    </>
  );
}
