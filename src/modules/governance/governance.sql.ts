import { type Column, getTableName, type SQL, sql } from 'drizzle-orm';

/** `%text%` for ILIKE, with the pattern characters of the text taken literally. */
export function escapeLike(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * A column as "table"."column". Drizzle leaves columns unqualified in single-table queries, which
 * inside a correlated subquery would bind to the subquery's own table; these always say which.
 */
export function qualified(column: Column): SQL {
  return sql`${sql.identifier(getTableName(column.table))}.${sql.identifier(column.name)}`;
}
