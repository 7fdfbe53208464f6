import { type SqlFragment, sql } from '../sql/sql.ts';

/**
 * SQL that turns a text timestamp into a UTC TIMESTAMP, or NULL when it is not one.
 * ISO 8601 with or without a zone (no zone = UTC), date-only values, Russian `дд.мм.гггг чч:мм[:сс]`,
 * `гггг/мм/дд чч:мм:сс[.ммм]`, `дд/мм/гггг` (day first), and Unix epoch seconds (10 digits) or
 * milliseconds (13 digits). The session time zone must be UTC.
 */
export function parseTimestampSql(value: SqlFragment): SqlFragment {
  // A value without a zone suffix takes the plain TIMESTAMP cast, about three times faster than the zone-aware one.
  const zoned = sql`(right(${value}, 1) IN ('Z', 'z') OR substr(${value}, -6, 1) IN ('+', '-')
    OR substr(${value}, -5, 1) IN ('+', '-') OR substr(${value}, -3, 1) IN ('+', '-'))`;
  return sql`COALESCE(
    CASE WHEN NOT ${zoned} THEN TRY_CAST(${value} AS TIMESTAMP) END,
    TRY_CAST(${value} AS TIMESTAMPTZ)::TIMESTAMP,
    try_strptime(${value}, ['%d.%m.%Y %H:%M:%S', '%d.%m.%Y %H:%M', '%d.%m.%Y', '%Y/%m/%d %H:%M:%S.%g',
      '%Y/%m/%d %H:%M:%S', '%Y/%m/%d %H:%M', '%Y/%m/%d', '%d/%m/%Y %H:%M:%S', '%d/%m/%Y %H:%M', '%d/%m/%Y'])::TIMESTAMP,
    CASE WHEN length(${value}) = 10 AND TRY_CAST(${value} AS BIGINT) IS NOT NULL
      THEN make_timestamp(TRY_CAST(${value} AS BIGINT) * 1000000) END,
    CASE WHEN length(${value}) = 13 AND TRY_CAST(${value} AS BIGINT) IS NOT NULL
      THEN make_timestamp(TRY_CAST(${value} AS BIGINT) * 1000) END
  )`;
}
