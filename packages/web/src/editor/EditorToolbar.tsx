import type { Journey } from '@tropa/core';
import type { ReactNode } from 'react';
import { type MapView, navigate } from '../app/router.ts';
import { useLang } from '../i18n/lang.tsx';
import { renameMap } from './commands.ts';
import { ExportMenu } from './ExportMenu.tsx';
import { HISTORY_ACTIONS, nextRedo, nextUndo } from './history.ts';
import { InlineText } from './InlineText.tsx';
import type { SaveState } from './useAutosave.ts';
import type { useEditor } from './useEditor.ts';
import type { LoadedMap } from './useMapDocument.ts';

const text = {
  rename: { en: 'Rename map', ru: 'Переименовать карту' },
  undo: HISTORY_ACTIONS.undo.name,
  redo: HISTORY_ACTIONS.redo.name,
  undoWhat: { en: 'Undo: {what} ({keys})', ru: 'Отменить: {what} ({keys})' },
  redoWhat: { en: 'Redo: {what} ({keys})', ru: 'Повторить: {what} ({keys})' },
  versions: { en: 'History', ru: 'История' },
  insights: { en: 'Insights', ru: 'Аналитика' },
  comments: { en: 'Comments', ru: 'Комментарии' },
  present: { en: 'Present', ru: 'Показ' },
  saved: { en: 'Saved · v{version}', ru: 'Сохранено · v{version}' },
  pending: { en: 'Unsaved changes…', ru: 'Есть несохранённые правки…' },
  saving: { en: 'Saving…', ru: 'Сохраняю…' },
  conflict: { en: 'Not saved: conflict', ru: 'Не сохранено: конфликт' },
  error: { en: 'Not saved: {message}', ru: 'Не сохранено: {message}' },
  generalized: { en: 'Generalized map', ru: 'Обобщённая карта' },
  roles: { en: 'Map or role', ru: 'Карта или роль' },
  views: { en: 'Views of the map', ru: 'Разделы карты' },
  map: { en: 'Map', ru: 'Карта' },
  graph: { en: 'Graph', ru: 'Граф' },
  plan: { en: 'Plan', ru: 'План' },
  reviews: { en: 'Reviews', ru: 'Обзоры' },
  divergence: { en: 'How roles differ', ru: 'Чем отличаются роли' },
};

const VIEWS: readonly MapView[] = ['map', 'graph', 'plan', 'reviews'];

const keysOf = (action: keyof typeof HISTORY_ACTIONS) =>
  HISTORY_ACTIONS[action].shortcuts.map((k) => k.replace('Mod', 'Ctrl')).join(', ');

function saveLabel(save: SaveState, t: ReturnType<typeof useLang>['t']): string {
  switch (save.status) {
    case 'saved':
      return t(text.saved, { version: save.version });
    case 'error':
      return t(text.error, { message: save.message });
    default:
      return t(text[save.status]);
  }
}

/** The map's title, the role switch, undo / redo, the save status and the history button. */
export function EditorToolbar({
  workspaceId,
  loaded,
  journey,
  editor,
  view,
  readOnly,
  save,
  onToggleVersions,
  onToggleComments,
  onPresent,
  onDivergence,
  dataToggle,
}: {
  workspaceId: string;
  loaded: LoadedMap;
  journey: Journey;
  editor: ReturnType<typeof useEditor>;
  view: MapView;
  readOnly: boolean;
  save: SaveState;
  onToggleVersions(): void;
  onToggleComments(): void;
  onPresent(): void;
  /** Opens the table of where the family's role maps differ from the generalized map. */
  onDivergence(): void;
  /** The measured layer's switch (measured/DataToggle.tsx). */
  dataToggle?: ReactNode;
}) {
  const { t } = useLang();
  const undoName = editor.state && nextUndo(editor.state);
  const redoName = editor.state && nextRedo(editor.state);
  const mapPath = `/w/${workspaceId}/maps/${loaded.answer.map.id}`;
  return (
    <div className="toolbar">
      <div className="toolbar-row toolbar-head">
        {readOnly ? (
          <h1 className="map-name">{journey.title}</h1>
        ) : (
          <InlineText
            value={journey.title}
            label={t(text.rename)}
            className="map-name"
            onCommit={(title) => editor.run(renameMap, { title })}
          />
        )}
        {loaded.family.length > 1 && (
          <select
            className="role-switch"
            aria-label={t(text.roles)}
            value={loaded.answer.map.id}
            onChange={(e) => navigate(`/w/${workspaceId}/maps/${e.target.value}`)}
          >
            {loaded.family.map((m) => (
              <option key={m.id} value={m.id}>
                {m.kind === 'journey' ? `${t(text.generalized)}: ${m.title}` : m.title}
              </option>
            ))}
          </select>
        )}
        {loaded.family.length > 1 && (
          <button type="button" className="divergence-open" onClick={onDivergence}>
            {t(text.divergence)}
          </button>
        )}
      </div>
      <div className="toolbar-row">
        <nav className="view-tabs" aria-label={t(text.views)}>
          {VIEWS.map((v) => {
            const href = v === 'map' ? mapPath : `${mapPath}/${v}`;
            return (
              <a
                key={v}
                href={href}
                className={v === view ? 'active' : ''}
                aria-current={v === view ? 'page' : undefined}
                onClick={(e) => {
                  e.preventDefault();
                  navigate(href);
                }}
              >
                {t(text[v])}
              </a>
            );
          })}
        </nav>
        <span className="spacer" />
        {!readOnly && (
          <>
            <button
              type="button"
              className="icon-button"
              aria-label={t(text.undo)}
              onClick={editor.undo}
              disabled={!undoName}
              title={undoName ? t(text.undoWhat, { what: t(undoName), keys: keysOf('undo') }) : t(text.undo)}
            >
              ↶
            </button>
            <button
              type="button"
              className="icon-button"
              aria-label={t(text.redo)}
              onClick={editor.redo}
              disabled={!redoName}
              title={redoName ? t(text.redoWhat, { what: t(redoName), keys: keysOf('redo') }) : t(text.redo)}
            >
              ↷
            </button>
            <span className={`save-status ${save.status}`} role="status">
              {saveLabel(save, t)}
            </span>
          </>
        )}
        {dataToggle}
        <a
          className="button-link"
          href={`/w/${workspaceId}/maps/${loaded.answer.map.id}/insights`}
          onClick={(e) => {
            e.preventDefault();
            navigate(`/w/${workspaceId}/maps/${loaded.answer.map.id}/insights`);
          }}
        >
          {t(text.insights)}
        </a>
        <button type="button" onClick={onToggleComments}>
          {t(text.comments)}
        </button>
        <button type="button" onClick={onPresent}>
          {t(text.present)}
        </button>
        <ExportMenu mapUrl={`/api/workspaces/${workspaceId}/maps/${loaded.answer.map.id}`} />
        <button type="button" onClick={onToggleVersions}>
          {t(text.versions)}
        </button>
      </div>
    </div>
  );
}
