import { describe, expect, it } from "vitest";
import { isRtl, stripBidiControls, visualLine, visualUnits, visualWord } from "./og-bidi";

describe("right-to-left text for the preview renderer", () => {
  it("tells a block's direction from its first letter with one", () => {
    expect(isRtl("נתניהו: נמשיך")).toBe(true);
    expect(isRtl("«الجزيرة» اليوم")).toBe(true);
    expect(isRtl("2025 Haaretz הארץ")).toBe(false);
    expect(isRtl("\u200F")).toBe(false);
  });

  it("reverses Hebrew letters, keeps digit and Latin runs, mirrors brackets, leaves Arabic to the renderer", () => {
    expect(visualWord("שלום")).toBe("םולש");
    expect(visualWord("ב-2025")).toBe("2025-ב");
    expect(visualWord("(הארץ)")).toBe("(ץראה)");
    expect(visualWord("الجزيرة")).toBe("الجزيرة");
    expect(visualWord("Haaretz")).toBe("Haaretz");
  });

  it("drops direction marks, which the fonts cannot draw", () => {
    expect(stripBidiControls("\u200FOutlet\u202E name\u2069")).toBe("Outlet name");
    expect(visualLine("\u200Fהארץ\u200F")).toBe("ץראה");
  });

  it("lays a right-to-left block out from the right, keeping left-to-right runs in reading order", () => {
    const words = ["ראש", "העיר", "New", "York", "אמר"].map((text) => ({ text, data: 0 }));
    expect(visualUnits(words, true).map((u) => u.text)).toEqual(["שאר", "ריעה", "New York", "רמא"]);
    expect(visualLine("ראש העיר אמר")).toBe("רמא ריעה שאר");
    expect(visualLine("The Harbour Daily")).toBe("The Harbour Daily");
  });
});
