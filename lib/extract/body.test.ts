import { describe, expect, it } from "vitest";
import { selectBody, type BodyUnit } from "./body";

const prose = (n: number): BodyUnit => ({
  text: `Paragraph ${n} tells the reader in full sentences why each of the brands below made the list this year.`,
  kind: "prose",
  role: "paragraph",
});
const heading = (text: string): BodyUnit => ({ text, kind: "short", role: "heading" });
const item = (text: string, linkDensity = 0): BodyUnit => ({
  text,
  kind: "short",
  role: "list-item",
  linkDensity,
});
const link = (text: string): BodyUnit => ({ text, kind: "short", role: "paragraph", linkDensity: 1 });

/**
 * A catalogue: an introduction, then brand after brand, each a heading, a shop link and bullet lines mostly set
 * as headings (<li><h3>), so that no brand weighs for the body as much as its link weighs against.
 */
const brand = (name: string): BodyUnit[] => [
  heading(name),
  link(`shop ${name.toLowerCase()}`),
  heading("organic cotton"),
  heading("recycled fabrics"),
  heading("fair trade and family-owned"),
  item("ships worldwide"),
];
const intro = [prose(1), prose(2), prose(3)];

describe("selectBody in Readability's container", () => {
  it("reads a list that goes on after the last paragraph, without its link lines", () => {
    const units = [...intro, ...brand("Aventura"), ...brand("Benetton"), ...brand("Carve")];
    const paragraphs = selectBody(units, null, "html")?.paragraphs ?? [];
    expect(paragraphs).toContain("Carve");
    expect(paragraphs.filter((text) => text === "recycled fabrics")).toHaveLength(3);
    expect(paragraphs).not.toContain("shop carve");
  });

  it("leaves out a closing list of links, and stops a list at an end marker", () => {
    const related = [1, 2, 3, 4].map((n) => item(`Another story worth reading, number ${n}`, 1));
    expect(selectBody([...intro, ...related], null, "html")?.paragraphs).toEqual(intro.map((u) => u.text));
    const marker: BodyUnit = { text: "You may also like", kind: "end-marker", role: "heading" };
    const afterMarker = [...intro, ...brand("Aventura"), marker, ...brand("Benetton")];
    const paragraphs = selectBody(afterMarker, null, "html")?.paragraphs ?? [];
    expect(paragraphs).toContain("Aventura");
    expect(paragraphs).not.toContain("Benetton");
  });

  it("keeps the section headings just before the first paragraph, but not the title or a category above it", () => {
    const units = [heading("Health"), heading("Saving money"), heading("Key takeaways"), ...intro];
    expect(selectBody(units, "Saving money | Bank of Somewhere", "html")?.paragraphs).toEqual([
      "Key takeaways",
      ...intro.map((u) => u.text),
    ]);
  });
});
