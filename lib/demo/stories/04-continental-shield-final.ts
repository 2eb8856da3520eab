import type { DemoStory } from "../types";

// Demonstrates: translated-quote variants (Albareda speaks Spanish), a
// truncated quote, partial quotes inside sentences ("a decision that killed
// the final") and quotes that appear in one outlet only.
export const story: DemoStory = {
  key: "continental-shield-final",
  summary:
    "Brennock Rovers beat ten-man Salvo Athletic 2-1 after extra time to win the fictional Continental Shield football final at Castlereach Stadium.",
  articles: [
    {
      outlet: "harbour-daily",
      title: "Teenager Abernethy-Clarke wins Continental Shield for Brennock Rovers in extra time",
      byline: "Owen Trelawney",
      publishedAt: "2026-05-23T21:40:00Z",
      url: "https://harbourdaily.example/sport/football/2026/05/23/continental-shield-final-report",
      body: `Noah Abernethy-Clarke, a 19-year-old substitute who had never scored for the first team, struck in the 112th minute to give Brennock Rovers a 2-1 extra-time win over Salvo Athletic in the Continental Shield final at Castlereach Stadium.

Rovers captain Teodor Vance had headed the favourites in front after 34 minutes, meeting a corner at the near post. Salvo's Kofi Mensah-Rayne equalised with a swerving shot from 25 metres in the 71st minute.

The final turned two minutes from the end of normal time, when referee Stanislav Korda showed Salvo defender Jonas Pilt a second yellow card for a sliding challenge on Vance. Replays suggested Pilt had touched the ball first.

Rovers manager Elspeth Corrigan was close to tears afterwards. "This group of players never stops believing," she said. "Nineteen years old and he wins us a final. You couldn't write it."

Salvo manager Diego Albareda, speaking in Spanish, said: "I am proud of my players, but today the referee decided the final." He called the red card "a decision that killed the final".

A crowd of 61,412 watched Rovers win the trophy for the first time since 1998.`,
    },
    {
      outlet: "coral-coast-herald",
      title: "Rovers edge ten-man Salvo to lift Continental Shield",
      byline: "Mitchell Forde",
      publishedAt: "2026-05-24T02:15:00Z",
      url: "https://coralcoastherald.example/sport/rovers-edge-ten-man-salvo-continental-shield",
      body: `Brennock Rovers are Continental Shield champions after beating ten-man Salvo Athletic 2-1 in extra time in front of 61,412 fans at Castlereach Stadium.

Teodor Vance opened the scoring in the 34th minute before Kofi Mensah-Rayne levelled for Salvo in the 71st. Teenage substitute Noah Abernethy-Clarke settled the final eight minutes from the end of extra time, turning in a low cross from the left.

Salvo finished with ten men after defender Jonas Pilt was sent off in the 88th minute for a second booking.

"I'm proud of my players, but today the final was decided by the referee," Salvo manager Diego Albareda said through a translator.

Rovers manager Elspeth Corrigan said the red card had not decided the match. "We had the better chances all night. I understand Diego is hurting, but we earned this," she said.

Abernethy-Clarke, who only signed his first professional contract in March, said he had barely slept the night before. "I told my mum I wouldn't even get on the pitch. Now I don't know what to tell her," he said.

It is Rovers' first Continental Shield since 1998.`,
    },
    {
      outlet: "evening-clarion",
      title: "Salvo boss Albareda fumes at referee Korda after Shield final heartbreak",
      byline: "Rick Santangelo",
      publishedAt: "2026-05-24T08:00:00Z",
      url: "https://eveningclarion.example/sports/salvo-boss-albareda-fumes-at-referee",
      body: `Salvo Athletic manager Diego Albareda launched a furious attack on referee Stanislav Korda after his side lost the Continental Shield final 2-1 to Brennock Rovers in extra time.

Albareda was incensed by the 88th-minute dismissal of defender Jonas Pilt, who received a second yellow card for a tackle on Rovers captain Teodor Vance with the score at 1-1.

"I am proud of my players," Albareda said in Spanish at his post-match news conference, before launching into a long criticism of the officials. He described the red card as "a decision that killed the final" and claimed Korda had "wanted to be the star of the night".

Salvo, who had equalised through a Kofi Mensah-Rayne strike in the 71st minute, held on until the 112th minute, when 19-year-old substitute Noah Abernethy-Clarke scored the winner for Rovers.

The Continental Football Federation declined to comment on Albareda's remarks but said it would review the referee's report.

Pilt himself was more restrained. "I went for the ball. I think I got the ball. But it is done now," the defender said.`,
    },
    {
      outlet: "highveld-sentinel",
      title: "Mensah-Rayne's stunner not enough as Salvo fall in Shield final",
      byline: "Thabo Dlamini",
      publishedAt: "2026-05-24T10:30:00Z",
      url: "https://highveldsentinel.example/sport/2026/05/24/mensah-rayne-salvo-shield-final",
      body: `Kofi Mensah-Rayne scored one of the goals of the season but finished on the losing side as Salvo Athletic were beaten 2-1 after extra time by Brennock Rovers in the Continental Shield final.

The winger's 71st-minute strike from 25 metres cancelled out Teodor Vance's first-half header and silenced the Rovers end of Castlereach Stadium.

But Salvo lost defender Jonas Pilt to a second yellow card in the 88th minute, and teenage substitute Noah Abernethy-Clarke scored the winner in the 112th minute.

"It is the best goal I have ever scored and I would give it back in one second for a medal," Mensah-Rayne said.

Salvo manager Diego Albareda, who spoke in Spanish, was critical of the officiating. "I am proud of my players, but today it was the referee who decided this final," he said.

Rovers manager Elspeth Corrigan praised her side's resilience. "This group of players never stops believing," she said.

Salvo had been the better side for long spells of the second half, and Mensah-Rayne struck the post with a curling effort shortly before Pilt's dismissal.

Mensah-Rayne, who has two years left on his contract at Salvo, refused to discuss reports of interest from other clubs.`,
    },
  ],
};
