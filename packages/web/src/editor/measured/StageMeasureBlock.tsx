import { useLang } from '../../i18n/lang.tsx';
import { duration, integer, percent } from '../../insights/format.ts';
import { useMeasured } from './MeasuredContext.tsx';
import { MIN_N } from './measuredReport.ts';

const text = {
  reached: { en: 'Reached', ru: 'Дошли' },
  dropOff: { en: 'Drop-off', ru: 'Уход' },
  quitOf: { en: '{quit} quit here', ru: 'ушли здесь: {quit}' },
  dropTitle: {
    en: 'Partners whose journey ended at this stage (no event since for the churn period), of those who reached it',
    ru: 'Доля партнёров, чей путь закончился на этом этапе (нет событий дольше срока оттока), среди дошедших',
  },
  next: { en: 'To next', ru: 'До след.' },
  median: { en: 'median {time}', ru: 'медиана {time}' },
  nextTitle: {
    en: 'Median time from entering this stage to entering the next one; n = {n} partners who moved on',
    ru: 'Медиана времени от входа в этот этап до входа в следующий; n = {n} перешедших партнёров',
  },
  noNext: { en: 'nobody moved on', ru: 'никто не перешёл' },
  weak: { en: 'weak', ru: 'мало' },
  weakTitle: { en: 'n < {min}: too few to act on', ru: 'n < {min}: слишком мало, чтобы делать выводы' },
  never: { en: 'Never reached in the data', ru: 'По данным сюда никто не дошёл' },
  neverTitle: {
    en: 'No event of the data maps to this stage: check its touchpoints’ match rules',
    ru: 'Ни одно событие не попало в этот этап: проверьте правила сопоставления его точек контакта',
  },
  unknown: {
    en: 'Not in the data yet: refresh after saving',
    ru: 'Ещё не в данных: обновите после сохранения',
  },
};

function Weak() {
  const { t } = useLang();
  return (
    <span className="weak-tag" title={t(text.weakTitle, { min: MIN_N })}>
      {t(text.weak)}
    </span>
  );
}

/** A stage header's measured figures: partners reached, drop-off with its bar, median time to the next stage. */
export function StageMeasureBlock({ stageId, last }: { stageId: string; last: boolean }) {
  const { t, lang } = useLang();
  const view = useMeasured();
  if (!view) return null;
  const m = view.stages.get(stageId);
  if (!m) return <p className="stage-measure unknown">{t(text.unknown)}</p>;
  if (m.neverReached) {
    return (
      <p className="stage-measure never" role="note" title={t(text.neverTitle)}>
        ⚑ {t(text.never)}
      </p>
    );
  }
  return (
    <dl className={`stage-measure ${m.weak ? 'weak' : ''}`} data-measure-stage={stageId}>
      <div className="measure-row">
        <dt>{t(text.reached)}</dt>
        <dd>
          <strong>{integer(m.reached, lang)}</strong>
          <span className="n">{t(text.quitOf, { quit: integer(m.quit, lang) })}</span>
          {m.weak && <Weak />}
        </dd>
      </div>
      <div className="measure-row drop">
        <dt>{t(text.dropOff)}</dt>
        <dd title={t(text.dropTitle)}>
          <strong className="drop-rate">{percent(m.dropOff, lang)}</strong>
          <span className="drop-bar" aria-hidden="true">
            <span style={{ width: `${Math.round(m.dropOff * 100)}%` }} />
          </span>
          <span className="n">n = {integer(m.reached, lang)}</span>
        </dd>
      </div>
      {!last && (
        <div className="measure-row time">
          <dt>{t(text.next)}</dt>
          {m.next ? (
            <dd title={t(text.nextTitle, { n: m.next.n })}>
              <strong className="median">
                {t(text.median, { time: duration(m.next.medianSeconds, lang) })}
              </strong>
              <span className="n">n = {integer(m.next.n, lang)}</span>
              {m.next.weak && <Weak />}
            </dd>
          ) : (
            <dd className="muted">{t(text.noNext)}</dd>
          )}
        </div>
      )}
    </dl>
  );
}
