import { IMPROVEMENT_STATUSES, type Improvement, type Journey } from '@tropa/core';
import { useState } from 'react';
import { useLang } from '../i18n/lang.tsx';
import { kpiNameOf, painsOf } from './improvementLinks.ts';
import { type ImprovementStatus, planText, statusText } from './planText.ts';

/** The improvements in one column per status; a card moves by drag and drop or by its status menu. */
export function PlanBoard({
  journey,
  readOnly,
  onMove,
  onEdit,
}: {
  journey: Journey;
  readOnly: boolean;
  onMove(id: string, status: ImprovementStatus): void;
  onEdit(improvement: Improvement): void;
}) {
  const { t } = useLang();
  const [over, setOver] = useState<ImprovementStatus>();
  return (
    <div className="plan-board">
      {IMPROVEMENT_STATUSES.map((status) => {
        const items = journey.improvements.filter((i) => i.status === status);
        return (
          <section
            key={status}
            className={`plan-column status-${status}${over === status ? ' drop-target' : ''}`}
            data-status={status}
            aria-label={t(statusText[status])}
            onDragOver={(e) => {
              if (readOnly) return;
              e.preventDefault();
              setOver(status);
            }}
            onDragLeave={() => setOver(undefined)}
            onDrop={(e) => {
              e.preventDefault();
              setOver(undefined);
              const id = e.dataTransfer.getData('text/x-improvement');
              if (id) onMove(id, status);
            }}
          >
            <h3>
              {t(statusText[status])} <span className="count">{items.length}</span>
            </h3>
            {items.length === 0 && <p className="muted empty">{t(planText.empty)}</p>}
            {items.map((imp) => (
              <ImprovementCard
                key={imp.id}
                journey={journey}
                improvement={imp}
                readOnly={readOnly}
                onMove={onMove}
                onEdit={onEdit}
              />
            ))}
          </section>
        );
      })}
    </div>
  );
}

function ImprovementCard({
  journey,
  improvement,
  readOnly,
  onMove,
  onEdit,
}: {
  journey: Journey;
  improvement: Improvement;
  readOnly: boolean;
  onMove(id: string, status: ImprovementStatus): void;
  onEdit(improvement: Improvement): void;
}) {
  const { t } = useLang();
  const pains = painsOf(journey, improvement);
  const kpi = kpiNameOf(journey, improvement);
  return (
    <article
      className="improvement-card"
      data-improvement={improvement.id}
      draggable={!readOnly}
      onDragStart={(e) => e.dataTransfer.setData('text/x-improvement', improvement.id)}
    >
      <h4>{improvement.title}</h4>
      <p className="meta">
        {improvement.owner && <span className="owner">{improvement.owner}</span>}
        {(improvement.value !== undefined || improvement.effort !== undefined) && (
          <span className="scores">
            {t(planText.scores, {
              value: improvement.value ?? t(planText.none),
              effort: improvement.effort ?? t(planText.none),
            })}
          </span>
        )}
        {improvement.dueAt && <span className="due">→ {improvement.dueAt}</span>}
      </p>
      {pains.length > 0 && (
        <div className="addresses">
          <span className="label">{t(planText.addresses)}</span>
          <ul>
            {pains.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}
      {kpi && (
        <p className="kpi">
          <span className="label">{t(planText.kpi)}</span> {kpi}
        </p>
      )}
      {!readOnly && (
        <div className="card-actions">
          <select
            aria-label={t(planText.status)}
            value={improvement.status}
            onChange={(e) => onMove(improvement.id, e.target.value as ImprovementStatus)}
          >
            {IMPROVEMENT_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(statusText[s])}
              </option>
            ))}
          </select>
          <button type="button" onClick={() => onEdit(improvement)}>
            {t(planText.edit)}
          </button>
        </div>
      )}
    </article>
  );
}
