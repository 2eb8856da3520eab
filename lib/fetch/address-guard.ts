import dns from "node:dns";
import net, { type LookupFunction } from "node:net";
import ipaddr from "ipaddr.js";
import { AppError } from "@/lib/errors";
import type { ResolvedAddress, ResolveHost } from "./types";
import { FetchError } from "./fetch-error";

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

/**
 * IPv6 forms that carry an IPv4 address, and where: a socket (or a NAT64/6to4 gateway on the path) may deliver
 * them to that IPv4 address, so they are judged by it. IPv4-compatible (::a.b.c.d, deprecated but still
 * routed to the IPv4 address by some stacks), IPv4-translated (RFC 6145), NAT64 well-known and local-use
 * prefixes (RFC 6052, RFC 8215) carry it in the last 32 bits; 6to4 (RFC 3056) in bits 16–47.
 */
const EMBEDDING_FORMS: readonly { label: string; range: [ipaddr.IPv6, number]; at: number }[] = [
  { label: "IPv4-mapped", range: ipaddr.parseCIDR("::ffff:0:0/96") as [ipaddr.IPv6, number], at: 12 },
  { label: "IPv4-translated", range: ipaddr.parseCIDR("::ffff:0:0:0/96") as [ipaddr.IPv6, number], at: 12 },
  { label: "NAT64", range: ipaddr.parseCIDR("64:ff9b::/96") as [ipaddr.IPv6, number], at: 12 },
  { label: "NAT64", range: ipaddr.parseCIDR("64:ff9b:1::/48") as [ipaddr.IPv6, number], at: 12 },
  { label: "6to4", range: ipaddr.parseCIDR("2002::/16") as [ipaddr.IPv6, number], at: 2 },
  { label: "IPv4-compatible", range: ipaddr.parseCIDR("::/96") as [ipaddr.IPv6, number], at: 12 },
];

/** The IPv4 address an IPv6 address carries (::ffff:127.0.0.1, 64:ff9b::a00:1…) and the form's name, or null. */
function embeddedIPv4(address: Address): { inner: ipaddr.IPv4; form: string } | null {
  if (address.kind() !== "ipv6") return null;
  const v6 = address as ipaddr.IPv6;
  const bytes = v6.toByteArray();
  for (const { label, range, at } of EMBEDDING_FORMS) {
    if (!v6.match(range)) continue;
    // :: and ::1 sit inside ::/96 but are IPv6's own unspecified and loopback addresses.
    if (label === "IPv4-compatible" && bytes.slice(0, 15).every((byte) => byte === 0) && bytes[15]! <= 1)
      return null;
    return { inner: new ipaddr.IPv4(bytes.slice(at, at + 4)), form: label };
  }
  return null;
}

/** The IPv4 address inside an IPv6 form that carries one, else the address itself. */
function unmapped(address: Address): Address {
  return embeddedIPv4(address)?.inner ?? address;
}

/** Why an address is not public ("loopback", "cloud metadata"…), or null for a public unicast address. */
export function nonPublicLabel(address: string): string | null {
  if (!ipaddr.isValid(address)) return "unrecognised";
  const parsed = ipaddr.parse(address);
  const embedded = embeddedIPv4(parsed);
  const inner = embedded?.inner ?? parsed;
  const prefix = embedded ? `${embedded.form} ` : "";
  if (METADATA_ADDRESSES.has(inner.toString())) return `${prefix}cloud metadata`;
  const range = inner.range();
  // A public IPv4 address behind an embedding form is still refused: only a plain public address is fetched.
  if (range === "unicast" && !embedded) return null;
  const label = range === "unicast" ? "public" : (RANGE_LABELS[range] ?? `special-purpose (${range})`);
  return `${prefix}${label}`;
}

/**
 * Host names refused before any lookup: cloud metadata services' names, and `localhost`, which resolvers may
 * answer from /etc/hosts or internally (RFC 6761) whatever DNS says.
 */
const REFUSED_HOST_NAMES = new Set([
  "metadata.google.internal",
  "metadata.goog",
  "metadata",
  "instance-data",
  "instance-data.ec2.internal",
  "metadata.azure.internal",
  "localhost",
]);

/** Throws FORBIDDEN for a host name that is refused whatever it resolves to (see REFUSED_HOST_NAMES). */
export function assertHostNameAllowed(hostname: string, policy: AddressPolicy): void {
  if (policy.allowPrivateNetwork) return;
  const name = hostname.toLowerCase().replace(/\.+$/, "");
  if (REFUSED_HOST_NAMES.has(name) || name.endsWith(".localhost")) {
    const kind = name === "localhost" || name.endsWith(".localhost") ? "loopback" : "cloud metadata";
    throw new FetchError("FORBIDDEN", "blocked-address", `refused: ${hostname} is a ${kind} host name`, {
      host: hostname,
    });
  }
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
 * or null when the URL named the address itself. A refused name's message does not say what it resolved to:
 * that would tell a caller about the server's network ("vm resolves to 127.0.0.1"); the error's cause does.
 */
export function assertAddressAllowed(address: string, host: string | null, policy: AddressPolicy): void {
  if (policy.allowPrivateNetwork) return;
  const label = nonPublicLabel(address);
  if (label === null || isAllowListed(address, policy)) return;
  const article = /^(?!uni)[aeiou]/i.test(label) ? "an" : "a";
  const what = `${article} ${label} address`;
  if (host === null || host === address)
    throw new FetchError("FORBIDDEN", "blocked-address", `refused: ${address} is ${what}`, { host: address });
  throw new FetchError("FORBIDDEN", "blocked-address", `refused: ${host} is not a public address`, {
    host,
    cause: new Error(`${host} resolves to ${address}, ${what}`),
  });
}

/** The IP address a URL host names literally (brackets removed), or null for a host name. */
export function literalAddress(hostname: string): string | null {
  const bare = hostname.startsWith("[") && hostname.endsWith("]") ? hostname.slice(1, -1) : hostname;
  return net.isIP(bare) === 0 ? null : bare;
}

export function systemResolve(hostname: string, family: number): Promise<ResolvedAddress[]> {
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
