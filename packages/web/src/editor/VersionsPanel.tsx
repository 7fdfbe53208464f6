import { formatDiff, type JourneyDiff } from '@tropa/core';
import { useEffect, useState } from 'react';
import { ApiFailure, api } from '../api/client.ts';
import type { VersionInfo } from '../api/types.ts';
import { useLang } from '../i18n/lang.tsx';

const text = {
  title: { en: 'Version history', ru: 'История версий' },
  close: { en: 'Close', ru: 'Закрыть' },
  compare: { en: 'Changes since', ru: 'Что изменилось с неё' },
  restore: { en: 'Restore', ru: 'Восстановить' },
  restored: { en: 'restored from v{n}', ru: 'восстановлена из v{n}' },
  same: { en: 'No changes.', ru: 'Изменений нет.' },
};

/** Every saved version (who, when, why); compare one with the latest, or restore it as a new version. */
export function VersionsPanel({
  url,
  current,
  onClose,
  onRestored,
}: {
  url: string;
  current: number | undefined;
  onClose(): void;
  onRestored(): Promise<void>;
}) {
  const { t, lang } = useLang();
  const [versions, setVersions] = useState<VersionInfo[]>();
  const [diff, setDiff] = useState<{ from: number; text: string }>();
  const [error, setError] = useState<string>();

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new saved version (`current`) refreshes the list
  useEffect(() => {
    api<{ versions: VersionInfo[] }>(`${url}/versions`)
      .then(({ data }) => setVersions(data.versions))
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, [url, current]);

  const head = versions?.reduce((max, v) => Math.max(max, v.version), 0) ?? 0;

  async function compare(from: number) {
    const { data } = await api<{ diff: JourneyDiff }>(`${url}/diff?from=${from}&to=${head}`);
    setDiff({ from, text: formatDiff(data.diff, lang).trim() || t(text.same) });
  }

  async function restore(version: number) {
    try {
      await api(`${url}/versions/${version}/restore`, {
        method: 'POST',
        headers: { 'if-match': `"v${head}"` },
        body: {},
      });
      await onRestored();
    } catch (failure) {
      setError(failure instanceof ApiFailure ? failure.message : String(failure));
    }
  }

  return (
    <aside className="side-panel" aria-label={t(text.title)}>
      <header>
        <h2>{t(text.title)}</h2>
        <button type="button" className="ghost" onClick={onClose} aria-label={t(text.close)}>
          ×
        </button>
      </header>
      {error && <p className="form-error">{error}</p>}
      <ol className="versions">
        {versions?.map((v) => (
          <li key={v.version} className={v.version === head ? 'head' : ''}>
            <div className="version-line">
              <strong>v{v.version}</strong>
              <span className="muted">{new Date(v.createdAt).toLocaleString(lang)}</span>
            </div>
            <div className="version-who">
              {v.author.name}
              {v.message && <> · {v.message}</>}
              {v.restoredFrom !== null && <> · {t(text.restored, { n: v.restoredFrom })}</>}
            </div>
            {v.version !== head && (
              <div className="version-actions">
                <button type="button" onClick={() => compare(v.version)}>
                  {t(text.compare)}
                </button>
                <button type="button" onClick={() => restore(v.version)}>
                  {t(text.restore)}
                </button>
              </div>
            )}
            {diff?.from === v.version && <pre className="diff">{diff.text}</pre>}
          </li>
        ))}
      </ol>
    </aside>
  );
}
