import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { signBody, verifySignature } from "./sign";

describe("webhook signatures", () => {
  const secret = "a shared secret of some length";
  const body = JSON.stringify({
    id: "d1",
    event: "article.added",
    entry: { title: "Ferry “strike” ends — 5 €" },
  });

  it("is the hex HMAC-SHA256 of the body's UTF-8 bytes, prefixed sha256=", () => {
    const expected = createHmac("sha256", secret).update(Buffer.from(body, "utf8")).digest("hex");
    expect(signBody(secret, body)).toBe(`sha256=${expected}`);
    // A known vector (RFC 4231 test case 2), so the scheme cannot drift unnoticed.
    expect(signBody("Jefe", "what do ya want for nothing?")).toBe(
      "sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
    );
  });

  it("verifies the right signature and refuses any change to body, secret or header", () => {
    const header = signBody(secret, body);
    expect(verifySignature(secret, body, header)).toBe(true);
    expect(verifySignature(secret, `${body} `, header)).toBe(false);
    expect(verifySignature(`${secret}!`, body, header)).toBe(false);
    expect(
      verifySignature(
        secret,
        body,
        header.replace(/.$/, (c) => (c === "0" ? "1" : "0")),
      ),
    ).toBe(false);
    expect(verifySignature(secret, body, header.slice("sha256=".length))).toBe(false);
    expect(verifySignature(secret, body, "sha256=zz")).toBe(false);
    expect(verifySignature(secret, body, null)).toBe(false);
  });
});
