import { ImageResponse } from "next/og";
import type { DiffOp } from "@/lib/compare";
import { isRtl, visualLine, visualUnits } from "./og-bidi";
import { OG_HEIGHT, OG_WIDTH, type OgCard } from "./og-card";
import { ogFonts } from "./og-fonts";

export const OG_SIZE = { width: OG_WIDTH, height: OG_HEIGHT };

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

const FONT_FAMILY = "Geist, 'Noto Sans Hebrew', 'IBM Plex Sans Arabic'";

/**
 * The link-preview image of a story or share link: heading, outlets, and the diffed quotation, each part sized by
 * ogCard so nothing overlaps. Deleted words are struck through and marked "−", inserted ones underlined and marked
 * "+", so the marks survive greyscale. Fonts come from installed packages (og-fonts.ts): no network.
 */
export async function ogImage(card: OgCard): Promise<ImageResponse> {
  const fonts = await ogFonts();
  const titleRtl = isRtl(card.title);
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
        fontFamily: FONT_FAMILY,
        overflow: "hidden",
      }}
    >
      <div style={{ display: "flex", alignItems: "center", justifyContent: "space-between", height: 32 }}>
        <div style={{ display: "flex", color: C.accent, fontSize: 26, letterSpacing: 2 }}>PARALLAX</div>
        <div style={{ display: "flex", color: C.muted, fontSize: 22, textTransform: "uppercase" }}>
          {visualLine(card.eyebrow)}
        </div>
      </div>
      <div
        style={{
          display: "flex",
          flexWrap: "wrap",
          flexDirection: titleRtl ? "row-reverse" : "row",
          marginTop: 18,
          fontSize: card.titleSize,
          lineHeight: 1.15,
          flexShrink: 0,
        }}
      >
        {visualUnits(
          card.title.split(/\s+/).map((text) => ({ text, data: 0 })),
          titleRtl,
        ).map((unit, index) => (
          <span
            key={index}
            style={titleRtl ? { marginLeft: card.titleSize * 0.26 } : { marginRight: card.titleSize * 0.26 }}
          >
            {unit.text}
          </span>
        ))}
      </div>
      <div style={{ display: "flex", flexWrap: "wrap", marginTop: 18, flexShrink: 0 }}>
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
              height: 38,
            }}
          >
            {visualLine(outlet)}
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
            flexShrink: 0,
            overflow: "hidden",
          }}
        >
          <div style={{ display: "flex", color: C.muted, fontSize: 24, height: 34 }}>
            {visualLine(card.quote.speaker ?? "Unattributed quotation")}
          </div>
          <DiffWords ops={card.quote.ops} size={card.quote.size} />
          <div style={{ display: "flex", color: C.muted, fontSize: 22, marginTop: 12, height: 30 }}>
            {quoteLegend(card.quote)}
          </div>
        </div>
      ) : (
        <div style={{ display: "flex", marginTop: "auto", color: C.muted, fontSize: 26 }}>
          No quotation to compare: every outlet&rsquo;s report of the same event, side by side.
        </div>
      )}
    </div>,
    { ...OG_SIZE, ...(fonts.length > 0 ? { fonts } : {}) },
  );
}

function quoteLegend(quote: NonNullable<OgCard["quote"]>): string {
  const names = (outlets: string[]) => clipLine(outlets.map(visualLine).join(", "), 40);
  if (quote.toOutlets.length === 0) return `As ${names(quote.fromOutlets)} quote it`;
  return `− struck: ${names(quote.fromOutlets)} · + underlined: ${names(quote.toOutlets)}`;
}

function clipLine(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join("")}…`;
}

/** One element per word (the renderer wraps between flex items), deleted and inserted words marked. */
function DiffWords({ ops, size }: { ops: readonly DiffOp[]; size: number }) {
  const rtl = isRtl(ops.map(([, text]) => text).join(" "));
  const words: { text: string; data: { kind: -1 | 0 | 1; first: boolean } }[] = [];
  for (const [kind, text] of ops) {
    text
      .split(/\s+/)
      .filter(Boolean)
      .forEach((word, index) => words.push({ text: word, data: { kind, first: index === 0 } }));
  }
  return (
    <div
      style={{
        display: "flex",
        flexWrap: "wrap",
        flexDirection: rtl ? "row-reverse" : "row",
        fontSize: size,
        lineHeight: 1.35,
      }}
    >
      {visualUnits(words, rtl).map(({ text, data }, index) => {
        const style =
          data.kind === -1
            ? { background: C.delBg, color: C.delInk, textDecoration: "line-through" }
            : data.kind === 1
              ? { background: C.insBg, color: C.insInk, textDecoration: "underline" }
              : {};
        const marker = data.first && data.kind !== 0 ? (data.kind === -1 ? "−" : "+") : "";
        const shown = marker ? (rtl ? `${text}${marker}` : `${marker}${text}`) : text;
        return (
          <span
            key={index}
            style={{
              ...style,
              ...(rtl ? { marginLeft: 8 } : { marginRight: 8 }),
              padding: data.kind === 0 ? 0 : "0 4px",
            }}
          >
            {shown}
          </span>
        );
      })}
    </div>
  );
}
