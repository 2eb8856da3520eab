import {
  countMatches,
  metricsFromCounts,
  type QuoteCounts,
  type QuoteMetrics,
  type ScoredQuote,
} from "./evaluate";
import type { EvalDocument } from "./sets";
import { fitSpanModel, labelledSamples, type Sample } from "./fit-span-model";
import { spanModel, type SpanModel } from "@/lib/quotes/languages/span-model";
import { findAttributionsInAnyLanguage, readForeignQuotes } from "@/lib/quotes/multilingual";
import { assignFolds } from "../folds";
import { fitUncuedModel, uncuedData } from "../../fit/uncued-quotes-fit";
import type { UncuedModel } from "@/lib/quotes/uncued-model";

export { assignFolds };

/** The samples and gold count that fitting the span model on some documents uses. */
export function trainingData(documents: readonly EvalDocument[]): { samples: Sample[]; goldCount: number } {
  const samples: Sample[] = [];
  let goldCount = 0;
  for (const d of documents) {
    const { foreign, read } = readForeignQuotes(d.body);
    if (!foreign) continue;
    samples.push(...labelledSamples(read, d.gold));
    goldCount += d.gold.length;
  }
  return { samples, goldCount };
}

/** The span model fitted on the documents, or the committed one when they hold no quote in another language. */
export function fitOn(documents: readonly EvalDocument[]): SpanModel {
  const { samples, goldCount } = trainingData(documents);
  return samples.length === 0 ? spanModel() : fitSpanModel(samples, { goldCount });
}

function scored(body: string, model: SpanModel, uncuedModel: UncuedModel): ScoredQuote[] {
  return findAttributionsInAnyLanguage(body, { model, uncuedModel }).map((a) => ({
    start: a.content.start,
    end: a.content.end,
    speaker: a.speaker ? a.speaker.mention : null,
  }));
}

/**
 * K-fold cross-validation: for each fold, whatever is fitted (the span model of ./languages) is fitted on the other
 * K−1 folds and scored on this one, and so is the English reader's acceptance model for uncued quotes
 * (lab/fit/uncued-quotes-fit.ts); the metrics sum the held-out counts of all folds.
 */
export function crossValidate(documents: readonly EvalDocument[], k: number): QuoteMetrics {
  const folds = assignFolds(documents, k);
  const counts: QuoteCounts[] = [];
  for (let fold = 0; fold < k; fold += 1) {
    const training = documents.filter((_, i) => folds[i] !== fold);
    const model = fitOn(training);
    const uncuedModel = fitUncuedModel(uncuedData(training));
    documents.forEach((d, i) => {
      if (folds[i] === fold) counts.push(countMatches(d.gold, scored(d.body, model, uncuedModel)));
    });
  }
  return metricsFromCounts(counts);
}
