import type { LookupAddress } from "node:dns";
import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import {
  assertAddressAllowed,
  guardedLookup,
  literalAddress,
  nonPublicLabel,
  parseAllowList,
} from "./address-guard";
import type { ResolvedAddress } from "./types";

const guarded = { allowPrivateNetwork: false, allowAddresses: [] };

describe("nonPublicLabel", () => {
  it.each([
    ["127.0.0.1", "loopback"],
    ["127.255.0.9", "loopback"],
    ["10.1.2.3", "private"],
    ["172.16.0.1", "private"],
    ["192.168.1.1", "private"],
    ["169.254.1.1", "link-local"],
    ["100.64.0.1", "carrier-grade NAT"],
    ["0.0.0.0", "unspecified"],
    ["224.0.0.1", "multicast"],
    ["255.255.255.255", "broadcast"],
    ["240.0.0.1", "reserved"],
    ["::1", "loopback"],
    ["::", "unspecified"],
    ["fe80::1", "link-local"],
    ["fc00::1", "unique-local"],
    ["ff02::1", "multicast"],
    ["169.254.169.254", "cloud metadata"],
    ["fd00:ec2::254", "cloud metadata"],
    ["::ffff:169.254.169.254", "IPv4-mapped cloud metadata"],
    ["::ffff:127.0.0.1", "IPv4-mapped loopback"],
    ["::ffff:10.0.0.1", "IPv4-mapped private"],
  ])("%s is %s", (address, label) => {
    expect(nonPublicLabel(address)).toBe(label);
  });

  it("passes public unicast addresses", () => {
    for (const address of ["93.184.215.14", "8.8.8.8", "2606:4700::1111", "2a00:1450:4001::200e"]) {
      expect(nonPublicLabel(address)).toBeNull();
    }
  });
});

describe("assertAddressAllowed", () => {
  it("refuses naming the host but not what it resolves to (the cause says), or the address given and its kind", () => {
    let refusal: unknown;
    try {
      assertAddressAllowed("10.0.0.1", "intranet.example", guarded);
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toMatchObject({
      code: "FORBIDDEN",
      message: "refused: intranet.example is not a public address",
      cause: { message: "intranet.example resolves to 10.0.0.1, a private address" },
    });
    expect(() => assertAddressAllowed("169.254.169.254", null, guarded)).toThrow(
      "refused: 169.254.169.254 is a cloud metadata address",
    );
    try {
      assertAddressAllowed("::1", null, guarded);
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe("FORBIDDEN");
    }
  });

  it("lets allowPrivateNetwork and the allow-list through", () => {
    expect(() =>
      assertAddressAllowed("10.0.0.1", "x", { allowPrivateNetwork: true, allowAddresses: [] }),
    ).not.toThrow();
    const policy = { allowPrivateNetwork: false, allowAddresses: parseAllowList(["10.1.0.0/16", "::1"]) };
    expect(() => assertAddressAllowed("10.1.200.3", "mirror", policy)).not.toThrow();
    expect(() => assertAddressAllowed("::ffff:10.1.0.1", "mirror", policy)).not.toThrow();
    expect(() => assertAddressAllowed("::1", null, policy)).not.toThrow();
    expect(() => assertAddressAllowed("10.2.0.1", "other", policy)).toThrow(AppError);
    expect(() => parseAllowList(["10.0.0.0/99"])).toThrow(/not an IP address or CIDR range/);
  });
});

describe("literalAddress", () => {
  it("finds IP hosts as WHATWG URL parsing normalises them", () => {
    expect(literalAddress(new URL("http://2130706433/").hostname)).toBe("127.0.0.1");
    expect(literalAddress(new URL("http://0x7f.1/").hostname)).toBe("127.0.0.1");
    expect(literalAddress(new URL("http://[::ffff:127.0.0.1]/").hostname)).toBe("::ffff:7f00:1");
    expect(literalAddress("news.example")).toBeNull();
  });
});

describe("guardedLookup", () => {
  function lookupWith(addresses: ResolvedAddress[], all: boolean) {
    const lookup = guardedLookup(guarded, async () => addresses);
    return new Promise<{ error: NodeJS.ErrnoException | null; result: string | LookupAddress[] }>((resolve) =>
      lookup("site.example", { all }, (error, result) => resolve({ error, result })),
    );
  }

  it("refuses a host when any of its addresses is not public", async () => {
    const { error } = await lookupWith(
      [
        { address: "93.184.215.14", family: 4 },
        { address: "127.0.0.1", family: 4 },
      ],
      true,
    );
    expect(error).toBeInstanceOf(AppError);
    expect(error?.message).toBe("refused: site.example is not a public address");
  });

  it("answers in the shape the socket asked for", async () => {
    const addresses: ResolvedAddress[] = [{ address: "93.184.215.14", family: 4 }];
    expect(await lookupWith(addresses, true)).toEqual({ error: null, result: addresses });
    expect(await lookupWith(addresses, false)).toEqual({ error: null, result: "93.184.215.14" });
  });

  it("reports a host without addresses as not found", async () => {
    const { error } = await lookupWith([], false);
    expect(error?.code).toBe("ENOTFOUND");
  });
});
