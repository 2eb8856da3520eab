/*
 * A deterministic corpus of news pages for the ingest benchmark: many concurrent stories, each covered by
 * several outlets with their own wording, quotations, figures and page furniture, at realistic lengths
 * (400–1,200 words). Seeded, so every run ingests the same pages.
 */

import { seededRandom } from "./random";

const PLACES = [
  "Lisvard",
  "Orvane",
  "Aldmere",
  "Durnhollow",
  "Marchbank",
  "Veshra",
  "Parcelo",
  "Halcyon",
  "Vaskor",
  "Lusteria",
  "Brenmoor",
  "Caldris",
  "Estwyn",
  "Folkard",
  "Gerrow",
  "Hanlow",
];
const PEOPLE = [
  "Anika Brandt",
  "Tomas Keller",
  "Ines Varga",
  "Oren Pike",
  "Lucia Moreau",
  "Dmitri Sorel",
  "Hana Okafor",
  "Piet Lindqvist",
  "Rosa Amell",
  "Yusuf Demir",
  "Clara Voss",
  "Mateo Ruiz",
];
const TOPICS = [
  ["port strike", "dockers", "wages", "union", "cargo", "terminal"],
  ["earthquake", "magnitude", "aftershocks", "rescue teams", "collapsed", "epicentre"],
  ["interest rate cut", "central bank", "inflation", "basis points", "mortgages", "economists"],
  ["wildfire", "evacuation", "hectares", "firefighters", "containment", "smoke"],
  ["data breach", "hackers", "customer records", "ransom", "regulator", "encryption"],
  ["water summit", "drought", "reservoirs", "ministers", "rationing", "treaty"],
  ["court ruling", "judges", "appeal", "verdict", "constitution", "plaintiffs"],
  ["lunar launch", "rocket", "orbit", "payload", "mission control", "engineers"],
  ["heatwave", "temperatures", "hospitals", "warnings", "record", "elderly"],
  ["minister resignation", "scandal", "parliament", "coalition", "inquiry", "successor"],
];
const OUTLETS = [
  "The Harbour Daily",
  "Coast FM",
  "Lisvard Post",
  "Northern Ledger",
  "The Evening Signal",
  "Meridian Wire",
  "Daily Compass",
  "The Civic Review",
];
const FILLER =
  "officials said the situation remained fluid as residents waited for further information from the authorities while local businesses counted the cost of the disruption and analysts warned that the longer term consequences would take months to assess fully".split(
    " ",
  );
const VERBS = ["said", "told reporters", "warned", "added", "claimed", "insisted"];

export interface NewsPage {
  path: string;
  html: string;
}

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

function sentence(random: () => number, topic: readonly string[], place: string): string {
  const words = [place, "and", pick(random, topic)];
  const length = 14 + Math.floor(random() * 16);
  for (let i = 0; i < length; i++) words.push(random() < 0.25 ? pick(random, topic) : pick(random, FILLER));
  const text = words.join(" ");
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

function escape(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** `count` pages: stories of 3–8 articles from different outlets, interleaved as a live feed would be. */
export function generateNewsPages(count: number, seed = 42): NewsPage[] {
  const random = seededRandom(seed);
  const pages: NewsPage[] = [];
  let story = 0;
  while (pages.length < count) {
    const topic = TOPICS[story % TOPICS.length] as readonly string[];
    const place = PLACES[Math.floor(story / TOPICS.length) % PLACES.length] as string;
    const speaker = pick(random, PEOPLE);
    const quote = `We will not accept ${pick(random, topic)} without a plan for ${pick(random, topic)}, and every family in ${place} deserves an answer`;
    const figure = 10 + Math.floor(random() * 900);
    const outlets = 3 + Math.floor(random() * 6);
    for (let o = 0; o < outlets && pages.length < count; o++) {
      const outlet = OUTLETS[(story + o) % OUTLETS.length] as string;
      const paragraphs: string[] = [];
      const length = 6 + Math.floor(random() * 14);
      for (let p = 0; p < length; p++) {
        const sentences = [sentence(random, topic, place), sentence(random, topic, place)];
        if (p === 1) sentences.push(`"${quote}," ${speaker} ${pick(random, VERBS)}.`);
        if (p === 2)
          sentences.push(`At least ${figure} people were affected, according to officials in ${place}.`);
        paragraphs.push(sentences.join(" "));
      }
      const title =
        `${place} ${topic[0]}: ${speaker} ${pick(random, VERBS)} ${pick(random, topic)} ${o === 0 ? "" : `(${outlet})`}`.trim();
      const day = String(1 + (story % 28)).padStart(2, "0");
      const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escape(title)} | ${outlet}</title>
<meta property="og:site_name" content="${outlet}"><meta property="article:published_time" content="2026-03-${day}T${String(o + 8).padStart(2, "0")}:00:00Z">
</head><body><header><nav><a href="/">Home</a><a href="/news">News</a><a href="/sport">Sport</a><a href="/weather">Weather</a></nav></header>
<main><article><h1>${escape(title)}</h1><p class="byline">By ${pick(random, PEOPLE)}</p>
${paragraphs.map((p) => `<p>${escape(p)}</p>`).join("\n")}
</article><aside><h2>Most read</h2><ul>${[0, 1, 2, 3].map((i) => `<li><a href="/r/${i}">${escape(sentence(random, pick(random, TOPICS), pick(random, PLACES)).slice(0, 60))}</a></li>`).join("")}</ul></aside></main>
<footer><p>© 2026 ${outlet}</p><a href="/privacy">Privacy</a><a href="/terms">Terms</a></footer></body></html>`;
      pages.push({ path: `/s${story}/a${o}`, html });
    }
    story += 1;
  }
  return pages;
}
