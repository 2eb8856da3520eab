import http from "node:http";
import https from "node:https";
import { RequestFilteringHttpAgent, RequestFilteringHttpsAgent } from "request-filtering-agent";
import type { ResolveHost } from "./types";

export type Agent = http.Agent;

/** Keep-alive pools, reused across fetches so a bulk ingest from one host reuses its connections. */
const KEEP_ALIVE: http.AgentOptions = { keepAlive: true, maxFreeSockets: 32, scheduling: "lifo" };

interface AgentPair {
  "http:": http.Agent;
  "https:": https.Agent;
}

function filteringAgents(): AgentPair {
  // request-filtering-agent checks literal IP hosts and every resolved address when the socket connects: a
  // second line behind our own guard (whose refusals come first, with clearer messages).
  return {
    "http:": new RequestFilteringHttpAgent(KEEP_ALIVE),
    "https:": new RequestFilteringHttpsAgent(KEEP_ALIVE),
  };
}

function openAgents(): AgentPair {
  return { "http:": new http.Agent(KEEP_ALIVE), "https:": new https.Agent(KEEP_ALIVE) };
}

// A pooled socket skips DNS and the address check, so fetches under different policies or resolvers never
// share a pool: a connection opened with private addresses allowed is not reused by a guarded fetch.
const byPolicy = new Map<string, AgentPair>();
const byResolver = new WeakMap<ResolveHost, Map<string, AgentPair>>();

/** The keep-alive agent for a protocol under an address policy (and custom resolver, if any). */
export function agentFor(
  protocol: "http:" | "https:",
  policy: { allowPrivateNetwork: boolean; allowAddresses: readonly string[] },
  resolve?: ResolveHost,
): Agent {
  const key = policy.allowPrivateNetwork ? "open" : `guarded:${policy.allowAddresses.join(",")}`;
  let pools = byPolicy;
  if (resolve) {
    pools = byResolver.get(resolve) ?? new Map<string, AgentPair>();
    byResolver.set(resolve, pools);
  }
  let pair = pools.get(key);
  if (!pair) {
    // An allow-list needs the plain agents (the filtering agent would refuse the allowed addresses); our
    // guard still checks every address against the policy.
    pair = key === "guarded:" ? filteringAgents() : openAgents();
    pools.set(key, pair);
  }
  return pair[protocol];
}
