import { describe, expect, it } from "vitest";
import { readCountry, readDay, readLanguages, readOutletType } from "./scheme";

describe("outlet facts", () => {
  it("reads types as people write them, and nothing outside the scheme", () => {
    expect(readOutletType("Public Service")).toBe("public-service");
    expect(readOutletType("wire_agency")).toBe("wire-agency");
    expect(readOutletType("STATE-CONTROLLED")).toBe("state-controlled");
    expect(readOutletType("state owned")).toBeNull();
    expect(readOutletType("biased")).toBeNull();
  });

  it("reads country codes Intl knows", () => {
    expect(readCountry("gb")).toBe("GB");
    expect(readCountry("XK")).toBe("XK");
    expect(readCountry("ZZ")).toBeNull();
    expect(readCountry("QQ")).toBeNull();
    expect(readCountry("GBR")).toBeNull();
  });

  it("reads language lists in canonical case, each once", () => {
    expect(readLanguages("EN, pt-br; en")).toEqual(["en", "pt-BR"]);
    expect(readLanguages("xx")).toBeNull();
    expect(readLanguages("english")).toBeNull();
    expect(readLanguages(" ")).toBeNull();
  });

  it("reads calendar days only", () => {
    expect(readDay("2024-02-29")?.toISOString()).toBe("2024-02-29T00:00:00.000Z");
    expect(readDay("2025-02-29")).toBeNull();
    expect(readDay("1/2/2025")).toBeNull();
  });
});
