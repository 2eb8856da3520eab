import { describe, expect, it } from "vitest";
import { contentHash } from "./hash";
import { detectLanguage } from "./language";

describe("detectLanguage", () => {
  it("tells English, German and French news sentences apart", () => {
    expect(
      detectLanguage("The minister said on Monday that the talks with the union would continue for a week."),
    ).toBe("en");
    expect(
      detectLanguage(
        "Der Minister sagte am Montag, dass die Gespräche mit der Gewerkschaft nicht beendet sind und weitergehen.",
      ),
    ).toBe("de");
    expect(
      detectLanguage(
        "Le ministre a déclaré lundi que les discussions avec le syndicat sont dans une impasse pour le moment.",
      ),
    ).toBe("fr");
  });

  it("declines to guess on too little text", () => {
    expect(detectLanguage("Putin, Zelenskyy")).toBeNull();
  });
});

describe("contentHash", () => {
  it("is stable and changes with the text", () => {
    expect(contentHash("a")).toBe(contentHash("a"));
    expect(contentHash("a")).not.toBe(contentHash("b"));
    expect(contentHash("a")).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe("detectLanguage by script", () => {
  it("names a text by its non-Latin script, even with a few Latin words in it", () => {
    expect(
      detectLanguage(
        "Президент заявил в понедельник, что переговоры продолжатся на следующей неделе. Код: print('ok') и больше ничего.",
      ),
    ).toBe("ru");
    expect(
      detectLanguage(
        "東京の新しい駅は来年の春に開業する予定だと、鉄道会社が月曜日に発表しました。Kindle版もあります。",
      ),
    ).toBe("ja");
  });
});
