/**
 * Runs once when a Next.js server process starts: record each request's socket address (rate limits key on it,
 * not on an X-Forwarded-For the client can write itself; lib/ratelimit/peer-address.ts), migrate the database,
 * on a first start with an empty database load the fictional demo corpus so a fresh clone shows a working
 * product, and start a job worker (feed polls, queued pages) in the background (PARALLAX_WORKER=off leaves that
 * to `npm run worker`).
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { recordPeerAddresses } = await import("@/lib/ratelimit/peer-address");
  recordPeerAddresses();
  const { env } = await import("@/lib/env");
  const { getDb } = await import("@/lib/db");
  const { log } = await import("@/lib/log");
  // The fitted models (committed JSON) are checked now, so a stale or corrupt file stops the start naming it:
  // the quotation span and uncued-quotation models when asked, the same-fact and same-event models when their
  // modules load.
  const quotes = await import("@/lib/quotes");
  quotes.spanModel();
  quotes.uncuedModel();
  await import("@/lib/compare");
  await getDb();
  if (env.PARALLAX_DEMO === "auto") {
    const { loadDemoCorpusIfEmpty } = await import("@/lib/ingest");
    const loaded = await loadDemoCorpusIfEmpty({ unlessRemoved: true });
    if (loaded > 0)
      log("app").info({ articles: loaded }, "loaded the fictional demo corpus into the empty database");
  }
  if (env.PARALLAX_WORKER === "auto") {
    const { runJobWorker } = await import("@/lib/jobs");
    void runJobWorker().catch((error: unknown) =>
      log("worker").error({ err: error }, "the job worker stopped"),
    );
  }
}
