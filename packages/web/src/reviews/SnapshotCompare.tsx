import type { Journey } from '@tropa/core';
import { useEffect, useState } from 'react';
import { useLang } from '../i18n/lang.tsx';
import { reviewsText as text } from './reviewsText.ts';
import type { Comparison, Snapshot } from './useSnapshots.ts';

const number = (v: number | undefined | null, lang: string) =>
  v === undefined || v === null ? '—' : v.toLocaleString(lang, { maximumFractionDigits: 2 });

/** Two snapshots side by side: each KPI's value before and after, and the change, coloured by its direction. */
export function SnapshotCompare({
  journey,
  snapshots,
  compare,
}: {
  journey: Journey;
  snapshots: Snapshot[];
  compare(from: string, to: string): Promise<Comparison>;
}) {
  const { t, lang } = useLang();
  // Snapshots come newest first: compare the one before the latest with the latest.
  const [from, setFrom] = useState(snapshots[1]?.id ?? '');
  const [to, setTo] = useState(snapshots[0]?.id ?? '');
  const [result, setResult] = useState<Comparison>();
  const [error, setError] = useState<string>();

  useEffect(() => {
    if (!from || !to) return;
    compare(from, to)
      .then((r) => {
        setResult(r);
        setError(undefined);
      })
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, [compare, from, to]);

  const label = (s: Snapshot) => `${s.date} · ${s.dataset.name}`;
  const kpiName = (id: string) => journey.kpis.find((k) => k.id === id)?.name ?? id;

  return (
    <section className="insight-card snapshot-compare" aria-label={t(text.compare)}>
      <h2>{t(text.compare)}</h2>
      {snapshots.length < 2 ? (
        <p className="muted">{t(text.needTwo)}</p>
      ) : (
        <>
          <div className="compare-pick">
            <label>
              {t(text.from)}
              <select value={from} onChange={(e) => setFrom(e.target.value)}>
                {snapshots.map((s) => (
                  <option key={s.id} value={s.id}>
                    {label(s)}
                  </option>
                ))}
              </select>
            </label>
            <span className="arrow">→</span>
            <label>
              {t(text.to)}
              <select value={to} onChange={(e) => setTo(e.target.value)}>
                {snapshots.map((s) => (
                  <option key={s.id} value={s.id}>
                    {label(s)}
                  </option>
                ))}
              </select>
            </label>
          </div>
          {error && <p className="form-error">{error}</p>}
          {result && (
            <table className="compare-table">
              <thead>
                <tr>
                  <th>{t(text.kpi)}</th>
                  <th className="num">{result.from.date}</th>
                  <th className="num">{result.to.date}</th>
                  <th className="num">{t(text.delta)}</th>
                </tr>
              </thead>
              <tbody>
                {result.kpis.map((k) => (
                  <tr key={k.kpi}>
                    <td>{kpiName(k.kpi)}</td>
                    <td className="num">{number(k.from?.value, lang)}</td>
                    <td className="num">{number(k.to?.value, lang)}</td>
                    <td
                      className={`num delta ${k.improved === null ? 'flat' : k.improved ? 'better' : 'worse'}`}
                    >
                      {k.delta === null ? '—' : `${k.delta > 0 ? '+' : ''}${number(k.delta, lang)}`}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </section>
  );
}
