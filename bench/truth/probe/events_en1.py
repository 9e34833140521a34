from corpus_lib import doc, t

# p01 earthquake, Velmora province (Tuesday 2025-03-04)
doc("p01_1", "en", "2025-03-05", "Quake kills 12 in Velmora province, hundreds homeless", """
A magnitude 6.1 earthquake struck the mountainous Velmora province early on Tuesday, killing at least 12 people and leaving hundreds without shelter, the regional emergency service said.

The quake hit at 4:17 a.m. local time about 20 km north of the town of Sarvik, at a depth of 10 km, according to the national seismology institute. An earlier toll issued at dawn had put the number of dead at eight.

"We are still pulling people out of the rubble," said Irena Maslova, head of the regional emergency service. "The number of dead stands at 12 this evening, and 41 people are in hospital."

About 300 houses were damaged or destroyed in Sarvik and surrounding villages, the interior ministry said.

The region was last hit hard in 2009, when a magnitude 6.8 quake killed 312 people and destroyed much of the old town. Seismologists have warned for years that many buildings put up since then do not meet the building code.

Aftershocks of up to magnitude 4.2 shook the area through the day. The interior minister said there was no risk of a dam failure at the Sarvik reservoir, dismissing rumours circulating on social media.
""")
doc("p01_2", "en", "2025-03-05", "Earthquake in Velmora: death toll reaches 19", """
The death toll from Tuesday's earthquake in Velmora province has risen to 19, the regional governor said on Tuesday evening, as rescuers searched for survivors in collapsed houses around Sarvik.

Governor Anton Belik told reporters that 19 bodies had been recovered and that 41 injured people were being treated in hospitals in Sarvik and the provincial capital.

The magnitude 6.4 earthquake struck shortly after 4 a.m., the governor's office said. Some 312 homes were damaged, according to a preliminary count.

Belik said he would ask the government to declare a state of emergency if the number of homeless exceeded 1,000. "If we need tents for 2,000 people, we will find them," he said.

Residents described a long, rolling shock. "The whole house moved for maybe twenty seconds," said Petra Holan, 58, whose kitchen wall collapsed.

In 2009, a larger quake in the same valley killed more than 300 people.
""")
doc("p01_3", "en", None, "Velmora quake toll rises to 23 as hopes fade", """
Rescuers in Velmora province recovered four more bodies on Wednesday, bringing the death toll from Tuesday's earthquake to 23, the emergency service said on Wednesday afternoon.

About 1,500 people spent the night in tents and school gyms, local officials said. The magnitude 6.1 quake, the strongest in the region since 2009, damaged about 300 homes.

The emergency service denied reports that a dam at the Sarvik reservoir had cracked. "The dam is intact; engineers inspected it twice," spokesman Oleg Tamas said.

The government declared a state of emergency on Wednesday and released 40 million in emergency funds. Prime Minister Vera Lind is expected to visit Sarvik on Thursday.

The quake struck at 4:17 a.m. on Tuesday at a depth of 35 km, the seismology institute said in a revised bulletin, correcting its first estimate.
""")
t("conflict", "number", "p01_1", "The number of dead stands at 12 this evening", "Irena Maslova",
  "p01_2", "19 bodies had been recovered", "Anton Belik", "toll at the same time (Tuesday evening)")
t("conflict", "number", "p01_1", "A magnitude 6.1 earthquake struck", "the regional emergency service",
  "p01_2", "The magnitude 6.4 earthquake struck shortly after 4 a.m.", "the governor's office", "magnitude")
t("conflict", "number", "p01_2", "The magnitude 6.4 earthquake struck shortly after 4 a.m.", "the governor's office",
  "p01_3", "The magnitude 6.1 quake, the strongest in the region since 2009", "", "magnitude")
t("update", "number", "p01_1", "The number of dead stands at 12 this evening", "Irena Maslova",
  "p01_3", "bringing the death toll from Tuesday's earthquake to 23", "the emergency service", "toll next day")
t("update", "number", "p01_2", "19 bodies had been recovered", "Anton Belik",
  "p01_3", "bringing the death toll from Tuesday's earthquake to 23", "the emergency service", "toll next day")
t("update", "number", "p01_1", "at a depth of 10 km", "the national seismology institute",
  "p01_3", "at a depth of 35 km", "the seismology institute", "revised bulletin")
t("trap", "number", "p01_1", "About 300 houses were damaged or destroyed", "the interior ministry",
  "p01_2", "Some 312 homes were damaged", "", "rounding")
t("trap", "number", "p01_1", "a magnitude 6.8 quake killed 312 people", "",
  "p01_2", "The death toll from Tuesday's earthquake in Velmora province has risen to 19", "the regional governor", "background 2009 quake")
t("trap", "number", "p01_2", "If we need tents for 2,000 people", "Anton Belik",
  "p01_3", "About 1,500 people spent the night in tents", "local officials", "hypothetical")
t("trap", "denial", "p01_1", "there was no risk of a dam failure", "The interior minister",
  "p01_3", "denied reports that a dam at the Sarvik reservoir had cracked", "The emergency service", "both deny the same rumour")

# p02 earthquake, coastal Lamora (Sunday 2025-06-15)
doc("p02_1", "en", "2025-06-16", "Strong quake shakes Lamora coast, three dead", """
A strong earthquake shook the Lamora coast on Sunday evening, killing three people and injuring about 60, officials said.

The magnitude 5.8 quake was centred 15 km off the port of Brenna at a depth of 22 km, the Coastal Geophysics Centre said. It struck at 9:42 p.m. and was felt as far away as the capital, 180 km to the east.

Authorities issued a tsunami warning for the coast but lifted it after about an hour, when no abnormal waves were recorded.

Among the dead was a 71-year-old man crushed by a falling balcony in Brenna's harbour district, police said. Two people died in the village of Osk when a church bell tower collapsed.

Brenna's mayor, Tomas Ruud, said the city's two hospitals were coping. "We had 60 people through the doors tonight, most with cuts and broken bones," he said.

The coast was last struck in 1998, when a magnitude 6.0 quake killed 14 people.
""")
doc("p02_2", "en", "2025-06-16", "Lamora quake: no tsunami warning issued, officials say", """
Officials on the Lamora coast said on Monday no tsunami warning had been issued after Sunday night's earthquake, contradicting messages shared widely online.

"At no point was a tsunami warning issued for the coast," said civil protection chief Hanna Siv. "The sea level never moved."

The magnitude 5.8 quake struck at 9:42 p.m. on Sunday off the port of Brenna, killing three people. About 60 people were hurt, 11 of them seriously.

One of the victims, a 77-year-old retired fisherman, was killed when a balcony fell in the harbour district, his family told local radio.

Schools in Brenna will stay closed until Wednesday while engineers inspect buildings. Some 40 buildings have been declared unsafe, Siv said, and about 400 residents are staying with relatives.

Insurers estimate damage at up to 80 million, though a full survey will take weeks.
""")
doc("p02_3", "en", None, "Lamora counts cost of Sunday quake", """
Residents of Brenna swept glass from the streets on Monday after a magnitude 5.8 earthquake hit the Lamora coast, killing three people.

The quake struck at 9:42 p.m. on Saturday about 15 km offshore, the Coastal Geophysics Centre said. A tsunami alert was sounded for coastal towns for around an hour before being withdrawn, the centre said.

About 400 people spent the night away from their homes. The regional government said 42 buildings had been declared unsafe.

"I thought the roof was coming down," said Lise Farr, who runs a bakery near the harbour. "Everything on the shelves ended up on the floor."

Brenna's mayor said the city would not be asking for national help unless more than 100 buildings proved unsafe.

The quake was the strongest to hit the coast since 1998. Seismologists said aftershocks of magnitude 4 or more could follow for several days.
""")
t("conflict", "denial", "p02_1", "Authorities issued a tsunami warning for the coast", "Authorities",
  "p02_2", "At no point was a tsunami warning issued for the coast", "Hanna Siv", "warning issued vs denied")
t("conflict", "denial", "p02_2", "At no point was a tsunami warning issued for the coast", "Hanna Siv",
  "p02_3", "A tsunami alert was sounded for coastal towns for around an hour", "the Coastal Geophysics Centre", "warning issued vs denied")
t("conflict", "number", "p02_1", "a 71-year-old man crushed by a falling balcony", "police",
  "p02_2", "a 77-year-old retired fisherman, was killed when a balcony fell", "his family", "age of the same victim")
t("conflict", "date", "p02_1", "shook the Lamora coast on Sunday evening", "",
  "p02_3", "The quake struck at 9:42 p.m. on Saturday about 15 km offshore", "the Coastal Geophysics Centre", "day of the quake")
t("conflict", "date", "p02_2", "The magnitude 5.8 quake struck at 9:42 p.m. on Sunday", "",
  "p02_3", "The quake struck at 9:42 p.m. on Saturday about 15 km offshore", "the Coastal Geophysics Centre", "day of the quake")
t("trap", "number", "p02_2", "Some 40 buildings have been declared unsafe", "Hanna Siv",
  "p02_3", "42 buildings had been declared unsafe", "The regional government", "rounding")
t("trap", "number", "p02_1", "a magnitude 6.0 quake killed 14 people", "",
  "p02_2", "killing three people", "", "background 1998 quake")
t("trap", "number", "p02_2", "About 60 people were hurt, 11 of them seriously", "",
  "p02_1", "injuring about 60, officials said", "officials", "total vs seriously injured")
t("trap", "number", "p02_3", "unless more than 100 buildings proved unsafe", "Brenna's mayor",
  "p02_2", "Some 40 buildings have been declared unsafe", "Hanna Siv", "hypothetical threshold")

# p03 warehouse fire, Millbrook (Thursday 2025-09-11)
doc("p03_1", "en", "2025-09-12", "Huge blaze destroys Millbrook warehouse", """
A huge fire destroyed a furniture warehouse on the Millbrook industrial estate on Thursday night, sending a plume of black smoke over the town.

More than 80 firefighters and 15 engines were sent to the site on Canal Road after the alarm was raised at 10:05 p.m., the county fire and rescue service said. The blaze was brought under control shortly after 3 a.m.

No one was hurt. Residents of about 50 nearby homes were told to keep windows and doors closed.

Group manager Paul Okafor said the cause was not yet known. "It is far too early to say how this started," he said. "An investigation will begin once the site is safe."

The warehouse, owned by Hartley Home Ltd, employed 35 people. It was the second large fire on the estate in three years: in 2022 a recycling plant there burned for two days.
""")
doc("p03_2", "en", "2025-09-12", "Police treat Millbrook warehouse fire as arson", """
Police are treating a fire that destroyed a warehouse in Millbrook overnight as arson, they said on Friday.

Detective Inspector Clare Dunn said two men had been seen running from the building minutes before the blaze was reported. "We are treating this fire as deliberate," she said, appealing for witnesses.

About 120 firefighters fought the flames at the height of the blaze, which started at around 10 p.m. on Thursday, according to the fire service. Nobody was injured.

The building's owner, Hartley Home, said it employed 53 people at the site and was working to move them to its other depots.

Some residents complained they had not been warned about the smoke. "Nobody knocked on our door," said Janet Price, 64, who lives on Canal Road.

A spokesman for Hartley Home said stock worth about £4 million had been lost.
""")
doc("p03_3", "en", None, "Firm rejects arson claims after Millbrook blaze", """
The owner of a Millbrook warehouse destroyed by fire on Thursday night has said there is no evidence the fire was started deliberately.

"There is no evidence at all that this fire was arson," Hartley Home chief executive Martin Lowe said on Friday. He said an electrical fault in a loading bay was the most likely cause.

The fire service said it had sent 80 firefighters to the site. The blaze, reported at 10:05 p.m., was under control by about 3 a.m.

Lowe said the company's 35 staff would be paid while it found new premises. Stock worth about £4m was destroyed.

The fire service said it would not comment on the cause until its investigation was complete, which could take several weeks. In 2022 a fire at a nearby recycling plant took 48 hours to put out.

Firefighters were still damping down hot spots on Friday afternoon.
""")
t("conflict", "number", "p03_1", "More than 80 firefighters and 15 engines were sent to the site", "the county fire and rescue service",
  "p03_2", "About 120 firefighters fought the flames", "the fire service", "firefighters 80 vs 120, same source")
t("conflict", "number", "p03_2", "About 120 firefighters fought the flames", "the fire service",
  "p03_3", "it had sent 80 firefighters to the site", "The fire service", "firefighters 80 vs 120")
t("conflict", "number", "p03_1", "The warehouse, owned by Hartley Home Ltd, employed 35 people", "",
  "p03_2", "it employed 53 people at the site", "Hartley Home", "staff 35 vs 53")
t("conflict", "number", "p03_2", "it employed 53 people at the site", "Hartley Home",
  "p03_3", "the company's 35 staff would be paid", "Martin Lowe", "staff 35 vs 53")
t("conflict", "denial", "p03_2", "We are treating this fire as deliberate", "Clare Dunn",
  "p03_3", "There is no evidence at all that this fire was arson", "Martin Lowe", "arson vs denial")
t("trap", "number", "p03_1", "after the alarm was raised at 10:05 p.m.", "the county fire and rescue service",
  "p03_2", "which started at around 10 p.m. on Thursday", "the fire service", "rounding of time")
t("trap", "number", "p03_2", "stock worth about £4 million had been lost", "A spokesman for Hartley Home",
  "p03_3", "Stock worth about £4m was destroyed", "", "same figure, other writing")
t("trap", "negation", "p03_1", "It is far too early to say how this started", "Paul Okafor",
  "p03_3", "an electrical fault in a loading bay was the most likely cause", "Martin Lowe", "unknown vs a hypothesis")
t("trap", "number", "p03_1", "a recycling plant there burned for two days", "",
  "p03_3", "took 48 hours to put out", "", "same background, other unit")
t("trap", "negation", "p03_1", "No one was hurt.", "",
  "p03_2", "Nobody knocked on our door", "Janet Price", "negations about different things")
