import { type Journey, resolveRoleMap, type Trace } from '@tropa/core';
import { useCallback, useEffect, useState } from 'react';
import { api } from '../api/client.ts';
import type { MapAnswer, MapSummary } from '../api/types.ts';
import { useLang } from '../i18n/lang.tsx';

export interface LoadedMap {
  answer: MapAnswer;
  /** The journey to show: the map itself, or a role map resolved over its generalized map. */
  journey: Journey;
  /** The generalized map for a role map; role maps are shown resolved and edited as documents for now. */
  base: MapSummary | undefined;
  /** The generalized map and its role maps, for the role switch. */
  family: MapSummary[];
  /** For a role map: what the role itself writes (cards as `laneId#index`, stage ids), the rest is inherited. */
  overrides: { cards: Set<string>; stages: Set<string> };
}

const NO_OVERRIDES = { cards: new Set<string>(), stages: new Set<string>() };

/** Which cards and stages of the resolved role map the role's own document wrote. */
function overridesOf(journey: Journey, trace: Trace, roleId: string) {
  const cards = new Set<string>();
  const stages = new Set<string>();
  journey.lanes.forEach((lane, i) => {
    lane.cards.forEach((_, k) => {
      if (trace(['lanes', i, 'cards', k]).document === roleId) cards.add(`${lane.id}#${k}`);
    });
  });
  journey.stages.forEach((stage, i) => {
    const fields = ['name', 'goal', 'description'];
    if (fields.some((f) => trace(['stages', i, f]).document === roleId)) stages.add(stage.id);
  });
  return { cards, stages };
}

/** Loads a map (and, for a role map, the map it extends) from the workspace. */
export function useMapDocument(workspaceId: string, mapId: string) {
  const { lang } = useLang();
  const [loaded, setLoaded] = useState<LoadedMap>();
  const [error, setError] = useState<string>();

  const load = useCallback(async () => {
    const base = `/api/workspaces/${workspaceId}/maps`;
    try {
      const [{ data: answer }, { data: list }] = await Promise.all([
        api<MapAnswer>(`${base}/${mapId}`),
        api<{ maps: MapSummary[] }>(base),
      ]);
      const doc = answer.document;
      const rootSlug = doc.kind === 'journey' ? doc.journey.id : doc.role.extends;
      const root = list.maps.find((m) => m.slug === rootSlug && m.kind === 'journey');
      const family: MapSummary[] = [];
      if (root) family.push(root);
      if (root) {
        const roles = await Promise.all(
          list.maps.filter((m) => m.kind === 'role').map((m) => api<MapAnswer>(`${base}/${m.id}`)),
        );
        for (const r of roles) {
          if (r.data.document.kind === 'role' && r.data.document.role.extends === rootSlug)
            family.push(r.data.map);
        }
      }
      if (doc.kind === 'journey') {
        setLoaded({ answer, journey: doc.journey, base: undefined, family, overrides: NO_OVERRIDES });
        return;
      }
      if (!root)
        throw new Error(`The map "${doc.role.extends}" this role map extends is not in the workspace.`);
      const { data: rootAnswer } = await api<MapAnswer>(`${base}/${root.id}`);
      if (rootAnswer.document.kind !== 'journey')
        throw new Error('The base of a role map must be a journey.');
      const resolved = resolveRoleMap(rootAnswer.document.journey, doc.role, lang);
      if (!resolved.ok) throw new Error(resolved.issues.map((i) => i.message).join('; '));
      const overrides = overridesOf(resolved.journey, resolved.trace, doc.role.id);
      setLoaded({ answer, journey: resolved.journey, base: root, family, overrides });
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    }
  }, [workspaceId, mapId, lang]);

  useEffect(() => {
    setLoaded(undefined);
    setError(undefined);
    void load();
  }, [load]);

  return { loaded, error, reload: load };
}
