import type { DemoStory } from "../types";

// Demonstrates: partial quotes inside sentences ("a victory for common
// sense"), the same passage of a judgment quoted in full and truncated,
// framing (workers' win vs company blow vs price rises) and a figure given
// differently (310 million vs "more than 300 million").
export const story: DemoStory = {
  key: "parcelo-court-ruling",
  summary:
    "The Supreme Court of the fictional state of Corrandale rules 5-2 that couriers for the delivery app Parcelo are employees, not self-employed contractors.",
  articles: [
    {
      outlet: "capital-ledger",
      title: "Corrandale's top court rules Parcelo couriers are employees",
      byline: "Helen Varga-Moss",
      publishedAt: "2026-08-19T15:20:00Z",
      url: "https://capitalledger.example/business/2026/08/19/corrandale-court-parcelo-couriers-employees",
      body: `The Supreme Court of Corrandale ruled on Wednesday that couriers working for the delivery app Parcelo are employees rather than self-employed contractors, a decision that entitles about 23,000 riders and drivers to a minimum wage, holiday pay and sick leave.

The court split 5-2. Writing for the majority, Justice Miriam Achterberg said: "A worker who cannot set his own price, choose his own customers or refuse work without penalty is not in business on his own account."

The case was brought in 2024 by Samuel Okafor-Wynn, a courier in the city of Port Hallam, with the backing of the Riders' Alliance union. Lawyers for the couriers estimate that back pay could reach 310 million Corrandale dollars.

Parcelo Technologies chief executive Lucas Ferreira-Holt said the company was disappointed. "We will study the judgment carefully and continue to serve our customers and our couriers," he said.

In a dissenting opinion, Justice Leopold Haskins warned that the ruling "ignores the flexibility that couriers themselves have told us they value".

Parcelo shares fell 14% in trading on the Port Hallam exchange.`,
    },
    {
      outlet: "harbour-daily",
      title: "Gig couriers win landmark Supreme Court fight against Parcelo",
      byline: "Rosalind Achebe",
      publishedAt: "2026-08-19T17:45:00Z",
      url: "https://harbourdaily.example/world/2026/08/19/gig-couriers-win-parcelo-ruling",
      body: `Couriers who deliver for Parcelo have won a landmark case in Corrandale's Supreme Court, which ruled that the app's 23,000 riders and drivers must be treated as employees.

Riders' Alliance general secretary Priya Venkataraman called the ruling "a victory for common sense" and said the union would now pursue other delivery platforms. "For six years Parcelo told these couriers they were their own bosses. Today the highest court in the land said what every courier already knew," she said outside the court.

Samuel Okafor-Wynn, the courier who brought the case, said he had been working 60-hour weeks when he first contacted the union. "I am not a company. I am a man on a bicycle," he said. "Now the law agrees with me."

The 5-2 majority judgment, written by Justice Miriam Achterberg, found that a courier who cannot "set his own price, choose his own customers or refuse work without penalty" is not running his own business.

Parcelo said it was disappointed and would study the decision. The company could face back-pay claims of more than 300 million Corrandale dollars.`,
    },
    {
      outlet: "monsoon-post",
      title: "Parcelo faces 310 million bill after Supreme Court loss",
      byline: "Arjun Menon-Pratt",
      publishedAt: "2026-08-20T04:15:00Z",
      url: "https://monsoonpost.example/business/parcelo-faces-310-million-bill-court-loss",
      body: `Delivery company Parcelo Technologies faces a bill of up to 310 million Corrandale dollars in back pay after the Supreme Court of Corrandale ruled that its couriers are employees.

The 5-2 ruling on Wednesday covers about 23,000 couriers. Analysts said Parcelo's labour costs could rise by a third once it starts paying holiday pay, sick leave and employer pension contributions.

"This judgment changes the arithmetic of the whole delivery industry," said Devika Raman, a retail analyst at Hallam Street Securities. "Every platform operating in Corrandale will be reading it this morning."

The case was brought by courier Samuel Okafor-Wynn. In the majority judgment, Justice Miriam Achterberg wrote: "A worker who cannot set his own price, choose his own customers or refuse work without penalty is not in business on his own account."

Parcelo chief executive Lucas Ferreira-Holt said: "We are disappointed by today's decision." He did not rule out job cuts.

Parcelo's shares fell 14% on the Port Hallam exchange on Wednesday. The company, founded in 2018, employs about 900 office staff in Corrandale and operates in 41 towns and cities.

The Riders' Alliance hailed the ruling as "a victory for common sense".`,
    },
    {
      outlet: "highveld-sentinel",
      title: "Delivery prices set to rise after Parcelo ruling, company warns",
      byline: "Naledi Khumalo",
      publishedAt: "2026-08-20T09:00:00Z",
      url: "https://highveldsentinel.example/business/2026/08/20/delivery-prices-rise-parcelo-ruling",
      body: `Customers of the delivery app Parcelo could pay up to 20% more for deliveries after Corrandale's Supreme Court ruled that the company's couriers must be treated as employees, the company's chief executive warned on Thursday.

Lucas Ferreira-Holt said the 5-2 ruling would force Parcelo to change how it operates. "Somebody has to pay for this judgment, and I am afraid that in the end it will be the customer," he said in a radio interview. "Delivery fees will rise by up to 20%. Some small towns may lose the service altogether."

Riders' Alliance general secretary Priya Venkataraman accused Ferreira-Holt of scaremongering. "Parcelo made a profit of 95 million dollars last year. It can afford to pay its couriers properly without punishing customers," she said.

The Supreme Court found that about 23,000 couriers had been wrongly classified as self-employed. The case was brought by Port Hallam courier Samuel Okafor-Wynn.

Parcelo has said it will not appeal, because no higher court exists in Corrandale, but it has asked the government for a transition period of 12 months before the new rules apply to all couriers.

Justice Miriam Achterberg, writing for the majority, said that a worker who cannot set his own price "is not in business on his own account".`,
    },
  ],
};
