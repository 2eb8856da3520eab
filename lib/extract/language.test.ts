import { describe, expect, it } from "vitest";
import { extractArticle } from "./index";

const JAPANESE =
  "Kindle書籍を読む場合は、一般的にスマホやタブレットなどのモバイル端末で読むことが多いと思いますが、パソコンでそのまま読みたい時もあります。そんな用途を考慮してか、Kindleや楽天koboにはデスクトップアプリが用意されています。";
const CHINESE =
  "市政府周一宣布，新的地铁线路将于明年春季开通，连接机场和市中心，预计每天运送乘客超过二十万人次。";
const RUSSIAN =
  "Характеристики бега можно увеличить за счет кодов. Стандартная скорость задается командой player.setav speedmult, а здоровье и магия меняются так же.";
const ENGLISH =
  "The city council approved next year's budget on Monday, raising spending on school and hospital repairs.";

describe("the article's language", () => {
  const page = (lang: string | null, text: string): string =>
    `<html${lang ? ` lang="${lang}"` : ""}><body><article><p>${text}</p><p>${text}</p></article></body></html>`;
  const languageOf = (lang: string | null, text: string): string | null =>
    extractArticle({ content: page(lang, text), format: "html" }).language;

  it("comes from the script when the page declares none or a template default in Latin script", () => {
    expect(languageOf(null, JAPANESE)).toBe("ja");
    expect(languageOf("en", JAPANESE)).toBe("ja");
    expect(languageOf(null, RUSSIAN)).toBe("ru");
    expect(languageOf("de", CHINESE)).toBe("zh");
  });

  it("keeps a declared language that shares the script", () => {
    expect(languageOf("uk", RUSSIAN)).toBe("uk");
    expect(languageOf("zh-Hant", CHINESE)).toBe("zh");
    expect(languageOf("sr", RUSSIAN)).toBe("sr");
    expect(languageOf("ja", ENGLISH)).toBe("ja");
  });
});
