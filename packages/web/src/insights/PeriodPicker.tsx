import { useLang } from '../i18n/lang.tsx';

const text = {
  period: { en: 'Period', ru: 'Период' },
  whole: { en: 'whole data', ru: 'все данные' },
  half: { en: '{h} half of {y}', ru: '{h} полугодие {y}' },
  first: { en: '1st', ru: '1-е' },
  second: { en: '2nd', ru: '2-е' },
};

/** Whole data or one of the half-years the data covers (`2025-H2`), as the analytics route takes them. */
export function PeriodPicker(props: {
  periods: string[];
  value: string | undefined;
  onChange(p: string | undefined): void;
}) {
  const { t } = useLang();
  const name = (key: string) => {
    const [year, half] = key.split('-H');
    return t(text.half, { h: t(half === '1' ? text.first : text.second), y: year ?? key });
  };
  return (
    <label className="period-pick">
      {t(text.period)}
      <select value={props.value ?? ''} onChange={(e) => props.onChange(e.target.value || undefined)}>
        <option value="">{t(text.whole)}</option>
        {props.periods.map((p) => (
          <option key={p} value={p}>
            {name(p)}
          </option>
        ))}
      </select>
    </label>
  );
}
