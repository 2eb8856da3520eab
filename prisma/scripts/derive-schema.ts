/**
 * prisma/schema.sqlite.prisma is the one model we edit; the Postgres schema is derived from it by swapping the
 * lines marked "provider-specific". A Prisma client is generated per provider, so both files must exist.
 */
export function derivePostgresSchema(sqliteSchema: string): string {
  return sqliteSchema
    .replace('"./generated/sqlite" // provider-specific', '"./generated/postgres" // provider-specific')
    .replace('provider = "sqlite" // provider-specific', 'provider = "postgresql" // provider-specific');
}
