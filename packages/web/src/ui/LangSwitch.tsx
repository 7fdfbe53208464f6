import { useLang } from '../i18n/lang.tsx';

/** RU | EN: the UI language, remembered in this browser. */
export function LangSwitch() {
  const { lang, setLang } = useLang();
  return (
    <fieldset className="lang-switch" aria-label="Language / Язык">
      {(['ru', 'en'] as const).map((l) => (
        <button
          key={l}
          type="button"
          className={l === lang ? 'active' : ''}
          aria-pressed={l === lang}
          onClick={() => setLang(l)}
        >
          {l.toUpperCase()}
        </button>
      ))}
    </fieldset>
  );
}
