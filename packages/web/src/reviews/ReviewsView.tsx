import type { Journey } from '@tropa/core';
import { type FormEvent, useState } from 'react';
import type { useEditor } from '../editor/useEditor.ts';
import { useLang } from '../i18n/lang.tsx';
import { ReviewPolicyCard } from './ReviewPolicyCard.tsx';
import { reviewsText as text } from './reviewsText.ts';
import { SnapshotCompare } from './SnapshotCompare.tsx';
import { useSnapshots } from './useSnapshots.ts';

/** Reviews of a map: its policy and due date, its snapshots, a new snapshot, and two compared. */
export function ReviewsView({
  workspaceId,
  mapId,
  journey,
  editor,
  readOnly,
}: {
  workspaceId: string;
  mapId: string;
  journey: Journey;
  editor: ReturnType<typeof useEditor>;
  readOnly: boolean;
}) {
  const { t } = useLang();
  const reviews = useSnapshots(workspaceId, mapId);
  const [dataset, setDataset] = useState('');
  const [notes, setNotes] = useState('');
  const chosen = dataset || reviews.datasets[0]?.id || '';

  function take(e: FormEvent) {
    e.preventDefault();
    if (!chosen) return;
    void reviews.create(chosen, notes.trim()).then(() => setNotes(''));
  }

  return (
    <div className="reviews-view">
      <div className="reviews-side">
        <ReviewPolicyCard
          journey={journey}
          latestSnapshot={reviews.snapshots?.[0]?.date}
          editor={editor}
          readOnly={readOnly}
        />
        <section className="insight-card take-snapshot" aria-label={t(text.take)}>
          <h2>{t(text.take)}</h2>
          {reviews.datasets.length === 0 ? (
            <p className="muted">{t(text.noDataset)}</p>
          ) : (
            <form onSubmit={take}>
              <label>
                {t(text.dataset)}
                <select value={chosen} onChange={(e) => setDataset(e.target.value)}>
                  {reviews.datasets.map((d) => (
                    <option key={d.id} value={d.id}>
                      {d.name}
                    </option>
                  ))}
                </select>
              </label>
              <label>
                {t(text.notes)}
                <textarea
                  value={notes}
                  rows={2}
                  maxLength={5000}
                  onChange={(e) => setNotes(e.target.value)}
                />
              </label>
              <button type="submit" className="primary" disabled={reviews.busy}>
                {reviews.busy ? t(text.taking) : t(text.take)}
              </button>
            </form>
          )}
          {reviews.error && <p className="form-error">{reviews.error}</p>}
        </section>
      </div>
      <div className="reviews-main">
        <section className="insight-card snapshots" aria-label={t(text.snapshots)}>
          <h2>{t(text.snapshots)}</h2>
          {!reviews.snapshots && <p className="muted">{t(text.loading)}</p>}
          {reviews.snapshots?.length === 0 && <p className="muted">{t(text.noSnapshots)}</p>}
          {reviews.snapshots && reviews.snapshots.length > 0 && (
            <ul className="snapshot-list">
              {reviews.snapshots.map((s) => (
                <li key={s.id} className="snapshot-item">
                  <strong>{s.date}</strong>
                  <span>{s.dataset.name}</span>
                  <span className="muted">{t(text.version, { v: s.mapVersion })}</span>
                  <span className="muted">{t(text.kpiCount, { n: s.kpis.length })}</span>
                  {s.notes && <p className="notes">{s.notes}</p>}
                </li>
              ))}
            </ul>
          )}
        </section>
        {reviews.snapshots && (
          <SnapshotCompare
            key={reviews.snapshots.map((s) => s.id).join()}
            journey={journey}
            snapshots={reviews.snapshots}
            compare={reviews.compare}
          />
        )}
      </div>
    </div>
  );
}
