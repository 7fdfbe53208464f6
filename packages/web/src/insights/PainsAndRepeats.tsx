import type { Lang } from '@tropa/core';
import type { TextSection } from '../api/report.ts';
import { useLang } from '../i18n/lang.tsx';
import { channelName } from './channelNames.ts';
import { decimal, integer, percent } from './format.ts';

const text = {
  pains: { en: 'Pain candidates', ru: 'Кандидаты в боли' },
  painsHint: {
    en: 'Ranked by count × negative share × detractor lift: the themes worth a card in the pains lane.',
    ru: 'По произведению: число × доля негатива × рост доли критиков — темы, достойные карточки в дорожке болей.',
  },
  painLine: {
    en: '{n} texts · {neg} negative · detractors ×{lift}',
    ru: '{n} текстов · {neg} негатива · критиков ×{lift}',
  },
  stage: { en: 'stage: {s}', ru: 'этап: {s}' },
  repeats: { en: '“Had to repeat” mentions', ru: 'Упоминания «пришлось повторять»' },
  repeatLine: {
    en: '{n} texts ({p}) say the partner had to repeat, re-fill or explain again.',
    ru: '{n} текстов ({p}) говорят, что партнёру пришлось повторять, заполнять заново или объяснять снова.',
  },
  phrases: { en: 'Phrases:', ru: 'Фразы:' },
  channels: { en: 'Channels:', ru: 'Каналы:' },
  stages: { en: 'Stages:', ru: 'Этапы:' },
};

/** The pain candidates (best first) and the "had to repeat" mentions with their quotes. */
export function PainsAndRepeats(props: { text: TextSection; names: Map<string, string>; lang: Lang }) {
  const { text: section, names, lang } = props;
  const { t } = useLang();
  const r = section.repeats;
  const tally = (label: string, items: { id: string; count: number }[], name: (id: string) => string) =>
    items.length > 0 && (
      <div className="theme-stages">
        <span className="muted">{label}</span>
        {items.slice(0, 5).map((x) => (
          <span key={x.id} className="chip">
            {name(x.id)} · {integer(x.count, lang)}
          </span>
        ))}
      </div>
    );
  return (
    <div className="pains-repeats">
      {section.pains.length > 0 && (
        <div className="pains">
          <h3>{t(text.pains)}</h3>
          <p className="muted chart-hint">{t(text.painsHint)}</p>
          <ol>
            {section.pains.slice(0, 5).map((p) => (
              <li key={p.themeId} className="pain" data-theme={p.themeId}>
                <div className="theme-head">
                  <strong>{p.label}</strong>
                  <span className="pain-score">{decimal(p.score, lang)}</span>
                </div>
                <span className="muted">
                  {t(text.painLine, {
                    n: integer(p.count, lang),
                    neg: percent(p.negativeShare, lang),
                    lift: p.detractorLift === null ? '—' : decimal(p.detractorLift, lang),
                  })}
                  {p.stage ? ` · ${t(text.stage, { s: names.get(p.stage) ?? p.stage })}` : ''}
                </span>
                {p.quotes[0] && <blockquote className="quote">{p.quotes[0]}</blockquote>}
              </li>
            ))}
          </ol>
        </div>
      )}
      <div className="repeats">
        <h3>{t(text.repeats)}</h3>
        <p className={r.count > 0 ? 'friction-line' : 'muted'}>
          {t(text.repeatLine, { n: integer(r.count, lang), p: percent(r.share, lang, 1) })}
        </p>
        {tally(t(text.phrases), r.phrases, (id) => `${id}…`)}
        {tally(t(text.stages), r.stages, (id) => names.get(id) ?? id)}
        {tally(t(text.channels), r.channels, (id) => channelName(id, t))}
        {r.quotes.slice(0, 3).map((q) => (
          <blockquote key={q} className="quote">
            {q}
          </blockquote>
        ))}
      </div>
    </div>
  );
}
