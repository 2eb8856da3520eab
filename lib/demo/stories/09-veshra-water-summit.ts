import type { DemoStory } from "../types";

// Demonstrates: translated-quote variants for two speakers (Dashkova speaks
// Sarnovan, Oruvel speaks Teskarian), truncations and partial quotes, one
// speaker with two different statements (Oruvel), figures given differently
// (1.4 billion cubic metres vs "nearly one and a half billion"; 26 rounds of
// talks vs "more than two dozen") and a one-outlet opposition quote.
export const story: DemoStory = {
  key: "veshra-water-summit",
  summary:
    "The leaders of the fictional nations Sarnova and Teskaria sign a treaty sharing the waters of the Veshra River at a summit in the border town of Kalvos.",
  articles: [
    {
      outlet: "meridian-wire",
      title: "Sarnova and Teskaria sign Veshra water treaty, ending 30-year dispute",
      byline: null,
      publishedAt: "2026-09-08T14:30:00Z",
      url: "https://meridianwire.example/2026/09/08/sarnova-teskaria-veshra-water-treaty",
      body: `KALVOS (Meridian Wire) — Sarnova and Teskaria signed a treaty on Tuesday to share the waters of the Veshra River, ending a 30-year dispute that twice brought the neighbours close to armed conflict.

Under the agreement, signed by Sarnovan President Irena Dashkova and Teskarian Prime Minister Hakan Oruvel in the border town of Kalvos, Sarnova will guarantee a minimum flow of 1.4 billion cubic metres a year through the Brava Dam to Teskaria.

A joint Veshra River Commission will monitor flows and settle disputes. The treaty follows 26 rounds of talks since 2019.

"The river that divided us for thirty years will, from today, be the river that unites us," Dashkova said at the signing ceremony, speaking in Sarnovan.

Oruvel, speaking in Teskarian, said: "Nobody has won and nobody has lost. Our children have won."

The Veshra rises in the Sarnovan highlands and provides more than 80% of Teskaria's fresh water. Teskarian farmers have blamed the Brava Dam, completed in 1996, for repeated droughts in the lower valley.

The treaty must be ratified by both parliaments before it takes effect.`,
    },
    {
      outlet: "continental-review",
      title: "Dashkova and Oruvel seal Veshra deal at Kalvos summit",
      byline: "Katharina Lindholm",
      publishedAt: "2026-09-08T18:00:00Z",
      url: "https://continentalreview.example/world/dashkova-oruvel-veshra-deal-kalvos",
      body: `After 26 rounds of talks and three decades of mutual suspicion, the leaders of Sarnova and Teskaria shook hands on the bridge over the Veshra River at Kalvos on Tuesday and signed a treaty to share its water.

Sarnovan President Irena Dashkova said in Sarnovan: “The river that has separated us for three decades will from today be a river that joins us.”

Teskarian Prime Minister Hakan Oruvel struck a similar note. “No one won and no one lost; our children are the winners,” he said, according to the official translation.

The treaty commits Sarnova to release at least 1.4 billion cubic metres of water a year from the Brava Dam, with larger releases in dry summers. A Veshra River Commission with three members from each country will oversee the deal.

Oruvel later told Teskarian journalists that the agreement would transform the lower valley. “Teskarian farmers will have water in August for the first time in a generation,” he said.

Diplomats credited the mediator, former judge Elise Vandermeer, with breaking the deadlock over drought years last spring.`,
    },
    {
      outlet: "western-lantern",
      title: "Teskarian farmers celebrate as water deal is signed in Kalvos",
      byline: "Declan Furlong",
      publishedAt: "2026-09-09T07:00:00Z",
      url: "https://westernlantern.example/news/world/teskarian-farmers-celebrate-veshra-deal",
      body: `Farmers in Teskaria's lower Veshra valley set off fireworks on Tuesday night after their prime minister signed a treaty guaranteeing them water from the Brava Dam in neighbouring Sarnova.

“For thirty years we have watched the river go down to a trickle every August. My father sold half our cattle in the drought of 2012,” said Emin Tasdar, who grows melons near the town of Dovran. “Now maybe my children can stay on the land.”

Teskarian Prime Minister Hakan Oruvel told the crowd at the signing ceremony in Kalvos: “Teskarian farmers will have water in August for the first time in a generation.”

Sarnovan President Irena Dashkova said the Veshra, which had divided the two countries, would “from today unite us”.

The treaty guarantees Teskaria nearly one and a half billion cubic metres of water a year and sets up a joint commission to settle disputes. It was agreed after more than two dozen rounds of talks.

In Dovran's main square, families gathered around a large screen to watch the ceremony on the bridge at Kalvos. Some held placards reading simply: Water is life.

Both parliaments must ratify the deal. Oruvel's coalition has a comfortable majority; Dashkova faces a harder vote.`,
    },
    {
      outlet: "monsoon-post",
      title: "Kalvos summit: what the Veshra River treaty means for Sarnova and Teskaria",
      byline: "Kavya Iyer",
      publishedAt: "2026-09-09T11:20:00Z",
      url: "https://monsoonpost.example/world/kalvos-summit-veshra-river-treaty-explained",
      body: `Sarnova and Teskaria have signed a treaty to share the Veshra River, one of the longest-running water disputes in the region. Here is what the agreement says.

Sarnova, which controls the upper river and the Brava Dam, must release at least 1.4 billion cubic metres of water a year to Teskaria. In drought years the two sides will share the shortfall according to a formula set out in an annex.

A new Veshra River Commission, with three members from each country, will monitor flows from gauging stations on both sides of the border at Kalvos.

At the signing on Tuesday, Sarnovan President Irena Dashkova said: "The river that divided us for thirty years will from today be the river that unites us." Teskarian Prime Minister Hakan Oruvel added: "There are no winners and no losers today."

The treaty took 26 rounds of talks. The sticking point was how to handle dry summers, when Sarnova's own reservoirs run low.

Oruvel promised that "Teskarian farmers will have water in August for the first time in a generation".

The deal must now be ratified by both parliaments.`,
    },
    {
      outlet: "lakeshore-dispatch",
      title: "Sarnovan opposition cries betrayal over Veshra water treaty",
      byline: "Nathalie Kowalski",
      publishedAt: "2026-09-10T02:00:00Z",
      url: "https://lakeshoredispatch.example/world/sarnovan-opposition-betrayal-veshra-treaty",
      body: `The Veshra River treaty signed in Kalvos on Tuesday faces a difficult ratification vote in Sarnova, where opposition parties accused President Irena Dashkova of giving away the country's water.

Dashkova told the signing ceremony that the river "that divided us for thirty years" would now bring Sarnova and Teskaria together. But hours later, opposition leader Oskar Velin said his party would vote against the deal.

"This government has given away our water for a photograph on a bridge," Velin told supporters in the Sarnovan capital. "When our own reservoirs are empty in August, who will explain this treaty to our farmers?"

Under the treaty, Sarnova must release at least 1.4 billion cubic metres a year from the Brava Dam to Teskaria.

Teskarian Prime Minister Hakan Oruvel, speaking through an interpreter, said: "Nobody has won and nobody has lost; our children have won."

Supporters of the treaty in Sarnova point out that the country will receive payments for electricity generated at the Brava Dam that is exported to Teskaria, worth an estimated 90 million a year.

Dashkova's governing coalition holds 61 of the 120 seats in the Sarnovan parliament. A vote is expected in November.`,
    },
  ],
};
