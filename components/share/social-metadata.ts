import "server-only";
import type { Metadata } from "next";
import { headers } from "next/headers";
import { publicOrigin } from "@/lib/public-url";

/**
 * Open Graph and Twitter tags for a page with an opengraph-image route beside it (Next adds og:image from
 * that file). Image URLs must be absolute: they start with PARALLAX_PUBLIC_URL, or without it the request's own
 * host, so a self-hosted instance previews correctly under whatever name it is reached by.
 */
export async function socialMetadata({
  title,
  description,
  path,
}: {
  title: string;
  description: string;
  path: string;
}): Promise<Metadata> {
  const origin = publicOrigin(await headers());
  const metadataBase = origin ? new URL(origin) : undefined;
  return {
    ...(metadataBase ? { metadataBase } : {}),
    title,
    description,
    openGraph: { title, description, url: path, type: "article", siteName: "Parallax" },
    twitter: { card: "summary_large_image", title, description },
  };
}
