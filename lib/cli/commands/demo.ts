import { loadDemoCorpusIfEmpty, removeDemoCorpus } from "@/lib/ingest";
import { UsageError, type CliIo } from "../output";

export const demoUsage =
  "demo [remove]      load the fictional demo corpus into an empty database, or remove it (and nothing else)";

/** `demo` loads the fictional corpus into an empty database; `demo remove` takes it out, audit logged. */
export async function runDemo(argv: string[], io: CliIo): Promise<number> {
  const [action, ...rest] = argv;
  if (rest.length > 0 || (action !== undefined && action !== "remove"))
    throw new UsageError(`unexpected argument "${[action, ...rest].join(" ")}"`);
  if (action === "remove") {
    const removed = await removeDemoCorpus({ actor: "cli" });
    if (removed.articles === 0 && removed.stories === 0 && removed.outlets === 0) {
      io.out("No demo data in the database; nothing removed.");
      return 0;
    }
    io.out(
      `Removed the demo corpus: ${plural(removed.articles, "article")}, ${plural(removed.stories, "story", "stories")}, ${plural(removed.outlets, "outlet")}.` +
        (removed.storiesKept > 0
          ? ` ${plural(removed.storiesKept, "real story", "real stories")} that also held demo articles kept their own.`
          : ""),
    );
    return 0;
  }
  const count = await loadDemoCorpusIfEmpty();
  io.out(
    count === 0
      ? "The database already has articles; demo corpus not loaded."
      : `Loaded ${count} demo articles.`,
  );
  return 0;
}

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString("en")} ${count === 1 ? one : many}`;
}
