/** URL normalisation under fuzzing: the property `npm test` (urls.fuzz.test.ts) and `npm run fuzz` check. */
import fc from "fast-check";
import { allowAppError } from "../testing/fuzz";
import { normalizeArticleUrl } from "./urls";

const urlArbitrary = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.webUrl({ withQueryParameters: true, withFragments: true, validSchemes: ["http", "https"] }),
  },
  {
    weight: 3,
    arbitrary: fc
      .tuple(
        fc.constantFrom("http", "https", "HTTP", "ftp", "javascript", "file"),
        fc.constantFrom(
          "News.Example",
          "news.example.",
          "user:pw@news.example",
          "[::1]",
          "xn--bcher-kva.example",
          "bücher.example",
          "news.example:80",
          "news.example:443",
          "0x7f.1",
        ),
        fc.array(fc.constantFrom("a", "B", "%41", "%2F", "..", ".", "", "ü", "%zz", " "), { maxLength: 5 }),
        fc.array(
          fc.tuple(
            fc.constantFrom("utm_source", "id", "ID", "ref", "b", "a", "q", "fbclid", "x y", "é"),
            fc.constantFrom("1", "", "a b", "%20", "+", "&", "="),
          ),
          { maxLength: 5 },
        ),
        fc.constantFrom("", "#top", "#", "/", "//", "?"),
      )
      .map(([scheme, host, path, query, tail]) => {
        const search = query.map(([k, v]) => `${k}=${v}`).join("&");
        return `${scheme}://${host}/${path.join("/")}${search ? `?${search}` : ""}${tail}`;
      }),
  },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 40 }) },
);

function checkUrl(raw: string): void {
  const once = allowAppError(() => normalizeArticleUrl(raw));
  if (once === null) return;
  const twice = normalizeArticleUrl(once);
  if (twice !== once) throw new Error(`not idempotent: ${once} became ${twice}`);
  if (!/^https?:\/\//.test(once)) throw new Error(`normalised to a non-http URL: ${once}`);
}

export const urlsProperty = fc.property(urlArbitrary, (raw) => checkUrl(raw));
