import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import type * as EngineModule from "@prisma/schema-engine-wasm";
import type { SchemaEngine } from "@prisma/schema-engine-wasm";
import type { DatabaseConfig } from "./config";

/*
 * Prisma's CLI migrates with a native schema engine it downloads on first use, which these machines cannot
 * reach. The same engine ships as WebAssembly on npm; its entry module imports the .wasm file directly, which
 * Node cannot, so we instantiate the wasm ourselves and hand it to the generated bindings.
 */
type EngineBindings = typeof EngineModule & {
  __wbg_set_wasm(exports: WebAssembly.Exports): void;
};

let bindingsPromise: Promise<EngineBindings> | null = null;

function engineFolder(): string {
  // Resolved from the project root rather than import.meta.url: bundlers rewrite module URLs in server
  // builds, and the package's export map hides package.json from require.resolve.
  const folder = path.join(process.cwd(), "node_modules", "@prisma", "schema-engine-wasm");
  if (!existsSync(path.join(folder, "schema_engine_bg.wasm"))) {
    throw new Error(
      `@prisma/schema-engine-wasm is not installed in ${folder}; run npm ci in the project folder.`,
    );
  }
  return folder;
}

async function loadBindings(): Promise<EngineBindings> {
  const folder = engineFolder();
  const bindings = (await import(
    /* webpackIgnore: true */ /* turbopackIgnore: true */ pathToFileURL(
      path.join(folder, "schema_engine_bg.js"),
    ).href
  )) as EngineBindings;
  const bytes = await readFile(path.join(folder, "schema_engine_bg.wasm"));
  const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": bindings });
  bindings.__wbg_set_wasm(instance.exports);
  const start = instance.exports.__wbindgen_start;
  if (typeof start === "function") start();
  return bindings;
}

/**
 * The engine connects through the adapter but never closes what it opened (free() only releases wasm memory),
 * which would leave a SQLite file locked or a Postgres pool open; so we track the connections and dispose them.
 */
function trackedAdapterFactory(config: DatabaseConfig) {
  const inner: SqlMigrationAwareDriverAdapterFactory =
    config.provider === "sqlite"
      ? new PrismaBetterSqlite3({ url: config.url })
      : new PrismaPg({ connectionString: config.url, max: 2 });
  const opened: SqlDriverAdapter[] = [];
  const factory: SqlMigrationAwareDriverAdapterFactory = {
    provider: inner.provider,
    adapterName: inner.adapterName,
    connect: async () => {
      const adapter = await inner.connect();
      opened.push(adapter);
      return adapter;
    },
    connectToShadowDb: async () => {
      const adapter = await inner.connectToShadowDb();
      opened.push(adapter);
      return adapter;
    },
  };
  const closeAll = async () => {
    for (const adapter of opened.splice(0)) await adapter.dispose();
  };
  return { factory: bindMigrationAwareSqlAdapterFactory(factory), closeAll };
}

export interface OpenSchemaEngine {
  engine: SchemaEngine;
  close(): Promise<void>;
}

export async function openSchemaEngine(
  config: DatabaseConfig,
  schemaPath: string,
  schemaText: string,
): Promise<OpenSchemaEngine> {
  bindingsPromise ??= loadBindings();
  const bindings = await bindingsPromise;
  const { factory, closeAll } = trackedAdapterFactory(config);
  const logs: string[] = [];
  const engine = await bindings.SchemaEngine.new(
    { datamodels: [[schemaPath, schemaText]] },
    (line: string) => logs.push(line),
    factory,
  );
  return {
    engine,
    close: async () => {
      engine.free();
      await closeAll();
    },
  };
}
