export { type AppliedRole, applyRoleMap } from './applyRoleMap.ts';
export * from './divergence.ts';
export { formatDivergence } from './formatDivergence.ts';
export { identityTrace, type Origin, type Trace } from './origins.ts';
export {
  type FindDocument,
  type ResolveOptions,
  type RoleResolution,
  resolveRoleChain,
  resolveRoleMap,
} from './resolveRoleMap.ts';
export { roleFromJourney } from './roleFromJourney.ts';
export type { RoleIssue } from './roleIssue.ts';
