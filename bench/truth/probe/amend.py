# Amendments made AFTER the first scoring run (the corpus texts and every label above were committed
# before storycheck was run; see README.md). Two kinds, both marked in the note column so that
# bench/score_probe.py --strict can ignore them:
#  1. alternative quotes ("alt of #N: ..."): the same clash stated in another sentence of the same
#     document (a lede restating a quote, a "denied that..." summary). Written by rereading every
#     article for restatements, not only those the tool found. A report on an alternative counts as a
#     correct report; for recall the primary line and its alternatives count once.
#  2. "post-run:" lines: two named sources disagreeing on a figure inside one article (police vs
#     organisers), which the committed truth listed across articles only; the README's own rule makes
#     them conflicts.
from corpus_lib import t

ALTS = [
    ("p01_1", "The number of dead stands at 12 this evening", "killing at least 12 people and leaving hundreds without shelter", "the regional emergency service"),
    ("p01_2", "19 bodies had been recovered", "has risen to 19, the regional governor said on Tuesday evening", "the regional governor"),
    ("p02_2", "At no point was a tsunami warning issued for the coast", "no tsunami warning had been issued after Sunday night's earthquake", "Officials on the Lamora coast"),
    ("p03_2", "We are treating this fire as deliberate", "Police are treating a fire that destroyed a warehouse in Millbrook overnight as arson", "Police"),
    ("p03_3", "There is no evidence at all that this fire was arson", "there is no evidence the fire was started deliberately", "The owner of a Millbrook warehouse"),
    ("p04_2", "There was no alarm, nothing", "Residents said the smoke alarms did not go off", "Residents"),
    ("p04_3", "The alarms worked; we have checked them", "He said smoke alarms in the corridors had sounded", "Daniel Reyes"),
    ("p05_1", "Eighty percent of services have been cancelled today", "Most Northern Railways trains were cancelled on Monday", "the drivers' union"),
    ("p05_2", "Forty percent of services were cancelled", "Northern Railways said 60% of its trains were running on Monday", "Northern Railways"),
    ("p05_2", "We have no plans to put managers in cabs", "The company denied that it was planning to use managers to drive trains", "The company"),
    ("p05_3", "Managers have been driving trains out of Leeford depot this morning", "Striking drivers accused Northern Railways on Monday of using managers to drive trains", "Striking drivers"),
    ("p07_3", "I will not concede while hundreds of postal votes remain unexplained", "has refused to concede after losing", ""),
    ("p07_3", "has refused to concede after losing", "I will not concede while hundreds of postal votes remain unexplained", "Richard Hale"),
    ("p08_3", "There is no agreement with Riverside for Luka Kovac", "Porto Azul have denied reaching an agreement with Riverside United", "Porto Azul"),
    ("p09_3", "We have no plan to cut 2,000 jobs", "denied on Thursday that the company was planning large job cuts", "Norvik Telecom's chief executive"),
    ("p10_3", "The decision has been taken and it will not be reversed", "the decision to close Kingsport's maternity unit was final", "The head of the regional health board"),
    ("p12_3", "We have no record of any injury", "Brightway has denied that anyone was injured", "Brightway"),
    ("p13_2", "Le feu est fixé depuis 6 heures ce matin", "qui le considère désormais comme fixé", "le SDIS du Var"),
    ("p13_3", "Le feu n'est pas fixé, je le dis clairement", "a démenti mercredi que l'incendie de Vidauban soit fixé", "Le préfet du Var"),
    ("p15_3", "Les négociations sont rompues, le ministre ne nous a rien proposé", "qu'il quittait la table des négociations", "Le SNCTA"),
    ("p16_2", "Il n'y aura aucune fermeture de classe dans les communes", "a assuré qu'aucune classe ne fermerait en zone rurale", "Le ministre, Éric Perrin"),
    ("p16_3", "douze classes rurales fermeront en septembre, dans des communes de moins de 2 000 habitants", "des fermetures de classes sont déjà prévues dans des villages", "les syndicats"),
    ("p17_3", "tandis que son co-accusé a été acquitté", "Yanis T. est ressorti libre du tribunal", ""),
    ("p18_2", "Je ne reconnais pas ce résultat", "annonce qu'il va saisir le tribunal administratif", "Bernard Lefèvre"),
    ("p20_3", "Aucune fermeture d'usine n'est prévue en France", "Dole et Vierzon ont un avenir dans le groupe", "Thomas Girard"),
    ("p20_2", "prépare la fermeture de deux usines en France d'ici 2027", "Les sites concernés seraient ceux de Dole", "documents internes"),
    ("p22_3", "Plusieurs conducteurs roulaient bien trop vite pour les conditions", "La vitesse excessive de plusieurs véhicules a joué un rôle", "les gendarmes"),
    ("p23_3", "la production de camemberts n'a jamais été interrompue", "On a continué à mouler tous les jours", "un employé"),
    ("p24_2", "Aucun accord n'a été signé ni même paraphé", "a démenti jeudi soir qu'un accord sur un cessez-le-feu permanent", "Le ministère des Affaires étrangères de Vesna"),
    ("p24_3", "Le texte est paraphé par les deux délégations", "La Norlandie a confirmé vendredi la conclusion d'un accord", "La Norlandie"),
]
# Two entries of the first list were kept out by a filter here and are now gone (see git
# history): a p12_1 entry (p12_1 has no "no record" sentence, a slip) and a p21_3 no-op.
# each entry: (document, primary quote, alternative quote, speaker of the alternative)

POST = "post-run: two sources in one article"
# each entry: (document, figure of one source, that source, figure of the other, the other)
TWO_SOURCES = [
    ("p10_1", "Police put the crowd at 5,000", "Police",
     "Organisers said 20,000 people took part", "Organisers"),
    ("p10_2", "About 8,000 people joined the march, according to local police", "local police",
     "claimed a turnout of 20,000", "The organisers, the Save St Anne's campaign"),
    ("p16_1", "a recensé 25 % d'enseignants grévistes dans les écoles primaires mardi", "Le ministère de l'Éducation nationale",
     "le SNUipp-FSU revendique 60 % de grévistes dans le primaire", "le SNUipp-FSU"),
    ("p16_2", "Six enseignants du primaire sur dix étaient en grève mardi, selon le SNUipp-FSU", "le SNUipp-FSU",
     "Le ministère, lui, a compté 25 % de grévistes dans les écoles", "Le ministère"),
    ("p16_2", "le SNES-FSU annonce 45 % de grévistes", "le SNES-FSU",
     "contre 19 % selon le ministère", "le ministère"),
    ("p16_3", "La grève a été suivie par 25 % des enseignants du primaire selon le ministère", "le ministère",
     "et par 60 % selon le SNUipp-FSU", "le SNUipp-FSU"),
    ("p21_1", "Quelque 15 000 personnes ont manifesté samedi à Marseille", "la préfecture de police",
     "Les syndicats revendiquent 60 000 participants", "Les syndicats"),
    ("p21_2", "Nous étions 60 000 dans les rues de Marseille", "Nadia Benali",
     "La préfecture a compté 15 000 manifestants", "La préfecture"),
]
for doc_id, qa, sa, qb, sb in TWO_SOURCES:
    t("conflict", "number", doc_id, qa, sa, doc_id, qb, sb, POST)
