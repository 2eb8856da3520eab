import type { IncomingMessage } from "node:http";
import { Transform, type Duplex } from "node:stream";
import zlib from "node:zlib";
import type { AppError } from "@/lib/errors";
import { networkError, tooLargeError } from "./fetch-errors";
import { FetchError } from "./fetch-error";

/** What we send as Accept-Encoding; each has a decoder below. */
export const ACCEPT_ENCODING = "gzip, deflate, br";

// Sync flush tolerates bodies whose compressed stream was cut short (as browsers do); a connection that closes
// early is still an error (see readBody).
const ZLIB_OPTIONS: zlib.ZlibOptions = { finishFlush: zlib.constants.Z_SYNC_FLUSH };
const BROTLI_OPTIONS: zlib.BrotliOptions = { finishFlush: zlib.constants.BROTLI_OPERATION_FLUSH };

/** "deflate" is zlib-wrapped by the standard, raw deflate from some servers: choose by the first two bytes. */
function inflateEither(): Transform {
  let inner: zlib.Inflate | zlib.InflateRaw | null = null;
  let head = Buffer.alloc(0);
  const outer: Transform = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      if (!inner) {
        head = Buffer.concat([head, chunk]);
        if (head.length < 2) return callback();
        const wrapped = (head[0]! & 0x0f) === 8 && ((head[0]! << 8) | head[1]!) % 31 === 0;
        inner = wrapped ? zlib.createInflate(ZLIB_OPTIONS) : zlib.createInflateRaw(ZLIB_OPTIONS);
        inner.on("data", (data: Buffer) => outer.push(data));
        inner.on("error", (error) => outer.destroy(error));
        chunk = head;
      }
      inner.write(chunk, () => callback());
    },
    flush(callback) {
      if (!inner) return callback(head.length > 0 ? new Error("deflate stream too short") : null);
      inner.once("end", () => callback());
      inner.end();
    },
    destroy(error, callback) {
      inner?.destroy();
      callback(error);
    },
  });
  return outer;
}

/** Decoders undoing a Content-Encoding header, in order; UNSUPPORTED for an encoding we did not offer. */
export function decodersFor(contentEncoding: string | undefined, host: string): Duplex[] {
  const applied = (contentEncoding ?? "")
    .split(",")
    .map((token) => token.trim().toLowerCase())
    .filter((token) => token !== "" && token !== "identity");
  // Listed in the order they were applied: undo the last one first.
  return applied.reverse().map((token) => {
    if (token === "gzip" || token === "x-gzip") return zlib.createGunzip(ZLIB_OPTIONS);
    if (token === "deflate") return inflateEither();
    if (token === "br") return zlib.createBrotliDecompress(BROTLI_OPTIONS);
    throw new FetchError(
      "UNSUPPORTED",
      "bad-response",
      `${host} sent the body in an unsupported encoding (${token})`,
      { host },
    );
  });
}

/**
 * The response body through its decoders, counting DECOMPRESSED bytes: past `maxBytes` every stream is
 * destroyed and the read fails with TOO_LARGE, so a compression bomb costs at most the cap in memory.
 */
export function readBody(
  res: IncomingMessage,
  decoders: Duplex[],
  maxBytes: number,
  host: string,
): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const streams = [res, ...decoders];
    const tail = streams[streams.length - 1]!;
    const chunks: Buffer[] = [];
    let total = 0;
    let done = false;
    const fail = (error: AppError) => {
      if (done) return;
      done = true;
      for (const stream of streams) stream.destroy();
      reject(error);
    };
    res.on("error", (error) => fail(networkError(error, host)));
    res.on("close", () => {
      if (!res.complete)
        fail(
          new FetchError(
            "UNAVAILABLE",
            "unreachable",
            `the connection to ${host} closed before the page ended`,
            {
              host,
            },
          ),
        );
    });
    decoders.forEach((decoder, i) => {
      streams[i]!.pipe(decoder);
      decoder.on("error", (error) =>
        fail(
          new FetchError(
            "UNPROCESSABLE",
            "bad-response",
            `${host} sent a corrupt compressed body (${error.message})`,
            {
              host,
            },
          ),
        ),
      );
    });
    tail.on("data", (chunk: Buffer) => {
      if (done) return;
      total += chunk.length;
      if (total > maxBytes) return fail(tooLargeError(host, maxBytes));
      chunks.push(chunk);
    });
    tail.on("end", () => {
      if (done) return;
      done = true;
      resolve(Buffer.concat(chunks, total));
    });
  });
}
