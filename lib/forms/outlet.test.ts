import { describe, expect, it } from "vitest";
import { fieldErrorsOf } from "@/app/_lib/action";
import { outletFactFormSchema } from "./outlet";

const form = (fields: Record<string, string>) =>
  outletFactFormSchema.safeParse({
    slug: "the-daily",
    kind: "type",
    value: "",
    source: "",
    sourceUrl: "",
    asOf: "",
    ...fields,
  });

describe("the outlet fact form", () => {
  it("reads a fact in its kind's words with its source and date", () => {
    expect(
      form({ kind: "languages", value: "EN fr", source: " Register ", asOf: "2026-11-01" }).data,
    ).toEqual({
      slug: "the-daily",
      kind: "languages",
      value: "en fr",
      source: "Register",
      sourceUrl: null,
      asOf: new Date("2026-11-01T00:00:00Z"),
    });
    expect(form({ value: "Public service", source: "S", asOf: "2026-11-01" }).data?.value).toBe(
      "public-service",
    );
  });

  it("names the field at fault: a value outside the scheme, no source, a bad address or date", () => {
    const errors = (fields: Record<string, string>) => {
      const parsed = form(fields);
      return parsed.success ? {} : fieldErrorsOf(parsed.error.issues);
    };
    expect(errors({ value: "biased", source: "S", asOf: "2026-01-01" })).toHaveProperty("value");
    expect(errors({ kind: "country", value: "XX", source: "S", asOf: "2026-01-01" })).toHaveProperty("value");
    expect(errors({ value: "private", asOf: "2026-01-01" })).toHaveProperty("source");
    expect(
      errors({ value: "private", source: "S", sourceUrl: "javascript:x", asOf: "2026-01-01" }),
    ).toHaveProperty("sourceUrl");
    expect(errors({ value: "private", source: "S", asOf: "2026-02-30" })).toHaveProperty("asOf");
  });

  it("removes a fact without asking for a source", () => {
    expect(form({ remove: "1" }).data).toMatchObject({ value: null, kind: "type" });
  });
});
