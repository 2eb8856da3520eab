import "server-only";
import type { Metadata } from "next";
import { headers } from "next/headers";

/**
 * Open Graph and Twitter tags for a page with an opengraph-image route beside it (Next adds og:image from
 * that file). Image URLs must be absolute; without a configured public address the request's own host is
 * used, so a self-hosted instance previews correctly under whatever name it is reached by.
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
  const requestHeaders = await headers();
  const host = requestHeaders.get("x-forwarded-host") ?? requestHeaders.get("host");
  const proto = requestHeaders.get("x-forwarded-proto")?.split(",")[0]?.trim() ?? "http";
  let metadataBase: URL | undefined;
  try {
    metadataBase = host ? new URL(`${proto === "https" ? "https" : "http"}://${host}`) : undefined;
  } catch {
    metadataBase = undefined;
  }
  return {
    ...(metadataBase ? { metadataBase } : {}),
    title,
    description,
    openGraph: { title, description, url: path, type: "article", siteName: "Parallax" },
    twitter: { card: "summary_large_image", title, description },
  };
}
