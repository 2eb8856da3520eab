/**
 * Whose words a story's title is: the outlet whose headline was chosen as the most representative ("Headline via
 * Reuters"), or an editor's. A title is never one outlet's headline without saying so.
 */
export function StoryTitleSource({
  titleOutlet,
  titleByEditor,
  className,
}: {
  titleOutlet: string | null;
  titleByEditor: boolean;
  className?: string;
}) {
  if (titleByEditor)
    return (
      <span className={className} data-testid="title-source">
        Title by an editor
      </span>
    );
  if (!titleOutlet) return null;
  return (
    <span className={className} data-testid="title-source">
      Headline via {titleOutlet}
    </span>
  );
}
