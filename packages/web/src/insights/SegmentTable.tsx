import type { Lang } from '@tropa/core';
import type { SegmentTest } from '../api/report.ts';
import { useLang } from '../i18n/lang.tsx';
import { duration, integer, percent, pValue } from './format.ts';
import { SEGMENT_COLOURS } from './SegmentReachChart.tsx';
import { isMarked, type SegmentRow } from './segmentRows.ts';

const text = {
  segment: { en: 'Segment', ru: 'Сегмент' },
  cases: { en: 'Partners', ru: 'Партнёров' },
  quit: { en: 'Quit', ru: 'Ушли' },
  medians: { en: 'Median time between stages', ru: 'Медиана времени между этапами' },
  weak: { en: 'n < {min}: weak', ru: 'n < {min}: ненадёжно' },
  tip: {
    en: '{v} vs {r} for the rest; n = {n}; {p}, {q} ({test})',
    ru: '{v} против {r} у остальных; n = {n}; {p}, {q} ({test})',
  },
};

/** Per segment: partners, quit rate and the median time of each stage pair, ★ where q < 0.05. */
export function SegmentTable(props: {
  rows: SegmentRow[];
  names: Map<string, string>;
  label: (segment: string) => string;
  testName: (test: string) => string;
  minN: number;
  lang: Lang;
}) {
  const { rows, names, label, testName, minN, lang } = props;
  const { t } = useLang();
  const tip = (test: SegmentTest | undefined, show: (v: number) => string) =>
    test
      ? t(text.tip, {
          v: show(test.value),
          r: show(test.rest),
          n: integer(test.n, lang),
          p: pValue(test.p, lang),
          q: pValue(test.q, lang, 'q'),
          test: testName(test.test),
        })
      : undefined;
  const star = (test: SegmentTest | undefined) => (isMarked(test) ? <span className="star">★</span> : null);
  const pairs = rows[0]?.times ?? [];
  return (
    <div className="chart-scroll">
      <table className="segment-table">
        <thead>
          <tr>
            <th rowSpan={2}>{t(text.segment)}</th>
            <th rowSpan={2}>{t(text.cases)}</th>
            <th rowSpan={2}>{t(text.quit)}</th>
            <th colSpan={pairs.length}>{t(text.medians)}</th>
          </tr>
          <tr>
            {pairs.map((p) => (
              <th
                key={p.to}
                className="pair"
                title={`${names.get(p.from) ?? p.from} → ${names.get(p.to) ?? p.to}`}
              >
                → {names.get(p.to) ?? p.to}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, k) => (
            <tr key={row.segment} className={row.weak ? 'weak' : ''} data-segment={row.segment}>
              <th scope="row">
                <span
                  className="swatch"
                  style={{ background: row.weak ? '#a3a9b7' : SEGMENT_COLOURS[k % SEGMENT_COLOURS.length] }}
                />
                {label(row.segment)}
                {row.weak && <span className="weak-mark">{t(text.weak, { min: minN })}</span>}
              </th>
              <td>{integer(row.cases, lang)}</td>
              <td title={tip(row.quit.test, (v) => percent(v, lang))}>
                {percent(row.quit.share, lang)}
                {star(row.quit.test)}
              </td>
              {row.times.map((p) => (
                <td key={p.to} title={tip(p.test, (v) => duration(v, lang))}>
                  {p.seconds === null ? '—' : duration(p.seconds, lang)}
                  {star(p.test)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
