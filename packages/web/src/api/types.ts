import type { JourneyDocument } from '@tropa/core';

// The shapes of the API answers the web app reads (see /api/openapi.json).

export interface User {
  id: string;
  email: string;
  name: string;
}

export interface Session {
  user: User;
  csrfToken: string;
}

export type Role = 'owner' | 'editor' | 'commenter' | 'viewer';

export interface Workspace {
  id: string;
  name: string;
  role: Role;
}

export interface MapSummary {
  id: string;
  workspaceId: string;
  slug: string;
  title: string;
  kind: 'journey' | 'role';
  version: number;
  updatedAt: string;
}

export interface VersionInfo {
  version: number;
  message: string;
  author: { id: string; name: string };
  createdAt: string;
  restoredFrom: number | null;
}

export interface MapAnswer {
  map: MapSummary;
  version: VersionInfo;
  format: 'yaml' | 'json';
  source: string;
  document: JourneyDocument;
}

export interface Dataset {
  id: string;
  name: string;
  status: 'importing' | 'ready' | 'failed';
  createdAt: string;
}

export interface DueReview {
  mapId: string;
  title: string;
  cadenceMonths: number;
  lastReviewedAt: string | null;
  status: 'ok' | 'due-soon' | 'overdue' | 'never-reviewed';
  dueDate: string | null;
  daysLeft: number | null;
}
