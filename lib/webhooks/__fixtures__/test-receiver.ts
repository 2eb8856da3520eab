/**
 * A webhook receiver for tests: a local HTTP server that checks each delivery's signature with the secret, as a
 * real receiver would (docs/webhooks.md), and answers by path: "/ok" 200, "/broken" 500 every time, "/hang"
 * never (until closed); other paths can be given their own handler.
 */
import http, { type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { verifySignature } from "../sign";

export interface ReceivedDelivery {
  path: string;
  headers: IncomingMessage["headers"];
  body: string;
  /** The X-Parallax-Signature header matched the body under the secret. */
  verified: boolean;
  payload: Record<string, unknown> & { id: string; event: string; attempt: number };
}

export type ReceiverHandler = (delivery: ReceivedDelivery, res: ServerResponse) => void;

export interface TestReceiver {
  url(path: string): string;
  received: ReceivedDelivery[];
  at(path: string): ReceivedDelivery[];
  route(path: string, handler: ReceiverHandler): void;
  close(): Promise<void>;
}

export async function startTestReceiver(secret: string): Promise<TestReceiver> {
  const received: ReceivedDelivery[] = [];
  const hanging = new Set<ServerResponse>();
  const routes = new Map<string, ReceiverHandler>([
    ["/ok", (_d, res) => res.writeHead(200, { "content-type": "text/plain" }).end("thanks")],
    ["/broken", (_d, res) => res.writeHead(500).end("receiver broken")],
    ["/hang", (_d, res) => void hanging.add(res)],
  ]);
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const body = Buffer.concat(chunks).toString("utf8");
      const path = (req.url ?? "/").split("?")[0]!;
      const header = req.headers["x-parallax-signature"];
      const delivery: ReceivedDelivery = {
        path,
        headers: req.headers,
        body,
        verified: verifySignature(secret, body, typeof header === "string" ? header : null),
        payload: JSON.parse(body || "{}") as ReceivedDelivery["payload"],
      };
      received.push(delivery);
      if (!delivery.verified) return void res.writeHead(401).end("bad signature");
      const handler = routes.get(path);
      if (!handler) return void res.writeHead(404).end();
      hanging.add(res);
      res.on("finish", () => hanging.delete(res));
      handler(delivery, res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    received,
    at: (path) => received.filter((d) => d.path === path),
    route: (path, handler) => void routes.set(path, handler),
    close: async () => {
      for (const res of hanging) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
