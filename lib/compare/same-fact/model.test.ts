import { describe, expect, it } from "vitest";
import { AppError } from "../../errors";
import { FEATURE_NAMES } from "./features";
import { checkedModel, SAME_FACT_MODEL } from "./model";

const SOURCE = {
  file: "lib/compare/same-fact/model.json",
  refit: "npm run fit:same-fact",
  features: FEATURE_NAMES,
};

function refusal(change: (model: Record<string, unknown>) => void, thresholds = [0.5]): AppError {
  const model: Record<string, unknown> = JSON.parse(JSON.stringify(SAME_FACT_MODEL));
  change(model);
  try {
    checkedModel(model as never, SOURCE, thresholds);
  } catch (error) {
    return error as AppError;
  }
  throw new Error("the model was accepted");
}

describe("checkedModel", () => {
  it("accepts the committed model", () => {
    expect(checkedModel(SAME_FACT_MODEL, SOURCE, [SAME_FACT_MODEL.threshold])).toBe(SAME_FACT_MODEL);
  });

  it("refuses a corrupt model, naming its file and the command that refits it", () => {
    const cases = [
      refusal((m) => (m.features = ["words"])),
      refusal((m) => ((m.weights as number[])[0] = Number.NaN)),
      refusal((m) => (m.means = (m.means as number[]).slice(1))),
      refusal((m) => delete m.scales),
      refusal((m) => (m.bias = "x")),
      refusal(() => undefined, [1.5]),
    ];
    for (const error of cases) {
      expect(error).toBeInstanceOf(AppError);
      expect(error.message).toMatch(
        /^The model lib\/compare\/same-fact\/model\.json is unusable: .+npm run fit:same-fact\.$/,
      );
    }
  });
});
