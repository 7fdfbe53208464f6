import { format, type Lang, type Localized } from '@tropa/core';
import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from 'react';
import { setApiLanguage } from '../api/client.ts';

const STORAGE_KEY = 'tropa.lang';

/** The UI language: the one chosen before, else Russian when the browser asks for it, else English. */
export function initialLang(stored: string | null, browser: readonly string[]): Lang {
  if (stored === 'ru' || stored === 'en') return stored;
  const first = browser[0]?.toLowerCase() ?? '';
  return first.startsWith('ru') ? 'ru' : 'en';
}

interface LangState {
  lang: Lang;
  setLang(lang: Lang): void;
  /** The text in the UI language, with `{name}` placeholders filled in. */
  t(text: Localized, params?: Record<string, string | number>): string;
}

const LangContext = createContext<LangState | undefined>(undefined);

export function LangProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(() =>
    initialLang(localStorage.getItem(STORAGE_KEY), navigator.languages ?? [navigator.language]),
  );
  setApiLanguage(lang);
  document.documentElement.lang = lang;
  const setLang = useCallback((next: Lang) => {
    localStorage.setItem(STORAGE_KEY, next);
    setLangState(next);
  }, []);
  const t = useCallback(
    (text: Localized, params: Record<string, string | number> = {}) => format(text, lang, params),
    [lang],
  );
  const value = useMemo(() => ({ lang, setLang, t }), [lang, setLang, t]);
  return <LangContext.Provider value={value}>{children}</LangContext.Provider>;
}

export function useLang(): LangState {
  const state = useContext(LangContext);
  if (!state) throw new Error('useLang outside LangProvider');
  return state;
}
