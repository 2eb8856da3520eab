/** Orchestration from a document, URL, file or feed to a stored, clustered, analysed article. Server only. */
import "server-only";

export { ingestDocument, ingestPrepared, type IngestResult } from "./ingest-document";
export { prepareArticle, type IngestRequest, type PreparedArticle } from "./prepare-article";
export { fetchArticleRequest, type ArticleFetchOptions } from "./fetch-article";
export { ingestUrl } from "./ingest-url";
export { articleRecordSchema, describeRecordError, type ArticleRecord } from "./records";
export { parsePublishedAt, PUBLISHED_AT_FORMAT, PUBLISHED_AT_YEARS } from "./published-at";
export * from "./import";
export { loadDemoCorpusIfEmpty } from "./load-demo";
export { removeDemoCorpus, type DemoRemovalSummary } from "./remove-demo";
export { decodeDocument, assertDocumentSize, MAX_DOCUMENT_BYTES } from "./decode";
export { normalizeArticleUrl } from "./urls";
export * from "./feeds";
export * from "./outlets";
