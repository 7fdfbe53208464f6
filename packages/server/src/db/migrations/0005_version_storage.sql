-- Map texts are stored uncompressed: saves and reads of a map skip compressing and inflating it,
-- which costs more CPU (in embedded PGlite especially) than the disk it would save.
alter table map_versions alter column source set storage external;
alter table map_versions alter column document set storage external;
