import Link from "next/link";
import { Section } from "@/components/ui/Section";
import { getEditor } from "@/lib/auth";
import { getLastStoryEdit } from "@/lib/views";
import { StoryEditorForms } from "./StoryEditorForms";

/**
 * The story page's editor tools, near the top for signed-in editors only (nothing otherwise): rename, split,
 * move, merge and undo of the last edit. Every change is in the audit log and survives automatic clustering and `recluster`.
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
  const lastEdit = await getLastStoryEdit(storyId);
  return (
    <Section
      id="editor"
      title="Edit this story"
      description="Fix the grouping: automatic clustering and reclustering keep what editors decide. Every change is in the audit log."
      className="rounded-xl border border-line bg-sunken/50 p-4 sm:p-5"
    >
      <StoryEditorForms
        storyId={storyId}
        title={title}
        titleByEditor={titleByEditor}
        articles={articles.map((a) => ({ id: a.id, title: a.title, outlet: a.outlet.name }))}
        lastEdit={
          lastEdit
            ? {
                auditId: lastEdit.auditId,
                summary: lastEdit.summary,
                actor: lastEdit.actor,
                undoable: lastEdit.undoable,
              }
            : null
        }
      />
      <p className="mt-4 text-sm text-muted">
        Have new coverage of this story POSTed to your systems:{" "}
        <Link
          href={`/admin/webhooks?story=${storyId}`}
          className="font-semibold"
          data-testid="story-webhook-link"
        >
          add a webhook for this story
        </Link>
        .
      </p>
    </Section>
  );
}
