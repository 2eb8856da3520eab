"use client";

import { useEffect, useRef, useSyncExternalStore } from "react";

/**
 * The bookmarklet's code for this site: opens /ingest with the current page's address and headline. The ingest
 * form only fills in; the editor confirms.
 */
export function bookmarkletCode(origin: string): string {
  // The page's og:title when it has one: document.title usually ends in " | Site name".
  const title = `(document.querySelector('meta[property="og:title"]')||{}).content||document.title`;
  return `javascript:(()=>{location.href=${JSON.stringify(`${origin}/ingest?url=`)}+encodeURIComponent(location.href)+'&title='+encodeURIComponent(${title})})()`;
}

const noChange = () => () => {};

/**
 * "Send to Parallax", a link to drag to the bookmarks bar. React refuses to render a javascript: address, so
 * it is set on the element once mounted (the origin is the browser's own); the code is also shown to copy
 * where bookmarks cannot be dragged (phones).
 */
export function BookmarkletLink() {
  const link = useRef<HTMLAnchorElement>(null);
  // The browser's own origin (none while rendering on the server): the address the bookmark comes back to.
  const origin = useSyncExternalStore(
    noChange,
    () => window.location.origin,
    () => "",
  );
  const code = origin ? bookmarkletCode(origin) : "";
  useEffect(() => {
    if (code) link.current?.setAttribute("href", code);
  }, [code]);
  return (
    <section
      aria-labelledby="bookmarklet-heading"
      className="space-y-3 rounded-xl border border-line bg-surface p-4 sm:p-6"
      data-testid="bookmarklet"
    >
      <h2 id="bookmarklet-heading" className="font-serif text-xl font-semibold">
        Send a page in from your browser
      </h2>
      <p className="text-sm text-muted">
        Drag this link to your bookmarks bar. On a news page, click the bookmark: this form opens with the
        page&rsquo;s address and headline filled in, and you confirm.
      </p>
      <p>
        {/* Dragged, not followed: a click here would only send this page to itself. */}
        <a
          ref={link}
          className="inline-block rounded-md border border-line-strong bg-sunken px-4 py-2 text-sm font-semibold text-ink no-underline"
          onClick={(event) => event.preventDefault()}
          data-testid="bookmarklet-link"
        >
          Send to Parallax
        </a>
      </p>
      <details className="text-sm">
        <summary className="cursor-pointer font-semibold text-accent">Copy the code instead (phones)</summary>
        <p className="mt-2 text-muted">
          Make a bookmark of any page, then edit it and paste this as its address. A share sheet can also open{" "}
          <code>/ingest?url=…&amp;title=…</code>.
        </p>
        <label htmlFor="bookmarklet-code" className="sr-only">
          Bookmarklet code
        </label>
        <textarea
          id="bookmarklet-code"
          readOnly
          rows={3}
          value={code}
          className="mt-2 block w-full rounded-md border border-line-strong bg-sunken p-2 font-mono text-xs"
          data-testid="bookmarklet-code"
        />
      </details>
    </section>
  );
}
