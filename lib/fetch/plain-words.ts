import { AppError } from "@/lib/errors";
import { isFetchError, type FetchError } from "./fetch-error";

/** What was being fetched: the next step differs (an article's text can be pasted; a feed's cannot). */
export type FetchPurpose = "article" | "feed";

const PASTE = "Paste the article's text instead.";

/**
 * Every fetch failure a person sees, in one place: what happened, then what to do next. `purpose` picks the
 * next step. Anything that is not a fetch failure keeps its own message.
 */
export function explainFetchFailure(error: FetchError, purpose: FetchPurpose): string {
  const site = error.host ? `the site (${error.host})` : "the site";
  const status = error.httpStatus;
  const article = purpose === "article";
  switch (error.kind) {
    case "invalid-url":
      return "That is not a web address Parallax can fetch. Enter the full address, starting with https://.";
    case "blocked-address":
      return `Parallax does not fetch from ${error.host ?? "that address"}: it is a local or private network address, not a public website. Use the site's public address${article ? `, or paste the article's text instead` : ""}.`;
    case "dns":
      return `We could not find that site's address${error.host ? ` (${error.host})` : ""}. Check the URL for typos.`;
    case "connection-refused":
    case "unreachable":
      return `We could not connect to ${site}: it may be down. Try again later${article ? `, or paste the article's text instead` : "; Parallax retries the feed on its schedule"}.`;
    case "tls":
      return `The secure connection to ${site} failed (its certificate is not valid). Check that the address is right${article ? `, or paste the article's text instead` : ""}.`;
    case "timeout":
      return `${capital(site)} took too long to answer. Try again later${article ? `, or paste the article's text instead` : "; Parallax retries the feed on its schedule"}.`;
    case "http-refused":
      return article
        ? `The site refused us (${status ?? "refused"}). ${PASTE}`
        : `The site refused to send the feed (${status ?? "refused"}): it may block automated readers. Open the feed address in a browser to check it, or ask the outlet.`;
    case "http-not-found":
      return article
        ? `The site has no page at that address (${status ?? 404}). Check the URL, or paste the article's text instead.`
        : `The site has no feed at that address (${status ?? 404}). Look on the outlet's site for its current feed address.`;
    case "http-unavailable":
      return `${capital(site)} is having trouble (${status ?? "unavailable"}). Try again later${article ? `, or paste the article's text instead` : "; Parallax retries the feed on its schedule"}.`;
    case "too-large":
      return article
        ? `The page is too large to read (${error.message.replace(/^.*larger than the limit of /, "over ")}). ${PASTE}`
        : "The feed is too large to read. Use a smaller feed of the outlet (one section, say).";
    case "wrong-type":
      return article
        ? `That address is not a web page (it sends ${sentType(error.message)}). Use the article's own page address, or paste its text.`
        : `That address is not a feed (it sends ${sentType(error.message)}). Use the outlet's RSS or Atom address: its site usually links it.`;
    case "bad-response":
      return `${capital(site)} sent an answer we cannot read. Try again later${article ? `, or paste the article's text instead` : ""}.`;
    case "redirects":
      return `${capital(site)} keeps redirecting. Open the address in a browser and use the address it ends on.`;
    case "cancelled":
      return "The fetch was stopped before it finished. Try again.";
  }
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function sentType(message: string): string {
  return /sent ([\w.+-]+\/[\w.+-]+)/.exec(message)?.[1] ?? "another kind of document";
}

/**
 * The same failure with its plain-words message (same code, the technical one kept as the cause for logs);
 * anything that is not a fetch failure is returned as it is.
 */
export function inPlainWords(error: unknown, purpose: FetchPurpose): unknown {
  if (!isFetchError(error)) return error;
  return new AppError(error.code, explainFetchFailure(error, purpose), { cause: error });
}
