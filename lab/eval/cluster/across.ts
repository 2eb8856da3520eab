import { CLUSTER_PARAMETERS } from "@/lib/cluster";
import { assignFolds } from "../folds";
import { bcubedOver, documentBcubed, type DocumentBcubed } from "./bcubed";
import { evaluateStream, type LabelledDocument } from "./evaluate";
import { clusterGroup } from "./folds";

/** Tunables the across-sets measure varies: any numeric field of CLUSTER_PARAMETERS. */
export type ParameterName = {
  [K in keyof typeof CLUSTER_PARAMETERS]: (typeof CLUSTER_PARAMETERS)[K] extends number ? K : never;
}[keyof typeof CLUSTER_PARAMETERS];

/** A setting: the parameters it changes from the committed values (empty: the committed setting). */
export type Setting = Partial<Record<ParameterName, number>>;

export interface NamedSet {
  name: string;
  docs: readonly LabelledDocument[];
}

/**
 * Runs `fn` with the parameters of `setting` in place, then puts the committed values back: the scoring
 * code reads CLUSTER_PARAMETERS at each call, and only this lab code ever writes it.
 */
export function withSetting<T>(setting: Setting, fn: () => T): T {
  const mutable = CLUSTER_PARAMETERS as Record<ParameterName, number>;
  const saved = new Map<ParameterName, number>();
  for (const [name, value] of Object.entries(setting) as [ParameterName, number][]) {
    saved.set(name, mutable[name]);
    mutable[name] = value;
  }
  try {
    return fn();
  } finally {
    for (const [name, value] of saved) mutable[name] = value;
  }
}

/**
 * Per-document B³ of a set streamed the way a held-out part is: split into `parts` groups of whole topics or
 * stories (clusterGroup), each group streamed on its own, so its stories meet only their own crowd (the ECB+
 * test topics are ten topics streamed alone, not ten among thirty-three). parts 1: the whole set in one stream.
 */
export function streamedInParts(
  docs: readonly LabelledDocument[],
  parts: number,
  setting: Setting = {},
): DocumentBcubed[] {
  const folds =
    parts > 1
      ? assignFolds(
          docs.map((d) => ({ group: clusterGroup(d.gold) })),
          parts,
        )
      : docs.map(() => 0);
  const figures: DocumentBcubed[] = [];
  for (let part = 0; part < parts; part++) {
    const members = docs.filter((_, i) => folds[i] === part);
    const gold = new Map(members.map((d) => [d.id, d.gold]));
    const { storyOf } = withSetting(setting, () => evaluateStream(members));
    figures.push(...documentBcubed(storyOf, gold).values());
  }
  return figures;
}

export interface LeaveOneSetOut {
  /** The set scored. */
  heldOut: string;
  /** The setting chosen on the other sets (best mean B³ F1 over them; ties keep the earlier setting). */
  chosen: Setting;
  /** The held-out set's B³ F1 under the chosen setting and under the committed one (the grid's first). */
  f1: number;
  committedF1: number;
}

/**
 * Leave-one-set-out: for each set, the setting with the best mean B³ F1 over the other sets is chosen and
 * scored on it. `table[s][g]` is set s's B³ F1 under grid setting g. The mean held-out F1 is what tuning
 * on some corpora buys on another; a setting that only one set likes is never chosen for it.
 */
export function leaveOneSetOut(
  names: readonly string[],
  grid: readonly Setting[],
  table: readonly (readonly number[])[],
): LeaveOneSetOut[] {
  return names.map((heldOut, s) => {
    let best = 0;
    let bestMean = -Infinity;
    for (let g = 0; g < grid.length; g++) {
      const others = table.filter((_, o) => o !== s).map((row) => row[g] ?? 0);
      const mean = others.reduce((sum, x) => sum + x, 0) / Math.max(1, others.length);
      if (mean > bestMean + 1e-12) {
        bestMean = mean;
        best = g;
      }
    }
    return {
      heldOut,
      chosen: grid[best] ?? {},
      f1: table[s]?.[best] ?? 0,
      committedF1: table[s]?.[0] ?? 0,
    };
  });
}

/** B³ F1 of each set (rows) under each setting (columns), each set streamed in its number of parts. */
export function scoreTable(
  sets: readonly (NamedSet & { parts: number })[],
  grid: readonly Setting[],
  progress: (line: string) => void = () => {},
): number[][] {
  return sets.map((set) =>
    grid.map((setting) => {
      const { b3F1, b3Precision, b3Recall } = bcubedOver(streamedInParts(set.docs, set.parts, setting));
      progress(
        `${set.name} ${describeSetting(setting)} ${b3F1.toFixed(4)} (P ${b3Precision.toFixed(4)}, R ${b3Recall.toFixed(4)})`,
      );
      return b3F1;
    }),
  );
}

export function describeSetting(setting: Setting): string {
  const parts = Object.entries(setting).map(([name, value]) => `${name}=${value}`);
  return parts.length > 0 ? parts.join(",") : "committed";
}
