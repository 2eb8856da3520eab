import type { DemoStory } from "../types";

// Demonstrates: one speaker (Governor Strand) making several different
// statements that must stay separate, a split quote, headline framing
// (borrowers vs savers) and quotes found in one outlet only.
export const story: DemoStory = {
  key: "aldmere-rate-cut",
  summary:
    "The fictional Bank of Aldmere cuts its main interest rate by a quarter point to 3.5%, its first cut in two years, on a 6-3 vote.",
  articles: [
    {
      outlet: "meridian-wire",
      title: "Bank of Aldmere lowers key rate to 3.5%, signals caution",
      byline: null,
      publishedAt: "2026-04-15T12:05:00Z",
      url: "https://meridianwire.example/2026/04/15/bank-of-aldmere-lowers-key-rate",
      body: `KINGSMOOR (Meridian Wire) — The Bank of Aldmere cut its main interest rate by a quarter of a percentage point to 3.5% on Wednesday, its first reduction in two years, but Governor Helena Strand warned against expecting a rapid series of further cuts.

The bank's Monetary Policy Committee voted 6-3 for the cut, with Deputy Governor Felix Oduya and two external members voting to keep the rate at 3.75%.

"Inflation is now close enough to our target that we can begin, carefully, to ease policy," Strand told a news conference in Kingsmoor.

Consumer price inflation in Aldmere fell to 2.4% in March, from a peak of 7.9% three years ago. The bank's target is 2%.

"This is not the start of a rapid series of cuts," Strand said. "Households should not expect rates to return to where they were a decade ago."

Strand said the committee would look closely at wage data before its next meeting in June. Deputy Governor Oduya argued in the published minutes that wage growth of 5.1% "remains too strong to be consistent with the inflation target".

The Aldmere crown fell 0.6% against the dollar after the announcement. Most economists had expected the bank to wait until June.`,
    },
    {
      outlet: "capital-ledger",
      title: "Bank of Aldmere cuts rates for first time in two years",
      byline: "Jonah Whitcombe",
      publishedAt: "2026-04-15T13:10:00Z",
      url: "https://capitalledger.example/markets/2026/04/15/bank-of-aldmere-cuts-rates",
      body: `The Bank of Aldmere lowered its benchmark interest rate to 3.5% from 3.75% on Wednesday, surprising markets that had expected policymakers to hold off until the summer.

The decision by the Monetary Policy Committee was split 6-3. Deputy Governor Felix Oduya, who voted against, argued in the published minutes that wage growth of 5.1% "remains too strong to be consistent with the inflation target".

Governor Helena Strand said falling energy prices had given the committee room to act. "We are moving," she said, "but we are moving slowly."

Strand said that inflation, at 2.4% in March, was "close enough to our target that we can begin, carefully, to ease policy", but she pushed back against hopes of deep cuts. "This is not the start of a rapid series of cuts," she said.

Nadia Karimova, chief economist at Castellan Partners in Kingsmoor, said she expected one more quarter-point cut before the end of the year. "The governor wants to keep her options open. The bank has been burned by inflation once and it will not rush," Karimova said.

The Aldmere crown slipped 0.6% against the dollar, while shares in Aldmere's biggest housebuilders rose.`,
    },
    {
      outlet: "lakeshore-dispatch",
      title: "Relief for Aldmere borrowers as central bank trims rate to 3.5%",
      byline: "Catherine Beaulieu-Grant",
      publishedAt: "2026-04-15T15:30:00Z",
      url: "https://lakeshoredispatch.example/business/relief-for-aldmere-borrowers-rate-cut",
      body: `Homeowners in Aldmere with variable-rate mortgages will see their monthly payments fall after the Bank of Aldmere cut its main interest rate to 3.5% on Wednesday.

The quarter-point reduction, the first in two years, will save the average variable-rate borrower about 38 crowns a month, according to estimates from the Aldmere Mortgage Lenders' Association.

Finance Minister Rowan Pell welcomed the move. "This is welcome news for every family with a mortgage and every small business with a loan," Pell said in a statement.

Governor Helena Strand told reporters in Kingsmoor that inflation was "close enough to our target" for the bank to begin easing. But she cautioned: "Households should not expect rates to return to where they were a decade ago."

Strand also defended the timing of the decision. "If we wait until inflation is exactly at 2%, we will have waited too long. Monetary policy works with a delay of a year or more," she said.

The Monetary Policy Committee voted 6-3 for the cut. Deputy Governor Felix Oduya was among the three members who wanted to hold the rate at 3.75%.`,
    },
    {
      outlet: "harbour-daily",
      title: "Savers lose out again as Bank of Aldmere blinks on rates",
      byline: "Graham Pettifer",
      publishedAt: "2026-04-15T18:00:00Z",
      url: "https://harbourdaily.example/money/2026/04/15/savers-lose-out-bank-of-aldmere",
      body: `Savers in Aldmere face lower returns after the Bank of Aldmere cut interest rates on Wednesday despite inflation remaining above its 2% target.

The Monetary Policy Committee voted 6-3 to lower the main rate from 3.75% to 3.5%, with Deputy Governor Felix Oduya among those who argued that it was too early to act.

Margaret Dunleavy, chair of the Aldmere Savers' Association, said banks would pass on the cut to savings accounts within days. "Once again it is savers who pay the price for cheap borrowing. Pensioners living on their interest have had a hard enough decade," she said.

Governor Helena Strand insisted the bank was acting cautiously. "We are moving," she said, "but we are moving slowly." She added that the cut was "not the start of a rapid series of cuts".

Inflation was 2.4% in March. Critics on the committee pointed to wage growth of 5.1% as a sign that price pressures had not gone away.

Finance Minister Rowan Pell, who faces an election next year, called the decision "welcome news for every family with a mortgage".`,
    },
  ],
};
