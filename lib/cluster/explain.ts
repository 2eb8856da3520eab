import { foldWord } from "./fold";
import { CLUSTER_PARAMETERS as P } from "./parameters";
import { valueOf } from "./records";
import { scoringStory } from "./score";
import { termsOfText } from "./terms";
import type { Assignment, DocumentProfile, StoryProfile } from "./types";

/** Reasons shown per membership: terms and names, at most this many each. */
export const MAX_REASONS = 8;

interface SharedName {
  surface: string;
  /** Folded words of the name ("vladimir", "putin"). */
  words: ReadonlySet<string>;
  weight: number;
}

/**
 * Why a document belongs to a story, for the UI: the terms and the names that add most to its score, heaviest
 * first. A term weighs its share of the term cosine (document weight × centroid weight); a name weighs what
 * its words add to the term cosine plus what the name itself adds to the name overlap. Variants of one name
 * ("Vladimir Putin", "Putin") are shown once, in the fullest form, at the weight of the heaviest variant.
 */
export function explain(
  doc: DocumentProfile,
  story: StoryProfile,
): Pick<Assignment, "sharedTerms" | "sharedEntities"> {
  const scoring = scoringStory(story);
  const termScale =
    scoring.termNorm > 0 ? (1 - P.entityWeight) / Math.pow(scoring.termNorm, P.centroidNormPower) : 0;
  const termWeight = (term: string): number =>
    (valueOf(doc.terms, term) ?? 0) * (scoring.terms.get(term) ?? 0) * termScale;

  const sharedTerms = Object.keys(doc.terms)
    .filter((term) => !term.startsWith("#"))
    .map((term): [string, number] => [term, termWeight(term)])
    .filter(([, weight]) => weight > 0)
    .sort(byWeightThenName)
    .slice(0, MAX_REASONS)
    .map(([term]) => term);

  const docNames = new Set(doc.entities);
  const nameScale =
    docNames.size > 0 && scoring.entityNorm > 0
      ? P.entityWeight / (Math.sqrt(docNames.size) * scoring.entityNorm)
      : 0;
  const shared: SharedName[] = [];
  for (const surface of docNames) {
    const share = scoring.entityShares.get(surface) ?? 0;
    if (share <= 0) continue;
    const words = new Set(termsOfText(surface));
    let weight = share * nameScale;
    for (const word of words) weight += termWeight(word);
    shared.push({ surface, words: new Set(surface.split(/\s+/).map(foldWord)), weight });
  }
  return { sharedTerms, sharedEntities: distinctNames(shared).slice(0, MAX_REASONS) };
}

/**
 * One entry per name: a name whose words all appear in a fuller shared name ("Putin" in "Vladimir Putin")
 * folds into it. Fuller names are placed first, so each shorter one finds the heaviest fuller name holding it.
 */
function distinctNames(names: SharedName[]): string[] {
  const fullestFirst = [...names].sort(
    (a, b) => b.words.size - a.words.size || b.weight - a.weight || compare(a.surface, b.surface),
  );
  const groups: SharedName[] = [];
  for (const name of fullestFirst) {
    const fuller = groups.find(
      (group) => group.words.size > name.words.size && [...name.words].every((w) => group.words.has(w)),
    );
    if (fuller) fuller.weight = Math.max(fuller.weight, name.weight);
    else groups.push({ ...name });
  }
  return groups
    .map((group): [string, number] => [group.surface, group.weight])
    .sort(byWeightThenName)
    .map(([surface]) => surface);
}

function byWeightThenName(a: [string, number], b: [string, number]): number {
  return b[1] - a[1] || compare(a[0], b[0]);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
