import { parseArgs } from "node:util";
import { listStories } from "@/lib/views";
import type { CliIo } from "../output";

export const storiesUsage = "stories [--json] [--limit N]";

/**
 * Lists stories, most recently active first; --json prints [{id, title, titleOutlet, titleByEditor, articleCount,
 * outlets}]. The title says whose headline it is ("— via Reuters") or that an editor named it.
 */
export async function runStories(argv: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: { json: { type: "boolean" }, limit: { type: "string" } },
  });
  const limit = values.limit
    ? Math.max(1, Math.min(Number.parseInt(values.limit, 10) || 100, 10_000))
    : 10_000;
  const items = [];
  for (let offset = 0; items.length < limit;) {
    const page = await listStories({ limit: Math.min(100, limit - items.length), offset });
    items.push(...page.items);
    offset += page.items.length;
    if (page.items.length === 0 || offset >= page.total) break;
  }
  if (values.json) {
    io.out(
      JSON.stringify(
        items.map(({ id, title, titleOutlet, titleByEditor, articleCount, outlets }) => ({
          id,
          title,
          titleOutlet,
          titleByEditor,
          articleCount,
          outlets,
        })),
        null,
        2,
      ),
    );
    return 0;
  }
  if (items.length === 0) io.out("No stories yet. Ingest an article: npm run parallax -- ingest <file>");
  for (const s of items) {
    const source = s.titleByEditor ? " (editor's title)" : s.titleOutlet ? ` — via ${s.titleOutlet}` : "";
    io.out(
      `${s.id}  ${String(s.articleCount).padStart(3)} articles  ${s.title}${source}  [${s.outlets.join(", ")}]`,
    );
  }
  return 0;
}
