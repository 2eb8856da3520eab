import "server-only";
import { createWebhook, getDb, type WebhookScope } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError, toAppError } from "@/lib/errors";
import { assertFetchableUrl, isFetchError, type PrecheckOptions } from "@/lib/fetch";
import { isFiltered, parseStoryListQuery, storyListParams } from "@/lib/views";
import type { WebhookEvent } from "./events";

export interface AddWebhookInput {
  url: string;
  scope: WebhookScope;
  /** For scope "story": the story's address on this site, or its id. */
  story?: string;
  /** For scope "search": the story list's address with its search and filters, or only its parameters. */
  search?: string;
  events: readonly WebhookEvent[];
  secret: string;
}

export interface AddWebhookOptions {
  actor: string;
  /** The site's public origin, for links in payloads (PARALLAX_PUBLIC_URL, when set, wins at delivery). */
  origin: string;
  now?: Date;
  precheck?: PrecheckOptions;
}

/** Why a receiver's address is refused, in words an editor can act on. */
function refusal(error: unknown): AppError {
  if (!isFetchError(error)) return toAppError(error);
  const message =
    error.kind === "blocked-address"
      ? `Parallax does not send webhooks to ${error.host ?? "that address"}: it is a local or private network address. Use the receiver’s public address.`
      : error.kind === "dns"
        ? `We could not find the receiver’s address${error.host ? ` (${error.host})` : ""}. Check the URL for typos.`
        : "That is not an address Parallax can send webhooks to. Enter the full address, starting with https://.";
  return new AppError(error.code === "UNAVAILABLE" ? "INVALID_INPUT" : error.code, message, {
    cause: error,
    fields: { url: message },
  });
}

/** A story's id from its address (…/stories/{id}, any page under it) or the id itself. */
function storyIdOf(value: string): string {
  const fromPath = /\/stories\/([A-Za-z0-9_-]+)/.exec(value)?.[1];
  const id = fromPath ?? value.trim();
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(id))
    throw new AppError("INVALID_INPUT", "Paste the story’s address (…/stories/…) or its id.", {
      fields: { story: "Paste the story’s address (…/stories/…) or its id." },
    });
  return id;
}

/** The story list's search and filters from its address (paging and order left out), as stored. */
function searchQueryOf(value: string): string {
  const raw = value.trim();
  const params = new URLSearchParams(
    raw.includes("?") ? raw.slice(raw.indexOf("?") + 1) : raw.replace(/^\//, ""),
  );
  for (const paging of ["after", "before", "limit", "sort"]) params.delete(paging);
  let query;
  try {
    query = parseStoryListQuery(params, "strict");
  } catch (error) {
    const message = `${error instanceof Error ? error.message : "Not a search."} Paste the story list’s address after searching.`;
    throw new AppError("INVALID_INPUT", message, { fields: { search: message } });
  }
  if (!isFiltered(query)) {
    const message = "That address has no search or filter: choose “Everything” to follow every story.";
    throw new AppError("INVALID_INPUT", message, { fields: { search: message } });
  }
  return storyListParams(query).toString();
}

/**
 * An editor adds a webhook (audit logged). The receiver's address passes the fetcher's SSRF guard first (no
 * private, loopback or metadata address, no name resolving to one), and the story or search must make sense:
 * a refusal is INVALID_INPUT (or NOT_FOUND for an unknown story) naming the field, and nothing is stored.
 */
export async function addWebhook(
  input: AddWebhookInput,
  options: AddWebhookOptions,
): Promise<{ id: string }> {
  const url = input.url.trim();
  try {
    await assertFetchableUrl(url, {
      allowPrivateNetwork: env.PARALLAX_FETCH_ALLOW_PRIVATE,
      ...options.precheck,
    });
  } catch (error) {
    throw refusal(error);
  }
  if (input.events.length === 0)
    throw new AppError("INVALID_INPUT", "Choose at least one event.", {
      fields: { events: "Choose at least one event." },
    });
  const storyId = input.scope === "story" ? storyIdOf(input.story ?? "") : null;
  const query = input.scope === "search" ? searchQueryOf(input.search ?? "") : null;
  return createWebhook(await getDb(), {
    url,
    scope: input.scope,
    storyId,
    query,
    events: [...new Set(input.events)].sort(),
    secret: input.secret,
    siteOrigin: options.origin,
    actor: options.actor,
    now: options.now ?? new Date(),
  });
}
