/**
 * A local HTTP server for tests that must not reach the network: listens on 127.0.0.1 on a free port and
 * answers each path from a route table.
 *
 *   const server = await startFixtureServer({
 *     "/article": { body: "<html>…</html>" },                      // 200 text/html; charset=utf-8
 *     "/old": { redirect: "/article" },                            // 302 Location: /article
 *     "/gone": { status: 410 },
 *     "/feed.xml": { headers: { "content-type": "application/rss+xml" }, body: xml, compress: "gzip" },
 *     "/slow": { delayMs: 2000, body: "late" },
 *     "/custom": (req, res) => res.end("anything"),                // full control (trickle, hang, …)
 *   });
 *   await fetchPage(server.url("/article"), { allowPrivateNetwork: true });
 *   server.requests;                                               // what arrived, headers included
 *   await server.close();                                          // also drops kept-alive connections
 *
 * A route is looked up by path with query string first, then by path alone; unknown paths answer 404.
 */
import http, { type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import zlib from "node:zlib";

export interface FixtureResponse {
  /** Default 200, or 302 with `redirect`. */
  status?: number;
  /** Response headers; `null` leaves out a default (content-type is `text/html; charset=utf-8` by default). */
  headers?: Record<string, string | number | readonly string[] | null>;
  /** The body as sent before compression; Content-Length is set from it. */
  body?: string | Uint8Array;
  /** Wait this long before answering. */
  delayMs?: number;
  /** Answer with a redirect to this path or URL (the Location header). */
  redirect?: string;
  /** Compress the body and set Content-Encoding. */
  compress?: "gzip" | "deflate" | "br";
}

/** A handler gets the raw request and response, for answers a FixtureResponse cannot describe. */
export type FixtureHandler = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;
export type FixtureRoute = FixtureResponse | FixtureHandler;

export interface FixtureRequest {
  method: string;
  /** Path with query string, as requested. */
  path: string;
  headers: IncomingHttpHeaders;
}

export interface FixtureServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  port: number;
  /** The absolute URL of a path on this server. */
  url(path?: string): string;
  /** Adds or replaces a route. */
  route(path: string, route: FixtureRoute): void;
  /** The requests received, oldest first. */
  requests: FixtureRequest[];
  /** Stops the server and closes every connection, idle keep-alive ones and hanging ones included. */
  close(): Promise<void>;
}

function compressBody(body: Buffer, method: FixtureResponse["compress"]): Buffer {
  if (method === "gzip") return zlib.gzipSync(body);
  if (method === "deflate") return zlib.deflateSync(body);
  if (method === "br") return zlib.brotliCompressSync(body);
  return body;
}

function answer(spec: FixtureResponse, res: ServerResponse): void {
  const headers: Record<string, string | number | readonly string[] | null> = {
    "content-type": "text/html; charset=utf-8",
    ...(spec.redirect === undefined ? {} : { location: spec.redirect }),
    ...(spec.compress ? { "content-encoding": spec.compress } : {}),
    ...spec.headers,
  };
  res.statusCode = spec.status ?? (spec.redirect === undefined ? 200 : 302);
  for (const [name, value] of Object.entries(headers)) if (value !== null) res.setHeader(name, value);
  const body = compressBody(Buffer.from(spec.body ?? ""), spec.compress);
  res.end(body);
}

export async function startFixtureServer(routes: Record<string, FixtureRoute> = {}): Promise<FixtureServer> {
  const table = new Map(Object.entries(routes));
  const requests: FixtureRequest[] = [];
  const timers = new Set<NodeJS.Timeout>();

  const server = http.createServer((req, res) => {
    const path = req.url ?? "/";
    requests.push({ method: req.method ?? "GET", path, headers: req.headers });
    const route = table.get(path) ?? table.get(path.split("?")[0]!);
    if (route === undefined) {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
      return;
    }
    if (typeof route === "function") {
      Promise.resolve(route(req, res)).catch((error: unknown) => {
        if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain" });
        res.end(String(error));
      });
      return;
    }
    if (!route.delayMs) return answer(route, res);
    const timer = setTimeout(() => {
      timers.delete(timer);
      answer(route, res);
    }, route.delayMs);
    timers.add(timer);
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const origin = `http://127.0.0.1:${port}`;

  return {
    origin,
    port,
    url: (path = "/") => new URL(path, origin).href,
    route: (path, route) => void table.set(path, route),
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        for (const timer of timers) clearTimeout(timer);
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
