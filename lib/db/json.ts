import type { Prisma } from "@/prisma/generated/sqlite/client";

/** Plain data for a Json column. Our JSON values are built from plain objects, arrays, strings and numbers. */
export function toJson(value: unknown): Prisma.InputJsonValue {
  return JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue;
}

export function fromJson<T>(value: Prisma.JsonValue | null | undefined, fallback: T): T {
  return value === null || value === undefined ? fallback : (value as unknown as T);
}
