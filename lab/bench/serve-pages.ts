import { startFixtureServer } from "@/lib/testing/fixture-server";
import { generateNewsPages } from "./news-pages";

/*
 * The benchmark's "web": a child process serving the generated news pages over local HTTP, so serving them
 * costs the ingesting process nothing, as with real sites. Tells its parent the origin over IPC. An optional
 * second argument makes each page answer after that many milliseconds, like a slow site.
 */
const count = Number(process.argv[2] ?? "1000");
const delayMs = Number(process.argv[3] ?? "0");
const pages = generateNewsPages(count);
const server = await startFixtureServer(
  Object.fromEntries(pages.map((p) => [p.path, { body: p.html, ...(delayMs > 0 ? { delayMs } : {}) }])),
);
process.send?.({ origin: server.origin, paths: pages.map((p) => p.path) });
process.on("disconnect", () => void server.close().then(() => process.exit(0)));
