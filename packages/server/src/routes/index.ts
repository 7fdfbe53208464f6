import type { AnyRoute } from '../http/route.ts';
import { changePassword, currentSession, signOut } from './account.ts';
import { mapAnalytics } from './analytics.ts';
import { mapAnalyticsCases } from './analyticsCases.ts';
import { createApiToken, listApiTokens, revokeApiToken } from './apiTokens.ts';
import { listAudit } from './audit.ts';
import { createComment, listComments, resolveComment } from './comments.ts';
import { datasetProgress } from './datasetProgress.ts';
import { createDataset, deleteDataset, getDataset, listDatasets } from './datasets.ts';
import { exportMap } from './exports.ts';
import { health } from './health.ts';
import { acceptInvitation, createInvitation, listInvitations, revokeInvitation } from './invitations.ts';
import { createMapRoute, deleteMap, getMap, listMaps, saveMap } from './maps.ts';
import { listMembers, removeMember, setMemberRole } from './members.ts';
import { openApiDocs, openApiDocument } from './openapi.ts';
import { compareSnapshots, createSnapshot, listSnapshots, reviewsDue } from './reviews.ts';
import { createShareLink, getShared, listShareLinks, revokeShareLink } from './shareLinks.ts';
import { signIn } from './signIn.ts';
import { signUp } from './signUp.ts';
import { putTextModel } from './textModels.ts';
import { diffVersions, getVersion, listVersions, restoreVersion } from './versions.ts';
import {
  createWorkspace,
  deleteWorkspace,
  getWorkspace,
  listWorkspaces,
  renameWorkspace,
} from './workspaces.ts';

/** Every route of the API. The authorization matrix test walks this list against the policy table. */
export const routes: AnyRoute[] = [
  health,
  openApiDocument,
  openApiDocs,
  signUp,
  signIn,
  currentSession,
  signOut,
  changePassword,
  listWorkspaces,
  createWorkspace,
  getWorkspace,
  renameWorkspace,
  deleteWorkspace,
  listMembers,
  setMemberRole,
  removeMember,
  listInvitations,
  createInvitation,
  revokeInvitation,
  acceptInvitation,
  listApiTokens,
  createApiToken,
  revokeApiToken,
  listAudit,
  listMaps,
  createMapRoute,
  getMap,
  saveMap,
  deleteMap,
  exportMap,
  mapAnalytics,
  mapAnalyticsCases,
  listVersions,
  getVersion,
  restoreVersion,
  diffVersions,
  listComments,
  createComment,
  resolveComment,
  listShareLinks,
  createShareLink,
  revokeShareLink,
  getShared,
  reviewsDue,
  listSnapshots,
  createSnapshot,
  compareSnapshots,
  listDatasets,
  createDataset,
  getDataset,
  deleteDataset,
  putTextModel,
  datasetProgress,
];
