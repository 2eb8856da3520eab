import { Section } from "@/components/ui/Section";
import { getEditor } from "@/lib/auth";
import { StoryEditorForms } from "./StoryEditorForms";

/**
 * The story page's editor section: rename, split, move and merge, for signed-in editors only (nothing otherwise).
 * Every change is in the audit log and survives automatic clustering and `recluster`.
 */
export async function StoryEditorPanel({
  storyId,
  title,
  titleByEditor,
  articles,
}: {
  storyId: string;
  title: string;
  titleByEditor: boolean;
  articles: { id: string; title: string; outlet: { name: string } }[];
}) {
  if (!(await getEditor())) return null;
  return (
    <Section
      id="editor"
      title="Edit this story"
      description="Fix the grouping: automatic clustering and reclustering keep what editors decide. Every change is in the audit log."
    >
      <StoryEditorForms
        storyId={storyId}
        title={title}
        titleByEditor={titleByEditor}
        articles={articles.map((a) => ({ id: a.id, title: a.title, outlet: a.outlet.name }))}
      />
    </Section>
  );
}
