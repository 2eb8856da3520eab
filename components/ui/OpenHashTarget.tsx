"use client";

import { useEffect } from "react";

/** Opens every closed <details> around the element `hash` names, then brings it into view. */
function reveal(hash: string): void {
  if (hash.length < 2) return;
  let target: HTMLElement | null = null;
  try {
    target = document.getElementById(decodeURIComponent(hash.slice(1)));
  } catch {
    return;
  }
  if (!target) return;
  let closed = false;
  for (let node = target.parentElement; node; node = node.parentElement)
    if (node instanceof HTMLDetailsElement && !node.open) {
      node.open = true;
      closed = true;
    }
  if (closed) target.scrollIntoView({ block: "start" });
}

/**
 * Links into a collapsed section work: on load, on every hash change and on a click on a link to the current
 * hash, the <details> around the target open. Chromium does this for fragment navigation itself; other browsers
 * do not.
 */
export function OpenHashTarget() {
  useEffect(() => {
    const onHash = () => reveal(window.location.hash);
    const onClick = (event: MouseEvent) => {
      const link = (event.target as Element | null)?.closest?.("a[href^='#']");
      if (link) reveal(link.getAttribute("href") ?? "");
    };
    onHash();
    window.addEventListener("hashchange", onHash);
    document.addEventListener("click", onClick);
    return () => {
      window.removeEventListener("hashchange", onHash);
      document.removeEventListener("click", onClick);
    };
  }, []);
  return null;
}
