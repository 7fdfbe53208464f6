import { randomBytes } from 'node:crypto';
import type { TropaApp } from '../app.ts';
import { hashSecret, newId, newSecret } from '../auth/secrets.ts';
import { run } from '../db/database.ts';
import { sql } from '../db/sql.ts';
import type { Role, TokenRole } from '../policies/roles.ts';
import { cookieHeader, field, multipartBody, TestClient } from './client.ts';

export interface TestUser {
  id: string;
  email: string;
  password: string;
  client: TestClient;
}

/** Signs up a fresh person through the API and returns a client holding their session. */
export async function buildUser(
  app: TropaApp,
  overrides: { email?: string; name?: string } = {},
): Promise<TestUser> {
  const email = overrides.email ?? `user-${randomBytes(5).toString('hex')}@example.test`;
  const password = `pw-${randomBytes(8).toString('hex')}`;
  const response = await new TestClient(app).post('/api/auth/sign-up', {
    email,
    password,
    name: overrides.name ?? 'Test User',
  });
  if (response.status !== 201)
    throw new Error(`sign-up failed: ${response.status} ${JSON.stringify(response.body)}`);
  const cookie = cookieHeader(response.headers['set-cookie']);
  const csrfToken = field<string>(response.body, 'csrfToken');
  const id = field<string>(response.body, 'user', 'id');
  return { id, email, password, client: new TestClient(app, { kind: 'session', cookie, csrfToken }) };
}

/** Creates a workspace through the API, owned by `owner`. */
export async function buildWorkspace(owner: TestUser, name = 'Test workspace'): Promise<string> {
  const response = await owner.client.post('/api/workspaces', { name });
  if (response.status !== 201)
    throw new Error(`workspace failed: ${response.status} ${JSON.stringify(response.body)}`);
  return field<string>(response.body, 'workspace', 'id');
}

/** A fresh person who is a member of the workspace with the role (added directly, as an invitation would). */
export async function buildMember(app: TropaApp, workspaceId: string, role: Role): Promise<TestUser> {
  const user = await buildUser(app);
  await run(
    app.context.db,
    sql`insert into memberships (workspace_id, user_id, role) values (${workspaceId}, ${user.id}, ${role})`,
  );
  return user;
}

/** An API token of the workspace, made directly in the database (the route is tested on its own). */
export async function buildApiToken(app: TropaApp, workspaceId: string, createdBy: string, role: TokenRole) {
  const secret = newSecret('apiToken');
  await run(
    app.context.db,
    sql`insert into api_tokens (id, token_hash, workspace_id, name, role, created_by)
        values (${newId('t')}, ${hashSecret(secret)}, ${workspaceId}, ${'test token'}, ${role}, ${createdBy})`,
  );
  return new TestClient(app, { kind: 'bearer', secret });
}

let journeyCounter = 0;

/** A small valid journey document as an author writes it; override any top-level field. */
export function buildJourney(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  journeyCounter += 1;
  return {
    version: 1,
    id: `journey-${journeyCounter}`,
    title: `Journey ${journeyCounter}`,
    lang: 'en',
    stages: [
      { id: 's-aware', name: 'Awareness' },
      { id: 's-request', name: 'Request' },
    ],
    lanes: [
      {
        id: 'l-pains',
        type: 'pains',
        cards: [{ id: 'pain-prices', stage: 's-aware', text: 'No public prices', severity: 'high' }],
      },
    ],
    ...overrides,
  };
}

/** Creates a map in the workspace through the API and returns its id. */
export async function buildMap(
  client: TestClient,
  workspaceId: string,
  document = buildJourney(),
): Promise<string> {
  const response = await client.post(`/api/workspaces/${workspaceId}/maps`, {
    document,
    message: 'first draft',
  });
  if (response.status !== 201)
    throw new Error(`map failed: ${response.status} ${JSON.stringify(response.body)}`);
  return field<string>(response.body, 'map', 'id');
}

/** A small event log as CSV: `cases` cases walking three activities an hour apart. */
export function buildEventsCsv(cases = 5, extraLine?: string): string {
  const lines = ['case_id,ts,activity,channel'];
  for (let c = 1; c <= cases; c++) {
    ['visit_site', 'request_form_sent', 'offer_sent'].forEach((activity, i) => {
      lines.push(`c${c},2026-03-0${1 + (c % 5)} 1${i}:00:00,${activity},${i === 0 ? 'site' : 'email'}`);
    });
  }
  if (extraLine) lines.push(extraLine);
  return `${lines.join('\n')}\n`;
}

/** Uploads a dataset through the API and waits until its import has finished. */
export async function buildDataset(
  app: TropaApp,
  client: TestClient,
  workspaceId: string,
  csv = buildEventsCsv(),
) {
  const { body, headers } = multipartBody(
    { name: 'Events' },
    { events: { filename: 'events.csv', content: csv } },
  );
  const response = await client.request('POST', `/api/workspaces/${workspaceId}/datasets`, body, headers);
  if (response.status !== 202)
    throw new Error(`dataset failed: ${response.status} ${JSON.stringify(response.body)}`);
  await app.context.datasets.idle();
  return field<string>(response.body, 'dataset', 'id');
}
