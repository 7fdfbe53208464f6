import { useLang } from '../../i18n/lang.tsx';

const text = {
  data: { en: 'Data', ru: 'Данные' },
  title: {
    en: 'Show what the data measured over the map: drop-off, times, emotions, KPIs',
    ru: 'Показать поверх карты, что намерено по данным: уход, время, эмоции, KPI',
  },
};

/** The toolbar's switch of the measured layer. */
export function DataToggle({ on, onToggle }: { on: boolean; onToggle(): void }) {
  const { t } = useLang();
  return (
    <button type="button" className="data-toggle" aria-pressed={on} title={t(text.title)} onClick={onToggle}>
      {on ? '◉' : '○'} {t(text.data)}
    </button>
  );
}
