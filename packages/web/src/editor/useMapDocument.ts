import { type Journey, type RoleMap, resolveRoleMap } from '@tropa/core';
import { useCallback, useEffect, useState } from 'react';
import { api } from '../api/client.ts';
import type { MapAnswer, MapSummary } from '../api/types.ts';
import { useLang } from '../i18n/lang.tsx';

export interface LoadedMap {
  answer: MapAnswer;
  /** The journey to show: the map itself, or a role map resolved over its generalized map. */
  journey: Journey;
  /** The generalized map for a role map (shown resolved, edited as its overrides). */
  base: MapSummary | undefined;
  /** The generalized map and its role maps, for the role switch. */
  family: MapSummary[];
  /** The generalized map's journey (the map itself, or the one a role map extends). */
  root: Journey | undefined;
  /** The role maps of the family, for the divergence view. */
  roles: { summary: MapSummary; role: RoleMap }[];
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
      const roleMaps: LoadedMap['roles'] = [];
      if (root) family.push(root);
      if (root) {
        const roles = await Promise.all(
          list.maps.filter((m) => m.kind === 'role').map((m) => api<MapAnswer>(`${base}/${m.id}`)),
        );
        for (const r of roles) {
          if (r.data.document.kind === 'role' && r.data.document.role.extends === rootSlug) {
            family.push(r.data.map);
            roleMaps.push({ summary: r.data.map, role: r.data.document.role });
          }
        }
      }
      if (doc.kind === 'journey') {
        setLoaded({
          answer,
          journey: doc.journey,
          base: undefined,
          family,
          root: doc.journey,
          roles: roleMaps,
        });
        return;
      }
      if (!root)
        throw new Error(`The map "${doc.role.extends}" this role map extends is not in the workspace.`);
      const { data: rootAnswer } = await api<MapAnswer>(`${base}/${root.id}`);
      if (rootAnswer.document.kind !== 'journey')
        throw new Error('The base of a role map must be a journey.');
      const resolved = resolveRoleMap(rootAnswer.document.journey, doc.role, lang);
      if (!resolved.ok) throw new Error(resolved.issues.map((i) => i.message).join('; '));
      setLoaded({
        answer,
        journey: resolved.journey,
        base: root,
        family,
        root: rootAnswer.document.journey,
        roles: roleMaps,
      });
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
