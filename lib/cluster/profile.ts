import { plausibleDate } from "./dates";
import { entitiesOfWords } from "./entities";
import { CLUSTER_PARAMETERS as P } from "./parameters";
import { extractNumbers } from "./numbers";
import { emptyRecord, valueOf } from "./records";
import { readWords } from "./read-words";
import { figureTerm } from "./terms";
import { topIndicesByValue } from "./top";
import type { ClusterDocument, CorpusStats, DocumentProfile } from "./types";

/** What profiling reads off a document before corpus statistics come in; compute once, use for both steps. */
export interface DocumentAnalysis {
  /** Weighted term frequencies, before IDF. */
  termFrequencies: Map<string, number>;
  entities: string[];
  numbers: string[];
}

export function analyseDocument(doc: ClusterDocument): DocumentAnalysis {
  // The words are read once, for names and terms alike.
  const body = doc.text.slice(0, P.maxTextChars);
  const title = readWords(doc.title);
  const bodyRead = readWords(body);
  const entities = entitiesOfWords(doc.title, title.words, body, bodyRead.words);
  const numbers = extractNumbers(doc.text, P.maxTextChars);
  // Words of names count extra: who and where tell one event from a look-alike far better than what happened.
  const nameTerms = new Set(entities.flatMap((name) => readWords(name).terms));
  const tf = new Map<string, number>();
  const add = (term: string, weight: number): void => {
    tf.set(term, (tf.get(term) ?? 0) + weight * (nameTerms.has(term) ? P.nameWeight : 1));
  };
  const titleTerms = title.terms;
  const bodyTerms = bodyRead.terms;
  for (const term of titleTerms) add(term, P.titleWeight);
  bodyTerms.forEach((term, i) => add(term, i < P.leadWords ? P.leadWeight : 1));
  if (P.bigramWeight > 0) {
    for (const terms of [titleTerms, bodyTerms]) {
      const end = Math.min(terms.length, P.bigramTerms);
      for (let i = 1; i < end; i++) {
        const a = terms[i - 1];
        const b = terms[i];
        if (!a || !b || a === b) continue;
        const pair = `${a} ${b}`;
        tf.set(pair, (tf.get(pair) ?? 0) + P.bigramWeight);
      }
    }
  }
  for (const figure of numbers) add(figureTerm(figure), P.figureWeight);
  return { termFrequencies: tf, entities, numbers };
}

/** The distinct terms a profile of this document may use: the caller fetches their document frequencies. */
export function documentTerms(doc: ClusterDocument): string[] {
  return analysisTerms(analyseDocument(doc));
}

/** documentTerms of an analysed document. */
export function analysisTerms(analysis: DocumentAnalysis): string[] {
  return [...analysis.termFrequencies.keys()].sort();
}

/**
 * Smoothed IDF, ln((1 + N) / (1 + df)), shrunk toward uniform while the corpus is small: with N of 1 or 2, df
 * says nothing about how common a word is (every word of the first article has df = N), and a raw IDF would
 * punish exactly the words two first reports of one event share. Full weight is reached as N outgrows the
 * prior. Always ≥ 1. df is clamped to N, since callers may count the document itself in one but not the other.
 */
export function inverseDocumentFrequency(term: string, stats: CorpusStats | CorpusLookup): number {
  const raw = "frequencyOf" in stats ? stats.frequencyOf(term) : valueOf(stats.documentFrequency, term);
  return idfOf(raw ?? 0, stats.documentCount);
}

function idfOf(raw: number, count: number): number {
  const documentCount = Math.max(0, count);
  const df = Math.min(Math.max(0, raw), documentCount);
  const confidence = documentCount / (documentCount + P.idfPriorDocuments);
  const idf = 1 + confidence * Math.log((1 + documentCount) / (1 + df));
  return P.idfPower === 1 ? idf : Math.pow(idf, P.idfPower);
}

export function profileDocument(doc: ClusterDocument, stats: CorpusStats): DocumentProfile {
  return profileAnalysis(doc, analyseDocument(doc), stats);
}

/** Corpus counts read term by term (InMemoryCorpusStats), rather than as a record of the terms asked about. */
export interface CorpusLookup {
  documentCount: number;
  frequencyOf(term: string): number;
  /**
   * Optional fast path: the same frequencies as an array, for these terms in this order (InMemoryCorpusStats
   * answers the terms it was given); used when they are exactly the analysis' terms, saving a lookup per term.
   */
  termsInOrder?: readonly string[];
  frequenciesInOrder?: ArrayLike<number>;
}

/** profileDocument for a document already analysed (analyseDocument), so the text is read once. */
export function profileAnalysis(
  doc: ClusterDocument,
  analysis: DocumentAnalysis,
  stats: CorpusStats | CorpusLookup,
): DocumentProfile {
  // Parallel arrays rather than a pair per term: a document has hundreds of terms and only 64 are kept.
  const keys: string[] = [];
  const weights: number[] = [];
  const inOrder = "frequencyOf" in stats ? alignedFrequencies(analysis, stats) : null;
  for (const [term, tf] of analysis.termFrequencies) {
    const idf = inOrder
      ? idfOf(inOrder[keys.length] as number, stats.documentCount)
      : inverseDocumentFrequency(term, stats);
    weights.push((1 + Math.log(tf)) * idf);
    keys.push(term);
  }
  const top = topIndicesByValue(keys, weights, P.maxProfileTerms);
  let sumOfSquares = 0;
  for (const i of top) sumOfSquares += (weights[i] as number) * (weights[i] as number);
  const norm = Math.sqrt(sumOfSquares);
  const terms: Record<string, number> = emptyRecord();
  for (const i of top) terms[keys[i] as string] = norm > 0 ? round((weights[i] as number) / norm) : 0;
  return {
    terms,
    entities: analysis.entities,
    numbers: analysis.numbers,
    publishedAt: plausibleDate(doc.publishedAt),
    language: doc.language,
  };
}

/** The lookup's frequencies by position when it was asked about exactly the analysis' terms, in order. */
function alignedFrequencies(analysis: DocumentAnalysis, stats: CorpusLookup): ArrayLike<number> | null {
  const terms = stats.termsInOrder;
  const frequencies = stats.frequenciesInOrder;
  if (!terms || !frequencies || terms.length !== analysis.termFrequencies.size) return null;
  if (frequencies.length !== terms.length) return null;
  let k = 0;
  for (const term of analysis.termFrequencies.keys()) if (terms[k++] !== term) return null;
  return frequencies;
}

/** Six decimals: plenty for similarity, and stored profiles stay small and byte-stable. */
export function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
