import { useLang } from '../i18n/lang.tsx';

const text = {
  export: { en: 'Export', ru: 'Экспорт' },
  yaml: { en: 'YAML document', ru: 'Документ YAML' },
  json: { en: 'JSON document', ru: 'Документ JSON' },
  csv: { en: 'Cards as CSV', ru: 'Карточки в CSV' },
  png: { en: 'Picture (PNG)', ru: 'Картинка (PNG)' },
  pdf: { en: 'PDF for print', ru: 'PDF для печати' },
  html: { en: 'Web page (HTML)', ru: 'Веб-страница (HTML)' },
};

const FORMATS = ['yaml', 'json', 'csv', 'png', 'pdf', 'html'] as const;

/** Downloads of the saved map in every format the server exports (PNG and PDF drawn by its Chromium). */
export function ExportMenu({ mapUrl }: { mapUrl: string }) {
  const { t } = useLang();
  return (
    <details className="menu">
      <summary className="button-link">{t(text.export)}</summary>
      <ul className="menu-list">
        {FORMATS.map((format) => (
          <li key={format}>
            <a href={`${mapUrl}/export?format=${format}`} download>
              {t(text[format])}
            </a>
          </li>
        ))}
      </ul>
    </details>
  );
}
