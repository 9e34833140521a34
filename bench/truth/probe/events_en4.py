from corpus_lib import doc, t

# p10 protest against hospital closure, Kingsport (Saturday 2025-03-22)
doc("p10_1", "en", "2025-03-22", "Thousands march against Kingsport hospital closure", """
Thousands of people marched through Kingsport on Saturday to protest against plans to close the maternity unit at St Anne's Hospital.

Police put the crowd at 5,000. Organisers said 20,000 people took part, making it the largest demonstration in the city since 2011.

The march set off from the railway station at 11 a.m. and ended with speeches outside the hospital. It was peaceful, police said, and there were no arrests.

"We will not let them take our hospital away," said midwife Claire Bennett, one of the organisers.

The regional health board wants to move births to a new unit in Dalton, 40 km away, from next year. It says the Kingsport unit, which delivers about 1,100 babies a year, cannot recruit enough staff.
""")
doc("p10_2", "en", "2025-03-22", "Kingsport march: arrests after clashes at hospital", """
Police arrested 12 people after scuffles broke out at the end of a march against the closure of Kingsport's maternity unit on Saturday, a police spokesman said.

About 8,000 people joined the march, according to local police. The organisers, the Save St Anne's campaign, claimed a turnout of 20,000.

The spokesman said a small group had thrown bottles at officers outside the hospital. Two officers received minor injuries.

Campaign leader Claire Bennett condemned the violence but said it had been caused by "a handful of people who had nothing to do with us".

The health board said no final decision had been taken. A public consultation closes on April 30.
""")
doc("p10_3", "en", None, "Health board says Kingsport closure is 'final'", """
The head of the regional health board said on Saturday the decision to close Kingsport's maternity unit was final, hours after thousands marched against it.

"The decision has been taken and it will not be reversed," chairman David Mercer said in a statement. He said the unit had been forced to close temporarily 14 times last year because of a lack of midwives.

Police said about 5,000 people had marched through the city. The campaign said the true figure was four times higher.

The unit delivers about 1,100 babies a year. Mothers will have to travel 40 km to Dalton once it closes.

The march passed off peacefully, police said. The campaign has collected 62,000 signatures on a petition and plans a second march in May.
""")
t("conflict", "number", "p10_1", "Police put the crowd at 5,000", "Police",
  "p10_2", "claimed a turnout of 20,000", "The organisers, the Save St Anne's campaign", "crowd police vs organisers (two sources)")
t("conflict", "number", "p10_1", "Police put the crowd at 5,000", "Police",
  "p10_2", "About 8,000 people joined the march, according to local police", "local police", "police figure 5,000 vs 8,000")
t("conflict", "number", "p10_2", "About 8,000 people joined the march, according to local police", "local police",
  "p10_3", "Police said about 5,000 people had marched through the city", "Police", "police figure 5,000 vs 8,000")
t("conflict", "number", "p10_1", "Organisers said 20,000 people took part", "Organisers",
  "p10_3", "Police said about 5,000 people had marched through the city", "Police", "crowd organisers vs police (two sources)")
t("conflict", "number", "p10_1", "there were no arrests", "police",
  "p10_2", "Police arrested 12 people after scuffles broke out", "a police spokesman", "no arrests vs 12")
t("conflict", "antonym", "p10_2", "Police arrested 12 people after scuffles broke out", "a police spokesman",
  "p10_3", "The march passed off peacefully, police said", "police", "peaceful vs clashes")
t("conflict", "denial", "p10_2", "The health board said no final decision had been taken", "The health board",
  "p10_3", "The decision has been taken and it will not be reversed", "David Mercer", "final vs no final decision")
t("conflict", "number", "p10_1", "Organisers said 20,000 people took part", "Organisers",
  "p10_2", "About 8,000 people joined the march, according to local police", "local police", "crowd organisers vs police (two sources)")
t("conflict", "number", "p10_2", "claimed a turnout of 20,000", "The organisers, the Save St Anne's campaign",
  "p10_3", "Police said about 5,000 people had marched through the city", "Police", "crowd organisers vs police (two sources)")
t("trap", "number", "p10_1", "Organisers said 20,000 people took part", "Organisers",
  "p10_3", "The campaign said the true figure was four times higher", "The campaign", "same, arithmetic")
t("trap", "number", "p10_1", "delivers about 1,100 babies a year", "the health board",
  "p10_3", "The unit delivers about 1,100 babies a year", "", "same")
t("trap", "number", "p10_3", "collected 62,000 signatures on a petition", "",
  "p10_2", "claimed a turnout of 20,000", "The organisers", "petition vs turnout")
t("trap", "number", "p10_1", "the largest demonstration in the city since 2011", "Organisers",
  "p10_3", "forced to close temporarily 14 times last year", "David Mercer", "unrelated numbers")
t("trap", "date", "p10_2", "A public consultation closes on April 30", "The health board",
  "p10_3", "plans a second march in May", "", "different events")

# p11 coach crash on the A9 near Fenwick (Wednesday 2025-09-17)
doc("p11_1", "en", "2025-09-17", "23 hurt as coach overturns near Fenwick", """
Twenty-three people were injured, four seriously, when a coach carrying pensioners on a day trip overturned on the A9 near Fenwick on Wednesday morning, ambulance officials said.

The coach left the road and rolled onto its side on a bend at about 9:40 a.m., police said. It was carrying 41 passengers and a driver from Carlow to the coast.

The driver, a 54-year-old man, was arrested on suspicion of dangerous driving and later released under investigation.

The road was closed in both directions for six hours. Police asked witnesses, and anyone with dashcam footage, to come forward.

The same bend was the scene of a crash in 2020 in which two people died; the council lowered the speed limit there to 40 mph the following year.
""")
doc("p11_2", "en", "2025-09-17", "Coach crash: 32 taken to hospital", """
Thirty-two people were taken to hospital after a coach overturned on the A9 near Fenwick, the ambulance service said on Wednesday afternoon.

Ambulance service spokeswoman Mary Quinn said four patients had serious injuries. "Most of the others have cuts and bruises," she said.

The coach, operated by Carlow Travel, was carrying 42 people including the driver.

Police said the driver, 45, had not been arrested and was helping with inquiries. They said it was too early to say what caused the crash.

Carlow Travel said the vehicle had passed its annual safety inspection in June. "Our thoughts are with our passengers," the firm said.
""")
doc("p11_3", "en", None, "Fenwick crash: driver arrested, firm defends safety record", """
The driver of a coach that overturned near Fenwick on Wednesday, injuring 23 people, was arrested at the scene, police said.

The 54-year-old was held on suspicion of dangerous driving. He has since been released while inquiries continue.

Passenger Joan Evans, 79, said the coach had been going too fast. "He took the bend like it was a straight road," she said.

Carlow Travel denied that the coach was overdue for inspection. "It passed its safety check in June," the company said.

The crash happened on the Tuesday morning run to the coast, a trip the firm has run weekly for 15 years. About 40 passengers were on board.
""")
t("conflict", "number", "p11_1", "Twenty-three people were injured, four seriously", "ambulance officials",
  "p11_2", "Thirty-two people were taken to hospital", "the ambulance service", "injured 23 vs 32")
t("conflict", "number", "p11_2", "Thirty-two people were taken to hospital", "the ambulance service",
  "p11_3", "injuring 23 people, was arrested at the scene", "police", "injured 23 vs 32")
t("conflict", "number", "p11_1", "The driver, a 54-year-old man, was arrested", "police",
  "p11_2", "Police said the driver, 45, had not been arrested", "Police", "age 54 vs 45")
t("conflict", "negation", "p11_1", "was arrested on suspicion of dangerous driving and later released", "police",
  "p11_2", "had not been arrested and was helping with inquiries", "Police", "arrested vs not arrested")
t("conflict", "negation", "p11_2", "had not been arrested and was helping with inquiries", "Police",
  "p11_3", "was arrested at the scene, police said", "police", "arrested vs not")
t("conflict", "number", "p11_2", "Police said the driver, 45, had not been arrested", "Police",
  "p11_3", "The 54-year-old was held on suspicion of dangerous driving", "", "age 45 vs 54")
t("conflict", "date", "p11_1", "overturned on the A9 near Fenwick on Wednesday morning", "",
  "p11_3", "The crash happened on the Tuesday morning run to the coast", "", "Wednesday vs Tuesday")
t("trap", "number", "p11_1", "It was carrying 41 passengers and a driver", "police",
  "p11_2", "was carrying 42 people including the driver", "", "41+1 = 42")
t("trap", "number", "p11_2", "was carrying 42 people including the driver", "",
  "p11_3", "About 40 passengers were on board", "", "rounding")
t("trap", "number", "p11_1", "a crash in 2020 in which two people died", "",
  "p11_2", "Thirty-two people were taken to hospital", "the ambulance service", "background crash")
t("trap", "denial", "p11_3", "Carlow Travel denied that the coach was overdue for inspection", "Carlow Travel",
  "p11_2", "the vehicle had passed its annual safety inspection in June", "Carlow Travel", "denial of an unreported claim; agrees")
t("trap", "number", "p11_1", "four seriously, when a coach carrying pensioners", "ambulance officials",
  "p11_2", "four patients had serious injuries", "Mary Quinn", "same")

# p12 product recall, Brightway kettles (2025-11)
doc("p12_1", "en", "2025-11-04", "Brightway recalls 120,000 kettles over fire risk", """
Appliance maker Brightway is recalling 120,000 electric kettles sold in Britain and Ireland because of a fault that can cause them to overheat, the company said on Tuesday.

The recall covers the KX200 model sold between March 2023 and August 2025 for about £35. Customers should stop using the kettle and return it to any shop for a full refund, Brightway said.

The company said it had received 14 reports of kettles overheating, but that nobody had been hurt.

"Safety is our first priority," said Brightway's head of quality, Neil Stratton.

The Office for Product Safety said it was working with the company. Brightway recalled 8,000 toasters in 2021 over a wiring problem.
""")
doc("p12_2", "en", "2025-11-04", "Kettle recall: 210,000 units affected, regulator says", """
About 210,000 Brightway kettles are affected by a recall announced on Tuesday, the Office for Product Safety said, almost double the figure given by the manufacturer.

The regulator said at least three people had suffered burns when the KX200 kettle overheated, and one kitchen fire had been reported.

The kettle went on sale in March 2023 and was sold until August this year. It retailed for £29.99 in most shops.

Brightway said customers could get a refund or a voucher worth £40.

The regulator said it was also looking at a second model, the KX250, but had found no fault with it so far.
""")
doc("p12_3", "en", None, "Brightway denies kettle injuries", """
Brightway has denied that anyone was injured by its recalled KX200 kettle, after the safety regulator said three people had been burned.

"We have no record of any injury," a company spokesman said on Wednesday. "We have had 14 reports of overheating and we acted at once."

The company is recalling 120,000 of the kettles, which were sold from March 2023. Customers can return them to any shop.

Shops including Homeworld and ValuePoint removed the kettle from sale on Tuesday.

Consumer group Which Way said the case showed recalls were too slow: the first overheating report was made in January. "If the company had acted then, no one would have been at risk," it said.
""")
t("conflict", "number", "p12_1", "Brightway is recalling 120,000 electric kettles", "the company",
  "p12_2", "About 210,000 Brightway kettles are affected by a recall", "the Office for Product Safety", "units 120k vs 210k")
t("conflict", "number", "p12_2", "About 210,000 Brightway kettles are affected by a recall", "the Office for Product Safety",
  "p12_3", "The company is recalling 120,000 of the kettles", "", "units 120k vs 210k")
t("conflict", "negation", "p12_1", "but that nobody had been hurt", "The company",
  "p12_2", "at least three people had suffered burns", "The regulator", "no injuries vs burns")
t("conflict", "denial", "p12_2", "at least three people had suffered burns", "The regulator",
  "p12_3", "We have no record of any injury", "a company spokesman", "injury denied")
t("conflict", "number", "p12_1", "sold between March 2023 and August 2025 for about £35", "",
  "p12_2", "It retailed for £29.99 in most shops", "", "price 35 vs 29.99")
t("trap", "number", "p12_1", "Brightway recalled 8,000 toasters in 2021", "",
  "p12_2", "About 210,000 Brightway kettles are affected", "the Office for Product Safety", "background recall")
t("trap", "number", "p12_2", "a refund or a voucher worth £40", "Brightway",
  "p12_1", "for about £35", "", "voucher vs price")
t("trap", "negation", "p12_2", "had found no fault with it so far", "The regulator",
  "p12_1", "a fault that can cause them to overheat", "the company", "other model")
t("trap", "number", "p12_1", "it had received 14 reports of kettles overheating", "The company",
  "p12_3", "We have had 14 reports of overheating", "a company spokesman", "same")
t("trap", "negation", "p12_3", "no one would have been at risk", "Which Way",
  "p12_2", "at least three people had suffered burns", "The regulator", "counterfactual")
