import { describe, expect, it } from "vitest";
import { words } from "../text";
import { readWords } from "./read-words";
import { termsOfWords } from "./terms";
import { FUNICULAR_DOC, JOE_DOC, OTHER_DOC } from "./__fixtures__/documents";

/** What readWords must equal: lib/text's words and the terms of them. */
function expected(text: string): { words: string[]; terms: string[] } {
  const found = words(text);
  return { words: found, terms: termsOfWords(found) };
}

describe("readWords", () => {
  it("reads the words and terms lib/text's pattern and termsOfWords give", () => {
    const texts = [
      "",
      "   ",
      "Putin's troops' rock-and-roll U.S. e.g. 3.5 1,200 don’t -dash- end. 'quoted' ...x",
      "Trailing joiner- and. and’ and' a-",
      "Ünïcödé wörds, façade naïve Ærø ß straße İstanbul",
      "Греция и Россия, 東京 と 大阪, עברית, العربية ٣٤٥ ²³ ½ Ⅻ",
      "Astral 𝐀𝐁𝐂 letters 𝟘𝟙 digits 😀 emoji a😀b 𝐀-𝐁 lone \ud800 high \udc00 low x\ud800-y",
      "tab\tnew\nline\r\nwords\u00a0nbsp\u2009thin",
      JOE_DOC.title + "\n" + JOE_DOC.text,
      OTHER_DOC.text,
      FUNICULAR_DOC.text,
    ];
    // Twice: the second reading finds every word in the table.
    for (let round = 0; round < 2; round++) {
      for (const text of texts) expect(readWords(text)).toEqual(expected(text));
    }
  });

  it("reads the same after its table of words fills up and is emptied", () => {
    const many = Array.from({ length: 60_000 }, (_, i) => `w${i.toString(36)}x`).join(" ");
    expect(readWords(many)).toEqual(expected(many));
    expect(readWords(JOE_DOC.text)).toEqual(expected(JOE_DOC.text));
  });

  it("agrees with the pattern on random mixes of letters, digits, joiners and odd code units", () => {
    const alphabet = [
      "a",
      "Z",
      "7",
      "é",
      "ß",
      "٣",
      "²",
      "𝐀",
      "😀",
      "'",
      "’",
      ".",
      "-",
      " ",
      "\n",
      ",",
      "\ud800",
      "\udc00",
      "_",
    ];
    let seed = 11;
    const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
    for (let n = 0; n < 2_000; n++) {
      const text = Array.from(
        { length: 1 + Math.floor(next() * 12) },
        () => alphabet[Math.floor(next() * alphabet.length)],
      ).join("");
      expect(readWords(text)).toEqual(expected(text));
    }
  });
});
