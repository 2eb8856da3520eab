import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, describe, expect, it } from "vitest";
import { PEER_HEADER, peerAddress, recordPeerAddresses } from "./peer-address";

describe("recordPeerAddresses", () => {
  const seen: (string | null)[] = [];
  const server = http.createServer((request, response) => {
    const headers = new Headers();
    for (const [name, value] of Object.entries(request.headers))
      if (typeof value === "string") headers.set(name, value);
    seen.push(peerAddress(headers));
    response.end("ok");
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  function get(port: number, localAddress: string, headers: Record<string, string>): Promise<void> {
    return new Promise((resolve, reject) => {
      http
        .get({ host: "127.0.0.1", port, path: "/", localAddress, headers }, (response) => {
          response.resume();
          response.on("end", resolve);
        })
        .on("error", reject);
    });
  }

  it("stamps each request with its socket's address, replacing whatever the client sent", async () => {
    recordPeerAddresses();
    recordPeerAddresses(); // twice is once
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    await get(port, "127.0.0.1", { "x-forwarded-for": "198.51.100.7" });
    await get(port, "127.0.0.2", {
      [PEER_HEADER]: "made-up 198.51.100.8",
      "x-forwarded-for": "198.51.100.9",
    });
    expect(seen).toEqual(["127.0.0.1", "127.0.0.2"]);
  });
});
