import { ImageResponse } from "next/og";
import type { DiffOp } from "@/lib/compare";
import type { OgCard } from "./og-card";

export const OG_SIZE = { width: 1200, height: 630 };
export const OG_ALT = "A quotation as two outlets word it, with the differing words marked";

// The light theme's tokens (app/globals.css): previews are shown on unknown backgrounds, so one fixed theme.
const C = {
  canvas: "#f7f6f2",
  surface: "#ffffff",
  ink: "#1b1b1a",
  muted: "#55534e",
  line: "#dcd9d0",
  accent: "#1d4f91",
  delBg: "#fbe3e1",
  delInk: "#8e1b16",
  insBg: "#dcf1e2",
  insInk: "#0f5a2b",
};

/**
 * The link-preview image of a story or share link: heading, outlets, and the diffed quotation. Deleted words are
 * struck through and marked "−", inserted ones underlined and marked "+", so the marks survive greyscale.
 * Rendered with next/og's bundled font (Geist), so it needs no network.
 */
export function ogImage(card: OgCard): ImageResponse {
  return new ImageResponse(
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        background: C.canvas,
        color: C.ink,
        padding: "48px 56px",
        fontSize: 28,
      }}
    >
      <div style={{ display: "flex", alignItems: "center", justifyContent: "space-between" }}>
        <div style={{ display: "flex", color: C.accent, fontSize: 26, letterSpacing: 2 }}>PARALLAX</div>
        <div style={{ display: "flex", color: C.muted, fontSize: 22, textTransform: "uppercase" }}>
          {card.eyebrow}
        </div>
      </div>
      <div style={{ display: "flex", marginTop: 18, fontSize: 50, lineHeight: 1.15 }}>{card.title}</div>
      <div style={{ display: "flex", flexWrap: "wrap", marginTop: 18 }}>
        {card.outlets.map((outlet) => (
          <div
            key={outlet}
            style={{
              display: "flex",
              border: `2px solid ${C.line}`,
              background: C.surface,
              borderRadius: 999,
              padding: "4px 16px",
              marginRight: 10,
              marginBottom: 8,
              fontSize: 22,
            }}
          >
            {outlet}
          </div>
        ))}
      </div>
      {card.quote ? (
        <div
          style={{
            display: "flex",
            flexDirection: "column",
            marginTop: "auto",
            background: C.surface,
            border: `2px solid ${C.line}`,
            borderRadius: 20,
            padding: "24px 28px",
          }}
        >
          <div style={{ display: "flex", color: C.muted, fontSize: 24, marginBottom: 10 }}>
            {card.quote.speaker ?? "Unattributed quotation"}
          </div>
          <div style={{ display: "flex", flexWrap: "wrap", fontSize: 36, lineHeight: 1.35 }}>
            {diffWords(card.quote.ops)}
          </div>
          <div style={{ display: "flex", color: C.muted, fontSize: 22, marginTop: 12 }}>
            {quoteLegend(card.quote)}
          </div>
        </div>
      ) : (
        <div style={{ display: "flex", marginTop: "auto", color: C.muted, fontSize: 26 }}>
          Every outlet&rsquo;s report of the same event, side by side.
        </div>
      )}
    </div>,
    OG_SIZE,
  );
}

function quoteLegend(quote: NonNullable<OgCard["quote"]>): string {
  if (quote.toOutlets.length === 0) return `As ${quote.fromOutlets.join(", ")} quote it`;
  return `− struck: ${quote.fromOutlets.join(", ")} · + underlined: ${quote.toOutlets.join(", ")}`;
}

/** One element per word (Satori wraps between flex items), deleted and inserted words marked. */
function diffWords(ops: readonly DiffOp[]) {
  const words: { kind: -1 | 0 | 1; text: string; first: boolean }[] = [];
  for (const [kind, text] of ops) {
    text
      .split(/\s+/)
      .filter(Boolean)
      .forEach((word, index) => words.push({ kind, text: word, first: index === 0 }));
  }
  return words.map((word, index) => {
    const style =
      word.kind === -1
        ? { background: C.delBg, color: C.delInk, textDecoration: "line-through" }
        : word.kind === 1
          ? { background: C.insBg, color: C.insInk, textDecoration: "underline" }
          : {};
    const marker = word.first && word.kind !== 0 ? (word.kind === -1 ? "−" : "+") : "";
    return (
      <span key={index} style={{ ...style, marginRight: 8, padding: word.kind === 0 ? 0 : "0 4px" }}>
        {marker ? `${marker}${word.text}` : word.text}
      </span>
    );
  });
}
