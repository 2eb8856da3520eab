/** Outlet colour swatches: indexes into .swatch-0 … .swatch-11 (globals.css). */
export const SWATCH_COUNT = 12;

export type Swatches = ReadonlyMap<string, number>;

/** A stable swatch per outlet name, the same on every page unless two outlets on one page collide. */
export function outletSwatchIndex(name: string): number {
  let hash = 0;
  for (let i = 0; i < name.length; i++) hash = (hash * 31 + name.charCodeAt(i)) >>> 0;
  return hash % SWATCH_COUNT;
}

/**
 * Swatches for the outlets shown together on one page: each keeps its stable colour when free, otherwise takes
 * the next free one, so up to SWATCH_COUNT outlets side by side never share a colour. Order-independent (names
 * are taken alphabetically), so a story's outlets get the same colours on every page that shows the story.
 */
export function assignSwatches(names: Iterable<string>): Swatches {
  const result = new Map<string, number>();
  const used = new Set<number>();
  for (const name of [...new Set(names)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (result.has(name)) continue;
    let index = outletSwatchIndex(name);
    for (let step = 0; step < SWATCH_COUNT && used.has(index); step++) index = (index + 1) % SWATCH_COUNT;
    result.set(name, index);
    used.add(index);
  }
  return result;
}
