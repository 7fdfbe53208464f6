import type { Improvement, Journey } from '@tropa/core';
import { useState } from 'react';
import type { useEditor } from '../editor/useEditor.ts';
import { useLang } from '../i18n/lang.tsx';
import { ImprovementForm } from './ImprovementForm.tsx';
import { PlanBoard } from './PlanBoard.tsx';
import { saveImprovement, setImprovementStatus } from './planCommands.ts';
import { planText } from './planText.ts';
import { ValueEffortMatrix } from './ValueEffortMatrix.tsx';

/** The optimization plan: the board by status or the value / effort matrix, and the improvement form. */
export function PlanView({
  journey,
  editor,
  readOnly,
}: {
  journey: Journey;
  editor: ReturnType<typeof useEditor>;
  readOnly: boolean;
}) {
  const { t } = useLang();
  const [mode, setMode] = useState<'board' | 'matrix'>('board');
  const [editing, setEditing] = useState<Improvement | 'new'>();
  return (
    <div className="plan-view">
      <div className="plan-bar">
        <div className="segmented" role="tablist">
          {(['board', 'matrix'] as const).map((m) => (
            <button
              key={m}
              type="button"
              role="tab"
              aria-selected={mode === m}
              className={mode === m ? 'active' : ''}
              onClick={() => setMode(m)}
            >
              {t(planText[m])}
            </button>
          ))}
        </div>
        <span className="spacer" />
        {!readOnly && (
          <button type="button" className="primary" onClick={() => setEditing('new')}>
            + {t(planText.add)}
          </button>
        )}
      </div>
      <div className="plan-body">
        {mode === 'board' ? (
          <PlanBoard
            journey={journey}
            readOnly={readOnly}
            onMove={(id, status) => editor.run(setImprovementStatus, { id, status })}
            onEdit={setEditing}
          />
        ) : (
          <ValueEffortMatrix journey={journey} />
        )}
        {editing && (
          <ImprovementForm
            key={editing === 'new' ? 'new' : editing.id}
            journey={journey}
            initial={editing === 'new' ? undefined : editing}
            onCancel={() => setEditing(undefined)}
            onSave={(improvement) => {
              editor.run(saveImprovement, { improvement });
              setEditing(undefined);
            }}
          />
        )}
      </div>
    </div>
  );
}
