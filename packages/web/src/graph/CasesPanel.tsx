import { useState } from 'react';
import { useLang } from '../i18n/lang.tsx';
import { duration, integer, percent } from '../insights/format.ts';
import type { GraphModel } from './graphModel.ts';
import { END, type GraphSelection, START } from './graphReport.ts';
import { PathChips } from './PathChips.tsx';
import { CASES_PER_PAGE, useCases } from './useCases.ts';

const text = {
  close: { en: 'Close', ru: 'Закрыть' },
  start: { en: 'Start', ru: 'Начало' },
  end: { en: 'End', ru: 'Конец' },
  events: { en: 'Events', ru: 'События' },
  partners: { en: 'Partners', ru: 'Партнёры' },
  transitions: { en: 'Transitions', ru: 'Переходы' },
  median: { en: 'Median time', ru: 'Медиана времени' },
  mean: { en: 'Mean time', ru: 'Среднее время' },
  p90: { en: '90% within', ru: '90% быстрее' },
  share: { en: 'Of the steps out', ru: 'Доля выходов' },
  forward: { en: 'A step forward in the journey', ru: 'Шаг вперёд по пути' },
  within: { en: 'A step inside one stage', ru: 'Шаг внутри этапа' },
  back: { en: 'Back to an earlier stage: rework', ru: 'Возврат на прошлый этап: переделка' },
  loop: { en: 'The same touchpoint again', ru: 'Та же точка контакта снова' },
  cases: { en: 'Cases', ru: 'Случаи' },
  total: { en: '{n} partners passed here', ru: 'Здесь прошли партнёров: {n}' },
  loading: { en: 'Loading the cases…', ru: 'Загружаю случаи…' },
  failed: { en: 'Cases could not be loaded: {message}', ru: 'Не удалось загрузить случаи: {message}' },
  none: {
    en: 'Cases are listed for touchpoints and the paths between them.',
    ru: 'Случаи показываются для точек контакта и переходов между ними.',
  },
  times: { en: '×{n} here', ru: '×{n} здесь' },
  range: { en: '{from}–{to} of {total}', ru: '{from}–{to} из {total}' },
  previous: { en: '← Previous', ru: '← Назад' },
  next: { en: 'Next →', ru: 'Дальше →' },
};

/** The selected node's or edge's figures from the report, and a page of the cases behind them (keyed by the selection). */
export function CasesPanel(props: {
  workspaceId: string;
  mapId: string;
  datasetId: string;
  model: GraphModel;
  selection: GraphSelection;
  onClose(): void;
}) {
  const { model, selection } = props;
  const { t, lang } = useLang();
  const [offset, setOffset] = useState(0);
  const state = useCases(props.workspaceId, props.mapId, props.datasetId, selection, offset);
  const names = new Map(model.nodes.map((n) => [n.id, n.name]));
  const nameOf = (id: string) =>
    id === START ? t(text.start) : id === END ? t(text.end) : (names.get(id) ?? id);
  const figures: [string, string][] = [];
  let title: string;
  let kind: string | undefined;
  if (selection.kind === 'node') {
    const node = model.nodes.find((n) => n.id === selection.id);
    title = nameOf(selection.id);
    figures.push([t(text.events), integer(node?.events ?? 0, lang)]);
    if (node?.kind === 'touchpoint') figures.push([t(text.partners), integer(node.cases, lang)]);
  } else {
    const edge = model.edges.find((e) => e.from === selection.from && e.to === selection.to);
    title = `${nameOf(selection.from)} → ${nameOf(selection.to)}`;
    const source = model.nodes.find((n) => n.id === selection.from);
    const marker = selection.from === START || selection.to === END;
    kind = edge && !marker ? t(text[edge.kind]) : undefined;
    figures.push([t(text.transitions), integer(edge?.count ?? 0, lang)]);
    if (edge && source && source.events > 0)
      figures.push([t(text.share), percent(edge.count / source.events, lang)]);
    if (edge?.medianSeconds != null) figures.push([t(text.median), duration(edge.medianSeconds, lang)]);
    if (edge?.meanSeconds != null) figures.push([t(text.mean), duration(edge.meanSeconds, lang)]);
    if (edge?.p90Seconds != null) figures.push([t(text.p90), duration(edge.p90Seconds, lang)]);
  }
  const date = (iso: string) => new Date(iso).toLocaleDateString(lang);
  return (
    <aside className="side-panel graph-cases" aria-label={title}>
      <header>
        <h3>{title}</h3>
        <button type="button" className="ghost" onClick={props.onClose} aria-label={t(text.close)}>
          ✕
        </button>
      </header>
      {kind && <p className="muted edge-kind">{kind}</p>}
      <dl className="graph-figures">
        {figures.map(([name, value]) => (
          <div key={name}>
            <dt>{name}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <h2>{t(text.cases)}</h2>
      {state.status === 'none' && <p className="muted">{t(text.none)}</p>}
      {state.status === 'loading' && <p className="muted">{t(text.loading)}</p>}
      {state.status === 'error' && <p className="form-error">{t(text.failed, { message: state.message })}</p>}
      {state.status === 'ready' && (
        <>
          <p className="cases-total">{t(text.total, { n: integer(state.page.total, lang) })}</p>
          <ol className="case-list">
            {state.page.cases.map((c) => (
              <li key={c.caseId} className="case-item">
                <div className="case-line">
                  <strong>{c.caseId}</strong>
                  <span className="muted">
                    {date(c.firstAt)} – {date(c.lastAt)}
                  </span>
                  {c.occurrences > 1 && (
                    <span className="case-times">{t(text.times, { n: c.occurrences })}</span>
                  )}
                </div>
                <PathChips path={c.path} names={names} selection={selection} />
              </li>
            ))}
          </ol>
          {state.page.total > CASES_PER_PAGE && (
            <div className="case-paging">
              <button
                type="button"
                disabled={offset === 0}
                onClick={() => setOffset(Math.max(0, offset - CASES_PER_PAGE))}
              >
                {t(text.previous)}
              </button>
              <span className="muted">
                {t(text.range, {
                  from: offset + 1,
                  to: Math.min(offset + state.page.cases.length, state.page.total),
                  total: state.page.total,
                })}
              </span>
              <button
                type="button"
                disabled={offset + CASES_PER_PAGE >= state.page.total}
                onClick={() => setOffset(offset + CASES_PER_PAGE)}
              >
                {t(text.next)}
              </button>
            </div>
          )}
        </>
      )}
    </aside>
  );
}
