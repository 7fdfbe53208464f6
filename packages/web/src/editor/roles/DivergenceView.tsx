import {
  DIFF_ENTITY_NAMES,
  type Journey,
  type Localized,
  type RoleMap,
  resolveRoleMap,
  roleDivergence,
} from '@tropa/core';
import { useMemo } from 'react';
import type { MapSummary } from '../../api/types.ts';
import { navigate } from '../../app/router.ts';
import { useLang } from '../../i18n/lang.tsx';
import { LANE_TITLES } from '../laneLabels.ts';
import { divergenceTable } from './divergenceTable.ts';

const text = {
  title: {
    en: 'Where the roles differ from the generalized map',
    ru: 'Где роли отличаются от обобщённой карты',
  },
  close: { en: 'Back to the map', ru: 'Вернуться к карте' },
  stage: { en: 'Stage', ru: 'Этап' },
  whole: { en: 'The whole map', ru: 'Карта в целом' },
  same: { en: 'as the generalized map', ru: 'как в обобщённой' },
  none: { en: 'This map has no role maps yet.', ru: 'У этой карты пока нет ролевых карт.' },
  broken: { en: '{role}: cannot be resolved ({reason})', ru: '{role}: не разрешается ({reason})' },
  legend: {
    en: '+ added · − removed · ~ changed · ↕ moved; a stage’s line names the fields the role changes.',
    ru: '+ добавлено · − удалено · ~ изменено · ↕ переставлено; у этапа перечислены поля, которые роль меняет.',
  },
};

// Core's names of the diffed entities, capitalized as the table's row labels.
const ENTITY: Record<string, Localized> = Object.fromEntries(
  Object.entries(DIFF_ENTITY_NAMES).map(([kind, name]) => [
    kind,
    { en: capitalize(name.en), ru: capitalize(name.ru) },
  ]),
);

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const FIELD: Record<string, Localized> = {
  name: { en: 'name', ru: 'название' },
  goal: { en: 'goal', ru: 'цель' },
  description: { en: 'description', ru: 'описание' },
  owner: { en: 'owner', ru: 'владелец' },
  channel: { en: 'channel', ru: 'канал' },
  stage: { en: 'stage', ru: 'этап' },
  target: { en: 'target', ru: 'цель' },
  title: { en: 'title', ru: 'название' },
  status: { en: 'status', ru: 'статус' },
  match: { en: 'match rules', ru: 'правила сопоставления' },
};

/** The divergence of a family's role maps, by core's roleDivergence: a table of stages × roles. */
export function DivergenceView({
  workspaceId,
  root,
  roles,
  onClose,
}: {
  workspaceId: string;
  root: Journey;
  roles: readonly { summary: MapSummary; role: RoleMap }[];
  onClose(): void;
}) {
  const { t, lang } = useLang();
  const { rows, columns, broken } = useMemo(() => {
    const columns: { summary: MapSummary; journey: Journey }[] = [];
    const broken: string[] = [];
    for (const r of roles) {
      const resolved = resolveRoleMap(root, r.role, lang);
      if (resolved.ok) columns.push({ summary: r.summary, journey: resolved.journey });
      else broken.push(t(text.broken, { role: r.summary.title, reason: resolved.issues[0]?.message ?? '' }));
    }
    const journeys = columns.map((c) => c.journey);
    const report = roleDivergence(root, journeys);
    const laneTitle = (id: string) => {
      const lane = [root, ...journeys].flatMap((j) => j.lanes).find((l) => l.id === id);
      return lane ? (lane.title ?? t(LANE_TITLES[lane.type])) : id;
    };
    return {
      rows: divergenceTable(report, root, journeys, {
        laneTitle,
        entity: ENTITY,
        field: (f: string) => (FIELD[f] ? t(FIELD[f]) : f),
        t,
      }),
      columns,
      broken,
    };
  }, [root, roles, lang, t]);

  return (
    <section className="divergence" aria-label={t(text.title)}>
      <header>
        <h2>{t(text.title)}</h2>
        <button type="button" onClick={onClose}>
          {t(text.close)}
        </button>
      </header>
      {columns.length === 0 && <p className="muted">{t(text.none)}</p>}
      {broken.map((b) => (
        <p key={b} className="form-error">
          {b}
        </p>
      ))}
      {columns.length > 0 && (
        <div className="divergence-scroll">
          <table className="divergence-table">
            <thead>
              <tr>
                <th scope="col">{t(text.stage)}</th>
                {columns.map((c) => (
                  <th scope="col" key={c.summary.id}>
                    <a
                      href={`/w/${workspaceId}/maps/${c.summary.id}`}
                      onClick={(e) => {
                        e.preventDefault();
                        navigate(`/w/${workspaceId}/maps/${c.summary.id}`);
                      }}
                    >
                      {c.summary.title}
                    </a>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.stage || '-'} data-stage={row.stage}>
                  <th scope="row">{row.stage ? row.name : t(text.whole)}</th>
                  {columns.map((c) => {
                    const lines = row.byRole.get(c.journey.id) ?? [];
                    return (
                      <td key={c.summary.id} className={lines.length > 0 ? 'differs' : 'same'}>
                        {lines.length === 0 ? (
                          <span className="muted">{t(text.same)}</span>
                        ) : (
                          <ul>
                            {lines.map((line, i) => (
                              // biome-ignore lint/suspicious/noArrayIndexKey: lines of one cell have no identity of their own
                              <li key={i} className={`line-${line.kind}`}>
                                <span>{line.subject}</span> <strong>{line.detail}</strong>
                              </li>
                            ))}
                          </ul>
                        )}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p className="muted legend">{t(text.legend)}</p>
    </section>
  );
}
