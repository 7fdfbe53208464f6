export { type CalendarDate, calendarDateOf, formatCalendarDate } from './calendarDate.ts';
export * from './ces.ts';
export * from './csat.ts';
export * from './distributions.ts';
export {
  DEFAULT_MIN_N,
  type Difference,
  type Estimate,
  type EstimateOptions,
  emptyEstimate,
  isWeak,
} from './estimate.ts';
export * from './fisher.ts';
export * from './mannWhitney.ts';
export * from './median.ts';
export * from './multipleTesting.ts';
export * from './nps.ts';
export * from './periods.ts';
export * from './proportionTest.ts';
export * from './reviewDue.ts';
