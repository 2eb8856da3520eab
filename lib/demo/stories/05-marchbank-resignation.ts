import type { DemoStory } from "../types";

// Demonstrates: framing (resigns vs forced out vs disgraced; "said" vs
// "admitted" vs "insisted" vs "claimed"), an omission (the Western Lantern
// never mentions the ethics commissioner's investigation), a figure given
// differently (18,400 dollars vs "more than 18,000 dollars") and truncations
// of the same resignation-letter sentence.
export const story: DemoStory = {
  key: "marchbank-resignation",
  summary:
    "Housing minister Delia Marchbank resigns from the government of the fictional Commonwealth of Averley after reports that developer Greystone Homes paid for her holidays.",
  articles: [
    {
      outlet: "lakeshore-dispatch",
      title: "Averley housing minister Delia Marchbank resigns over developer-funded holidays",
      byline: "Priya Castellanos",
      publishedAt: "2026-06-08T17:20:00Z",
      url: "https://lakeshoredispatch.example/world/averley-housing-minister-marchbank-resigns",
      body: `Averley's housing minister, Delia Marchbank, resigned on Monday, three weeks after reports that the developer Greystone Homes had paid for two family holidays at the ski resort of Val Serren.

The holidays, worth a combined 18,400 Averley dollars, were not declared in the ministerial register of interests. Ethics Commissioner Ruth Okonjo opened an investigation into the matter on May 14.

In her resignation letter to Prime Minister Owen Tallis, Marchbank wrote: "I have done nothing wrong, but I will not allow this matter to distract from the government's work on housing."

Tallis accepted the resignation. "Delia has served this country with energy and integrity, and I accept her resignation with regret," he said in a statement.

Greystone Homes won a contract last year to build 2,400 homes at the Fenwick Quay development, a project worth 640 million Averley dollars that was approved by Marchbank's department.

Opposition leader Conrad Ashby said the resignation was "the tip of the iceberg" and called for a public inquiry into how the Fenwick Quay contract was awarded.

A spokesperson for Greystone Homes said: "Greystone has always acted within the rules and will cooperate fully with the commissioner."`,
    },
    {
      outlet: "evening-clarion",
      title: "Disgraced minister quits after developer paid for luxury ski trips",
      byline: "Shannon Kowalczyk",
      publishedAt: "2026-06-08T20:45:00Z",
      url: "https://eveningclarion.example/politics/disgraced-minister-marchbank-quits-ski-trips",
      body: `Disgraced Averley housing minister Delia Marchbank finally quit on Monday after weeks of pressure over luxury ski holidays paid for by a developer whose 640-million-dollar project her department approved.

Marchbank admitted that Greystone Homes had covered the cost of two trips to the Val Serren resort, worth more than 18,000 Averley dollars, which she failed to declare.

"I have done nothing wrong," Marchbank claimed in her resignation letter, which was released by the prime minister's office.

The minister has been under investigation by Ethics Commissioner Ruth Okonjo since May. The commissioner's report is expected in July.

Opposition leader Conrad Ashby called the resignation "the tip of the iceberg". "The prime minister knew about these holidays for weeks and did nothing. He only acted when the pressure became impossible," Ashby said.

Prime Minister Owen Tallis insisted Marchbank had "served this country with energy and integrity".

Marchbank had told the assembly only last month that she had "nothing to hide". Prime Minister Owen Tallis repeatedly refused to say whether he had known about the holidays before they were reported.

Greystone Homes is building 2,400 homes at the Fenwick Quay site. Housing campaigners have long questioned why the company won the contract over two lower bids.`,
    },
    {
      outlet: "capital-ledger",
      title: "Marchbank forced out as ethics probe closes in on Fenwick Quay deal",
      byline: "Daniel Okereke",
      publishedAt: "2026-06-09T07:30:00Z",
      url: "https://capitalledger.example/world/2026/06/09/marchbank-forced-out-ethics-probe",
      body: `Averley Prime Minister Owen Tallis forced out his housing minister, Delia Marchbank, on Monday evening after officials warned that the ethics commissioner's investigation into her holidays would widen to the Fenwick Quay contract, according to two government sources.

Marchbank had insisted for three weeks that she would stay. In a resignation letter released on Monday, she said: "I have done nothing wrong, but I will not allow this matter to distract from the government's work on housing."

Ethics Commissioner Ruth Okonjo has been investigating since May 14 whether Marchbank breached the ministerial code by failing to declare two trips to the ski resort of Val Serren, paid for by Greystone Homes and worth 18,400 Averley dollars.

Greystone won the contract to build 2,400 homes at Fenwick Quay in 2025. The project is worth 640 million Averley dollars.

One senior official said Tallis had concluded that Marchbank "could not survive the summer". The prime minister's office denied that she had been pushed.

Opposition leader Conrad Ashby said: "The prime minister knew about these holidays for weeks and did nothing."

Marchbank is the third minister to leave the Tallis government in 12 months.`,
    },
    {
      outlet: "western-lantern",
      title: "Marchbank steps down 'to protect the government's work' on housing",
      byline: "Aoife Brannigan",
      publishedAt: "2026-06-09T10:00:00Z",
      url: "https://westernlantern.example/news/world/marchbank-steps-down-averley-housing",
      body: `Delia Marchbank has stepped down as Averley's housing minister, saying she did not want questions over two family holidays to overshadow the government's housebuilding programme.

Marchbank, who has been housing minister since 2023, oversaw the largest public housebuilding drive in Averley for a generation, including the 2,400-home Fenwick Quay development.

In her letter to Prime Minister Owen Tallis, Marchbank insisted: “I have done nothing wrong, but I will not allow this matter to distract from the government's work.”

The holidays, at the ski resort of Val Serren, were paid for by the developer Greystone Homes and were not declared in the register of interests. Marchbank has said she intended to repay the cost.

Tallis paid tribute to his colleague. “Delia has served this country with energy and integrity, and I accept her resignation with regret,” he said. “I have no doubt she will return to government.”

Housing charities praised her record. “Whatever the rights and wrongs of this, Delia Marchbank got homes built,” said Moira Fennelly, director of the Averley Housing Trust.

Opposition leader Conrad Ashby described the resignation as “the tip of the iceberg”.`,
    },
  ],
};
