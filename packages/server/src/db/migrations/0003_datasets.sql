-- Datasets (events, surveys, feedback) imported into the analytics engine; the rows here track them,
-- the data itself lives in one DuckDB file per dataset under the data folder.
create table datasets (
  id text primary key,
  workspace_id text not null references workspaces (id) on delete cascade,
  name text not null,
  status text not null check (status in ('importing', 'ready', 'failed')),
  summary jsonb,
  error jsonb,
  created_by text not null references users (id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index datasets_workspace on datasets (workspace_id, created_at);
