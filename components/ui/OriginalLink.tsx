import { safeExternalHref } from "./url";

/** " · Original ↗" after an article's metadata, when it has a safe http(s) address. */
export function OriginalLink({ url }: { url: string | null }) {
  const href = safeExternalHref(url);
  if (!href) return null;
  return (
    <>
      {" · "}
      <a
        href={href}
        target="_blank"
        rel="noopener noreferrer nofollow"
        className="underline underline-offset-2 hover:text-ink"
      >
        Original<span className="sr-only"> (opens in a new tab)</span>
        <span aria-hidden="true"> ↗</span>
      </a>
    </>
  );
}
