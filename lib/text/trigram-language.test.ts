import { francAll } from "franc-min";
import { data } from "franc-min/data.js";
import { describe, expect, it } from "vitest";
import { francAllFast } from "./trigram-language";

/** Texts in every language franc-min knows (its own profiles, read as words), and edge cases. */
function texts(): string[] {
  const fromProfiles = Object.values(data).flatMap((languages) =>
    Object.values(languages).flatMap((profile) => {
      const trigrams = profile.split("|");
      return [trigrams.slice(0, 120).join(""), trigrams.slice(40, 90).join(" ").toUpperCase()];
    }),
  );
  return [
    ...fromProfiles,
    "",
    "short",
    "1234567890 2024-05-06 12:00 !!! ???",
    "The city council voted on Tuesday to approve a new budget that raises spending on schools and roads.",
    "Der Stadtrat hat am Dienstag einen neuen Haushalt beschlossen, der mehr Geld für Schulen vorsieht.",
    "Городской совет во вторник утвердил новый бюджет, который увеличивает расходы на школы и дороги.",
    "東京都議会は火曜日、学校と道路への支出を増やす新しい予算を承認した。",
    "مجلس المدينة وافق يوم الثلاثاء على ميزانية جديدة تزيد الإنفاق على المدارس والطرق",
    "İSTANBUL'da belediye meclisi salı günü yeni bütçeyi onayladı; okullar ve yollar için harcama artıyor.",
    "Mixed Latin and Кириллица text — with “quotes”, emoji 🎉🎉 and tabs\tand\nlines.",
  ];
}

describe("francAllFast", () => {
  it("gives franc-min's francAll to the last digit", () => {
    for (const text of texts()) {
      for (const minLength of [10, 20]) {
        expect(francAllFast(text, minLength)).toEqual(francAll(text, { minLength }));
      }
    }
  });
});
