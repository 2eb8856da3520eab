import { describe, expect, it } from "vitest";
import { capText, decodeEntities, htmlToText } from "./html-text";
import { withCpuTime } from "@/lib/testing/cpu-time";

describe("htmlToText", () => {
  it("drops tags, keeps words apart at block boundaries and not inside inline ones", () => {
    expect(htmlToText("<p>First para.</p><p>Second <b>bold</b>er<br/>line</p>")).toBe(
      "First para. Second bolder line",
    );
  });

  it("drops scripts, styles and comments with their content", () => {
    expect(
      htmlToText(`a<script>var x = "<p>no</p>";</script>b<style>p{}</style>c<!-- <p>hidden</p> -->d`),
    ).toBe("a b c d");
    expect(htmlToText("<SCRIPT type='x'>x</SCRIPT >after")).toBe("after");
  });

  it("keeps a lone < as text", () => {
    expect(htmlToText("3 < 5 and 7 > 2")).toBe("3 < 5 and 7 > 2");
  });

  it("decodes entities once, and whitespace becomes single spaces", () => {
    expect(htmlToText("AT&amp;amp;T&nbsp;&mdash;\n\n  caf&eacute; &#x2019;&#8217; &unknown;")).toBe(
      "AT&amp;T — café ’’ &unknown;",
    );
  });

  it("stays fast on pathological markup", () => {
    const { ms } = withCpuTime(() => {
      htmlToText("<a".repeat(30_000));
      htmlToText("<!--".repeat(15_000));
      htmlToText("<script>".repeat(7_000));
    });
    expect(ms).toBeLessThan(1_000);
  });
});

describe("decodeEntities", () => {
  it("maps numeric references 128–159 to Windows-1252 as browsers do", () => {
    expect(decodeEntities("d&#146;entr&#233;e &#150; &#128;5")).toBe("d’entrée – €5");
  });

  it("replaces impossible code points", () => {
    expect(decodeEntities("&#0;&#xD800;&#1114112;")).toBe("\uFFFD\uFFFD\uFFFD");
  });
});

describe("capText", () => {
  it("cuts at a word boundary with an ellipsis, within the limit", () => {
    const cut = capText("The quick brown fox jumps over the lazy dog", 20);
    expect(cut).toBe("The quick brown fox…");
    expect(cut.length).toBeLessThanOrEqual(20);
  });

  it("never leaves half a surrogate pair", () => {
    const cut = capText("😀".repeat(20), 10);
    expect(cut).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });
});
