import { useEffect, useState } from 'react';
import { api } from '../api/client.ts';
import type { Report, SegmentBreakdown } from '../api/report.ts';

export type SegmentState =
  | { status: 'none' }
  | { status: 'loading' }
  | { status: 'ready'; breakdown: SegmentBreakdown | undefined }
  | { status: 'error'; message: string };

/** The report again with `&segment=ATTR` (the server caches it), reduced to that attribute's breakdown. */
export function useSegmentReport(
  analyticsUrl: string | undefined,
  attribute: string | undefined,
): SegmentState {
  const [state, setState] = useState<SegmentState>({ status: 'none' });
  useEffect(() => {
    if (analyticsUrl === undefined || attribute === undefined) {
      setState({ status: 'none' });
      return;
    }
    setState({ status: 'loading' });
    let current = true;
    api<{ report: Report }>(`${analyticsUrl}&segment=${encodeURIComponent(attribute)}`)
      .then(({ data }) => {
        if (!current) return;
        const breakdown = data.report.segments?.find((s) => s.attribute === attribute);
        setState({ status: 'ready', breakdown });
      })
      .catch(
        (e: unknown) =>
          current && setState({ status: 'error', message: e instanceof Error ? e.message : String(e) }),
      );
    return () => {
      current = false;
    };
  }, [analyticsUrl, attribute]);
  return state;
}
