/*
 * The rendered-page store: a bounded LRU of HTML templates (pages with their CSP nonce cut out), each filed
 * under its URL and valid only while the data stamp it was rendered at is current and for at most `maxAgeMs`
 * (a backstop for what no stamp covers, such as an outlet's name). Plain data, no I/O: serve.ts decides what
 * is cached and where stamps come from.
 */

export interface CachedPage {
  /** The page's UTF-8 bytes split at every occurrence of the nonce it was rendered with. */
  parts: Buffer[];
  /** Response headers to replay, each split at the nonce like the page (Next's Link preload header has it). */
  headers: [string, string[]][];
  stamp: string;
  storedAt: number;
  bytes: number;
}

/** Splits a rendered page (or header) at its nonce, so any other nonce can be put in its place. */
export function toTemplate(text: string, nonce: string): string[] {
  return nonce ? text.split(nonce) : [text];
}

export function fillTemplate(parts: readonly string[], nonce: string): string {
  return parts.join(nonce);
}

/** A page kept as bytes: filling it in is then a copy, not a string join plus a UTF-8 encoding per answer. */
export function toByteTemplate(html: string, nonce: string): Buffer[] {
  return toTemplate(html, nonce).map((part) => Buffer.from(part, "utf8"));
}

export function fillByteTemplate(parts: readonly Buffer[], nonce: string): Buffer {
  const filler = Buffer.from(nonce, "utf8");
  return Buffer.concat(parts.flatMap((part, index) => (index === 0 ? [part] : [filler, part])));
}

export class PageStore {
  private readonly pages = new Map<string, CachedPage>();
  private bytes = 0;

  constructor(
    private readonly maxBytes: number,
    private readonly maxAgeMs: number,
  ) {}

  get size(): number {
    return this.pages.size;
  }

  get totalBytes(): number {
    return this.bytes;
  }

  /** The page stored under `key` if it was rendered at `stamp` and is young enough; refreshes its recency. */
  get(key: string, stamp: string, now: number): CachedPage | undefined {
    const page = this.pages.get(key);
    if (!page) return undefined;
    if (page.stamp !== stamp || now - page.storedAt > this.maxAgeMs) {
      this.delete(key);
      return undefined;
    }
    this.pages.delete(key);
    this.pages.set(key, page);
    return page;
  }

  set(key: string, page: Omit<CachedPage, "bytes">): void {
    const bytes = page.parts.reduce((sum, part) => sum + part.length, 0) + key.length * 2;
    if (bytes > this.maxBytes) return;
    this.delete(key);
    this.pages.set(key, { ...page, bytes });
    this.bytes += bytes;
    for (const [oldest, entry] of this.pages) {
      if (this.bytes <= this.maxBytes) break;
      this.pages.delete(oldest);
      this.bytes -= entry.bytes;
    }
  }

  delete(key: string): void {
    const page = this.pages.get(key);
    if (!page) return;
    this.pages.delete(key);
    this.bytes -= page.bytes;
  }
}
