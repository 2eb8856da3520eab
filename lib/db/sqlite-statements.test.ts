import Database from "better-sqlite3";
import { describe, expect, it, vi } from "vitest";
import { cacheStatements } from "./sqlite-statements";

function database() {
  const db = new Database(":memory:");
  db.exec(`CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT)`);
  return db;
}

describe("cacheStatements", () => {
  it("compiles a statement text once and runs each handle with its own arguments", () => {
    const db = database();
    const compile = vi.spyOn(db, "prepare");
    cacheStatements(db);
    for (const [id, name] of [
      [1, "a"],
      [2, "b"],
      [3, "c"],
    ] as const)
      db.prepare("INSERT INTO t (id, name) VALUES (?, ?)").bind([id, name]).run();
    const first = db.prepare("SELECT id, name FROM t WHERE id >= ? ORDER BY id").bind([2]);
    const second = db.prepare("SELECT id, name FROM t WHERE id >= ? ORDER BY id").bind([3]);
    expect(first.reader).toBe(true);
    expect(first.columns().map((c) => c.name)).toEqual(["id", "name"]);
    expect(second.raw().all()).toEqual([[3, "c"]]);
    // Row mode is per handle, though the compiled statement is shared.
    expect(first.all()).toEqual([
      { id: 2, name: "b" },
      { id: 3, name: "c" },
    ]);
    expect(compile).toHaveBeenCalledTimes(2);
  });

  it("keeps only the most recently used texts", () => {
    const db = database();
    const compile = vi.spyOn(db, "prepare");
    cacheStatements(db, 2);
    const run = (sql: string) => db.prepare(sql).bind([]).raw().all();
    run("SELECT 1");
    run("SELECT 2");
    run("SELECT 1");
    run("SELECT 3"); // evicts "SELECT 2", the least recently used
    run("SELECT 1");
    expect(compile).toHaveBeenCalledTimes(3);
    run("SELECT 2");
    expect(compile).toHaveBeenCalledTimes(4);
  });

  it("reports a statement that does not compile, and caches nothing for it", () => {
    const db = database();
    cacheStatements(db);
    expect(() => db.prepare("SELEC nothing")).toThrow();
    expect(() => db.prepare("SELEC nothing")).toThrow();
  });
});
