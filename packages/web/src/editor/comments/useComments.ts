import { useCallback, useEffect, useMemo, useState } from 'react';
import { api } from '../../api/client.ts';

export interface MapComment {
  id: string;
  target: { kind: 'map' | 'stage' | 'card'; id?: string };
  body: string;
  author: { name: string };
  createdAt: string;
  resolved: boolean;
}

/** The map's comments, loaded once for the editor: the panel lists them, the cards show their open count. */
export function useComments(url: string) {
  const [comments, setComments] = useState<MapComment[]>([]);
  const [error, setError] = useState<string>();

  const reload = useCallback(async () => {
    try {
      const { data } = await api<{ comments: MapComment[] }>(`${url}/comments`);
      setComments(data.comments);
      setError(undefined);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    }
  }, [url]);
  useEffect(() => {
    void reload();
  }, [reload]);

  /** Open comments per card id. */
  const openByCard = useMemo(() => {
    const counts = new Map<string, number>();
    for (const c of comments) {
      if (c.target.kind === 'card' && c.target.id && !c.resolved)
        counts.set(c.target.id, (counts.get(c.target.id) ?? 0) + 1);
    }
    return counts;
  }, [comments]);

  return { comments, error, reload, openByCard };
}
