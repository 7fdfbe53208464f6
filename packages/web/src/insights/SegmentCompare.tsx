import type { Lang } from '@tropa/core';
import { useState } from 'react';
import { useLang } from '../i18n/lang.tsx';
import { integer, MIN_N } from './format.ts';
import { Section } from './Section.tsx';
import { SegmentReachChart } from './SegmentReachChart.tsx';
import { SegmentTable } from './SegmentTable.tsx';
import { attributeName, segmentValueName } from './segmentLabels.ts';
import { isMarked, segmentAttributes, segmentRows } from './segmentRows.ts';
import { useSegmentReport } from './useSegmentReport.ts';

const text = {
  title: { en: 'Segment comparison', ru: 'Сравнение сегментов' },
  by: { en: 'Compare by', ru: 'Сравнить по' },
  none: { en: 'no segmentation', ru: 'без сегментации' },
  pick: {
    en: 'Pick an attribute to compare its segments: reach of each stage, quit rate and stage times, each segment against the rest.',
    ru: 'Выберите атрибут, чтобы сравнить его сегменты: доходимость до этапов, отток и время этапов — каждый сегмент против остальных.',
  },
  noAttributes: {
    en: 'This dataset has no case attributes to segment by (such as age_group, role or segment): add such columns to the events.',
    ru: 'В наборе данных нет атрибутов для сегментации (например, age_group, role или segment): добавьте такие столбцы в события.',
  },
  absent: { en: 'The data has no values of “{a}”.', ru: 'В данных нет значений «{a}».' },
  loading: { en: 'Computing the segments…', ru: 'Считаю сегменты…' },
  method: {
    en: 'Each segment against the rest: reach and quit by a two-proportion z-test, stage times by a Mann–Whitney U test; q is p adjusted for {tests} tests (Benjamini–Hochberg). ★ marks q < 0.05.',
    ru: 'Каждый сегмент против остальных: доходимость и отток — z-тест двух долей, время этапов — U-тест Манна — Уитни; q — p с поправкой на {tests} тестов (Бенджамини — Хохберг). ★ — q < 0,05.',
  },
  found: { en: '{k} significant differences (★).', ru: 'Значимых различий: {k} (★).' },
  noneFound: {
    en: 'No significant difference between the segments: none of the {tests} tests has q < 0.05.',
    ru: 'Значимых различий между сегментами нет: ни в одном из {tests} тестов q не оказалось меньше 0,05.',
  },
  z: { en: 'two-proportion z-test', ru: 'z-тест двух долей' },
  u: { en: 'Mann–Whitney U test', ru: 'U-тест Манна — Уитни' },
};

/** The segment picker and, for the chosen attribute, reach by segment, quit rate and stage times with tests. */
export function SegmentCompare(props: {
  analyticsUrl: string;
  attributes: string[] | undefined;
  stages: string[];
  names: Map<string, string>;
  lang: Lang;
}) {
  const { t } = useLang();
  const [attribute, setAttribute] = useState<string>();
  const attributes = segmentAttributes(props.attributes);
  const state = useSegmentReport(props.analyticsUrl, attribute);
  const label = (segment: string) => segmentValueName(segment, t);
  const testName = (test: string) => t(test === 'mann-whitney-u' ? text.u : text.z);
  const picker = (
    <label className="segment-pick">
      {t(text.by)}
      <select value={attribute ?? ''} onChange={(e) => setAttribute(e.target.value || undefined)}>
        <option value="">{t(text.none)}</option>
        {attributes.map((a) => (
          <option key={a} value={a}>
            {attributeName(a, t)}
          </option>
        ))}
      </select>
    </label>
  );
  const rows =
    state.status === 'ready' && state.breakdown ? segmentRows(state.breakdown, props.stages, MIN_N) : [];
  const tests = state.status === 'ready' ? (state.breakdown?.tests ?? []) : [];
  const marked = tests.filter((x) => isMarked(x)).length;
  return (
    <Section id="segments" title={t(text.title)} aside={attributes.length > 0 ? picker : undefined}>
      {attributes.length === 0 && <p className="empty">{t(text.noAttributes)}</p>}
      {attributes.length > 0 && state.status === 'none' && <p className="muted">{t(text.pick)}</p>}
      {state.status === 'loading' && <p className="loading">{t(text.loading)}</p>}
      {state.status === 'error' && <p className="form-error">{state.message}</p>}
      {state.status === 'ready' && rows.length === 0 && (
        <p className="empty">{t(text.absent, { a: attributeName(attribute ?? '', t) })}</p>
      )}
      {rows.length > 0 && (
        <div className="segment-compare" data-attribute={attribute}>
          <p className={`test-summary ${marked > 0 ? 'found' : 'none'}`}>
            {marked > 0
              ? t(text.found, { k: integer(marked, props.lang) })
              : t(text.noneFound, { tests: integer(tests.length, props.lang) })}
          </p>
          <SegmentReachChart
            rows={rows}
            names={props.names}
            label={label}
            testName={testName}
            lang={props.lang}
          />
          <SegmentTable
            rows={rows}
            names={props.names}
            label={label}
            testName={testName}
            minN={MIN_N}
            lang={props.lang}
          />
          <p className="muted footnote">{t(text.method, { tests: integer(tests.length, props.lang) })}</p>
        </div>
      )}
    </Section>
  );
}
