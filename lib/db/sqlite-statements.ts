import "server-only";
import type { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import type { Database, Statement } from "better-sqlite3";

/** Statements kept compiled per connection: every statement text ingest and the pages use, with room. */
export const MAX_CACHED_STATEMENTS = 500;

/**
 * Makes the adapter's connections reuse compiled statements. The adapter compiles every statement it runs
 * afresh (better-sqlite3's `prepare`): about a fifth of the storing thread's CPU in a bulk import, for the
 * same few dozen statement texts again and again. Each connection keeps its most recently used
 * MAX_CACHED_STATEMENTS; SQLite recompiles a kept statement by itself after a schema change. Should a
 * version of the adapter keep its connection elsewhere, statements are compiled per run as before.
 */
export function reuseCompiledStatements(factory: PrismaBetterSqlite3): PrismaBetterSqlite3 {
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = await connect();
    const client = (adapter as unknown as { client?: Database }).client;
    if (client && typeof client.prepare === "function") cacheStatements(client);
    return adapter;
  };
  return factory;
}

/**
 * Replaces `client.prepare` with one that hands out the compiled statement for a text seen before. The
 * adapter binds each statement once and runs it (`bind(args)`, then `run()` or `raw().all()`), which a
 * compiled statement allows only once; so each caller gets a handle holding its own arguments.
 */
export function cacheStatements(client: Database, limit = MAX_CACHED_STATEMENTS): void {
  const compile = client.prepare.bind(client);
  const compiled = new Map<string, Statement>();
  const prepare = (sql: string) => {
    let statement = compiled.get(sql);
    if (statement) compiled.delete(sql);
    else statement = compile(sql);
    // Re-inserted on every use, so the Map's order is least recently used first.
    compiled.set(sql, statement);
    if (compiled.size > limit) compiled.delete(compiled.keys().next().value as string);
    return new BoundStatement(statement) as unknown as Statement;
  };
  client.prepare = prepare as Database["prepare"];
}

/** A compiled statement with this run's arguments: the part of better-sqlite3's Statement the adapter uses. */
class BoundStatement {
  private args: unknown[] = [];
  private rawRows = false;

  constructor(private readonly statement: Statement) {}

  get reader(): boolean {
    return this.statement.reader;
  }

  get source(): string {
    return this.statement.source;
  }

  bind(...args: unknown[]): this {
    this.args = args;
    return this;
  }

  raw(toggle = true): this {
    this.rawRows = toggle;
    return this;
  }

  columns() {
    return this.statement.columns();
  }

  run() {
    return this.statement.run(...this.args);
  }

  all() {
    return this.reading().all(...this.args);
  }

  get() {
    return this.reading().get(...this.args);
  }

  /** The kept statement in this handle's row mode (the mode is the statement's, so it is set per run). */
  private reading(): Statement {
    return this.statement.raw(this.rawRows);
  }
}
