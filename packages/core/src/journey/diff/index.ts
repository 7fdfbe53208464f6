export * from './cards.ts';
export * from './diffJourneys.ts';
export * from './formatDiff.ts';
export * from './merge.ts';
export * from './normalize.ts';
export * from './types.ts';
