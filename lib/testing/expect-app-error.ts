import { expect } from "vitest";
import { AppError } from "@/lib/errors";

/** Asserts that a promise rejects with an AppError of this code whose message contains or matches `message`. */
export function expectAppError(promise: Promise<unknown>, code: AppError["code"], message: RegExp | string) {
  return expect(promise).rejects.toSatisfy((error) => {
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({
      code,
      message:
        typeof message === "string" ? expect.stringContaining(message) : expect.stringMatching(message),
    });
    return true;
  });
}
