import ipaddr from "ipaddr.js";
import { peerAddress } from "./peer-address";

/**
 * The client's address, as rate limits key on it. The chain of addresses is X-Forwarded-For's entries followed by
 * the address the connection came from (the peer, see peer-address.ts). With `trustedProxies` proxies in front,
 * the peer is the last of them and the client is the entry that many places left of it; with none, the client
 * is the peer itself and X-Forwarded-For, which the client controls, is ignored. A request with no recorded peer
 * (a handler called directly) falls back to X-Forwarded-For only behind proxies, else to "unknown".
 *
 * IPv4-mapped IPv6 addresses are read as IPv4, and an IPv6 client is keyed by its /64 network: one subscriber
 * usually has a whole /64, so single addresses would give one client unlimited keys.
 */
export function clientIp(headers: Pick<Headers, "get">, trustedProxies: number): string {
  const forwarded = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  const peer = peerAddress(headers);
  if (peer === null && trustedProxies === 0) return "unknown";
  const chain = peer === null ? forwarded : [...forwarded, peer];
  const hops = peer === null ? trustedProxies - 1 : trustedProxies;
  const client = chain[Math.max(0, chain.length - 1 - hops)];
  return client ? addressKey(client) : "unknown";
}

/** An address as a rate-limit key: IPv4 as is, IPv6 as its /64 network; anything unreadable as itself. */
export function addressKey(address: string): string {
  const bare = address.replace(/^\[|\](:\d+)?$/g, "");
  if (!ipaddr.isValid(bare)) return address.slice(0, 100);
  const parsed = ipaddr.parse(bare);
  if (parsed.kind() === "ipv4") return parsed.toString();
  const v6 = parsed as ipaddr.IPv6;
  if (v6.isIPv4MappedAddress()) return v6.toIPv4Address().toString();
  const network = ipaddr.IPv6.networkAddressFromCIDR(`${v6.toString()}/64`);
  return `${network.toString()}/64`;
}
