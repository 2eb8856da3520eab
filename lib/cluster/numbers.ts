const MAX_NUMBERS = 16;
/** A number standing alone or leading a compound ("22-year-old"), with thousands separators and decimals. */
const FIGURE = /(?<![\p{L}\p{N}.,])(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(?![\p{N}]|[.,]\d|\p{L})/gu;

/**
 * Significant figures of a text, most mentioned first: numbers of two or more digits (ages, counts, years,
 * street numbers), written without separators ("1,200" → "1200"); the number of a compound ("22-year-old")
 * counts too. Single digits are everywhere and say nothing about which event a text reports.
 */
export function extractNumbers(text: string, maxChars = 20_000): string[] {
  const counts = new Map<string, { count: number; first: number }>();
  for (const m of text.slice(0, maxChars).matchAll(FIGURE)) {
    if (!m[1]) continue;
    const integer = m[1].replace(/,/g, "").replace(/^0+(?=\d)/, "");
    const figure = m[2] ? `${integer}.${m[2]}` : integer;
    if (figure.length < 2) continue;
    const entry = counts.get(figure);
    if (entry) entry.count++;
    else counts.set(figure, { count: 1, first: counts.size });
  }
  return [...counts.entries()]
    .sort((a, b) => b[1].count - a[1].count || a[1].first - b[1].first)
    .slice(0, MAX_NUMBERS)
    .map(([figure]) => figure);
}
