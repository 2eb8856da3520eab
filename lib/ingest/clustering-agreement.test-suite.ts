import { beforeAll, describe, expect, it } from "vitest";
import { StreamingClusterer, MergeLedger } from "@/lib/cluster";
import { useTestDatabase, type TestProvider } from "@/lib/testing/databases";
import type * as DbModule from "@/lib/db";
import type * as IngestModule from "./index";
import type * as StoriesModule from "@/lib/stories";

const WILDFIRE = [
  "Firefighters on Kestrel Ridge were still battling a wildfire on Tuesday that has burned through 2,000 hectares of pine forest since Sunday night, the regional fire service said.",
  "Some 300 residents of the hamlets of Ardwick and Moss End were evacuated overnight as shifting winds pushed the flames towards the valley road.",
  "Two water-bombing aircraft from the national reserve joined 120 firefighters on the ground, and the fire chief, Marta Ilves, said crews hoped to contain the blaze by Thursday.",
  "Investigators said a discarded barbecue near a campsite was the most likely cause.",
];
/** A look-alike event months later: the same ridge, fire service and chief, another fire. */
const SECOND_WILDFIRE = [
  "A new wildfire broke out on Kestrel Ridge on Friday, burning 400 hectares of scrub above the quarry road, the regional fire service said.",
  "Fire chief Marta Ilves said 60 firefighters and one water-bombing aircraft were at the scene, and that no homes in Ardwick were under threat.",
  "The ridge was last hit in March, when 2,000 hectares of pine forest burned and 300 residents were evacuated.",
];
const COMET = [
  "Astronomers at the Orvane observatory have named a comet spotted last week after the amateur who first reported it, a retired teacher from the northern hills.",
  "The comet will be visible with binoculars in early April, when it passes closest to the sun, according to the observatory's director, Piet Lindqvist.",
  "Telescope time has been booked by teams from four universities hoping to measure the ice in its tail.",
];
const WILDFIRE_FR = [
  "Les pompiers de Kestrel Ridge luttaient encore mardi contre un incendie qui a parcouru 2 000 hectares de pins depuis dimanche soir, selon le service régional d'incendie.",
  "Quelque 300 habitants des hameaux d'Ardwick et de Moss End ont été évacués pendant la nuit, le vent poussant les flammes vers la route de la vallée.",
  "La cheffe des pompiers, Marta Ilves, espère maîtriser le feu d'ici jeudi.",
];

const rotate = (paragraphs: string[], by: number) => [...paragraphs.slice(by), ...paragraphs.slice(0, by)];
const report = (title: string, paragraphs: string[]) => [title, ...paragraphs].join("\n\n");

/** In arrival order (by date, undated last), as the evaluation streams its benchmarks. */
const CORPUS: { outlet: string; publishedAt: string | null; content: string }[] = [
  {
    outlet: "Coast Wire",
    publishedAt: "2026-03-02T08:00:00Z",
    content: report("Wildfire on Kestrel Ridge", WILDFIRE),
  },
  {
    outlet: "Lisvard Post",
    publishedAt: "2026-03-02T10:00:00Z",
    content: report("Kestrel Ridge fire forces evacuations", rotate(WILDFIRE, 1)),
  },
  {
    outlet: "Coast Wire",
    publishedAt: "2026-03-03T08:00:00Z",
    content: report("Comet named after amateur astronomer", COMET),
  },
  {
    outlet: "The Harbour Daily",
    publishedAt: "2026-03-03T09:00:00Z",
    content: report("Ridge blaze burns 2,000 hectares", rotate(WILDFIRE, 2)),
  },
  {
    outlet: "Le Courrier",
    publishedAt: "2026-03-03T10:00:00Z",
    content: report("Incendie à Kestrel Ridge", WILDFIRE_FR),
  },
  {
    outlet: "Lisvard Post",
    publishedAt: "2026-03-04T08:00:00Z",
    content: report("Orvane observatory names its comet", rotate(COMET, 1)),
  },
  {
    outlet: "Coast Wire",
    publishedAt: "2026-09-18T08:00:00Z",
    content: report("New fire on Kestrel Ridge", SECOND_WILDFIRE),
  },
  {
    outlet: "Lisvard Post",
    publishedAt: "2026-09-18T11:00:00Z",
    content: report("Kestrel Ridge burns again", rotate(SECOND_WILDFIRE, 1)),
  },
  {
    outlet: "The Harbour Daily",
    publishedAt: null,
    content: report("Comet to pass the sun in April", rotate(COMET, 2)),
  },
];

/** A partition as sorted groups of corpus positions, comparable whatever the story ids. */
function partition(storyOfPosition: readonly string[]): number[][] {
  const groups = new Map<string, number[]>();
  storyOfPosition.forEach((storyId, i) => groups.set(storyId, [...(groups.get(storyId) ?? []), i]));
  return [...groups.values()].sort((a, b) => a[0]! - b[0]!);
}

/**
 * The app's ingest, `recluster` and the evaluation's StreamingClusterer choose candidates by one rule and
 * cluster with one step: fed the same articles in the same order, they make the same stories.
 */
export function describeClusteringAgreement(provider: TestProvider): void {
  describe(`ingest, recluster and the evaluation agree on ${provider}`, () => {
    useTestDatabase(provider);
    let ingest: typeof IngestModule;
    let stories: typeof StoriesModule;
    let db: typeof DbModule;
    const ingested: string[] = [];

    beforeAll(async () => {
      ingest = await import("./index");
      stories = await import("@/lib/stories");
      db = await import("@/lib/db");
      for (const doc of CORPUS)
        ingested.push((await ingest.ingestDocument({ ...doc, format: "text" })).articleId);
    });

    const storedPartition = async () => {
      const client = await db.getDb();
      const rows = await client.storyMembership.findMany({ select: { articleId: true, storyId: true } });
      const storyOf = new Map(rows.map((r) => [r.articleId, r.storyId]));
      return partition(ingested.map((id) => storyOf.get(id)!));
    };

    it("makes the same stories through ingest as the streaming clusterer", async () => {
      const clusterer = new StreamingClusterer();
      const ledger = new MergeLedger();
      const assigned = CORPUS.map((doc) => {
        const result = clusterer.add(ingest.prepareArticle({ ...doc, format: "text" }).clusterDoc);
        ledger.record(result.storyId, result.merged);
        return result.storyId;
      });
      const streamed = partition(assigned.map((s) => ledger.resolve(s)));
      // The rule at work: the March fire, the comet (with its late undated report, a strong match), the French
      // report alone, and September's look-alike fire apart from March's.
      expect(streamed).toEqual([[0, 1, 3], [2, 5, 8], [4], [6, 7]]);
      expect(await storedPartition()).toEqual(streamed);
    });

    it("leaves ingest's stories as they are on recluster", async () => {
      const before = await storedPartition();
      const summary = await stories.recluster();
      expect(summary).toMatchObject({
        articles: CORPUS.length,
        moved: 0,
        storiesCreated: 0,
        storiesRetired: 0,
      });
      expect(await storedPartition()).toEqual(before);
    });
  });
}
