import { seededRandom } from "./random";
import type { LabelledDocument } from "../eval/cluster/evaluate";

/*
 * A deterministic, seeded stream of synthetic news articles for the clustering benchmark: many concurrent
 * stories on a few shared topics (so look-alike events share vocabulary), each with its own people, places,
 * organisation and figures, reported by several outlets in different words over a few days, with generic
 * filler and references to other events of the same topic. Nothing is random at run time: the same seed gives
 * the same articles, in date order.
 */

export interface SyntheticNewsOptions {
  articles: number;
  seed?: number;
  /** Articles published per simulated day. */
  articlesPerDay?: number;
}

const SYLLABLES = (
  "ka lo ri ven tor mal sen dra bel cor fin gal har jun kel lum mor nav pel quin ros sal tam ul var wen " +
  "yor zan bri cla dro fel gri hal ist jor kra lin mon nel ost pra rin sto tre val wil xan yel zor"
).split(" ");

const COMMON = (
  "the a of to in and said on for with was that at by from as it is has have after were be had but this " +
  "they he she their an not who are will about more when than been also its into over one two some there " +
  "would could other people time year new first last week day told local officials while during before"
).split(" ");

const TOPICS: Record<string, string> = {
  shooting:
    "shooting shot gunman victim police wounded killed hospital suspect fired rounds handgun scene officers " +
    "investigation witnesses neighborhood block street injuries critical condition arrested charged homicide",
  earthquake:
    "earthquake quake magnitude tremor epicenter aftershock buildings collapsed rescue survivors rubble " +
    "geological survey depth residents damage injured killed villages coast tsunami warning shaking",
  election:
    "election vote voters ballot polls turnout candidate party parliament seats campaign results commission " +
    "opposition coalition observers constituency majority runoff president minister count",
  heist:
    "robbery robbers heist jewels diamonds store thieves stolen armed masked escaped vault security guards " +
    "investigators loot worth million boutique getaway car alarm",
  trade:
    "trade signed contract season team player coach deal million agent roster franchise league draft " +
    "forward guard pitcher manager transfer club fans",
  trial:
    "trial court judge jury verdict guilty sentenced prosecutors defense attorney testimony charges prison " +
    "appeal hearing evidence witness conviction plea sentencing",
  fire:
    "fire blaze firefighters flames smoke building evacuated residents burned crews engines alarm damage " +
    "warehouse roof investigators cause injuries rescue apartment",
  storm:
    "storm hurricane winds rain flooding power outages evacuation landfall forecasters damage shelters " +
    "residents coast emergency gusts inches tornado debris roads",
  earnings:
    "company earnings quarter profit revenue shares analysts forecast growth sales investors market stock " +
    "billion percent outlook chief executive results dividend",
  protest:
    "protest protesters demonstrators march rally police crowd square government demands tear gas arrests " +
    "organizers banners chanting capital clashes activists",
};

function syllableWord(random: () => number, parts: number): string {
  let word = "";
  for (let i = 0; i < parts; i++) word += SYLLABLES[Math.floor(random() * SYLLABLES.length)];
  return word;
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

interface Event {
  id: string;
  topic: string;
  topicWords: string[];
  people: string[];
  places: string[];
  organisation: string;
  figures: string[];
  /** Event-specific vocabulary: what this event has that its look-alikes lack. */
  details: string[];
  remaining: number;
  startDay: number;
}

/** The synthetic stream, article by article (a generator, so a large corpus is never held at once). */
export function* syntheticNews(options: SyntheticNewsOptions): Generator<LabelledDocument> {
  const random = seededRandom(options.seed ?? 1);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const perDay = Math.max(1, options.articlesPerDay ?? 1_000);
  // A shared lexicon of topical and general words, so vocabulary is large but bounded.
  const lexicon = Array.from({ length: 6_000 }, () => syllableWord(random, 2 + Math.floor(random() * 2)));
  const surnames = Array.from({ length: 3_000 }, () => capitalise(syllableWord(random, 2)));
  const givenNames = Array.from({ length: 400 }, () => capitalise(syllableWord(random, 2)));
  const places = Array.from({ length: 1_500 }, () => capitalise(syllableWord(random, 3)));
  const topicNames = Object.keys(TOPICS);
  const active: Event[] = [];
  let events = 0;

  const newEvent = (day: number): Event => {
    const topic = pick(topicNames);
    // Story sizes are skewed as in news: most events get one or two reports, a few get dozens.
    const size = Math.min(60, Math.max(1, Math.floor(1 / Math.max(0.02, random()) ** 0.9)));
    return {
      id: `e${++events}`,
      topic,
      topicWords: (TOPICS[topic] ?? "").split(" "),
      people: Array.from(
        { length: 2 + Math.floor(random() * 2) },
        () => `${pick(givenNames)} ${pick(surnames)}`,
      ),
      places: Array.from({ length: 2 }, () => pick(places)),
      organisation: `${pick(places)} ${pick(["Police Department", "Council", "Group", "Authority", "United"])}`,
      figures: Array.from({ length: 3 }, () => String(10 + Math.floor(random() * 5_000))),
      details: Array.from({ length: 8 }, () => pick(lexicon)),
      remaining: size,
      startDay: day,
    };
  };

  const sentence = (words: string[]): string => `${capitalise(words.join(" "))}.`;
  const topicSentence = (event: Event, length: number): string =>
    sentence(
      Array.from({ length }, (_, i) =>
        i % 3 === 0 ? pick(event.topicWords) : i % 3 === 1 ? pick(COMMON) : pick(lexicon),
      ),
    );
  const eventSentence = (event: Event): string => {
    const person = pick(event.people);
    const surname = person.split(" ")[1] ?? person;
    return pick([
      `${person}, ${pick(event.figures)}, was ${pick(event.topicWords)} in ${pick(event.places)} on ${pick(["Monday", "Tuesday", "Friday", "Sunday"])}, the ${event.organisation} said.`,
      `The ${pick(event.topicWords)} near ${pick(event.places)} involved ${pick(event.details)} and ${pick(event.details)}, ${surname} told reporters.`,
      `According to the ${event.organisation}, ${pick(event.figures)} ${pick(event.topicWords)} were reported and ${pick(event.details)} ${pick(COMMON)} ${pick(event.topicWords)}.`,
      `${surname} said the ${pick(event.details)} ${pick(COMMON)} ${pick(event.topicWords)} ${pick(COMMON)} ${pick(event.details)} in ${pick(event.places)}.`,
    ]);
  };

  for (let n = 0; n < options.articles; n++) {
    const day = Math.floor(n / perDay);
    // Retire events a week old; start a new one when none fits or by chance.
    for (let i = active.length - 1; i >= 0; i--) {
      const event = active[i];
      if (event && (event.remaining <= 0 || day - event.startDay > 7)) active.splice(i, 1);
    }
    if (active.length === 0 || random() < 0.45) active.push(newEvent(day));
    const event = active[Math.floor(random() ** 1.5 * active.length)] as Event;
    event.remaining--;
    const lookAlike = active[Math.floor(random() * active.length)];

    const paragraphs: string[] = [];
    const length = 12 + Math.floor(random() * 30);
    for (let s = 0; s < length; s++) {
      const roll = random();
      if (s < 2 || roll < 0.4) paragraphs.push(eventSentence(event));
      else if (roll < 0.5 && lookAlike && lookAlike.topic === event.topic)
        paragraphs.push(eventSentence(lookAlike));
      else paragraphs.push(topicSentence(event, 10 + Math.floor(random() * 14)));
    }
    const hour = String(Math.floor(((n % perDay) / perDay) * 24)).padStart(2, "0");
    const date = new Date(Date.UTC(2024, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);
    yield {
      id: `a${n + 1}`,
      title: `${pick(event.people)} ${pick(event.topicWords)} in ${pick(event.places)}: ${pick(event.details)} ${pick(event.topicWords)}`,
      text: paragraphs.join(random() < 0.5 ? "\n\n" : " "),
      publishedAt: `${date}T${hour}:00:00Z`,
      language: "en",
      gold: event.id,
    };
  }
}
