import { useEffect, useState } from 'react';
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

/** The section under the sticky bars: the last one whose top has scrolled above the reading line. */
function useCurrentSection(): string {
  const [current, setCurrent] = useState<string>(SECTIONS[0].id);
  useEffect(() => {
    const update = () => {
      let last: string = SECTIONS[0].id;
      for (const s of SECTIONS) {
        const top = document.getElementById(s.id)?.getBoundingClientRect().top;
        if (top !== undefined && top < 160) last = s.id;
      }
      setCurrent(last);
    };
    update();
    window.addEventListener('scroll', update, { passive: true });
    return () => window.removeEventListener('scroll', update);
  }, []);
  return current;
}

/** The sticky list of the report's sections, the one being read marked; a click scrolls to it. */
export function SectionNav() {
  const { t } = useLang();
  const current = useCurrentSection();
  return (
    <nav className="section-nav" aria-label={t(text.nav)}>
      {SECTIONS.map((s) => (
        <a
          key={s.id}
          href={`#${s.id}`}
          className={current === s.id ? 'current' : undefined}
          aria-current={current === s.id ? 'location' : undefined}
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
