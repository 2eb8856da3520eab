/** A resolved address of a host name, as DNS returns it. */
export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

/** Resolves a host name to its addresses; replaces the system resolver (tests, or a DNS cache). */
export type ResolveHost = (hostname: string) => Promise<readonly ResolvedAddress[]>;

/** Which content types a fetch accepts: articles (HTML, text), feeds (RSS, Atom, JSON Feed), or a list. */
export type AcceptKind = "article" | "feed" | readonly string[];

export interface FetchOptions {
  /** Time allowed for DNS, TCP and TLS of each hop. Default 10 s. */
  connectTimeoutMs?: number;
  /** Time allowed for the whole fetch, redirects and body included. Default 30 s. */
  readTimeoutMs?: number;
  /** Cap on the decompressed body. Default 5 MB (the same as the upload limit). */
  maxBytes?: number;
  /** Redirects followed before giving up. Default 5. */
  maxRedirects?: number;
  /** The User-Agent header. Default names Parallax and its home page. */
  userAgent?: string;
  /** Accepted content types; anything else is refused before its body is read. Default "article". */
  accept?: AcceptKind;
  /**
   * Lift the address check: private, loopback, link-local and other non-public addresses may be fetched.
   * Off by default; the app sets it from its environment, the tests for the local fixture server.
   */
  allowPrivateNetwork?: boolean;
  /** Addresses or CIDR ranges allowed even though they are not public (e.g. an internal mirror). */
  allowAddresses?: readonly string[];
  /** The ETag of a copy we hold: sent as If-None-Match, a 304 answer returns `notModified: true`. */
  etag?: string | null;
  /** The Last-Modified of a copy we hold: sent as If-Modified-Since. */
  lastModified?: string | Date | null;
  /** Cancels the fetch; it then rejects with an UNAVAILABLE AppError whose cause is the signal's reason. */
  signal?: AbortSignal;
  /** Host name resolver used instead of the system's (tests simulate DNS with it). Checked like DNS. */
  lookup?: ResolveHost;
}

export interface FetchedPage {
  /** The URL asked for, as parsed and normalised (`http://0x7f.1/` becomes `http://127.0.0.1/`). */
  requestedUrl: string;
  /** The URL that answered after redirects. */
  finalUrl: string;
  /** Every URL that answered with a redirect, in order; `[...redirects, finalUrl]` is the whole chain. */
  redirects: string[];
  /** HTTP status of the final answer: 2xx, or 304 when `notModified`. */
  status: number;
  /** True for a 304 answer to a conditional fetch: no body, `text` is "". */
  notModified: boolean;
  /** Media type without parameters, lower case (`text/html`); sniffed when the server sent none; "" for 304. */
  contentType: string;
  /** Encoding the body was decoded with, as TextDecoder names it (`utf-8`, `shift_jis`); "" for 304. */
  charset: string;
  /** The decoded body, BOM removed. */
  text: string;
  /** Decompressed body length in bytes. */
  bytes: number;
  /** The response's ETag header, for the next conditional fetch. */
  etag: string | null;
  /** The response's Last-Modified header, for the next conditional fetch. */
  lastModified: string | null;
}
