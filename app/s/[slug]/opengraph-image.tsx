import { ogCard } from "@/components/share/og-card";
import { OG_SIZE, ogImage } from "@/components/share/og-image";
import { SHARE_KIND_LABEL } from "@/components/share/labels";
import { loadSharedView } from "./load";

async function cardFor(slug: string) {
  const view = await loadSharedView(slug).catch(() => null);
  return ogCard({
    eyebrow: view ? SHARE_KIND_LABEL[view.kind] : "Shared link",
    title: view?.title ?? "Link not found",
    outlets: view?.articles.map((a) => a.outlet.name) ?? [],
    groups: view?.quoteGroups ?? [],
  });
}

/** One preview per link, with alt text that says what it shows (outlets counted and named). */
export async function generateImageMetadata({ params }: { params: { slug: string } }) {
  const card = await cardFor(params.slug);
  return [{ id: "card", alt: card.alt, size: OG_SIZE, contentType: "image/png" }];
}

/** A share link's preview: the pinned quotation (or the story's most telling difference) as the sender saw it. */
export default async function ShareImage({ params }: { params: Promise<{ slug: string }> }) {
  return ogImage(await cardFor((await params).slug));
}
