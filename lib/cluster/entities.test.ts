import { describe, expect, it } from "vitest";
import { extractEntities } from "./entities";
import { extractNumbers } from "./numbers";

describe("extractEntities", () => {
  it("takes capitalised runs, without titles, leading function words or sentence-initial capitals", () => {
    const entities = extractEntities(
      "",
      "Unsurprisingly, Putin is not a fan. Russian President Vladimir Putin spoke in Vladivostok. However, the Coalition of the Willing met in Paris. Putin said so.",
    );
    expect(entities).toEqual(
      expect.arrayContaining(["Putin", "Vladimir Putin", "Vladivostok", "Coalition of the Willing", "Paris"]),
    );
    expect(entities).not.toContain("Unsurprisingly");
    expect(entities).not.toContain("However");
    expect(entities[0]).toBe("Putin");
  });

  it("ends a name at a comma or a possessive, and ignores title-case or shouted headlines", () => {
    expect(extractEntities("", "He met Xi, Modi and Kim in Beijing with Ukraine's allies.")).toEqual(
      expect.arrayContaining(["Xi", "Modi", "Kim", "Beijing", "Ukraine"]),
    );
    expect(extractEntities("CHARGERS WILLIAMS ARRESTED ON SUSPICION OF DUI", "")).toEqual([]);
    expect(extractEntities("Man Dies After Shooting On Oak Street Near Park", "")).toEqual([]);
  });
});

describe("extractNumbers", () => {
  it("keeps figures of two or more digits, normalised, most mentioned first", () => {
    expect(extractNumbers("A 22-year-old and 1,200 people on 5 May 2004; 2004 again and 3.5 miles")).toEqual([
      "2004",
      "22",
      "1200",
      "3.5",
    ]);
  });
});
