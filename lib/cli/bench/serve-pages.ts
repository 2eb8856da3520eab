import { startFixtureServer } from "@/lib/testing/fixture-server";
import { generateNewsPages } from "./news-pages";

/*
 * The benchmark's "web": a child process serving the generated news pages over local HTTP, so serving them
 * costs the ingesting process nothing, as with real sites. Tells its parent the origin over IPC.
 */
const count = Number(process.argv[2] ?? "1000");
const pages = generateNewsPages(count);
const server = await startFixtureServer(Object.fromEntries(pages.map((p) => [p.path, { body: p.html }])));
process.send?.({ origin: server.origin, paths: pages.map((p) => p.path) });
process.on("disconnect", () => void server.close().then(() => process.exit(0)));
