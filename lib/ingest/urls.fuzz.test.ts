import { describe, it } from "vitest";
import { assertFuzzProperty } from "@/lib/testing/fuzz";
import { urlsProperty } from "./urls.fuzz";

describe("URL normalisation under fuzzing", () => {
  it("is idempotent and only yields http(s) URLs", () => {
    assertFuzzProperty(urlsProperty, 1000);
  });
});
