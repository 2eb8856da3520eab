/** "Follow: Atom · JSON Feed": links a feed reader subscribes to (the page also names them in <link rel="alternate">). */
export function FollowLinks({ basePath, query = "" }: { basePath: string; query?: string }) {
  const suffix = query ? `?${query}` : "";
  const link = "font-semibold text-accent underline underline-offset-4";
  return (
    <p className="text-sm text-muted" data-testid="follow-links">
      Follow:{" "}
      <a href={`${basePath}/feed.atom${suffix}`} type="application/atom+xml" className={link}>
        Atom
      </a>{" "}
      ·{" "}
      <a href={`${basePath}/feed.json${suffix}`} type="application/feed+json" className={link}>
        JSON Feed
      </a>
    </p>
  );
}

/** Next metadata `alternates.types` naming a page's feeds, so browsers and readers discover them. */
export function feedAlternates(basePath: string, query = "") {
  const suffix = query ? `?${query}` : "";
  return {
    types: {
      "application/atom+xml": [{ url: `${basePath}/feed.atom${suffix}`, title: "Atom feed" }],
      "application/feed+json": [{ url: `${basePath}/feed.json${suffix}`, title: "JSON Feed" }],
    },
  };
}
