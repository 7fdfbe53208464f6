import { createContext, type ReactNode, useContext } from 'react';
import type { MeasuredView } from './useMeasuredLayer.ts';

// The measured layer reaches the stage headers, the emotion lane and the KPI cards through a context, so the
// grid's props (and its memoization) stay as they are: only the parts that show data re-render with it.
const MeasuredContext = createContext<MeasuredView | undefined>(undefined);

export function MeasuredProvider({
  view,
  children,
}: {
  view: MeasuredView | undefined;
  children: ReactNode;
}) {
  return <MeasuredContext.Provider value={view}>{children}</MeasuredContext.Provider>;
}

/** The report over the chosen dataset while the data is on; undefined otherwise. */
export function useMeasured(): MeasuredView | undefined {
  return useContext(MeasuredContext);
}
