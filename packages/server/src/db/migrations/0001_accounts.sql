-- Accounts, sessions, workspaces and their members, invitations and API tokens.
create table users (
  id text primary key,
  email text not null unique,
  name text not null,
  password_hash text not null,
  instance_owner boolean not null default false,
  created_at timestamptz not null default now()
);

-- Only one account may own the instance, even when two sign up at the same moment.
create unique index users_one_instance_owner on users (instance_owner) where instance_owner;

create table sessions (
  token_hash text primary key,
  user_id text not null references users (id) on delete cascade,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null
);
create index sessions_user on sessions (user_id);

create table workspaces (
  id text primary key,
  name text not null,
  created_by text not null references users (id),
  created_at timestamptz not null default now()
);

create table memberships (
  workspace_id text not null references workspaces (id) on delete cascade,
  user_id text not null references users (id) on delete cascade,
  role text not null check (role in ('owner', 'editor', 'commenter', 'viewer')),
  created_at timestamptz not null default now(),
  primary key (workspace_id, user_id)
);
create index memberships_user on memberships (user_id);

create table invitations (
  id text primary key,
  token_hash text not null unique,
  workspace_id text not null references workspaces (id) on delete cascade,
  role text not null check (role in ('owner', 'editor', 'commenter', 'viewer')),
  created_by text not null references users (id),
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  accepted_by text references users (id),
  accepted_at timestamptz,
  revoked_at timestamptz
);

create table api_tokens (
  id text primary key,
  token_hash text not null unique,
  workspace_id text not null references workspaces (id) on delete cascade,
  name text not null,
  role text not null check (role in ('editor', 'commenter', 'viewer')),
  created_by text not null references users (id),
  created_at timestamptz not null default now(),
  expires_at timestamptz,
  last_used_at timestamptz,
  revoked_at timestamptz
);
