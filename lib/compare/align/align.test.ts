import { describe, expect, it } from "vitest";
import { AppError } from "../../errors";
import { judgeSameFact, SAME_EVENT_MODEL } from "../same-fact";
import { alignSentences } from "./align";
import { JOE_BODY, OTHER_BODY } from "../__fixtures__/seed-articles";

const JOE = { id: "joe", outlet: "JOE", text: JOE_BODY };
const OTHER = { id: "other", outlet: "Other outlet", text: OTHER_BODY };

function rowWith(alignment: ReturnType<typeof alignSentences>, fragment: string) {
  const row = alignment.rows.find((r) => r.sentences.some((s) => s.text.includes(fragment)));
  if (!row) throw new Error(`no row holds: ${fragment}`);
  return row;
}

describe("alignSentences on the seed pair", () => {
  const alignment = alignSentences([JOE, OTHER]);

  it("shows JOE's Budapest Memorandum sentence as omitted by the other outlet", () => {
    const row = rowWith(alignment, "Budapest Memorandum");
    expect(row.sentences.map((s) => s.articleId)).toEqual(["joe"]);
    expect(row.missingFrom).toEqual(["other"]);
  });

  it("shows the other outlet's context on Alaska and Medvedev as omitted by JOE", () => {
    expect(rowWith(alignment, "Alaska").missingFrom).toEqual(["joe"]);
    expect(rowWith(alignment, "Medvedev").missingFrom).toEqual(["joe"]);
  });

  it("aligns the sentences both carry, including the two framings of the 26 allies", () => {
    for (const fragment of [
      "Eastern Economic Forum",
      "legitimate targets for their destruction",
      "26 countries",
    ]) {
      const row = rowWith(alignment, fragment);
      expect(row.sentences.map((s) => s.articleId)).toEqual(["joe", "other"]);
      expect(row.missingFrom).toEqual([]);
    }
    expect(rowWith(alignment, "26 countries").sentences[1]?.text).toContain("26 of Ukraine's allies");
  });

  it("gives sentences with offsets into their article and every sentence exactly one row", () => {
    for (const row of alignment.rows) {
      for (const s of row.sentences) {
        const body = s.articleId === "joe" ? JOE_BODY : OTHER_BODY;
        expect(body.slice(s.start, s.end)).toBe(s.text);
      }
    }
    const perArticle = (id: string) =>
      alignment.rows.flatMap((r) => r.sentences.filter((s) => s.articleId === id));
    const starts = perArticle("joe").map((s) => s.start);
    expect(new Set(starts).size).toBe(starts.length);
  });

  it("keeps each article's sentences in reading order down the rows", () => {
    for (const id of ["joe"]) {
      const starts = alignment.rows.flatMap((r) =>
        r.sentences.filter((s) => s.articleId === id).map((s) => s.start),
      );
      expect(starts).toEqual([...starts].sort((a, b) => a - b));
    }
  });

  it("is deterministic and has distinct row keys", () => {
    expect(alignSentences([JOE, OTHER])).toEqual(alignment);
    expect(new Set(alignment.rows.map((r) => r.key)).size).toBe(alignment.rows.length);
  });
});

describe("alignSentences on two ledes of one event", () => {
  const ledeX =
    "Governor Maria Lopez said Wednesday she will veto a Republican-backed bill that would cut funding for Oregon's public libraries, despite her earlier support for budget restraint.";
  const ledeY =
    "Republicans in Salem lashed out at Governor Lopez on Wednesday after she announced she would block legislation slashing library budgets across Oregon.";
  const X = { id: "x", outlet: "X", text: `${ledeX} The bill passed the House last month.` };
  const Y = {
    id: "y",
    outlet: "Y",
    text: `${ledeY} Senate leader Tom Reed called the veto threat reckless.`,
  };

  it("puts the ledes in one row, though they are no paraphrase, so neither is left out", () => {
    expect(judgeSameFact(ledeX, ledeY).same).toBe(false);
    const row = rowWith(alignSentences([X, Y]), "Governor Maria Lopez");
    expect(row.sentences.map((s) => s.articleId)).toEqual(["x", "y"]);
    expect(row.missingFrom).toEqual([]);
  });

  it("judges the ledes with the event model it is given (an evaluation's refitted one)", () => {
    const never = { ...SAME_EVENT_MODEL, threshold: 2, statesThreshold: 2 };
    const row = rowWith(alignSentences([X, Y], { eventModel: never }), "Governor Maria Lopez");
    expect(row.sentences.map((s) => s.articleId)).toEqual(["x"]);
  });

  it("keeps a lede about something else apart, and left out by the other", () => {
    const Z = {
      id: "z",
      outlet: "Z",
      text: "Library visits in rural counties have fallen for a decade, a state survey found. Branch hours were cut in 2019.",
    };
    const alignment = alignSentences([X, Z]);
    expect(rowWith(alignment, "Governor Maria Lopez").sentences.map((s) => s.articleId)).toEqual(["x"]);
    expect(rowWith(alignment, "Governor Maria Lopez").missingFrom).toEqual(["z"]);
  });
});

describe("alignSentences bounds", () => {
  it("reads at most maxSentencesPerArticle sentences of each article", () => {
    const alignment = alignSentences([JOE, OTHER], { maxSentencesPerArticle: 2 });
    for (const id of ["joe", "other"]) {
      expect(alignment.rows.flatMap((r) => r.sentences).filter((s) => s.articleId === id)).toHaveLength(2);
    }
  });

  it("refuses duplicate article ids and handles empty input", () => {
    expect(() => alignSentences([JOE, JOE])).toThrow(AppError);
    expect(alignSentences([])).toEqual({ rows: [] });
    expect(alignSentences([{ id: "x", outlet: "X", text: "" }])).toEqual({ rows: [] });
  });
});
