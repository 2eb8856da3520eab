import { ogCard } from "@/components/share/og-card";
import { OG_SIZE, ogImage } from "@/components/share/og-image";
import { loadStory } from "../../_lib/loaders";
import { parseId } from "../../_lib/params";

async function cardFor(rawId: string) {
  const id = parseId(rawId);
  const story = id ? await loadStory(id) : null;
  return ogCard({
    eyebrow: story ? `Story · ${story.articleCount} articles` : "Story",
    title: story?.title ?? "Story not found",
    outlets: story?.articles.map((a) => a.outlet.name) ?? [],
    groups: story?.quoteGroups ?? [],
  });
}

/** One preview per story, with alt text that says what it shows (outlets counted and named). */
export async function generateImageMetadata({ params }: { params: { id: string } }) {
  const card = await cardFor(params.id);
  return [{ id: "card", alt: card.alt, size: OG_SIZE, contentType: "image/png" }];
}

/** The story's link preview: its title, outlets and the quotation they word most tellingly differently. */
export default async function StoryImage({ params }: { params: Promise<{ id: string }> }) {
  return ogImage(await cardFor((await params).id));
}
