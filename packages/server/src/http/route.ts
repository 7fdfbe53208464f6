import type { Lang } from '@tropa/core';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { authenticate } from '../auth/authenticate.ts';
import { type Actor, actorOf, type Principal, type SessionUser } from '../auth/principal.ts';
import type { ResolvedConfig } from '../config.ts';
import type { DatasetHost } from '../datasets/host.ts';
import type { Database, Queryable } from '../db/database.ts';
import { decide } from '../policies/authorize.ts';
import type { Role } from '../policies/roles.ts';
import { type PolicyOf, policies, type RouteId } from '../policies/table.ts';
import { ApiError, responseLang } from './apiError.ts';
import { checkCsrf } from './csrf.ts';
import { invalidInput } from './errors.ts';
import { loadTarget } from './loadTarget.ts';
import { rejectNulCharacters } from './nulCharacters.ts';
import type { ReadCache } from './readCache.ts';

/** What every route may use: the database and the server's settings. */
export interface AppContext {
  db: Database;
  config: ResolvedConfig;
  /** The analytics engine and the queue of work on each dataset. */
  datasets: DatasetHost;
  /** Short-lived answers of the read path, cleared by every write. */
  cache: ReadCache;
  /** Every mounted route (the OpenAPI document is generated from them). */
  routes: readonly AnyRoute[];
}

type Scope = PolicyOf<RouteId>['scope'];

/** What authorization granted, shaped by the route's scope. */
type AccessOf<S extends Scope> = S extends 'public'
  ? { actor: Actor | undefined }
  : S extends 'account'
    ? { actor: Actor; user: SessionUser }
    : S extends 'workspace'
      ? { actor: Actor; workspaceId: string; role: Role | 'share' }
      : { actor: Actor; workspaceId: string; role: Role | 'share'; mapId: string };

export interface RouteContext<R extends RouteId, P, Q, B> {
  params: P;
  query: Q;
  body: B;
  principal: Principal;
  access: AccessOf<PolicyOf<R>['scope']>;
  /** The open transaction for writes; the database itself for reads. */
  db: Queryable;
  app: AppContext;
  lang: Lang;
  request: FastifyRequest;
  reply: FastifyReply;
}

/** A route's answer; `body` is sent as JSON unless `raw` says otherwise. */
export interface RouteResult {
  /** The route wrote the response itself (a stream); nothing more is sent. */
  hijacked?: true;
  status?: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface RouteSpec<R extends RouteId, P, Q, B> {
  id: R;
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  url: string;
  params?: z.ZodType<P>;
  query?: z.ZodType<Q>;
  body?: z.ZodType<B>;
  /** Bytes, or `document` for the (larger) journey document limit; defaults to the server's body limit. */
  bodyLimit?: number | 'document';
  /** Sign-up, sign-in and the like: limited per client address. */
  rateLimited?: boolean;
  /** For the OpenAPI document, when the body is not JSON checked by `body` (a multipart upload). */
  bodyDoc?: { contentType: string; schema: Record<string, unknown> };
  /** `false`: a write that manages its own transactions (uploads, waiting on jobs). */
  transaction?: false;
  handle(ctx: RouteContext<R, P, Q, B>): Promise<RouteResult>;
}

/** Any route, for lists of them (each is type-checked where it is defined). */
export type AnyRoute = RouteSpec<RouteId, unknown, unknown, unknown>;

/** Declares a route; its policy comes from the policy table by id, never from the route itself. */
export function defineRoute<R extends RouteId, P = unknown, Q = unknown, B = unknown>(
  spec: RouteSpec<R, P, Q, B>,
): RouteSpec<R, P, Q, B> {
  return spec;
}

function validate<T>(schema: z.ZodType<T> | undefined, value: unknown, where: string, lang: Lang): T {
  if (!schema) return undefined as T;
  const result = schema.safeParse(value, lang === 'ru' ? { error: ruErrors } : undefined);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const path = [where, ...(issue?.path ?? []).map(String)].join('.');
  throw invalidInput(path, issue?.message ?? 'invalid');
}
const ruErrors = z.locales.ru().localeError;

/**
 * Mounts a route as a pipeline: authenticate → validate → (transaction) → load → authorize → command → present.
 * Reads run without a transaction; every write runs in one, so a refusal or failure leaves nothing behind.
 */
export function mountRoute<R extends RouteId, P, Q, B>(
  fastify: FastifyInstance,
  app: AppContext,
  spec: RouteSpec<R, P, Q, B>,
): void {
  const policy = policies[spec.id];
  fastify.route({
    method: spec.method,
    url: spec.url,
    bodyLimit:
      spec.bodyLimit === 'document' ? app.config.mapBodyLimit : (spec.bodyLimit ?? app.config.bodyLimit),
    config: spec.rateLimited ? { rateLimit: app.config.authRateLimit } : { rateLimit: false },
    handler: async (request, reply) => {
      const lang = responseLang(request.headers['accept-language']);
      const isRead = spec.method === 'GET';
      // Credentials may come from the read cache on writes too: a revocation is itself a write and clears it.
      const principal = await authenticate(app.db, request, app.cache);
      checkCsrf(request, principal, app.config);
      rejectNulCharacters(request.body, 'body');
      rejectNulCharacters(request.query, 'query');
      const params = validate(spec.params, request.params, 'params', lang);
      const query = validate(spec.query, request.query, 'query', lang);
      const body = validate(spec.body, request.body, 'body', lang);

      const pipeline = async (db: Queryable): Promise<RouteResult> => {
        const target = await loadTarget(
          db,
          policy,
          principal,
          request.params,
          isRead ? app.cache : undefined,
        );
        const decision = decide(policy, principal, target);
        if (!decision.ok) throw decision.error;
        const actor = actorOf(principal);
        const access = {
          actor,
          ...(principal.kind === 'session' ? { user: principal.user } : {}),
          ...(target ? { workspaceId: target.workspaceId, mapId: target.mapId, role: decision.role } : {}),
        } as AccessOf<PolicyOf<R>['scope']>;
        return spec.handle({ params, query, body, principal, access, db, app, lang, request, reply });
      };
      const inTransaction = !isRead && spec.transaction !== false;
      let result: RouteResult;
      try {
        result = inTransaction ? await app.db.transaction(pipeline) : await pipeline(app.db);
      } finally {
        // Whatever a write changed is committed by now: no later read in this process may see the state before it.
        if (!isRead) app.cache.clear();
      }
      if (result.hijacked) return reply;
      reply.status(result.status ?? 200);
      if (result.headers) reply.headers(result.headers);
      return result.body === undefined ? reply.send() : reply.send(result.body);
    },
  });
}

export { ApiError };
