import { ogCard } from "@/components/share/og-card";
import { OG_ALT, OG_SIZE, ogImage } from "@/components/share/og-image";
import { loadStory } from "../../_lib/loaders";
import { parseId } from "../../_lib/params";

export const alt = OG_ALT;
export const size = OG_SIZE;
export const contentType = "image/png";

/** The story's link preview: its title, outlets and the quotation they word most differently. */
export default async function StoryImage({ params }: { params: Promise<{ id: string }> }) {
  const id = parseId((await params).id);
  const story = id ? await loadStory(id) : null;
  return ogImage(
    ogCard({
      eyebrow: story ? `Story · ${story.articleCount} articles` : "Story",
      title: story?.title ?? "Story not found",
      outlets: story?.articles.map((a) => a.outlet.name) ?? [],
      groups: story?.quoteGroups ?? [],
    }),
  );
}
