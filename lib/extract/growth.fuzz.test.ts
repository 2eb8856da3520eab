import { describe, expect, it } from "vitest";
import { AppError } from "../errors";
import { stageOf, superLinearSteps } from "@/lib/testing/growth";
import { extractArticle, type ExtractInput } from "./index";

/* Issue 15: every analysis stage linear in its input, on the bodies an attacker would send (lib/testing/growth.ts). */
function extract(input: ExtractInput): unknown {
  try {
    return extractArticle(input);
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
}

const escape = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;");

describe("extraction of adversarial bodies of 10k, 100k and 1M characters", () => {
  it("from text grows about linearly", { timeout: 120_000 }, () => {
    const stage = stageOf("text extraction", (body) => extract({ content: body, format: "text" }));
    expect(superLinearSteps(stage)).toEqual([]);
  });

  it("from HTML grows about linearly", { timeout: 120_000 }, () => {
    const stage = {
      name: "HTML extraction",
      prepare: (body: string) =>
        `<html><head><title>T</title></head><body><article><p>${escape(body)}</p></article></body></html>`,
      run: (content: string) => extract({ content, format: "html" }),
    };
    expect(superLinearSteps(stage)).toEqual([]);
  });
});
