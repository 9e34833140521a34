from corpus_lib import doc, t

# p13 feu de forêt dans le Var (mardi 2025-07-22)
doc("p13_1", "fr", "2025-07-23", "Var : un incendie ravage 1 200 hectares près de Vidauban", """
Un violent incendie a parcouru 1 200 hectares de forêt mardi dans le Var, entre Vidauban et Le Luc, a indiqué la préfecture mercredi matin.

Près de 600 sapeurs-pompiers, appuyés par huit Canadair, ont été mobilisés. Le feu s'est déclaré vers 14 h 30 en bordure de l'autoroute A8, selon les pompiers, et a été attisé par un mistral soufflant à plus de 70 km/h.

Environ 1 500 personnes ont été évacuées, dont les occupants de deux campings. Aucune victime n'est à déplorer, mais trois pompiers ont été légèrement blessés.

« Le feu n'est pas fixé, la nuit va être longue », a déclaré le préfet, Jean-Marc Lemaire.

En 2021, l'incendie de Gonfaron avait détruit 7 000 hectares dans le même massif et fait deux morts.
""")
doc("p13_2", "fr", "2025-07-23", "Incendie dans le Var : 2 100 hectares brûlés, le feu fixé", """
L'incendie qui a éclaté mardi après-midi près de Vidauban a brûlé 2 100 hectares, a annoncé mercredi matin le service départemental d'incendie et de secours (SDIS) du Var, qui le considère désormais comme fixé.

« Le feu est fixé depuis 6 heures ce matin », a déclaré le colonel Patrick Vidal, qui dirige les opérations. Quelque 900 pompiers restaient mobilisés mercredi.

Selon le SDIS, le départ de feu a eu lieu vers 14 h 30 près de l'autoroute. Une enquête a été ouverte pour déterminer son origine ; la piste d'un mégot jeté d'une voiture est envisagée.

Deux campings ont été évacués mardi soir, soit au total près de 1 500 personnes. Trois pompiers ont été légèrement blessés.

Le département est classé en risque très sévère depuis le 10 juillet.
""")
doc("p13_3", "fr", None, "Var : le feu repart, le préfet réfute toute fixation", """
Le préfet du Var a démenti mercredi que l'incendie de Vidauban soit fixé, alors que des reprises de feu ont été signalées dans l'après-midi.

« Le feu n'est pas fixé, je le dis clairement », a affirmé Jean-Marc Lemaire lors d'un point presse à 15 heures. Il a indiqué que 1 200 hectares avaient brûlé depuis mardi.

Le feu, parti mardi vers 14 h 30, a mobilisé jusqu'à 650 pompiers et huit Canadair. Un homme de 42 ans a été placé en garde à vue mercredi soir, soupçonné d'avoir allumé un feu de broussailles.

Si le vent se lève à nouveau jeudi, jusqu'à 5 000 hectares pourraient être menacés, selon Météo-France.

Les 1 500 personnes évacuées ont pu regagner leur domicile, à l'exception des campeurs.
""")
t("conflict", "number", "p13_1", "Un violent incendie a parcouru 1 200 hectares de forêt", "la préfecture",
  "p13_2", "a brûlé 2 100 hectares", "le SDIS du Var", "surface 1 200 vs 2 100, même matin")
t("conflict", "number", "p13_2", "a brûlé 2 100 hectares", "le SDIS du Var",
  "p13_3", "1 200 hectares avaient brûlé depuis mardi", "Jean-Marc Lemaire", "surface 1 200 vs 2 100")
t("conflict", "denial", "p13_2", "Le feu est fixé depuis 6 heures ce matin", "Patrick Vidal",
  "p13_3", "Le feu n'est pas fixé, je le dis clairement", "Jean-Marc Lemaire", "fixé vs démenti")
t("update", "number", "p13_1", "Près de 600 sapeurs-pompiers, appuyés par huit Canadair", "",
  "p13_2", "Quelque 900 pompiers restaient mobilisés mercredi", "", "pompiers 600 mardi vs 900 mercredi (renforts possibles)")
t("conflict", "number", "p13_2", "Quelque 900 pompiers restaient mobilisés mercredi", "",
  "p13_3", "a mobilisé jusqu'à 650 pompiers", "", "900 encore mobilisés vs au plus 650")
t("update", "denial", "p13_1", "Le feu n'est pas fixé, la nuit va être longue", "Jean-Marc Lemaire",
  "p13_2", "Le feu est fixé depuis 6 heures ce matin", "Patrick Vidal", "mardi soir vs mercredi matin")
t("trap", "number", "p13_1", "Près de 600 sapeurs-pompiers", "",
  "p13_3", "a mobilisé jusqu'à 650 pompiers", "", "arrondi")
t("trap", "number", "p13_1", "l'incendie de Gonfaron avait détruit 7 000 hectares", "",
  "p13_2", "a brûlé 2 100 hectares", "le SDIS du Var", "rappel 2021")
t("trap", "number", "p13_3", "jusqu'à 5 000 hectares pourraient être menacés", "Météo-France",
  "p13_1", "a parcouru 1 200 hectares de forêt mardi", "la préfecture", "hypothèse")
t("trap", "number", "p13_1", "Environ 1 500 personnes ont été évacuées", "",
  "p13_2", "soit au total près de 1 500 personnes", "", "même chiffre")
t("trap", "negation", "p13_1", "Aucune victime n'est à déplorer", "",
  "p13_2", "Trois pompiers ont été légèrement blessés", "", "victime = mort, compatible")

# p14 incendie d'immeuble à Villeurbanne (nuit de samedi à dimanche 2025-11-16)
doc("p14_1", "fr", "2025-11-16", "Villeurbanne : deux morts dans l'incendie d'un immeuble", """
Deux personnes sont mortes dans l'incendie d'un immeuble de la rue Francis-de-Pressensé, à Villeurbanne, dans la nuit de samedi à dimanche, a-t-on appris auprès des pompiers du Rhône.

Le feu s'est déclaré vers 3 heures au rez-de-chaussée, dans un local à poubelles, avant de se propager par la cage d'escalier. Une femme de 34 ans et son fils de 6 ans ont péri, intoxiqués par les fumées.

Quinze personnes ont été légèrement intoxiquées et 70 pompiers ont été engagés.

« L'incendie est d'origine criminelle, cela ne fait guère de doute », a estimé le maire, Cédric Van Styvendael, évoquant une série de feux de poubelles dans le quartier.

En 2022, un incendie dans le même quartier avait fait dix blessés.
""")
doc("p14_2", "fr", "2025-11-16", "Incendie mortel à Villeurbanne : trois victimes", """
Trois personnes, dont un enfant, ont trouvé la mort dimanche vers 3 heures du matin dans l'incendie d'un immeuble de six étages à Villeurbanne, selon la préfecture du Rhône.

Le feu a pris dans un local à poubelles et s'est propagé par la cage d'escalier. Les victimes, une mère de 34 ans, son fils de 8 ans et un voisin âgé de 71 ans, ont été retrouvées au troisième étage.

Une quinzaine de personnes ont été prises en charge par les secours.

Le parquet de Lyon a ouvert une enquête. « À ce stade, aucune piste n'est privilégiée et rien ne permet de dire que l'incendie est volontaire », a indiqué la procureure, Laure Fabre.

Les 40 familles de l'immeuble ont été relogées provisoirement.
""")
doc("p14_3", "fr", None, "Villeurbanne : après l'incendie, la colère des habitants", """
Au lendemain de l'incendie qui a fait deux morts dans un immeuble de Villeurbanne, des habitants dénoncent l'état de l'immeuble.

« Les détecteurs de fumée ne fonctionnaient plus depuis des mois, on l'avait signalé », affirme Samia, 45 ans, locataire au deuxième étage. Le bailleur, Est Métropole Habitat, assure au contraire que les détecteurs avaient été vérifiés en septembre.

Les victimes sont une femme de 34 ans et son fils de 6 ans. Un voisin de 71 ans, gravement intoxiqué, est toujours hospitalisé.

Selon les pompiers, le feu est parti du local à poubelles vers 3 heures dimanche. Une centaine de pompiers ont été mobilisés.

Une marche blanche est prévue samedi prochain.
""")
t("conflict", "number", "p14_1", "Deux personnes sont mortes dans l'incendie d'un immeuble", "les pompiers du Rhône",
  "p14_2", "Trois personnes, dont un enfant, ont trouvé la mort", "la préfecture du Rhône", "bilan 2 vs 3")
t("conflict", "number", "p14_2", "Trois personnes, dont un enfant, ont trouvé la mort", "la préfecture du Rhône",
  "p14_3", "l'incendie qui a fait deux morts dans un immeuble", "", "bilan 2 vs 3")
t("conflict", "number", "p14_1", "Une femme de 34 ans et son fils de 6 ans ont péri", "",
  "p14_2", "une mère de 34 ans, son fils de 8 ans et un voisin", "", "âge 6 vs 8")
t("conflict", "number", "p14_2", "une mère de 34 ans, son fils de 8 ans et un voisin", "",
  "p14_3", "Les victimes sont une femme de 34 ans et son fils de 6 ans", "", "âge 6 vs 8")
t("conflict", "antonym", "p14_1", "L'incendie est d'origine criminelle, cela ne fait guère de doute", "Cédric Van Styvendael",
  "p14_2", "rien ne permet de dire que l'incendie est volontaire", "Laure Fabre", "criminel vs rien ne permet")
t("conflict", "number", "p14_1", "70 pompiers ont été engagés", "",
  "p14_3", "Une centaine de pompiers ont été mobilisés", "les pompiers", "70 vs une centaine")
t("trap", "number", "p14_1", "Quinze personnes ont été légèrement intoxiquées", "",
  "p14_2", "Une quinzaine de personnes ont été prises en charge", "", "même chiffre, arrondi")
t("trap", "number", "p14_1", "un incendie dans le même quartier avait fait dix blessés", "",
  "p14_2", "Trois personnes, dont un enfant, ont trouvé la mort", "la préfecture du Rhône", "rappel 2022")
t("conflict", "denial", "p14_3", "Les détecteurs de fumée ne fonctionnaient plus depuis des mois", "Samia",
  "p14_3", "les détecteurs avaient été vérifiés en septembre", "Est Métropole Habitat", "deux sources dans le même document")
t("trap", "number", "p14_2", "un immeuble de six étages", "",
  "p14_2", "ont été retrouvées au troisième étage", "", "nombres de choses différentes")
t("trap", "date", "p14_1", "dans la nuit de samedi à dimanche", "",
  "p14_2", "ont trouvé la mort dimanche vers 3 heures du matin", "", "même moment")

# p15 grève des contrôleurs aériens (jeudi 2025-09-18)
doc("p15_1", "fr", "2025-09-18", "Grève des aiguilleurs du ciel : la moitié des vols annulés à Orly", """
La moitié des vols ont été annulés jeudi à l'aéroport d'Orly en raison d'une grève des contrôleurs aériens, a indiqué la Direction générale de l'aviation civile (DGAC).

La DGAC avait demandé mardi aux compagnies de réduire de 50 % leurs programmes de vols à Orly et de 30 % à Marseille et Nice. Le mouvement, lancé par le SNCTA, premier syndicat de la profession, doit durer jusqu'à vendredi soir.

Les contrôleurs réclament des renforts d'effectifs et une revalorisation de leurs primes. « Il manque 300 contrôleurs », affirme le syndicat.

À Roissy-Charles-de-Gaulle, le trafic était quasi normal. Ryanair a dénoncé « une prise d'otages des passagers » et annoncé l'annulation de 400 vols.

La dernière grève d'ampleur, en 2023, avait entraîné l'annulation de 2 000 vols en une journée.
""")
doc("p15_2", "fr", "2025-09-18", "Contrôle aérien : un quart des vols annulés, selon la DGAC", """
Environ un quart des vols prévus à Orly ont été annulés jeudi, premier jour de la grève des contrôleurs aériens, a indiqué la DGAC en fin de matinée.

Le ministre des Transports, Bruno Castel, a appelé le syndicat à « la responsabilité ». « Les négociations ne sont pas rompues, ma porte est ouverte », a-t-il déclaré.

Selon la DGAC, le mouvement doit prendre fin samedi matin. Le SNCTA réclame le recrutement de 300 contrôleurs supplémentaires d'ici 2027.

La compagnie Ryanair a annulé environ 400 vols, principalement vers l'Espagne et l'Italie.

En 2023, une grève similaire avait entraîné quelque 2 000 annulations.
""")
doc("p15_3", "fr", None, "Aiguilleurs du ciel : le syndicat claque la porte des négociations", """
Le SNCTA a annoncé jeudi qu'il quittait la table des négociations avec le ministère des Transports, au premier jour d'une grève qui perturbe fortement le trafic aérien.

« Les négociations sont rompues, le ministre ne nous a rien proposé », a déclaré le secrétaire général du syndicat, Olivier Brun. Il a assuré que le mouvement serait reconduit la semaine prochaine si rien ne bougeait.

À Orly, la DGAC a demandé aux compagnies de supprimer la moitié de leurs vols. Des centaines de passagers patientaient dans les halls.

Le ministère a rappelé qu'il avait proposé en juillet une hausse de 5 % des primes, jugée insuffisante par le syndicat, qui demande 12 %.

Air France a précisé que ses vols long-courriers n'étaient pas touchés.
""")
t("conflict", "number", "p15_1", "La moitié des vols ont été annulés jeudi à l'aéroport d'Orly", "la DGAC",
  "p15_2", "Environ un quart des vols prévus à Orly ont été annulés jeudi", "la DGAC", "moitié vs un quart, même source")
t("conflict", "date", "p15_1", "doit durer jusqu'à vendredi soir", "",
  "p15_2", "le mouvement doit prendre fin samedi matin", "la DGAC", "fin vendredi soir vs samedi matin")
t("conflict", "denial", "p15_2", "Les négociations ne sont pas rompues, ma porte est ouverte", "Bruno Castel",
  "p15_3", "Les négociations sont rompues, le ministre ne nous a rien proposé", "Olivier Brun", "rompues vs pas rompues")
t("conflict", "number", "p15_2", "Environ un quart des vols prévus à Orly ont été annulés jeudi", "la DGAC",
  "p15_3", "la DGAC a demandé aux compagnies de supprimer la moitié de leurs vols", "la DGAC", "quart vs moitié")
t("trap", "number", "p15_1", "réduire de 50 % leurs programmes de vols à Orly", "La DGAC",
  "p15_2", "Environ un quart des vols prévus à Orly", "la DGAC", "50 % demandé (p15_1 conflit porté par une autre phrase); 30 % autre aéroport")
t("trap", "number", "p15_1", "avait entraîné l'annulation de 2 000 vols en une journée", "",
  "p15_2", "Ryanair a annulé environ 400 vols", "", "rappel 2023")
t("trap", "number", "p15_1", "Il manque 300 contrôleurs", "le syndicat",
  "p15_2", "le recrutement de 300 contrôleurs supplémentaires d'ici 2027", "Le SNCTA", "même chiffre")
t("trap", "number", "p15_3", "une hausse de 5 % des primes", "Le ministère",
  "p15_3", "qui demande 12 %", "le syndicat", "offre vs demande")
t("trap", "negation", "p15_3", "ses vols long-courriers n'étaient pas touchés", "Air France",
  "p15_1", "le trafic était quasi normal", "", "compatibles")

# p16 grève des enseignants (mardi 2025-10-07)
doc("p16_1", "fr", "2025-10-07", "Grève dans l'éducation : 25 % de grévistes selon le ministère", """
Le ministère de l'Éducation nationale a recensé 25 % d'enseignants grévistes dans les écoles primaires mardi, lors d'une journée de mobilisation contre les suppressions de postes prévues au budget 2026.

Dans les collèges et lycées, le taux était de 19 %, selon la même source. Les syndicats avancent des chiffres bien plus élevés : le SNUipp-FSU revendique 60 % de grévistes dans le primaire.

Le projet de budget prévoit la suppression de 4 000 postes d'enseignants à la rentrée prochaine. Le ministère justifie cette mesure par la baisse du nombre d'élèves.

Des manifestations ont eu lieu dans plusieurs villes. À Paris, le cortège est parti de la place du Luxembourg à 14 heures.

Lors de la précédente journée de grève, le 1er février 2024, le ministère avait compté 31 % de grévistes dans le primaire.
""")
doc("p16_2", "fr", "2025-10-07", "Écoles : six enseignants sur dix en grève, selon les syndicats", """
Six enseignants du primaire sur dix étaient en grève mardi, selon le SNUipp-FSU, premier syndicat du secteur, qui dénonce la suppression de 4 000 postes.

« C'est une mobilisation massive, à la hauteur de la colère », a déclaré sa porte-parole, Sophie Garnier. Le ministère, lui, a compté 25 % de grévistes dans les écoles.

Dans le secondaire, le SNES-FSU annonce 45 % de grévistes, contre 19 % selon le ministère.

Le ministre, Éric Perrin, a assuré qu'aucune classe ne fermerait en zone rurale. « Il n'y aura aucune fermeture de classe dans les communes de moins de 2 000 habitants », a-t-il dit.

Une nouvelle journée d'action est envisagée en novembre.
""")
doc("p16_3", "fr", None, "Grève des profs : des fermetures de classes rurales déjà actées", """
Malgré les assurances du ministre, des fermetures de classes sont déjà prévues dans des villages, affirment les syndicats, au lendemain de la grève de mardi.

« Dans l'Allier, douze classes rurales fermeront en septembre, dans des communes de moins de 2 000 habitants », affirme Marc Delorme, du SNUipp de l'Allier.

La grève a été suivie par 25 % des enseignants du primaire selon le ministère, et par 60 % selon le SNUipp-FSU.

Le gouvernement prévoit la suppression de 4 000 postes. Le ministère rappelle que le primaire a perdu 300 000 élèves depuis 2018.

Selon un sondage publié lundi, 62 % des parents soutiennent le mouvement.
""")
t("conflict", "number", "p16_1", "a recensé 25 % d'enseignants grévistes dans les écoles primaires mardi", "Le ministère de l'Éducation nationale",
  "p16_2", "Six enseignants du primaire sur dix étaient en grève mardi, selon le SNUipp-FSU", "le SNUipp-FSU", "25 % ministère vs 60 % syndicat (deux sources)")
t("conflict", "number", "p16_2", "Six enseignants du primaire sur dix étaient en grève mardi, selon le SNUipp-FSU", "le SNUipp-FSU",
  "p16_3", "La grève a été suivie par 25 % des enseignants du primaire selon le ministère", "le ministère", "25 % vs 60 % (deux sources)")
t("conflict", "number", "p16_1", "le SNUipp-FSU revendique 60 % de grévistes dans le primaire", "le SNUipp-FSU",
  "p16_2", "Le ministère, lui, a compté 25 % de grévistes dans les écoles", "Le ministère", "60 % vs 25 % (deux sources)")
t("conflict", "number", "p16_1", "a recensé 25 % d'enseignants grévistes dans les écoles primaires mardi", "Le ministère de l'Éducation nationale",
  "p16_3", "et par 60 % selon le SNUipp-FSU", "le SNUipp-FSU", "25 % vs 60 % (deux sources)")
t("conflict", "number", "p16_1", "le SNUipp-FSU revendique 60 % de grévistes dans le primaire", "le SNUipp-FSU",
  "p16_3", "La grève a été suivie par 25 % des enseignants du primaire selon le ministère", "le ministère", "60 % vs 25 % (deux sources)")
t("conflict", "number", "p16_2", "Le ministère, lui, a compté 25 % de grévistes dans les écoles", "Le ministère",
  "p16_3", "et par 60 % selon le SNUipp-FSU", "le SNUipp-FSU", "25 % vs 60 % (deux sources)")
t("conflict", "denial", "p16_2", "Il n'y aura aucune fermeture de classe dans les communes", "Éric Perrin",
  "p16_3", "douze classes rurales fermeront en septembre, dans des communes de moins de 2 000 habitants", "Marc Delorme", "fermetures niées vs annoncées")
t("trap", "number", "p16_1", "le ministère avait compté 31 % de grévistes dans le primaire", "le ministère",
  "p16_2", "Le ministère, lui, a compté 25 % de grévistes dans les écoles", "Le ministère", "rappel 2024")
t("conflict", "number", "p16_1", "le taux était de 19 %, selon la même source", "le ministère",
  "p16_2", "le SNES-FSU annonce 45 % de grévistes", "le SNES-FSU", "secondaire 19 % ministère vs 45 % syndicat (deux sources)")
t("trap", "number", "p16_1", "la suppression de 4 000 postes d'enseignants", "",
  "p16_3", "Le gouvernement prévoit la suppression de 4 000 postes", "", "même chiffre")
t("trap", "number", "p16_3", "62 % des parents soutiennent le mouvement", "un sondage",
  "p16_2", "Six enseignants du primaire sur dix étaient en grève mardi", "le SNUipp-FSU", "autre quantité")
t("trap", "number", "p16_3", "le primaire a perdu 300 000 élèves depuis 2018", "Le ministère",
  "p16_1", "la suppression de 4 000 postes d'enseignants", "", "autre quantité")
