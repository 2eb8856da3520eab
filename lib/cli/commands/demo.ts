import { loadDemoCorpusIfEmpty } from "@/lib/ingest";
import type { CliIo } from "../output";

export async function runDemo(_argv: string[], io: CliIo): Promise<number> {
  const count = await loadDemoCorpusIfEmpty();
  io.out(
    count === 0
      ? "The database already has articles; demo corpus not loaded."
      : `Loaded ${count} demo articles.`,
  );
  return 0;
}
