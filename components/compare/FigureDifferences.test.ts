import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { CompareAlignmentRow } from "@/lib/views";
import { FigureDifferences } from "./FigureDifferences";

const outletOf = (id: string) => (id === "a" ? "JOE" : "Outlet B");
const render = (rows: CompareAlignmentRow[]) =>
  renderToStaticMarkup(createElement(FigureDifferences, { rows, outletOf }));

describe("FigureDifferences", () => {
  it("shows each differently worded figure with both sentences and their outlets", () => {
    const html = render([
      {
        key: "r0",
        sentences: [{ articleId: "a", text: "Nothing to see.", start: 0, end: 15 }],
        missingFrom: ["b"],
        figures: [],
      },
      {
        key: "r1",
        sentences: [
          {
            articleId: "a",
            text: "It follows 26 countries that are part of the coalition.",
            start: 0,
            end: 55,
          },
          { articleId: "b", text: "Macron said 26 of Ukraine's allies had agreed.", start: 0, end: 46 },
        ],
        missingFrom: [],
        figures: [
          { fromArticleId: "a", toArticleId: "b", from: "26 countries", to: "26 of Ukraine's allies" },
        ],
      },
    ]);
    expect(html).toContain("“26 countries”");
    expect(html).toContain("“26 of Ukraine&#x27;s allies”");
    expect(html).toContain("JOE");
    expect(html).toContain("Outlet B");
    expect(html).not.toContain("Nothing to see.");
  });

  it("says so when every figure is worded the same", () => {
    expect(render([])).toContain("same words");
  });
});
