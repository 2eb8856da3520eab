import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseDocument } from "./dom";
import { extractArticle } from "./index";
import { markStreamedSegments, placeStreamedSegments } from "./streamed-html";

function placed(html: string): Document {
  const document = parseDocument(markStreamedSegments(html));
  placeStreamedSegments(document);
  return document;
}

describe("streamed HTML (React Suspense segments)", () => {
  it("reads the article a streamed page sends in a hidden segment, in its slot", () => {
    const content = readFileSync(path.join(__dirname, "__fixtures__", "react-streamed.html"), "utf8");
    const article = extractArticle({ content, format: "html" });
    expect(article.text).toMatch(/^Dock workers at the port of Kelmouth/);
    expect(article.text).toContain("perishable cargo would be unloaded first");
    expect(article.text).not.toContain("All rights reserved");
  });

  it("moves each segment to the slot its script names, else to the boundary of the same number", () => {
    const document = placed(
      '<body><p id="a"><template id="B:0"></template></p><p id="b"><template id="P:3"></template></p>' +
        '<div hidden id="S:0">zero</div><div hidden id="S:7">seven</div>' +
        '<script>$RS("S:7","P:3")</script></body>',
    );
    expect(document.getElementById("a")?.textContent).toBe("zero");
    expect(document.getElementById("b")?.textContent).toBe("seven");
    expect(document.querySelector("[hidden]")).toBeNull();
  });

  it("leaves a segment without a slot where it is, visible, and a page without segments unchanged", () => {
    const document = placed('<body><p>shell</p><div hidden id="S:4">late text</div></body>');
    expect(document.body.textContent).toContain("late text");
    expect(document.querySelector("[hidden]")).toBeNull();
    const plain = '<body><div hidden id="menu">Menu</div><p>Text</p></body>';
    expect(markStreamedSegments(plain)).toBe(plain);
  });
});
