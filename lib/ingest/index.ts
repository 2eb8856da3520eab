/** Orchestration from a document to a stored, clustered, analysed article. Server only. */
import "server-only";

export { ingestDocument, type IngestRequest, type IngestResult } from "./ingest-document";
export { loadDemoCorpusIfEmpty } from "./load-demo";
export { decodeDocument, assertDocumentSize, MAX_DOCUMENT_BYTES } from "./decode";
export { normalizeArticleUrl } from "./urls";
