import { useMemo, useState } from 'react';
import type { MapAnswer } from '../api/types.ts';
import type { MapView } from '../app/router.ts';
import { GraphView } from '../graph/GraphView.tsx';
import { useLang } from '../i18n/lang.tsx';
import { PlanView } from '../plan/PlanView.tsx';
import { ReviewsView } from '../reviews/ReviewsView.tsx';
import { CommentsPanel } from './CommentsPanel.tsx';
import { ConflictBanner } from './ConflictBanner.tsx';
import { CardCommentsProvider } from './comments/CardComments.tsx';
import { useCardComments } from './comments/useCardComments.ts';
import { useComments } from './comments/useComments.ts';
import { takeMerge } from './conflict/mergeCommand.ts';
import { useTheirsJourney } from './conflict/useTheirsJourney.ts';
import { EditorToolbar } from './EditorToolbar.tsx';
import { HISTORY_ACTIONS } from './history.ts';
import { MapGrid } from './MapGrid.tsx';
import { DataToggle } from './measured/DataToggle.tsx';
import { MeasuredBar } from './measured/MeasuredBar.tsx';
import { MeasuredProvider } from './measured/MeasuredContext.tsx';
import { UnmappedPanel } from './measured/UnmappedPanel.tsx';
import { useMapActivity } from './measured/useMapActivity.ts';
import { useMeasuredLayer } from './measured/useMeasuredLayer.ts';
import { Presentation } from './Presentation.tsx';
import { DivergenceView } from './roles/DivergenceView.tsx';
import { useRoleActions, useRoleMarks, useRoleMode } from './roles/useRoleMode.ts';
import { useAutosave } from './useAutosave.ts';
import { useEditor } from './useEditor.ts';
import type { LoadedMap } from './useMapDocument.ts';
import { useShortcuts } from './useShortcuts.ts';
import { VersionsPanel } from './VersionsPanel.tsx';

const text = {
  newStage: { en: 'New stage', ru: 'Новый этап' },
  roleNote: {
    en: 'Role map over «{base}»: cards outlined in green are written for this role, the rest is inherited. Your edits are saved for this role only; ↺ returns a cell or a stage to the generalized map.',
    ru: 'Ролевая карта поверх «{base}»: карточки в зелёной рамке написаны для этой роли, остальное унаследовано. Правки сохраняются только для этой роли; ↺ возвращает ячейку или этап к обобщённой карте.',
  },
};

/** One editing session on one version of a map: commands with undo/redo, autosave, conflicts, versions. */
export function EditorScreen({
  workspaceId,
  view,
  loaded,
  onReload,
}: {
  workspaceId: string;
  view: MapView;
  loaded: LoadedMap;
  onReload(): Promise<void>;
}) {
  const { t } = useLang();
  const isRole = loaded.answer.document.kind === 'role';
  // A role map is edited resolved; its edits are saved as the role's overrides (roles/roleEditing.ts).
  const roleMode = useRoleMode(loaded);
  const editor = useEditor(loaded.journey, t(text.newStage), roleMode?.guard);
  const url = `/api/workspaces/${workspaceId}/maps/${loaded.answer.map.id}`;
  const autosave = useAutosave(
    url,
    editor.state?.journey,
    loaded.answer.version.version,
    roleMode?.toDocument,
  );
  const [panel, setPanel] = useState<'versions' | 'comments' | 'unmapped'>();
  const [diverging, setDiverging] = useState(false);
  const comments = useComments(url);
  const [commentFocus, setCommentFocus] = useState<string>();
  const [presenting, setPresenting] = useState(false);

  const shortcuts = useMemo(
    () =>
      Object.fromEntries([
        ...HISTORY_ACTIONS.undo.shortcuts.map((key) => [key, editor.undo] as const),
        ...HISTORY_ACTIONS.redo.shortcuts.map((key) => [key, editor.redo] as const),
      ]),
    [editor.undo, editor.redo],
  );
  useShortcuts(shortcuts);

  const journey = editor.state?.journey ?? loaded.journey;
  const roleMarks = useRoleMarks(roleMode, journey);
  const theirsJourney = useTheirsJourney(autosave.state, roleMode);
  const actions = useRoleActions(roleMode, editor);
  const stageIds = useMemo(() => journey.stages.map((s) => s.id), [journey.stages]);
  const measured = useMeasuredLayer(workspaceId, loaded.answer.map.id, stageIds, autosave.state);
  const mapActivity = useMapActivity(editor.run, measured.refreshAfterSave);
  const cardComments = useCardComments(journey, editor.run, comments.openByCard, !isRole, (id) => {
    setCommentFocus(id);
    setPanel('comments');
  });
  if (presenting) {
    return <Presentation journey={journey} actions={actions} onExit={() => setPresenting(false)} />;
  }
  return (
    <>
      <EditorToolbar
        workspaceId={workspaceId}
        loaded={loaded}
        journey={journey}
        editor={editor}
        view={view}
        readOnly={false}
        save={autosave.state}
        onToggleVersions={() => setPanel((p) => (p === 'versions' ? undefined : 'versions'))}
        onToggleComments={() => {
          setCommentFocus(undefined);
          setPanel((p) => (p === 'comments' ? undefined : 'comments'));
        }}
        onPresent={() => setPresenting(true)}
        onDivergence={() => setDiverging(true)}
        dataToggle={<DataToggle on={measured.on} onToggle={measured.toggle} />}
      />
      {autosave.state.status === 'conflict' && (
        <ConflictBanner
          base={autosave.state.base}
          mine={editor.state?.journey}
          theirs={autosave.state.theirs}
          theirsJourney={theirsJourney}
          refuse={roleMode && ((merged) => roleMode.guard(merged, merged))}
          onMerge={(merged) => {
            const { theirs } = autosave.state as { theirs: MapAnswer };
            if (!theirsJourney) return;
            editor.run(takeMerge, { journey: merged });
            void autosave.resolve(theirs, theirsJourney, merged);
          }}
          onTakeTheirs={() => {
            const { theirs } = autosave.state as { theirs: MapAnswer };
            if (!theirsJourney) return;
            editor.reset(theirsJourney);
            void autosave.resolve(theirs, theirsJourney, undefined);
          }}
        />
      )}
      {isRole && loaded.base && <p className="role-note">{t(text.roleNote, { base: loaded.base.title })}</p>}
      {editor.refused && (
        <p className="edit-refused" role="alert">
          {t(editor.refused)}
        </p>
      )}
      <MeasuredBar
        layer={measured}
        unmappedOpen={panel === 'unmapped'}
        onToggleUnmapped={() => setPanel((p) => (p === 'unmapped' ? undefined : 'unmapped'))}
      />
      <div className="editor-body">
        {diverging && loaded.root && (
          <DivergenceView
            workspaceId={workspaceId}
            root={isRole ? loaded.root : journey}
            roles={loaded.roles}
            onClose={() => setDiverging(false)}
          />
        )}
        {view === 'map' && !diverging && (
          <div className="grid-scroll">
            <CardCommentsProvider value={cardComments}>
              <MeasuredProvider view={measured.view}>
                <MapGrid journey={journey} readOnly={false} actions={actions} overrides={roleMarks} />
              </MeasuredProvider>
            </CardCommentsProvider>
          </div>
        )}
        {view === 'graph' && (
          <GraphView workspaceId={workspaceId} mapId={loaded.answer.map.id} journey={journey} />
        )}
        {view === 'plan' && <PlanView journey={journey} editor={editor} readOnly={isRole} />}
        {view === 'reviews' && (
          <ReviewsView
            workspaceId={workspaceId}
            mapId={loaded.answer.map.id}
            journey={journey}
            editor={editor}
            readOnly={isRole}
          />
        )}
        {panel === 'comments' && (
          <CommentsPanel
            url={url}
            journey={journey}
            comments={comments.comments}
            reload={comments.reload}
            focus={commentFocus}
            onFocus={setCommentFocus}
            beforeSend={autosave.flush}
            onClose={() => setPanel(undefined)}
          />
        )}
        {panel === 'unmapped' && measured.view?.report.journey && (
          <UnmappedPanel
            journey={journey}
            mapping={measured.view.report.journey.mapping}
            readOnly={false}
            onMap={mapActivity}
            onClose={() => setPanel(undefined)}
          />
        )}
        {panel === 'versions' && (
          <VersionsPanel
            url={url}
            current={autosave.state.status === 'saved' ? autosave.state.version : undefined}
            onClose={() => setPanel(undefined)}
            onRestored={async () => {
              setPanel(undefined);
              await onReload();
            }}
          />
        )}
      </div>
    </>
  );
}
