import { describe, it } from "vitest";
import { assertFuzzProperty } from "@/lib/cli/fuzz-properties";

describe("URL normalisation under fuzzing", () => {
  it("is idempotent and only yields http(s) URLs", () => {
    assertFuzzProperty("urls", 1000);
  });
});
