import { FetchError } from "./fetch-error";
import {
  assertAddressAllowed,
  assertHostNameAllowed,
  literalAddress,
  parseAllowList,
  systemResolve,
} from "./address-guard";
import type { ResolveHost } from "./types";

export interface PrecheckOptions {
  allowPrivateNetwork?: boolean;
  allowAddresses?: readonly string[];
  /** Resolves a host name (tests pass their own); the system resolver by default. */
  lookup?: ResolveHost;
  /** How long to wait for the name to resolve before accepting the address unchecked. */
  timeoutMs?: number;
}

const DNS_NOT_FOUND = new Set(["ENOTFOUND", "EAI_NONAME", "EAI_NODATA", "ENODATA"]);

/**
 * Refuses, before anything is stored, an address the fetcher would refuse on every attempt: not http(s), a user
 * name in it, a loopback, private or cloud-metadata host or address, or a name that resolves to one, or a name
 * that does not exist. A name that cannot be resolved right now (DNS down, slow) is let through: the fetch will
 * say what happened then. Throws a FetchError (explain it with explainFetchFailure).
 */
export async function assertFetchableUrl(input: string, options: PrecheckOptions = {}): Promise<void> {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    throw new FetchError("INVALID_INPUT", "invalid-url", `not a valid URL: ${input}`);
  }
  if ((url.protocol !== "http:" && url.protocol !== "https:") || url.username || url.password)
    throw new FetchError(
      "INVALID_INPUT",
      "invalid-url",
      `refused: only plain http and https URLs are fetched`,
    );
  const policy = {
    allowPrivateNetwork: options.allowPrivateNetwork ?? false,
    allowAddresses: parseAllowList(options.allowAddresses ?? []),
  };
  const literal = literalAddress(url.hostname);
  if (literal) return assertAddressAllowed(literal, null, policy);
  assertHostNameAllowed(url.hostname, policy);
  if (policy.allowPrivateNetwork) return;
  const resolve = options.lookup ?? ((host: string) => systemResolve(host, 0));
  let timer: ReturnType<typeof setTimeout> | undefined;
  const addresses = await Promise.race([
    resolve(url.hostname),
    new Promise<null>((done) => {
      timer = setTimeout(() => done(null), options.timeoutMs ?? 3_000);
    }),
  ])
    .catch((error: unknown) => {
      const code = (error as { code?: unknown } | null)?.code;
      if (typeof code === "string" && DNS_NOT_FOUND.has(code))
        throw new FetchError("UNAVAILABLE", "dns", `could not resolve ${url.hostname} (DNS lookup failed)`, {
          host: url.hostname,
          cause: error,
        });
      return null;
    })
    .finally(() => clearTimeout(timer));
  if (addresses === null) return;
  if (addresses.length === 0)
    throw new FetchError("UNAVAILABLE", "dns", `could not resolve ${url.hostname}`, { host: url.hostname });
  for (const { address } of addresses) assertAddressAllowed(address, url.hostname, policy);
}
