import "server-only";
import { readFile } from "node:fs/promises";
import path from "node:path";

type Weight = 400;
export interface OgFont {
  name: string;
  data: ArrayBuffer;
  weight: Weight;
  style: "normal";
}

/*
 * The link previews' fonts, read from installed packages so rendering never reaches the network: next/og's own
 * Geist for Latin and Cyrillic, Noto Sans Hebrew and IBM Plex Sans Arabic for right-to-left outlets and quotations
 * (Noto Sans Arabic uses font tables the renderer cannot read). A script none of them covers makes next/og try to
 * download a font, which fails offline and leaves those characters blank; the card is still drawn.
 */
const FILES: { name: string; file: string[] }[] = [
  { name: "Geist", file: ["next", "dist", "compiled", "@vercel", "og", "Geist-Regular.ttf"] },
  {
    name: "Noto Sans Hebrew",
    file: ["@fontsource", "noto-sans-hebrew", "files", "noto-sans-hebrew-hebrew-400-normal.woff"],
  },
  {
    name: "IBM Plex Sans Arabic",
    file: ["@fontsource", "ibm-plex-sans-arabic", "files", "ibm-plex-sans-arabic-arabic-400-normal.woff"],
  },
];

let loaded: Promise<OgFont[]> | null = null;

/** The fonts that are installed (read once per process); an empty list lets next/og use its default. */
export function ogFonts(): Promise<OgFont[]> {
  loaded ??= Promise.all(
    FILES.map(async ({ name, file }) => {
      try {
        const bytes = await readFile(path.join(process.cwd(), "node_modules", ...file));
        const data = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
        return [{ name, data, weight: 400 as const, style: "normal" as const }];
      } catch {
        return [];
      }
    }),
  ).then((fonts) => {
    const all = fonts.flat();
    // Without Geist the other fonts would have to draw Latin text they barely cover: use next/og's default.
    return all.some((f) => f.name === "Geist") ? all : [];
  });
  return loaded;
}
