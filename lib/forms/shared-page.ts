import { readWebAddress } from "@/lib/outlets";
import { cleanLabel } from "@/lib/text";

/**
 * "Send a page in": what the bookmarklet and a share sheet hand the ingest page in its address
 * (`/ingest?url=…&title=…`, a Web Share Target's `text` too). Read only to fill the form; nothing is stored
 * until an editor confirms it (a GET never ingests).
 */

export const MAX_SHARED_TITLE_CHARS = 500;
/** The sign-in page keeps a `next` path of at most 500 characters (app/signin/form-state.ts safeNextPath). */
export const MAX_NEXT_PATH_CHARS = 500;

export interface SharedPage {
  url: string;
  title: string;
  /** Something was sent that is not a web address (a file:, javascript: or malformed one): it was left out. */
  droppedUrl: boolean;
}

type Params = Record<string, string | string[] | undefined>;

const first = (value: string | string[] | undefined): string =>
  (Array.isArray(value) ? value[0] : value)?.trim() ?? "";

/**
 * The page sent in: its address (http or https only; a share sheet that puts it in `text` is read there) and
 * its title as a one-line label. Empty strings when nothing usable was sent.
 */
export function readSharedPage(params: Params): SharedPage {
  const given = first(params.url);
  const text = first(params.text);
  const inText = text.match(/https?:\/\/\S+/)?.[0] ?? "";
  const url = readWebAddress(given) ?? (given ? null : readWebAddress(inText));
  const title = cleanLabel(first(params.title)).slice(0, MAX_SHARED_TITLE_CHARS);
  return { url: url ?? "", title, droppedUrl: Boolean(given) && url === null };
}

/**
 * The ingest page's path holding the page sent in, short enough to survive sign-in as its `next` path: the title
 * goes first when it does not fit (the page names its own), then the address.
 */
export function sharedPagePath(page: Pick<SharedPage, "url" | "title">): string {
  const path = (fields: [string, string][]) => {
    const params = new URLSearchParams(fields.filter(([, value]) => value !== ""));
    return params.size > 0 ? `/ingest?${params}` : "/ingest";
  };
  const full = path([
    ["url", page.url],
    ["title", page.title],
  ]);
  if (full.length <= MAX_NEXT_PATH_CHARS) return full;
  const urlOnly = path([["url", page.url]]);
  return urlOnly.length <= MAX_NEXT_PATH_CHARS ? urlOnly : "/ingest";
}
