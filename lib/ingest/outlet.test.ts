import { describe, expect, it } from "vitest";
import { resolveOutlet, slugify } from "./outlet";
import { titleFromBody } from "./title";

describe("resolveOutlet", () => {
  it("prefers the name the user gave, then the page's site name, then the host", () => {
    expect(resolveOutlet({ name: " Outlet B ", siteName: "Site", url: "https://b.example/x" })).toMatchObject(
      {
        name: "Outlet B",
        slug: "outlet-b",
      },
    );
    expect(resolveOutlet({ siteName: "The Harbour Daily", url: "https://www.harbour.example/x" })).toEqual({
      name: "The Harbour Daily",
      slug: "the-harbour-daily",
      domain: "harbour.example",
    });
    expect(resolveOutlet({ url: "https://www.harbour.example/x" }).name).toBe("harbour.example");
    expect(resolveOutlet({}).name).toBe("Unknown outlet");
  });

  it("makes URL-safe slugs", () => {
    expect(slugify("Le Monde — Édition")).toBe("le-monde-edition");
    expect(slugify("***")).toBe("outlet");
    // Names in other scripts keep their letters: two Hebrew outlets are two outlets.
    expect(slugify("ידיעות אחרונות")).toBe("ידיעות-אחרונות");
    expect(slugify("הארץ")).not.toBe(slugify("ידיעות אחרונות"));
    expect(slugify("Новая газета")).toBe("новая-газета");
  });
});

describe("titleFromBody", () => {
  it("uses a short first sentence as it is", () => {
    expect(titleFromBody("Putin warns the West. More text follows.")).toBe("Putin warns the West.");
  });

  it("cuts a long first sentence at a word boundary", () => {
    const title = titleFromBody(`${"word ".repeat(60)}end.`);
    expect(title.length).toBeLessThanOrEqual(111);
    expect(title.endsWith("word…")).toBe(true);
  });
});
