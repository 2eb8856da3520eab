import { describe, expect, it } from "vitest";
import { scriptLanguage } from "./script-language";

const JAPANESE =
  "Kindle書籍を読む場合は、一般的にスマホやタブレットなどのモバイル端末で読むことが多いと思いますが、パソコンでそのまま読みたい時もあります。そんな用途を考慮してか、Kindleや楽天koboにはデスクトップアプリが用意されています。";
const CHINESE =
  "市政府周一宣布，新的地铁线路将于明年春季开通，连接机场和市中心，预计每天运送乘客超过二十万人次。";
const KOREAN = "서울시는 월요일 새 지하철 노선이 내년 봄에 개통되어 공항과 도심을 연결할 것이라고 발표했다.";
const RUSSIAN =
  "Характеристики бега можно увеличить за счет кодов. Стандартная скорость задается командой player.setav speedmult, а здоровье и магия меняются так же.";
const UKRAINIAN =
  "Міська рада в понеділок затвердила бюджет на наступний рік, збільшивши витрати на ремонт шкіл і лікарень.";
const PERSIAN =
  "شورای شهر روز دوشنبه بودجه سال آینده را تصویب کرد و هزینه‌های تعمیر مدارس و بیمارستان‌ها را افزایش داد.";
const ENGLISH =
  "The city council approved next year's budget on Monday, raising spending on school and hospital repairs.";

describe("scriptLanguage", () => {
  it.each([
    [JAPANESE, "ja"],
    [CHINESE, "zh"],
    [KOREAN, "ko"],
    [RUSSIAN, "ru"],
    [UKRAINIAN, "uk"],
    [PERSIAN, "fa"],
  ])("names the language of %j by its script", (text, language) => {
    expect(scriptLanguage(text)).toBe(language);
  });

  it("leaves Latin-script and very short text to the function-word detector", () => {
    expect(scriptLanguage(ENGLISH)).toBeNull();
    expect(scriptLanguage("Привет")).toBeNull();
    expect(scriptLanguage(`${ENGLISH} Москва.`)).toBeNull();
  });
});
