import { describe, expect, it } from "vitest";
import { selectBody, type BodyUnit } from "./body";
import { BODY_PARAMETERS } from "./parameters";
import { widerBody } from "./wider-body";

const prose = (n: number): BodyUnit => ({
  text: `Section ${n} explains in full sentences what the reader needs to know about this part of the guide, with detail.`,
  kind: "prose",
  role: "paragraph",
});
const heading = (text: string): BodyUnit => ({ text, kind: "short", role: "heading" });
const marker: BodyUnit = { text: "Comments", kind: "end-marker", role: "heading" };
const comment: BodyUnit = {
  text: "A reader's long comment that is prose too, and would count as body if nothing marked where the article ends.",
  kind: "prose",
  role: "paragraph",
};

/** A guide of six sections; Readability's container held only the second. */
const page: BodyUnit[] = [
  heading("Menu"),
  prose(1),
  heading("Part two"),
  prose(2),
  heading("Part three"),
  prose(3),
  prose(4),
  prose(5),
  prose(6),
  marker,
  comment,
  comment,
  comment,
  comment,
  comment,
  comment,
  comment,
];
const found = selectBody([prose(2)], null, "html", BODY_PARAMETERS)!;
const proseChars = page.filter((unit) => unit.kind === "prose").reduce((sum, u) => sum + u.text.length, 0);

describe("widerBody", () => {
  it("takes the whole article around a section Readability kept, up to the end marker", () => {
    const wider = widerBody({
      units: () => page,
      proseChars,
      found,
      title: null,
      parameters: BODY_PARAMETERS,
    });
    expect(wider?.selection.paragraphs).toEqual([
      prose(1).text,
      "Part two",
      prose(2).text,
      "Part three",
      prose(3).text,
      prose(4).text,
      prose(5).text,
      prose(6).text,
    ]);
  });

  it("searches around a body that holds half the page's prose: the other half is often the rest of it", () => {
    const half = selectBody([prose(3), prose(4), prose(5)], null, "html", BODY_PARAMETERS)!;
    const sections = [1, 2, 3, 4, 5, 6].reduce((sum, n) => sum + prose(n).text.length, 0);
    const wider = widerBody({
      units: () => page,
      proseChars: sections,
      found: half,
      title: null,
      parameters: BODY_PARAMETERS,
    });
    expect(wider?.selection.paragraphs).toContain(prose(1).text);
    expect(wider?.selection.paragraphs).toContain(prose(6).text);
  });

  it("keeps Readability's body when it holds most of the page's prose, without reading the page", () => {
    let read = false;
    const units = () => {
      read = true;
      return page;
    };
    const proseOfArticle = found.paragraphs.join("").length;
    expect(
      widerBody({ units, proseChars: proseOfArticle, found, title: null, parameters: BODY_PARAMETERS }),
    ).toBeNull();
    expect(read).toBe(false);
  });

  it("keeps Readability's body when its paragraphs are not found on the page or nothing longer surrounds them", () => {
    const elsewhere = selectBody(
      [{ ...prose(9), text: "Not on this page at all, a paragraph of prose." }],
      null,
      "html",
      BODY_PARAMETERS,
    )!;
    expect(
      widerBody({
        units: () => page,
        proseChars,
        found: elsewhere,
        title: null,
        parameters: BODY_PARAMETERS,
      }),
    ).toBeNull();
    const alone = [heading("Menu"), prose(2), marker, comment, comment, comment];
    expect(
      widerBody({ units: () => alone, proseChars, found, title: null, parameters: BODY_PARAMETERS }),
    ).toBeNull();
  });
});
