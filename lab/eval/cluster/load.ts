import { readFileSync } from "node:fs";
import { z } from "zod";
import { detectLanguage } from "@/lib/text";
import type { LabelledDocument } from "./evaluate";

const rowSchema = z.object({
  id: z.union([z.string(), z.number()]).transform(String),
  title: z.string().nullish(),
  text: z.string().nullish(),
  date: z.string().nullish(),
  cluster: z.union([z.string(), z.number()]).transform(String),
});

/**
 * A clustering benchmark file (../shared/data/clustering-dev/README.md): one article a line, in arrival order.
 * A bad row stops the process with its file and line.
 */
export function loadClusterSet(file: string): LabelledDocument[] {
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line, i) => {
      const parsed = rowSchema.safeParse(JSON.parse(line));
      if (!parsed.success) {
        console.error(`${file}:${i + 1}: ${parsed.error.issues[0]?.message ?? "bad row"}`);
        process.exit(2);
      }
      const row = parsed.data;
      const title = row.title ?? "";
      const text = row.text ?? "";
      // As the app does: the language is detected from the text.
      const language = detectLanguage(`${title}\n${text}`);
      return { id: row.id, title, text, publishedAt: row.date || null, language, gold: row.cluster };
    });
}
