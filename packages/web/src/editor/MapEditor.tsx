import type { User } from '../api/types.ts';
import { type MapView, navigate } from '../app/router.ts';
import { useLang } from '../i18n/lang.tsx';
import { TopBar } from '../ui/TopBar.tsx';
import { EditorScreen } from './EditorScreen.tsx';
import { useMapDocument } from './useMapDocument.ts';

const text = {
  loading: { en: 'Opening the map…', ru: 'Открываю карту…' },
  back: { en: '← All maps', ru: '← Все карты' },
};

/** The map editor page: loads the map, then the editor works on the version it read. */
export function MapEditor({
  workspaceId,
  mapId,
  view,
  user,
  onSignOut,
}: {
  workspaceId: string;
  mapId: string;
  view: MapView;
  user: User;
  onSignOut(): void;
}) {
  const { t } = useLang();
  const { loaded, error, reload } = useMapDocument(workspaceId, mapId);
  return (
    <div className="page editor-page">
      <TopBar user={user} onSignOut={onSignOut}>
        <a
          href={`/w/${workspaceId}`}
          className="back"
          onClick={(e) => {
            e.preventDefault();
            navigate(`/w/${workspaceId}`);
          }}
        >
          {t(text.back)}
        </a>
      </TopBar>
      {error && <p className="form-error page-error">{error}</p>}
      {!loaded && !error && <p className="muted page-error">{t(text.loading)}</p>}
      {loaded && (
        // A restored version is a new starting point: history and autosave begin again from it.
        <EditorScreen
          key={`${mapId}:${loaded.answer.version.version}`}
          workspaceId={workspaceId}
          view={view}
          loaded={loaded}
          onReload={reload}
        />
      )}
    </div>
  );
}
