import type { StoryDetail } from "../types";

const outlet = (id: string, name: string) => ({ id, name, slug: id, country: null });

/** A small story with awkward text: commas, quotes, line breaks, Markdown syntax and a formula-looking quote. */
export const awkwardStory: StoryDetail = {
  id: "story1",
  title: 'Port "deal" agreed, strike | ends *today*',
  titleOutlet: "Harbour Daily",
  titleByEditor: false,
  articleCount: 3,
  firstPublishedAt: "2026-02-10T09:15:00.000Z",
  lastPublishedAt: "2026-02-11T18:00:00.000Z",
  articles: [
    {
      id: "a1",
      title: "Strike ends, says union",
      outlet: outlet("wire", "Meridian Wire"),
      byline: null,
      publishedAt: "2026-02-10T09:15:00.000Z",
      url: "https://wire.example/strike",
      wordCount: 300,
      quotationCount: 2,
      membership: null,
      demo: false,
    },
    {
      id: "a2",
      title: "Dockers back to work",
      outlet: outlet("daily", "The Harbour Daily"),
      byline: null,
      publishedAt: "2026-02-11T18:00:00.000Z",
      url: null,
      wordCount: 280,
      quotationCount: 1,
      membership: null,
      demo: false,
    },
    {
      id: "a3",
      title: "Copy of the wire",
      outlet: outlet("copy", "Copy Times"),
      byline: null,
      publishedAt: null,
      url: "https://copy.example/x",
      wordCount: 290,
      quotationCount: 0,
      membership: null,
      demo: false,
    },
  ],
  quoteGroups: [
    {
      id: "g1",
      speaker: "Ana Ruiz",
      variants: [
        {
          quotationId: "q1",
          articleId: "a1",
          outlet: "Meridian Wire",
          publishedAt: "2026-02-10T09:15:00.000Z",
          text: 'If any ships arrive, "we" will unload them,\nall of them',
          start: 10,
          end: 62,
          speaker: "Ana Ruiz",
          cue: "said",
        },
        {
          quotationId: "q2",
          articleId: "a2",
          outlet: "The Harbour Daily",
          publishedAt: "2026-02-11T18:00:00.000Z",
          text: 'So, if ships arrive, "we" will unload them',
          start: 5,
          end: 47,
          speaker: "Ana Ruiz",
          cue: "told",
        },
      ],
      diffs: [
        {
          from: "a1",
          to: "a2",
          kind: "reworded",
          ops: [
            [-1, "If any"],
            [1, "So, if"],
            [0, ' ships arrive, "we" will unload them'],
            [-1, ",\nall of them"],
          ],
        },
      ],
      wordings: [],
    },
    {
      id: "g2",
      speaker: null,
      variants: [
        {
          quotationId: "q3",
          articleId: "a1",
          outlet: "Meridian Wire",
          publishedAt: "2026-02-10T09:15:00.000Z",
          text: "=SUM(A1:A9) is *not* a [link]",
          start: 100,
          end: 128,
          speaker: null,
          cue: null,
        },
      ],
      diffs: [],
      wordings: [],
    },
  ],
  demo: false,
  lineage: {
    articles: 3,
    sources: 2,
    copies: [
      {
        articleId: "a3",
        outlet: "Copy Times",
        followsArticleId: "a1",
        followsOutlet: "Meridian Wire",
        containment: 0.97,
      },
    ],
  },
};
