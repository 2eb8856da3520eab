import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { assertDocumentSize } from "../decode";
import type { ImportItem } from "./items";

const DOCUMENT = /\.(x?html?|txt)$/i;
const MAX_FILES = 100_000;

/** Lists the folder's .html/.htm/.xhtml/.txt files (and its subfolders'), sorted so reruns go in one order. */
async function listDocuments(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && DOCUMENT.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort()
    .slice(0, MAX_FILES);
}

/** Yields the folder's documents one at a time: only one file's bytes are in memory per item. */
export async function* readFolder(folder: string): AsyncGenerator<ImportItem> {
  for (const file of await listDocuments(folder)) {
    const label = path.relative(folder, file);
    try {
      assertDocumentSize((await stat(file)).size);
      yield { label, kind: "file", content: await readFile(file), filename: path.basename(file) };
    } catch (error) {
      yield { label, kind: "invalid", reason: (error as Error).message };
    }
  }
}

export async function countFolderDocuments(folder: string): Promise<number> {
  return (await listDocuments(folder)).length;
}
