-- Maps with their full history, share links, comments and the audit log.
create table maps (
  id text primary key,
  workspace_id text not null references workspaces (id) on delete cascade,
  slug text not null,
  title text not null,
  kind text not null check (kind in ('journey', 'role')),
  head_version integer not null,
  created_by text not null references users (id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  deleted_at timestamptz
);
create unique index maps_live_slug on maps (workspace_id, slug) where deleted_at is null;

-- Every save is a version. The text is kept as the author wrote it (YAML comments and all);
-- `document` is the validated result (JSON of core's JourneyDocument), so reads need no parsing.
create table map_versions (
  map_id text not null references maps (id) on delete cascade,
  version integer not null,
  source text not null,
  format text not null check (format in ('yaml', 'json')),
  document text not null,
  message text not null default '',
  author_id text not null references users (id),
  restored_from integer,
  created_at timestamptz not null default now(),
  primary key (map_id, version)
);

create table share_links (
  id text primary key,
  token_hash text not null unique,
  map_id text not null references maps (id) on delete cascade,
  created_by text not null references users (id),
  created_at timestamptz not null default now(),
  expires_at timestamptz,
  revoked_at timestamptz
);

create table comments (
  id text primary key,
  map_id text not null references maps (id) on delete cascade,
  target_kind text not null check (target_kind in ('map', 'stage', 'card')),
  target_id text,
  body text not null,
  mentions text[] not null default '{}',
  author_id text not null references users (id),
  created_at timestamptz not null default now(),
  resolved_at timestamptz,
  resolved_by text references users (id)
);
create index comments_map on comments (map_id, created_at);

create table audit_log (
  id text primary key,
  workspace_id text references workspaces (id) on delete cascade,
  actor_id text references users (id),
  actor_kind text not null check (actor_kind in ('user', 'token', 'share', 'system')),
  action text not null,
  target_kind text,
  target_id text,
  detail jsonb not null default '{}',
  created_at timestamptz not null default now()
);
create index audit_log_workspace on audit_log (workspace_id, created_at);
