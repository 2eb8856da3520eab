import { ogCard } from "@/components/share/og-card";
import { OG_ALT, OG_SIZE, ogImage } from "@/components/share/og-image";
import { SHARE_KIND_LABEL } from "@/components/share/labels";
import { loadSharedView } from "./load";

export const alt = OG_ALT;
export const size = OG_SIZE;
export const contentType = "image/png";

/** A share link's preview: the pinned quotation (or the story's most varied one) as the sender saw it. */
export default async function ShareImage({ params }: { params: Promise<{ slug: string }> }) {
  const view = await loadSharedView((await params).slug);
  return ogImage(
    ogCard({
      eyebrow: view ? SHARE_KIND_LABEL[view.kind] : "Shared link",
      title: view?.title ?? "Link not found",
      outlets: view?.articles.map((a) => a.outlet.name) ?? [],
      groups: view?.quoteGroups ?? [],
    }),
  );
}
