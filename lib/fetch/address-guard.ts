import dns from "node:dns";
import net, { type LookupFunction } from "node:net";
import ipaddr from "ipaddr.js";
import { AppError } from "@/lib/errors";
import type { ResolvedAddress, ResolveHost } from "./types";

type Address = ipaddr.IPv4 | ipaddr.IPv6;

/** Which addresses a fetch may connect to. */
export interface AddressPolicy {
  allowPrivateNetwork: boolean;
  allowAddresses: readonly [Address, number][];
}

// Cloud instance metadata services: the classic SSRF target (AWS, GCP, Azure; AWS over IPv6; Alibaba; Oracle).
const METADATA_ADDRESSES = new Set(["169.254.169.254", "fd00:ec2::254", "100.100.100.200", "192.0.0.192"]);

// ipaddr.js range names as adjectives; any range but "unicast" is refused.
const RANGE_LABELS: Record<string, string> = {
  loopback: "loopback",
  private: "private",
  linkLocal: "link-local",
  uniqueLocal: "unique-local",
  carrierGradeNat: "carrier-grade NAT",
  unspecified: "unspecified",
  multicast: "multicast",
  broadcast: "broadcast",
  reserved: "reserved",
};

/** The allow-list option parsed; a bad entry is the caller's mistake. */
export function parseAllowList(entries: readonly string[]): [Address, number][] {
  return entries.map((entry) => {
    try {
      if (entry.includes("/")) return ipaddr.parseCIDR(entry);
      const address = ipaddr.parse(entry);
      return [address, address.kind() === "ipv4" ? 32 : 128];
    } catch (error) {
      throw new AppError("INVALID_INPUT", `not an IP address or CIDR range: ${entry}`, { cause: error });
    }
  });
}

/** The IPv4 address inside an IPv4-mapped IPv6 address (::ffff:127.0.0.1), else the address itself. */
function unmapped(address: Address): Address {
  return address.kind() === "ipv6" && (address as ipaddr.IPv6).isIPv4MappedAddress()
    ? (address as ipaddr.IPv6).toIPv4Address()
    : address;
}

/** Why an address is not public ("loopback", "cloud metadata"…), or null for a public unicast address. */
export function nonPublicLabel(address: string): string | null {
  if (!ipaddr.isValid(address)) return "unrecognised";
  const parsed = ipaddr.parse(address);
  const inner = unmapped(parsed);
  const mapped = inner !== parsed;
  if (METADATA_ADDRESSES.has(inner.toString()))
    return mapped ? "IPv4-mapped cloud metadata" : "cloud metadata";
  const range = inner.range();
  if (range === "unicast" && !mapped) return null;
  const label = range === "unicast" ? "public" : (RANGE_LABELS[range] ?? `special-purpose (${range})`);
  return mapped ? `IPv4-mapped ${label}` : label;
}

function isAllowListed(address: string, policy: AddressPolicy): boolean {
  if (policy.allowAddresses.length === 0 || !ipaddr.isValid(address)) return false;
  const candidates = [ipaddr.parse(address)];
  const inner = unmapped(candidates[0]!);
  if (inner !== candidates[0]) candidates.push(inner);
  return policy.allowAddresses.some(([range, bits]) =>
    candidates.some((candidate) => candidate.kind() === range.kind() && candidate.match(range, bits)),
  );
}

/**
 * Throws FORBIDDEN unless the policy allows connecting to `address`. `host` is the name that resolved to it,
 * or null when the URL named the address itself.
 */
export function assertAddressAllowed(address: string, host: string | null, policy: AddressPolicy): void {
  if (policy.allowPrivateNetwork) return;
  const label = nonPublicLabel(address);
  if (label === null || isAllowListed(address, policy)) return;
  const article = /^(?!uni)[aeiou]/i.test(label) ? "an" : "a";
  const what = `${article} ${label} address`;
  throw new AppError(
    "FORBIDDEN",
    host === null || host === address
      ? `refused: ${address} is ${what}`
      : `refused: ${host} resolves to ${address}, ${what}`,
  );
}

/** The IP address a URL host names literally (brackets removed), or null for a host name. */
export function literalAddress(hostname: string): string | null {
  const bare = hostname.startsWith("[") && hostname.endsWith("]") ? hostname.slice(1, -1) : hostname;
  return net.isIP(bare) === 0 ? null : bare;
}

function systemResolve(hostname: string, family: number): Promise<ResolvedAddress[]> {
  return dns.promises
    .lookup(hostname, { all: true, family })
    .then((found) => found.map(({ address, family: f }) => ({ address, family: f === 6 ? 6 : 4 }) as const));
}

function familyNumber(family: dns.LookupOptions["family"]): number {
  if (family === "IPv4" || family === 4) return 4;
  if (family === "IPv6" || family === 6) return 6;
  return 0;
}

/**
 * A `lookup` for sockets that resolves with `resolve` (or the system resolver) and refuses the connection
 * when ANY address of the host is not allowed, so the check applies to the address actually connected to
 * (no gap for DNS rebinding between check and connect).
 */
export function guardedLookup(policy: AddressPolicy, resolve?: ResolveHost): LookupFunction {
  return (hostname, options, callback) => {
    const family = familyNumber(options.family);
    const resolving = resolve
      ? resolve(hostname).then((all) => all.filter((a) => family === 0 || a.family === family))
      : systemResolve(hostname, family);
    resolving
      .then((addresses) => {
        if (addresses.length === 0) {
          throw Object.assign(new Error(`no address for ${hostname}`), { code: "ENOTFOUND" });
        }
        for (const { address } of addresses) assertAddressAllowed(address, hostname, policy);
        return addresses;
      })
      .then(
        (addresses) => {
          const first = addresses[0]!;
          if (options.all) callback(null, [...addresses]);
          else callback(null, first.address, first.family);
        },
        (error: NodeJS.ErrnoException) => callback(error, ""),
      );
  };
}
