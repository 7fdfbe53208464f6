import { useState } from 'react';
import { api } from '../api/client.ts';
import type { User, Workspace } from '../api/types.ts';
import { navigate } from '../app/router.ts';
import { useLang } from '../i18n/lang.tsx';
import { TopBar } from '../ui/TopBar.tsx';
import { DatasetList } from './DatasetList.tsx';
import { ImportPanel } from './ImportPanel.tsx';
import { MapList } from './MapList.tsx';
import { NewMapPanel } from './NewMapPanel.tsx';
import { PersonaList, ReviewsDue } from './SideLists.tsx';
import { useWorkspace } from './useWorkspace.ts';

const text = {
  createWorkspace: { en: 'Create your first workspace', ru: 'Создайте первое рабочее пространство' },
  workspaceName: { en: 'Workspace name', ru: 'Название пространства' },
  defaultName: { en: 'My team', ru: 'Моя команда' },
  create: { en: 'Create', ru: 'Создать' },
  loading: { en: 'Loading…', ru: 'Загрузка…' },
  maps: { en: 'Journey maps', ru: 'Карты пути' },
  datasets: { en: 'Datasets', ru: 'Наборы данных' },
};

/** The workspace home: its maps with persona and review status, new map from a template, datasets. */
export function HomePage({
  workspaceId,
  user,
  onSignOut,
}: {
  workspaceId: string | undefined;
  user: User;
  onSignOut(): void;
}) {
  const { t } = useLang();
  const { view, error, reload } = useWorkspace(workspaceId);
  const [name, setName] = useState('');

  async function createWorkspace() {
    const { data } = await api<{ workspace: Workspace }>('/api/workspaces', {
      method: 'POST',
      body: { name: name.trim() || t(text.defaultName) },
    });
    navigate(`/w/${data.workspace.id}`, true);
    await reload();
  }

  const canEdit = view?.current?.role === 'owner' || view?.current?.role === 'editor';
  return (
    <div className="page">
      <TopBar user={user} onSignOut={onSignOut}>
        {view?.current && (
          <select
            className="workspace-pick"
            value={view.current.id}
            aria-label={t(text.workspaceName)}
            onChange={(e) => navigate(`/w/${e.target.value}`)}
          >
            {view.workspaces.map((w) => (
              <option key={w.id} value={w.id}>
                {w.name}
              </option>
            ))}
          </select>
        )}
      </TopBar>
      <main className="home">
        {error && <p className="form-error">{error}</p>}
        {!view && !error && <p className="muted">{t(text.loading)}</p>}
        {view && !view.current && (
          <section className="panel narrow">
            <h1>{t(text.createWorkspace)}</h1>
            <label>
              {t(text.workspaceName)}
              <input
                value={name}
                placeholder={t(text.defaultName)}
                onChange={(e) => setName(e.target.value)}
              />
            </label>
            <button type="button" className="primary" onClick={createWorkspace}>
              {t(text.create)}
            </button>
          </section>
        )}
        {view?.current && (
          <>
            <h1 className="home-title">{view.current.name}</h1>
            <div className="home-grid">
              <section>
                <h2>{t(text.maps)}</h2>
                <MapList workspaceId={view.current.id} maps={view.maps} reviews={view.reviews} />
                <PersonaList personas={view.personas} />
              </section>
              <aside>
                {canEdit && (
                  <NewMapPanel
                    workspaceId={view.current.id}
                    takenSlugs={new Set(view.maps.map((m) => m.slug))}
                  />
                )}
                <ReviewsDue workspaceId={view.current.id} reviews={view.reviews} />
                <h2>{t(text.datasets)}</h2>
                <DatasetList datasets={view.datasets} />
                {canEdit && <ImportPanel workspaceId={view.current.id} onImported={reload} />}
              </aside>
            </div>
          </>
        )}
      </main>
    </div>
  );
}
