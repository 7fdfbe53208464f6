import type { Lang } from '@tropa/core';
import type { Report } from '../api/report.ts';
import { useLang } from '../i18n/lang.tsx';
import { duration, integer, percent } from './format.ts';

const text = {
  title: { en: 'Funnel and drop-off', ru: 'Воронка и отток' },
  cases: { en: '{n} partners', ru: '{n} партнёров' },
  ofStart: { en: '{p} of all', ru: '{p} от всех' },
  step: { en: '{p} from the previous stage', ru: '{p} от предыдущего этапа' },
  quit: { en: 'quit here: {n} ({p})', ru: 'ушли здесь: {n} ({p})' },
  next: { en: 'median to next stage: {t} (n={n})', ru: 'медиана до следующего этапа: {t} (n={n})' },
  churn: {
    en: 'Quit: the stage was the last one and nothing happened for {days} days before the data ends.',
    ru: 'Ушли: этап оказался последним, и {days} дн. до конца данных событий не было.',
  },
};

/** The stage funnel as bars (share of all partners), with step conversion, drop-off and time to the next stage. */
export function FunnelChart({ journey, lang }: { journey: NonNullable<Report['journey']>; lang: Lang }) {
  const { t } = useLang();
  const names = new Map(journey.stages.map((s) => [s.id, s.name]));
  const steps = journey.funnel.steps;
  return (
    <section className="insight-card funnel" aria-label={t(text.title)}>
      <h2>{t(text.title)}</h2>
      <ol className="funnel-steps">
        {steps.map((step, i) => {
          const drop = journey.dropOff.stages.find((d) => d.stage === step.stage);
          const time = journey.stageTimes.find((x) => x.from === step.stage);
          return (
            <li key={step.stage} className="funnel-step" data-stage={step.stage}>
              <div className="funnel-name">
                <span className="stage-number">{i + 1}</span>
                {names.get(step.stage) ?? step.stage}
              </div>
              <div className="funnel-bar-track">
                <div className="funnel-bar" style={{ width: `${Math.max(step.conversion * 100, 0.5)}%` }}>
                  <span>{t(text.cases, { n: integer(step.cases, lang) })}</span>
                </div>
              </div>
              <div className="funnel-figures">
                <strong>{t(text.ofStart, { p: percent(step.conversion, lang) })}</strong>
                {i > 0 && (
                  <span className="muted">{t(text.step, { p: percent(step.stepConversion, lang) })}</span>
                )}
                {drop && drop.quit > 0 && (
                  <span className={`quit-rate ${drop.rate >= 0.2 ? 'high' : ''}`}>
                    {t(text.quit, { n: integer(drop.quit, lang), p: percent(drop.rate, lang) })}
                  </span>
                )}
                {time && (
                  <span className="muted">
                    {t(text.next, { t: duration(time.medianSeconds, lang), n: time.n })}
                  </span>
                )}
              </div>
            </li>
          );
        })}
      </ol>
      <p className="muted footnote">{t(text.churn, { days: journey.dropOff.churnAfterDays })}</p>
    </section>
  );
}
