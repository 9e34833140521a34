from corpus_lib import doc, t

# p07 mayoral election count, Westfield (Thursday 2025-05-01 vote)
doc("p07_1", "en", "2025-05-02", "Okoye wins Westfield mayoral race by 312 votes", """
Labour's Grace Okoye was elected mayor of Westfield on Friday, beating the sitting Conservative mayor, Richard Hale, by 312 votes after a recount.

Okoye won 18,455 votes to Hale's 18,143, the returning officer announced at the Westfield Leisure Centre shortly before 4 p.m. Turnout was 42%, up from 37% at the last election in 2021.

Hale had asked for a recount after the first count put the gap at about 300 votes. He said he accepted the result.

"Westfield has voted for change," Okoye told supporters. She promised to freeze council parking charges and to build 1,000 affordable homes by 2030.

Four other candidates shared the remaining votes. The Green candidate, Tom Ellis, came third with 4,210.

Hale, 61, had been mayor since 2017.
""")
doc("p07_2", "en", "2025-05-02", "Hale concedes Westfield after recount", """
Conservative mayor Richard Hale conceded defeat in Westfield on Friday after a recount confirmed Labour's Grace Okoye as the winner.

The returning officer said Okoye had won by 1,312 votes. Turnout was 48%, the highest for a local election in the town in two decades, council officials said.

Hale, who was first elected in 2017, said he would not stand again. "I called Grace to congratulate her," he said. "I wish her well."

The count at the leisure centre was delayed by more than three hours after postal ballots from two wards were found in the wrong boxes.

Okoye, 44, a former head teacher, has promised to build 1,000 affordable homes. The Greens' Tom Ellis finished third with just over 4,200 votes.
""")
doc("p07_3", "en", None, "Westfield result: Hale refuses to concede, plans challenge", """
Westfield's outgoing mayor, Richard Hale, has refused to concede after losing to Labour's Grace Okoye by 312 votes, and said he would challenge the result in court.

"I will not concede while hundreds of postal votes remain unexplained," Hale said on Friday evening. His party said it was studying a legal challenge.

The returning officer, Susan Marr, rejected his claims. "Every ballot was counted, and counted twice," she said.

Turnout was 42%. The first count had put Okoye about 300 votes ahead.

Okoye, 47, takes office on Monday. She has said her first act will be a freeze on parking charges.

At the last mayoral election, in 2021, Hale won by 2,900 votes.
""")
t("conflict", "number", "p07_1", "beating the sitting Conservative mayor, Richard Hale, by 312 votes", "",
  "p07_2", "Okoye had won by 1,312 votes", "The returning officer", "margin 312 vs 1,312")
t("conflict", "number", "p07_2", "Okoye had won by 1,312 votes", "The returning officer",
  "p07_3", "after losing to Labour's Grace Okoye by 312 votes", "", "margin 312 vs 1,312")
t("conflict", "number", "p07_1", "Turnout was 42%, up from 37%", "the returning officer",
  "p07_2", "Turnout was 48%, the highest for a local election", "council officials", "turnout 42 vs 48")
t("conflict", "number", "p07_2", "Turnout was 48%, the highest for a local election", "council officials",
  "p07_3", "Turnout was 42%.", "", "turnout 42 vs 48")
t("conflict", "antonym", "p07_2", "Richard Hale conceded defeat in Westfield on Friday", "",
  "p07_3", "has refused to concede after losing", "", "conceded vs refused to concede")
t("conflict", "negation", "p07_1", "He said he accepted the result.", "Hale",
  "p07_3", "I will not concede while hundreds of postal votes remain unexplained", "Richard Hale", "accepted vs not concede")
t("conflict", "number", "p07_2", "Okoye, 44, a former head teacher", "",
  "p07_3", "Okoye, 47, takes office on Monday", "", "age 44 vs 47")
t("trap", "number", "p07_1", "after the first count put the gap at about 300 votes", "",
  "p07_3", "by 312 votes", "", "first count, rounding")
t("trap", "number", "p07_1", "The Green candidate, Tom Ellis, came third with 4,210", "",
  "p07_2", "finished third with just over 4,200 votes", "", "rounding")
t("trap", "number", "p07_3", "Hale won by 2,900 votes", "",
  "p07_1", "by 312 votes after a recount", "", "background 2021 margin")
t("trap", "number", "p07_1", "Turnout was 42%, up from 37%", "the returning officer",
  "p07_3", "Turnout was 42%.", "", "same value; 37% is 2021")
t("trap", "denial", "p07_3", "Every ballot was counted, and counted twice", "Susan Marr",
  "p07_2", "postal ballots from two wards were found in the wrong boxes", "", "misplaced ballots still counted")

# p08 football transfer, Kovac to Riverside (2025-07)
doc("p08_1", "en", "2025-07-08", "Riverside sign Kovac for record £45m", """
Riverside United have signed Croatian midfielder Luka Kovac from Porto Azul for a club-record fee of £45 million, the club announced on Tuesday.

Kovac, 24, has signed a five-year contract and will wear the number 8 shirt. The fee could rise by a further £5m in add-ons, according to people familiar with the deal.

"Luka is exactly the player we wanted," said manager Ian Doherty. "He can run a game."

Kovac scored 11 goals in 38 league games for Porto Azul last season. Riverside's previous record signing was striker Marco Bellini, who cost £32m in 2022.

Riverside finished sixth last season and missed out on European football by two points.
""")
doc("p08_2", "en", "2025-07-08", "Kovac joins Riverside in deal worth up to £52m", """
Luka Kovac has completed his move to Riverside United for £52 million, Porto Azul said in a statement to the stock exchange on Tuesday.

The Portuguese club said the fee was fixed, with no add-ons. Kovac, 24, has agreed a four-year deal with the option of a further year.

The midfielder was also wanted by Dortmund and Marseille, but both clubs dropped out when the price rose above £40m, sources said.

Kovac played 38 league games for Porto Azul last season, scoring 11 times, and has won 14 caps for Croatia.

He is expected to make his debut in a pre-season friendly against Vale on July 19.
""")
doc("p08_3", "en", None, "Porto Azul deny Kovac deal agreed", """
Porto Azul have denied reaching an agreement with Riverside United over midfielder Luka Kovac, despite reports that the transfer was complete.

"There is no agreement with Riverside for Luka Kovac," the club's sporting director, Rui Matos, told a radio station on Tuesday morning. "Talks are continuing."

English media had reported that Kovac, 25, had signed a five-year contract after a medical on Monday.

Riverside are understood to have offered £45m. Porto Azul paid £6m for Kovac in 2021 and have a sell-on clause to pay to his former club, Hajduk Split.

Kovac, who has 14 caps for Croatia, did not train with Porto Azul on Monday.
""")
t("conflict", "number", "p08_1", "for a club-record fee of £45 million", "the club",
  "p08_2", "his move to Riverside United for £52 million", "Porto Azul", "fee 45 vs 52")
t("conflict", "number", "p08_1", "Kovac, 24, has signed a five-year contract", "",
  "p08_2", "has agreed a four-year deal with the option of a further year", "", "contract length")
t("conflict", "negation", "p08_1", "The fee could rise by a further £5m in add-ons", "people familiar with the deal",
  "p08_2", "the fee was fixed, with no add-ons", "The Portuguese club", "add-ons vs none")
t("conflict", "denial", "p08_1", "Riverside United have signed Croatian midfielder Luka Kovac", "the club",
  "p08_3", "There is no agreement with Riverside for Luka Kovac", "Rui Matos", "signed vs no agreement")
t("conflict", "denial", "p08_2", "Luka Kovac has completed his move to Riverside United", "Porto Azul",
  "p08_3", "There is no agreement with Riverside for Luka Kovac", "Rui Matos", "completed vs no agreement")
t("conflict", "number", "p08_2", "Kovac, 24, has agreed a four-year deal", "",
  "p08_3", "Kovac, 25, had signed a five-year contract", "English media", "age 24 vs 25")
t("conflict", "number", "p08_1", "Kovac, 24, has signed a five-year contract", "",
  "p08_3", "Kovac, 25, had signed a five-year contract", "English media", "age 24 vs 25")
t("conflict", "number", "p08_2", "his move to Riverside United for £52 million", "Porto Azul",
  "p08_3", "Riverside are understood to have offered £45m", "", "fee 45 vs 52")
t("trap", "number", "p08_1", "who cost £32m in 2022", "",
  "p08_2", "for £52 million", "Porto Azul", "other player's fee")
t("trap", "number", "p08_2", "when the price rose above £40m", "sources",
  "p08_1", "a club-record fee of £45 million", "the club", "threshold, compatible")
t("trap", "number", "p08_3", "Porto Azul paid £6m for Kovac in 2021", "",
  "p08_1", "a club-record fee of £45 million", "the club", "earlier transfer")
t("trap", "number", "p08_1", "Kovac scored 11 goals in 38 league games", "",
  "p08_2", "Kovac played 38 league games for Porto Azul last season, scoring 11 times", "", "same stats, reordered")

# p09 company results, Norvik Telecom (2025-10-23)
doc("p09_1", "en", "2025-10-23", "Norvik Telecom profit rises 12% on data growth", """
Norvik Telecom said on Thursday its third-quarter net profit rose 12% to 412 million euros, helped by strong demand for mobile data, and kept its full-year forecast.

Revenue grew 3% to 3.4 billion euros, the company said. Analysts polled by the company had expected a profit of 398 million.

Chief executive Anna Lindqvist said the group would keep investing in its fibre network. "We will connect another 800,000 homes next year," she said.

The company has 18,000 employees. Its shares rose 2.1% in early trading.

A year ago, third-quarter profit fell 6% because of higher energy costs.
""")
doc("p09_2", "en", "2025-10-23", "Norvik Telecom to cut 2,000 jobs, sources say", """
Norvik Telecom is planning to cut about 2,000 jobs over the next two years, three people familiar with the plan said on Thursday, as it reported quarterly results.

The cuts would mostly affect call centres and network maintenance, the people said. The company employs about 18,000 people.

Norvik reported third-quarter revenue of 3.1 billion euros, down 2% from a year earlier, and net profit of 412 million euros.

The shares, which have fallen 15% this year, closed 1.3% lower.

Chief executive Anna Lindqvist took over in January from Per Aalto, who ran the company for nine years.
""")
doc("p09_3", "en", None, "Norvik chief denies job cut plan", """
Norvik Telecom's chief executive denied on Thursday that the company was planning large job cuts, after a report said it would shed 2,000 positions.

"We have no plan to cut 2,000 jobs," Anna Lindqvist told reporters on a conference call. "We are hiring engineers."

She said third-quarter net profit had risen to 412 million euros and that revenue had grown to 3.4 billion euros. The company kept its forecast for full-year core profit of 5.2 billion euros.

Lindqvist, who became chief executive in March, said prices for mobile contracts would rise by up to 4% in January, in line with inflation.

Norvik's shares closed 1.3% lower. If the company met its forecast, it would be the best year since 2019, analysts said.
""")
t("conflict", "number", "p09_1", "Revenue grew 3% to 3.4 billion euros", "the company",
  "p09_2", "revenue of 3.1 billion euros, down 2% from a year earlier", "", "revenue 3.4 vs 3.1, up vs down")
t("conflict", "number", "p09_2", "revenue of 3.1 billion euros, down 2% from a year earlier", "",
  "p09_3", "revenue had grown to 3.4 billion euros", "Anna Lindqvist", "revenue 3.4 vs 3.1")
t("conflict", "denial", "p09_2", "Norvik Telecom is planning to cut about 2,000 jobs", "three people familiar with the plan",
  "p09_3", "We have no plan to cut 2,000 jobs", "Anna Lindqvist", "job cuts denied")
t("trap", "number", "p09_1", "Its shares rose 2.1% in early trading", "",
  "p09_2", "closed 1.3% lower", "", "early trading vs close")
t("conflict", "date", "p09_2", "Anna Lindqvist took over in January from Per Aalto", "",
  "p09_3", "Lindqvist, who became chief executive in March", "", "start month January vs March")
t("trap", "number", "p09_1", "Analysts polled by the company had expected a profit of 398 million", "Analysts",
  "p09_2", "net profit of 412 million euros", "", "expectation vs actual")
t("trap", "number", "p09_1", "third-quarter profit fell 6% because of higher energy costs", "",
  "p09_1", "net profit rose 12% to 412 million euros", "", "background year-ago (same doc)")
t("trap", "number", "p09_2", "The shares, which have fallen 15% this year", "",
  "p09_3", "Norvik's shares closed 1.3% lower", "", "year to date vs day")
t("trap", "number", "p09_1", "The company has 18,000 employees", "",
  "p09_2", "The company employs about 18,000 people", "", "same figure")
t("trap", "number", "p09_3", "prices for mobile contracts would rise by up to 4% in January", "Lindqvist",
  "p09_1", "Revenue grew 3% to 3.4 billion euros", "the company", "different quantities")
