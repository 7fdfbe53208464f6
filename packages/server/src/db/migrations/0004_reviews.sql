-- Review snapshots: the KPI values of a map version computed from a dataset, frozen on the review day.
create table review_snapshots (
  id text primary key,
  map_id text not null references maps (id) on delete cascade,
  map_version integer not null,
  dataset_id text references datasets (id) on delete set null,
  dataset_name text not null,
  taken_on date not null,
  kpis jsonb not null,
  notes text not null default '',
  created_by text not null references users (id),
  created_at timestamptz not null default now()
);
create index review_snapshots_map on review_snapshots (map_id, taken_on);
