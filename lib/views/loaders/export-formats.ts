import "server-only";
import { AppError } from "@/lib/errors";
import { getCompareData } from "./compare";
import { storyCsv } from "../shapers/export-csv";
import { storyMarkdown } from "../shapers/export-markdown";
import { exportStory } from "./export-story";
import { getStory } from "./stories";

export const EXPORT_FORMATS = ["json", "csv", "md"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportFile {
  body: string;
  contentType: string;
  /** A download name: "parallax-story-<id>.<ext>". */
  filename: string;
}

const CONTENT_TYPES: Record<ExportFormat, string> = {
  json: "application/json; charset=utf-8",
  csv: "text/csv; charset=utf-8; header=present",
  md: "text/markdown; charset=utf-8",
};

/**
 * A story's export in one format, as the CLI prints it and the API and download links serve it. `storyUrl`
 * (the story page's absolute address) is linked from the Markdown brief. NOT_FOUND for an unknown story.
 */
export async function exportStoryAs(
  storyId: string,
  format: ExportFormat,
  options: { storyUrl?: string | null } = {},
): Promise<ExportFile> {
  const filename = `parallax-story-${storyId}.${format}`;
  if (format === "json") {
    const body = JSON.stringify(await exportStory(storyId), null, 2) + "\n";
    return { body, contentType: CONTENT_TYPES.json, filename };
  }
  const story = await getStory(storyId);
  if (!story) throw new AppError("NOT_FOUND", `No story with id ${storyId}.`);
  if (format === "csv") return { body: storyCsv(story), contentType: CONTENT_TYPES.csv, filename };
  const comparison = story.articles.length >= 2 ? await getCompareData(storyId) : null;
  return {
    body: storyMarkdown({ story, comparison, storyUrl: options.storyUrl ?? null }),
    contentType: CONTENT_TYPES.md,
    filename,
  };
}
