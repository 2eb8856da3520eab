import type { DemoStory } from "../types";

// Demonstrates: framing (headlines, verbs, labels), translated-quote variants
// (Osterhage speaks Valdorian), a split quote, a figure given differently
// (€1.2bn vs "more than a billion euros") and quotes found in one outlet only.
export const story: DemoStory = {
  key: "lisvard-port-strike",
  summary:
    "Dock workers strike for 72 hours at the Port of Lisvard in the fictional Republic of Valdoria over pay and the automation of Terminal 4.",
  articles: [
    {
      outlet: "harbour-daily",
      title: "Strikers bring Valdoria's biggest port to a standstill",
      byline: "Fiona Latchford",
      publishedAt: "2026-02-10T09:15:00Z",
      url: "https://harbourdaily.example/world/2026/02/10/strikers-bring-lisvard-port-to-standstill",
      body: `Container traffic at the Port of Lisvard, the largest harbour in Valdoria, ground to a halt on Tuesday as 4,200 dock workers walked out at the start of a 72-hour strike over pay and the planned automation of Terminal 4.

Cranes stood idle along the quays and more than 130 vessels were left waiting at anchor in Lisvard Bay by mid-morning, according to the Lisvard Harbour Authority. Lorries queued for several kilometres on the ring road leading to the terminal gates.

The Valdorian Dockworkers' Union is demanding a 9% pay rise and a guarantee that no jobs will be lost when automated stacking cranes come into service at Terminal 4 next year. The port's operators have offered 3.5%.

"We are ready to talk," union general secretary Marek Halvorsen said outside the main gate, "but not at any price."

Transport Minister Katrin Osterhage, speaking in Valdorian at a press conference in the capital, Ostrel, said: "We will not allow our ports to become hostages of this dispute." She added that the government was willing to mediate but that the automation programme was "not up for negotiation".

Harbour Authority chief executive Tomas Rell said the stoppage was costing the Valdorian economy around €1.2bn a week in delayed trade. "Every day this goes on, ships are choosing other ports, and some of them will not come back," Rell said.

The strike is the first full stoppage at Lisvard since 2009. The union has warned that further walkouts could follow if talks fail.`,
    },
    {
      outlet: "western-lantern",
      title: "Lisvard dock workers win public backing in pay fight",
      byline: "Ciarán Mulvey",
      publishedAt: "2026-02-10T14:40:00Z",
      url: "https://westernlantern.example/news/world/lisvard-dock-workers-win-public-backing",
      body: `Dock workers at the Port of Lisvard drew hundreds of supporters to the harbour gates on Tuesday as their 72-hour strike over pay and automation entered its first evening, with a new poll suggesting most Valdorians back their cause.

The survey, carried out for the Ostrel daily Morgenlys, found that 61% of respondents supported the 4,200 workers, who are seeking a 9% pay rise and job guarantees before automated cranes are introduced at Terminal 4.

“Nobody here is against machines. We are against being thrown away like old rope,” said Greta Lindvall, a crane operator who has worked at Lisvard for 22 years.

Union general secretary Marek Halvorsen insisted the dock workers had been left with no choice. “We asked for talks in October, in November and in December. The answer was silence,” he told reporters.

Transport Minister Katrin Osterhage, speaking in Valdorian, said: “We will not let our harbours become hostages to this conflict.” The government stands ready to mediate, she said, but “automation is not negotiable”.

The port's operators, who have offered 3.5%, say the union's demands would make Lisvard uncompetitive. The Lisvard Harbour Authority estimates that the strike is costing more than a billion euros a week in delayed trade, a figure the union disputes.

Halvorsen said the stoppage would not be extended beyond Thursday if serious negotiations began. “We are ready to talk,” he said, “but not at any price.”`,
    },
    {
      outlet: "evening-clarion",
      title: "Port chaos at Lisvard costs exporters millions as militant union digs in",
      byline: "Dwayne Hollister",
      publishedAt: "2026-02-11T11:05:00Z",
      url: "https://eveningclarion.example/business/port-chaos-lisvard-costs-exporters-millions",
      body: `Exporters in Valdoria are counting the cost of a strike that has shut the Port of Lisvard, with perishable cargo spoiling on the quays and shipping lines diverting vessels to rival harbours.

Militant unionists from the Valdorian Dockworkers' Union walked off the job on Tuesday, demanding a 9% pay rise and what employers call a veto over the automation of Terminal 4. More than 140 ships are now stuck at anchor in Lisvard Bay, according to port officials.

Ana Brekke, president of the Valdorian Exporters' Council, claimed some members had already lost contracts. "Our fruit growers cannot wait three days. Their containers are sitting in the sun and buyers abroad are cancelling orders," Brekke said.

Harbour Authority chief executive Tomas Rell admitted the authority had underestimated the anger over automation. "We should have explained the Terminal 4 plan much earlier. That is on us," Rell said. He put the cost of the stoppage at €1.2 billion a week.

Union boss Marek Halvorsen claimed the strikers had "the whole country" behind them.

"We will not allow our ports to become hostages," Transport Minister Katrin Osterhage warned through an interpreter, without saying what steps the government might take.

The 72-hour walkout is the first full stoppage at Lisvard since 2009, and business groups fear it will not be the last.`,
    },
    {
      outlet: "continental-review",
      title: "Valdoria appoints mediator as Lisvard strike enters final day",
      byline: "Annika Vogt",
      publishedAt: "2026-02-12T08:30:00Z",
      url: "https://continentalreview.example/europe/valdoria-appoints-mediator-lisvard-strike",
      body: `The Valdorian government has appointed a mediator in an attempt to end the dispute at the Port of Lisvard, as the 72-hour walkout by 4,200 dock workers entered its final day with no sign of a deal.

Former labour court judge Henrik Aaslund will meet representatives of the Valdorian Dockworkers' Union and the port operators on Friday, Transport Minister Katrin Osterhage announced on Thursday in Ostrel.

Osterhage repeated the line she has held all week. “We will not permit our ports to be taken hostage by this dispute,” she said in Valdorian, according to an official translation. She added: “The government is ready to mediate, but the automation programme is not up for negotiation.”

Union general secretary Marek Halvorsen welcomed the appointment but said the 9% pay claim stood. “A mediator is a start. A mediator is not an offer,” he said.

The operators have offered 3.5% and a retraining fund for workers displaced when automated cranes arrive at Terminal 4. Freight forwarders across the region have rerouted cargo to smaller ports, and the Lisvard Harbour Authority said 138 vessels were waiting in Lisvard Bay on Thursday morning.

Harbour Authority chief executive Tomas Rell said the backlog would take “at least two weeks” to clear even if the strike ended on schedule.`,
    },
  ],
};
