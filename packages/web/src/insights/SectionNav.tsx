import { useLang } from '../i18n/lang.tsx';

export const SECTIONS = [
  { id: 'funnel', label: { en: 'Funnel', ru: 'Воронка' } },
  { id: 'times', label: { en: 'Times', ru: 'Время' } },
  { id: 'channels', label: { en: 'Channels', ru: 'Каналы' } },
  { id: 'segments', label: { en: 'Segments', ru: 'Сегменты' } },
  { id: 'kpis', label: { en: 'KPIs', ru: 'KPI' } },
  { id: 'feedback', label: { en: 'Feedback', ru: 'Отзывы' } },
] as const;

const text = { nav: { en: 'Report sections', ru: 'Разделы отчёта' } };

/** The sticky list of the report's sections; a click scrolls to the section (the URL keeps its path). */
export function SectionNav() {
  const { t } = useLang();
  return (
    <nav className="section-nav" aria-label={t(text.nav)}>
      {SECTIONS.map((s) => (
        <a
          key={s.id}
          href={`#${s.id}`}
          onClick={(e) => {
            e.preventDefault();
            document.getElementById(s.id)?.scrollIntoView({ behavior: 'smooth', block: 'start' });
          }}
        >
          {t(s.label)}
        </a>
      ))}
    </nav>
  );
}
