import type { Journey } from '@tropa/core';
import { useEffect } from 'react';
import { useLang } from '../i18n/lang.tsx';
import type { GridActions } from './MapGrid.tsx';
import { MapGrid } from './MapGrid.tsx';

const text = {
  exit: { en: 'Exit presentation (Esc)', ru: 'Выйти из показа (Esc)' },
};

/** The map alone on the screen, read-only, for a meeting; Esc or the button leaves. */
export function Presentation({
  journey,
  actions,
  onExit,
}: {
  journey: Journey;
  actions: GridActions;
  onExit(): void;
}) {
  const { t } = useLang();
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onExit();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onExit]);
  return (
    <div className="presentation" role="dialog" aria-modal="true" aria-label={journey.title}>
      <header>
        <h1>{journey.title}</h1>
        <button type="button" onClick={onExit}>
          {t(text.exit)}
        </button>
      </header>
      <div className="grid-scroll">
        <MapGrid journey={journey} readOnly actions={actions} />
      </div>
    </div>
  );
}
