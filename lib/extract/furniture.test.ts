import { describe, expect, it } from "vitest";
import { classifyLine, cleanByline, parseBylineLine, type LineKind } from "./furniture";

describe("classifyLine", () => {
  it.each<[string, LineKind]>([
    ["Advert", "advert"],
    ["ADVERTISEMENT", "advert"],
    ["Story continues below advertisement", "advert"],
    ["Topics:", "end-marker"],
    ["Topics: Russia, Vladimir Putin, World News", "end-marker"],
    ["RELATED ARTICLES", "end-marker"],
    ["MORE FROM JOE", "end-marker"],
    ["Load more stories", "end-marker"],
    ["You may also like", "end-marker"],
    ["Share this article", "prompt"],
    ["Sign up to our Politics newsletter for the latest news in your inbox.", "prompt"],
    ["Read more: Rail fares to rise by 4.6% in January", "prompt"],
    ["Follow us on Instagram", "prompt"],
    ["© 2025 The Coastal Courier", "prompt"],
    ["Image: Getty Images", "caption"],
    ["Protesters marched through the centre (Image: GETTY)", "caption"],
    ["By Sammi Minion", "byline"],
    ["Additional reporting by Joseph Hudak", "byline"],
    ["05th Sep 2025", "date"],
    ["Updated Nov 19, 6:55 AM", "date"],
    ["Putin threatens to strike Western troops in Ukraine", "short"],
    ["What happens next", "short"],
    [
      "At the Eastern Economic Forum in Vladivostok, Putin said that any foreign troops would be targets.",
      "prose",
    ],
  ])("%j is %s", (line, kind) => {
    expect(classifyLine(line)).toBe(kind);
  });

  it.each<[string, LineKind]>([
    ["Anzeige", "advert"],
    ["Publicité", "advert"],
    ["Pubblicità", "advert"],
    ["Mehr zum Thema", "end-marker"],
    ["Sur le même sujet", "end-marker"],
    ["Noticias relacionadas", "end-marker"],
    ["Lesen Sie auch: Wie sicher sind die Deiche?", "prompt"],
    ["À lire aussi : Les bus gratuits le week-end", "prompt"],
    ["Leggi anche: Il nuovo ponte apre a maggio", "prompt"],
    ["Artikel teilen", "prompt"],
    ["Partager", "prompt"],
    ["Newsletter abonnieren: Die wichtigsten Nachrichten jeden Morgen per E-Mail.", "prompt"],
    ["Abonnez-vous à notre newsletter pour recevoir l'essentiel de l'actualité.", "prompt"],
    ["Foto: dpa/Robert Michael", "caption"],
    ["Von Jana Köhler", "byline"],
    ["Par Claire Dubois", "byline"],
    ["Veröffentlicht am 16.09.2025, 05:30 Uhr", "date"],
  ])("%j is %s (other languages)", (line, kind) => {
    expect(classifyLine(line)).toBe(kind);
  });

  it("does not take a headline or sentence that starts with von/par for a byline", () => {
    expect(classifyLine("Von der Leyen visits Kyiv")).toBe("short");
    expect(parseBylineLine("Par for the course")).toBeNull();
    expect(
      classifyLine(
        "Jetzt will die Regierung das Abo für den Nahverkehr billiger machen, sagte der Minister.",
      ),
    ).toBe("prose");
  });

  it("does not mistake prose that starts like furniture for furniture", () => {
    expect(
      classifyLine("By the time the ferry arrived, most of the passengers had already left the terminal."),
    ).toBe("prose");
    expect(
      classifyLine(
        "Related to the dispute, the minister said the two sides would meet again before the end of May.",
      ),
    ).toBe("prose");
    expect(
      classifyLine("“Get out of here and read the report,” he shouted at the reporters outside the court."),
    ).toBe("prose");
    expect(classifyLine("Watch-makers in the Jura said exports to Asia had doubled since the spring.")).toBe(
      "prose",
    );
    expect(
      classifyLine(
        "Share prices fell sharply on Monday as investors reacted to the news that the company would cut its dividend for the first time in a decade.",
      ),
    ).toBe("prose");
  });
});

describe("parseBylineLine", () => {
  it("returns the names without the date after them", () => {
    expect(parseBylineLine("By Sammi Minion")).toBe("Sammi Minion");
    expect(parseBylineLine("By Maria Okafor and Tom Reyes")).toBe("Maria Okafor and Tom Reyes");
    expect(parseBylineLine("By Justine Coleman - 11/18/19 11:04 PM EST")).toBe("Justine Coleman");
    expect(parseBylineLine("By Matthew Digby , Minh Do on Monday, November 18th, 2019 at 11:08 a.m.")).toBe(
      "Matthew Digby, Minh Do",
    );
  });

  it("cleans bylines from metadata", () => {
    expect(cleanByline("by Madeline Fry")).toBe("Madeline Fry");
    expect(cleanByline("By FEDERICA LUSIARDI - 2019-04-12")).toBe("FEDERICA LUSIARDI");
    expect(cleanByline("By Carrie ArnoldNovember 15, 2019")).toBe("Carrie Arnold");
    expect(cleanByline("Associated Press November 19, 2019 10:21 AM")).toBe("Associated Press");
    expect(cleanByline("  ")).toBeNull();
  });

  it("rejects sentences", () => {
    expect(parseBylineLine("By then it was too late.")).toBeNull();
    expect(parseBylineLine("By the end of the year the plant will employ 400 people.")).toBeNull();
  });
});
