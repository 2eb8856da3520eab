import { describe, expect, it } from "vitest";
import { stageOf, superLinearSteps } from "@/lib/testing/growth";
import { findQuotations } from "./index";
import { findQuoteSpans } from "./marks/marks";

/* Issue 15: every analysis stage linear in its input, on the bodies an attacker would send (lib/testing/growth.ts). */
describe("quotation stages on adversarial bodies of 10k, 100k and 1M characters", () => {
  it("finding quotation marks grows about linearly", { timeout: 120_000 }, () => {
    expect(superLinearSteps(stageOf("quotation marks", findQuoteSpans))).toEqual([]);
  });

  it("attribution (quotations, cues, speakers) grows about linearly", { timeout: 120_000 }, () => {
    expect(superLinearSteps(stageOf("attribution", (body) => findQuotations(body)))).toEqual([]);
  });
});
