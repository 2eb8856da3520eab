import { AppError } from "@/lib/errors";
import { RECORD_FIELDS } from "../records";

/**
 * How another dataset's fields become a record's: `source` read as `outlet`, `date` as `publishedAt`, and fields
 * such as an id or a gold label left out. Research sets rarely use our names; naming the mapping on the command
 * line keeps every other unknown field an error, so a typo ("titel") is still caught.
 */
export interface FieldMap {
  rename: ReadonlyMap<string, string>;
  ignore: ReadonlySet<string>;
}

export const NO_FIELD_MAP: FieldMap = { rename: new Map(), ignore: new Set() };

const NAME = /^[\p{L}\p{N}_.-]{1,64}$/u;

/**
 * Reads `--map source=outlet,date=publishedAt` and `--ignore id,cluster`. A target must be a record field; a
 * field cannot be both mapped and ignored, nor two fields mapped to one.
 */
export function parseFieldMap(map: string | undefined, ignore: string | undefined): FieldMap {
  const rename = new Map<string, string>();
  for (const pair of (map ?? "")
    .split(",")
    .map((p) => p.trim())
    .filter(Boolean)) {
    const [from = "", to = "", ...rest] = pair.split("=").map((p) => p.trim());
    if (rest.length > 0 || !NAME.test(from) || !to)
      throw new AppError("INVALID_INPUT", `--map takes from=to pairs separated by commas, not "${pair}"`);
    if (!(RECORD_FIELDS as readonly string[]).includes(to))
      throw new AppError(
        "INVALID_INPUT",
        `--map ${pair}: ${to} is not a field (${RECORD_FIELDS.join(", ")})`,
      );
    if ([...rename.values()].includes(to))
      throw new AppError("INVALID_INPUT", `--map: two fields are mapped to ${to}`);
    rename.set(from, to);
  }
  const ignored = new Set(
    (ignore ?? "")
      .split(",")
      .map((p) => p.trim())
      .filter(Boolean),
  );
  for (const name of ignored) {
    if (!NAME.test(name)) throw new AppError("INVALID_INPUT", `--ignore takes field names, not "${name}"`);
    if (rename.has(name)) throw new AppError("INVALID_INPUT", `--ignore ${name}: it is also mapped`);
  }
  return { rename, ignore: ignored };
}

/** A field's name once mapped; null when it is ignored. */
export function mappedName(name: string, fields: FieldMap): string | null {
  if (fields.ignore.has(name)) return null;
  return fields.rename.get(name) ?? name;
}

/** A JSON object's fields renamed and filtered by the map; anything else is returned as it is. */
export function applyFieldMap(value: unknown, fields: FieldMap): unknown {
  if (fields === NO_FIELD_MAP || typeof value !== "object" || value === null || Array.isArray(value))
    return value;
  const out: Record<string, unknown> = {};
  for (const [name, field] of Object.entries(value)) {
    const mapped = mappedName(name, fields);
    if (mapped !== null) out[mapped] = field;
  }
  return out;
}
