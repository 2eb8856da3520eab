import { describe, expect, it } from "vitest";
import { findQuotations } from "../find-quotations";
import { localQuotes } from "./marks";
import { GERMAN } from "./de";
import { FRENCH } from "./fr";

function quotesOf(body: string) {
  return findQuotations(body).map((q) => ({ text: q.text, speaker: q.speaker }));
}

const GERMAN_NEWS =
  "Die Bundesregierung hat am Montag in Berlin neue Pläne für den Ausbau der Stromnetze vorgestellt. " +
  "Die Kosten sollen in den kommenden Jahren deutlich steigen, wie aus einem Bericht hervorgeht.";

describe("German quotation marks", () => {
  it("pairs „ with “, the glyph that opens a quote in English", () => {
    const body = "Er sagte: „Wir werden das schaffen.“ Dann ging er.";
    const [q] = localQuotes(body, { start: 0, end: body.length }, GERMAN);
    expect(q && body.slice(q.inner.start, q.inner.end)).toBe("Wir werden das schaffen.");
  });

  it("reads »…« and keeps a quote within a quote inside its outer one", () => {
    const body = "Sie schrieb: »Das ist ‚falsch‘ und „gefährlich“.« Mehr nicht.";
    const spans = localQuotes(body, { start: 0, end: body.length }, GERMAN);
    expect(spans.map((s) => body.slice(s.inner.start, s.inner.end))).toEqual([
      "Das ist ‚falsch‘ und „gefährlich“.",
    ]);
  });
});

describe("quotations in German news", () => {
  it("finds `„…“, sagte der Minister` and `so Merkel` with their speakers", () => {
    const body =
      `${GERMAN_NEWS}\n\n„Wir haben keine Zeit mehr zu verlieren und müssen jetzt handeln“, sagte der Minister am Abend.\n\n` +
      "„Das ist ein wichtiger Schritt für unser Land“, so Merkel.";
    expect(quotesOf(body)).toEqual([
      { text: "Wir haben keine Zeit mehr zu verlieren und müssen jetzt handeln", speaker: "der Minister" },
      { text: "Das ist ein wichtiger Schritt für unser Land", speaker: "Merkel" },
    ]);
  });

  it("finds the speaker after the verb when the sentence opens with something else", () => {
    const body = `${GERMAN_NEWS}\n\nAm Montag erklärte Scholz: „Wir werden die Pläne in dieser Woche beschließen.“`;
    expect(quotesOf(body)).toEqual([
      { text: "Wir werden die Pläne in dieser Woche beschließen.", speaker: "Scholz" },
    ]);
  });

  it("takes a newspaper's name in marks for a name, not a quotation", () => {
    const body = `${GERMAN_NEWS}\n\nDas berichtete die Zeitung „Die Welt“ am Dienstag unter Berufung auf Regierungskreise.`;
    expect(quotesOf(body)).toEqual([]);
  });
});

describe("quotations in French news", () => {
  it("reads « … » with inner spaces and the inverted `a-t-il déclaré`", () => {
    const body =
      "Le gouvernement a présenté lundi un nouveau projet de loi sur les retraites, qui sera examiné par les députés " +
      "à partir de la semaine prochaine.\n\n« Nous ne reculerons pas sur cette réforme », a-t-il déclaré devant la presse.";
    const found = findQuotations(body);
    expect(found.map((q) => q.text)).toEqual(["Nous ne reculerons pas sur cette réforme"]);
    expect(found[0] && body.slice(found[0].speakerStart ?? 0, found[0].speakerEnd ?? 0)).toBe("il");
  });

  it("pairs « with » in French", () => {
    const body = "Il a dit : « Bonjour à tous. » Puis il est parti.";
    const spans = localQuotes(body, { start: 0, end: body.length }, FRENCH);
    expect(spans.map((s) => body.slice(s.inner.start, s.inner.end))).toEqual(["Bonjour à tous."]);
  });
});

describe("languages the rules do not cover", () => {
  it("finds no quotations in Dutch rather than wrong ones", () => {
    const body =
      "De regering heeft maandag nieuwe plannen gepresenteerd voor de uitbreiding van het stroomnet in het hele land. " +
      "De kosten zullen de komende jaren flink stijgen, zo blijkt uit een rapport.\n\n" +
      "„We hebben geen tijd meer te verliezen en moeten nu handelen”, zei de minister maandagavond tegen journalisten.";
    expect(findQuotations(body)).toEqual([]);
  });

  it("reads an English article's German paragraph by the German rules", () => {
    const body =
      "The chancellor spoke to reporters in Berlin on Monday after a long meeting with the leaders of the coalition " +
      "parties about the budget for next year and the cuts it will bring.\n\n" +
      "„Wir werden die Pläne in dieser Woche beschließen, und danach wird es keine weiteren Verhandlungen geben“, sagte Scholz vor den Journalisten im Kanzleramt.\n\n" +
      '"We will decide this week," the chancellor said later in English.';
    // The German quote goes to the German rules; "the chancellor" in the English one is resolved to Scholz.
    expect(findQuotations(body).map((q) => q.speaker)).toEqual(["Scholz", "Scholz"]);
  });
});
