from corpus_lib import doc, t

# p04 apartment fire, Eastgate, Dunmore (Saturday 2025-10-18)
doc("p04_1", "en", "2025-10-19", "Three dead in Dunmore apartment fire", """
Three people died when fire swept through an apartment block in the Eastgate district of Dunmore early on Saturday, the city fire department said.

The fire broke out on the fourth floor of the seven-storey building on Linden Street at about 2:30 a.m. and spread quickly up a stairwell, fire chief Daniel Reyes said. Crews rescued 14 residents by ladder.

The victims were a 67-year-old woman and two men in their forties, police said. Eight other people were taken to hospital, two in critical condition.

"The stairwell acted like a chimney," Reyes said. He said the building's smoke alarms had been working.

The cause was under investigation but was not thought to be suspicious, police said.

Last year a fire in a similar block two streets away injured nine people but caused no deaths.
""")
doc("p04_2", "en", "2025-10-19", "Four killed as fire rips through Eastgate block", """
Four people were killed and eight injured in a fire at an Eastgate apartment building on Saturday morning, Dunmore officials said.

Deputy Mayor Rosa Klein said the dead included a 76-year-old woman who lived alone on the fifth floor. "This is a terrible day for our city," she said.

Residents said the smoke alarms did not go off. "There was no alarm, nothing, we woke up because of the smoke," said Ahmed Saleh, 33, who escaped with his two children.

Firefighters were called shortly after 2:30 a.m. and had the fire under control within two hours. Fourteen people were rescued from balconies.

The block, built in 1974, has 48 apartments. The city inspected it in 2023 and found no major faults, Klein said. About 90 residents have been put up in hotels.
""")
doc("p04_3", "en", None, "Eastgate fire: investigators look at stairwell", """
Investigators on Sunday began examining the stairwell of the Eastgate apartment block where three people died in a fire early on Saturday.

Fire chief Daniel Reyes said the fire started in a storage room on the fourth floor. He said smoke alarms in the corridors had sounded, disputing accounts by some residents. "The alarms worked; we have checked them," he said.

Police named one of the victims as Margaret Doyle, 67, a retired teacher. The other two victims, both men, have not been named.

Some 90 people remain in hotels paid for by the city. The building's owner said it would pay for repairs, which could cost up to $2 million if the roof has to be replaced.

Eight people were injured, two critically. The city inspected the building two years ago.
""")
t("conflict", "number", "p04_1", "Three people died when fire swept through an apartment block", "the city fire department",
  "p04_2", "Four people were killed and eight injured", "Dunmore officials", "toll 3 vs 4")
t("conflict", "number", "p04_2", "Four people were killed and eight injured", "Dunmore officials",
  "p04_3", "where three people died in a fire early on Saturday", "", "toll 3 vs 4")
t("conflict", "number", "p04_1", "The victims were a 67-year-old woman and two men", "police",
  "p04_2", "a 76-year-old woman who lived alone on the fifth floor", "Rosa Klein", "age 67 vs 76")
t("conflict", "number", "p04_2", "a 76-year-old woman who lived alone on the fifth floor", "Rosa Klein",
  "p04_3", "Margaret Doyle, 67, a retired teacher", "Police", "age 67 vs 76")
t("conflict", "negation", "p04_1", "the building's smoke alarms had been working", "Daniel Reyes",
  "p04_2", "There was no alarm, nothing", "Ahmed Saleh", "alarms worked vs no alarm")
t("conflict", "denial", "p04_2", "There was no alarm, nothing", "Ahmed Saleh",
  "p04_3", "The alarms worked; we have checked them", "Daniel Reyes", "alarms")
t("trap", "number", "p04_1", "Eight other people were taken to hospital", "police",
  "p04_3", "Eight people were injured, two critically", "", "same count")
t("trap", "number", "p04_1", "injured nine people but caused no deaths", "",
  "p04_2", "Four people were killed and eight injured", "Dunmore officials", "background fire last year")
t("trap", "number", "p04_2", "The block, built in 1974, has 48 apartments", "",
  "p04_3", "Some 90 people remain in hotels", "", "different quantities")
t("trap", "date", "p04_2", "The city inspected it in 2023", "Rosa Klein",
  "p04_3", "The city inspected the building two years ago", "", "same date, relative")
t("trap", "number", "p04_1", "The fire broke out on the fourth floor", "Daniel Reyes",
  "p04_2", "a 76-year-old woman who lived alone on the fifth floor", "Rosa Klein", "different floors, different things")

# p05 rail strike, Northern Railways (Monday 2025-05-12)
doc("p05_1", "en", "2025-05-12", "Rail strike halts most Northern trains", """
Most Northern Railways trains were cancelled on Monday as train drivers began a 48-hour strike over pay, the drivers' union said.

"Eighty percent of services have been cancelled today," said Kevin Marsh, general secretary of the Rail Drivers' Union. "That shows how strongly our members feel."

The union is demanding a 9% pay rise this year. The company has offered 4.5%, spread over two years.

Commuters crowded onto replacement buses in Leeford and Harlow. "It took me two and a half hours to get to work," said nurse Amy Chen.

The strike began at midnight on Sunday and is due to end at midnight on Tuesday. It is the third walkout since February; a one-day strike on March 3 cancelled about half of services.

Talks at the arbitration service are planned for next week.
""")
doc("p05_2", "en", "2025-05-12", "Northern says 60% of trains running despite strike", """
Northern Railways said 60% of its trains were running on Monday despite a strike by drivers, and accused the union of exaggerating its impact.

"Forty percent of services were cancelled, not the figures the union is putting about," a company spokeswoman said. "Six in ten trains are running."

The company said it had offered drivers a 4.5% rise over two years, which it called "fair and affordable". The union wants 9%.

The walkout started on Monday at midnight and will last two days, the company said.

The company denied that it was planning to use managers to drive trains. "We have no plans to put managers in cabs," the spokeswoman said.

Average driver pay at Northern is £59,000 a year, according to the company.
""")
doc("p05_3", "en", None, "Union says Northern managers driving trains during strike", """
Striking drivers accused Northern Railways on Monday of using managers to drive trains, on the first day of a 48-hour walkout.

"Managers have been driving trains out of Leeford depot this morning," union official Sandra Boyle said at a picket line. She said the practice was unsafe.

The union says about 80% of services were cancelled. Commuters reported packed platforms in Harlow and long queues for replacement buses.

Drivers are seeking a 9% rise, against 4.5% offered by the company. Average pay for drivers is around £59,000, the company says.

A previous one-day strike, in March, cancelled about half of all trains. Arbitration talks could begin as early as next Tuesday, both sides said.
""")
t("conflict", "number", "p05_1", "Eighty percent of services have been cancelled today", "Kevin Marsh",
  "p05_2", "Forty percent of services were cancelled", "a company spokeswoman", "cancelled share, union vs company")
t("conflict", "number", "p05_2", "Forty percent of services were cancelled", "a company spokeswoman",
  "p05_3", "The union says about 80% of services were cancelled", "The union", "cancelled share, union vs company")
t("conflict", "date", "p05_1", "The strike began at midnight on Sunday", "",
  "p05_2", "The walkout started on Monday at midnight", "the company", "start: Sunday midnight vs Monday midnight")
t("conflict", "denial", "p05_2", "We have no plans to put managers in cabs", "the spokeswoman",
  "p05_3", "Managers have been driving trains out of Leeford depot this morning", "Sandra Boyle", "managers driving")
t("trap", "number", "p05_1", "The union is demanding a 9% pay rise this year", "",
  "p05_2", "it had offered drivers a 4.5% rise over two years", "The company", "demand vs offer")
t("trap", "number", "p05_1", "a one-day strike on March 3 cancelled about half of services", "",
  "p05_2", "Forty percent of services were cancelled", "a company spokeswoman", "background strike")
t("trap", "number", "p05_2", "Six in ten trains are running", "a company spokeswoman",
  "p05_2", "Forty percent of services were cancelled", "a company spokeswoman", "same fact, complement (same doc)")
t("trap", "number", "p05_2", "Average driver pay at Northern is £59,000 a year", "the company",
  "p05_3", "Average pay for drivers is around £59,000", "the company", "same figure")
t("trap", "date", "p05_1", "Talks at the arbitration service are planned for next week", "",
  "p05_3", "Arbitration talks could begin as early as next Tuesday", "both sides", "vague vs precise, compatible")

# p06 fraud trial, Calder Crown Court (Friday 2025-04-25)
doc("p06_1", "en", "2025-04-25", "Former council treasurer guilty of fraud", """
A former treasurer of Ashby town council was found guilty on Friday of stealing £1.2 million from the council over seven years.

A jury at Calder Crown Court convicted Gerald Finch, 58, of fraud by abuse of position and false accounting after a four-week trial. He was cleared of one count of money laundering.

Prosecutor Helen Wade told the court Finch had used the money to pay for holidays, a boat and his daughter's wedding. Finch had denied all charges, saying the payments were authorised.

Judge Simon Carr said Finch would be sentenced on May 16 and warned him that a prison term was "inevitable".

The council said it had recovered £300,000 so far. A separate civil case to recover the rest is due in the autumn.

In 2019 a treasurer in a neighbouring town received a six-year sentence for a similar fraud.
""")
doc("p06_2", "en", "2025-04-25", "Ashby ex-treasurer convicted, acquitted of laundering", """
Gerald Finch, the former treasurer of Ashby council, was convicted of fraud on Friday but acquitted of money laundering, at the end of a trial at Calder Crown Court.

The jury took 11 hours to reach its verdicts. Finch, 56, showed no emotion as they were read out.

The court heard that about £1.2m went missing between 2016 and 2023. Finch's lawyer said his client had "never taken a penny for himself" and would consider an appeal.

Finch faces up to ten years in prison. He will be sentenced on May 23, the judge said.

Council leader Priya Shah said residents had been "betrayed". "This money should have been spent on our parks and libraries," she said.
""")
doc("p06_3", "en", None, "Finch found guilty of laundering as well as fraud", """
Jurors at Calder Crown Court on Friday found former Ashby council treasurer Gerald Finch guilty of fraud and of money laundering.

Finch, 58, was accused of taking £1.2 million from council accounts between 2016 and 2023. He told the jury he had been given permission to make the payments by a former council leader, who has since died.

Judge Simon Carr adjourned sentencing until May 16. "You should expect a custodial sentence," he told Finch.

The council says it has so far recovered about £300,000 and is suing to get the rest back.

The trial lasted four weeks. A second defendant, bookkeeper Alan Moss, 49, was acquitted of all charges.
""")
t("conflict", "antonym", "p06_1", "He was cleared of one count of money laundering", "",
  "p06_3", "found former Ashby council treasurer Gerald Finch guilty of fraud and of money laundering", "", "laundering: cleared vs guilty")
t("conflict", "antonym", "p06_2", "but acquitted of money laundering", "",
  "p06_3", "found former Ashby council treasurer Gerald Finch guilty of fraud and of money laundering", "", "laundering: acquitted vs guilty")
t("conflict", "number", "p06_1", "convicted Gerald Finch, 58, of fraud", "",
  "p06_2", "Finch, 56, showed no emotion", "", "age 58 vs 56")
t("conflict", "number", "p06_2", "Finch, 56, showed no emotion", "",
  "p06_3", "Finch, 58, was accused of taking", "", "age 58 vs 56")
t("conflict", "date", "p06_1", "Finch would be sentenced on May 16", "Simon Carr",
  "p06_2", "He will be sentenced on May 23, the judge said", "the judge", "sentencing date")
t("conflict", "date", "p06_2", "He will be sentenced on May 23, the judge said", "the judge",
  "p06_3", "adjourned sentencing until May 16", "", "sentencing date")
t("trap", "antonym", "p06_1", "found guilty on Friday of stealing £1.2 million", "",
  "p06_3", "bookkeeper Alan Moss, 49, was acquitted of all charges", "", "acquittal of another defendant")
t("trap", "number", "p06_1", "a treasurer in a neighbouring town received a six-year sentence", "",
  "p06_2", "Finch faces up to ten years in prison", "", "background case vs maximum")
t("trap", "denial", "p06_1", "Finch had denied all charges", "",
  "p06_2", "was convicted of fraud on Friday", "", "denial before verdict, not a clash")
t("trap", "number", "p06_1", "The council said it had recovered £300,000 so far", "The council",
  "p06_3", "it has so far recovered about £300,000", "The council", "same figure")
t("trap", "number", "p06_1", "stealing £1.2 million from the council over seven years", "",
  "p06_2", "about £1.2m went missing between 2016 and 2023", "", "same amount, period")
