import type { Journey } from '@tropa/core';
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiFailure, api } from '../api/client.ts';
import type { MapAnswer } from '../api/types.ts';

export type SaveState =
  | { status: 'saved'; version: number }
  | { status: 'pending' }
  | { status: 'saving' }
  | { status: 'error'; message: string }
  | { status: 'conflict'; theirs: MapAnswer; base: Journey | undefined };

const DELAY_MS = 700;
const asIs = (journey: Journey): unknown => journey;

/**
 * Saves the map a moment after each change, on top of the version it was read at (If-Match). A stale base
 * gets 409 from the server, which overwrites nothing: the conflict is shown with their version, and the
 * person chooses to keep theirs or save theirs-then-mine (`resolve`).
 */
export function useAutosave(
  url: string,
  journey: Journey | undefined,
  loadedVersion: number | undefined,
  /** The document saved for the map shown (a role map saves its overrides, not the resolved map). */
  toDocument: (journey: Journey) => unknown = asIs,
) {
  const [state, setState] = useState<SaveState>({ status: 'saved', version: loadedVersion ?? 0 });
  const base = useRef(loadedVersion);
  const savedJson = useRef<string | undefined>(undefined);
  const inFlight = useRef(false);
  const flight = useRef<Promise<void>>(Promise.resolve());
  const latest = useRef(journey);
  latest.current = journey;

  if (savedJson.current === undefined && journey) savedJson.current = JSON.stringify(journey);

  const send = useCallback(
    async (doc: Journey) => {
      const json = JSON.stringify(doc);
      if (json === savedJson.current || inFlight.current || base.current === undefined) return;
      inFlight.current = true;
      setState({ status: 'saving' });
      try {
        const { data } = await api<Pick<MapAnswer, 'map' | 'version'>>(url, {
          method: 'PUT',
          headers: { 'if-match': `"v${base.current}"` },
          body: { document: toDocument(doc) },
        });
        base.current = data.version.version;
        savedJson.current = json;
        setState({ status: 'saved', version: data.version.version });
      } catch (failure) {
        if (failure instanceof ApiFailure && failure.code === 'stale-version') {
          const theirs = (failure.body as { current?: MapAnswer }).current;
          // The base of a three-way merge: what this page last saved (or loaded), which theirs was built on too.
          const started =
            savedJson.current === undefined ? undefined : (JSON.parse(savedJson.current) as Journey);
          if (theirs) setState({ status: 'conflict', theirs, base: started });
          else setState({ status: 'error', message: failure.message });
        } else {
          setState({
            status: 'error',
            message: failure instanceof Error ? failure.message : String(failure),
          });
        }
      } finally {
        inFlight.current = false;
      }
    },
    [url, toDocument],
  );
  const save = useCallback(
    (doc: Journey) => {
      flight.current = flight.current.then(() => send(doc));
      return flight.current;
    },
    [send],
  );

  useEffect(() => {
    if (!journey || state.status === 'conflict') return;
    if (JSON.stringify(journey) === savedJson.current) {
      // Back to what is saved (an undo, then a redo): nothing to send.
      setState((s) =>
        s.status === 'pending' && base.current !== undefined ? { status: 'saved', version: base.current } : s,
      );
      return;
    }
    setState((s) => (s.status === 'saving' ? s : { status: 'pending' }));
    const timer = setTimeout(() => void save(journey), DELAY_MS);
    return () => clearTimeout(timer);
  }, [journey, save, state.status]);

  /**
   * After a conflict: build on their version (`theirsJourney` is it as the editor shows it, a role map
   * resolved); `keepMine` (the merge) is then saved on top of it.
   */
  const resolve = useCallback(
    async (theirs: MapAnswer, theirsJourney: Journey, keepMine: Journey | undefined) => {
      base.current = theirs.version.version;
      savedJson.current = JSON.stringify(theirsJourney);
      setState({ status: 'saved', version: theirs.version.version });
      if (keepMine) await save(keepMine);
    },
    [save],
  );

  /** Saves the map as it is now (after any save under way), e.g. before a comment names a card just given an id. */
  const flush = useCallback(async () => {
    await flight.current;
    if (latest.current) await save(latest.current);
  }, [save]);

  return { state, saveNow: save, flush, resolve };
}
