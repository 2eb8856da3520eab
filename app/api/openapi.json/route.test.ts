import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { GET } from "./route";

/** Every route.ts under app/api, as the OpenAPI path it serves ("[id]" → "{id}"). */
function apiRoutes(folder = path.join(process.cwd(), "app", "api"), prefix = "/api"): string[] {
  return readdirSync(folder).flatMap((name) => {
    const full = path.join(folder, name);
    if (statSync(full).isDirectory())
      return name.startsWith("_") ? [] : apiRoutes(full, `${prefix}/${name.replace(/^\[(\w+)\]$/, "{$1}")}`);
    return name === "route.ts" ? [prefix] : [];
  });
}

/** Every feed route under app (feed.atom, feed.json folders), as its OpenAPI path. */
function feedRoutes(folder = path.join(process.cwd(), "app"), prefix = ""): string[] {
  return readdirSync(folder).flatMap((name) => {
    const full = path.join(folder, name);
    if (!statSync(full).isDirectory() || name.startsWith("_") || name === "api") return [];
    const segment = `${prefix}/${name.replace(/^\[(\w+)\]$/, "{$1}")}`;
    return /^feed\.(atom|json)$/.test(name) ? [segment] : feedRoutes(full, segment);
  });
}

function refs(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(refs);
  if (value && typeof value === "object")
    return Object.entries(value).flatMap(([key, v]) =>
      key === "$ref" && typeof v === "string" ? [v] : refs(v),
    );
  return [];
}

describe("GET /api/openapi.json", () => {
  it("is an OpenAPI 3.1 document that names every API route and resolves every $ref", async () => {
    const response = GET();
    expect(response.status).toBe(200);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    const doc = (await response.json()) as { openapi: string; paths: Record<string, unknown> };
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths).sort()).toEqual([...apiRoutes(), ...feedRoutes()].sort());
    for (const ref of refs(doc)) {
      const target = ref
        .replace(/^#\//, "")
        .split("/")
        .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], doc);
      expect(target, ref).toBeDefined();
    }
  });
});
