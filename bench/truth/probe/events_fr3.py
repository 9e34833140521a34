from corpus_lib import doc, t

# p20 résultats d'entreprise : groupe Valmonde (jeudi 2025-07-24)
doc("p20_1", "fr", "2025-07-24", "Valmonde : le bénéfice semestriel recule de 8 %", """
Le groupe agroalimentaire Valmonde a annoncé jeudi un bénéfice net de 214 millions d'euros au premier semestre, en recul de 8 % sur un an, pénalisé par la hausse du prix du cacao.

Le chiffre d'affaires a progressé de 4 %, à 3,9 milliards d'euros, porté par les hausses de prix. Les volumes vendus ont en revanche baissé de 2 %.

Le directeur général, Thomas Girard, a confirmé l'objectif annuel d'une marge opérationnelle « supérieure à 11 % ». Le groupe emploie 21 000 salariés dans le monde, dont 6 500 en France.

À la Bourse de Paris, l'action perdait 3,2 % en fin de matinée.

Il y a un an, Valmonde avait annoncé la fermeture de son usine de Saint-Quentin, qui employait 180 personnes.
""")
doc("p20_2", "fr", "2025-07-24", "Valmonde prévoit de fermer deux usines en France", """
Le groupe Valmonde prépare la fermeture de deux usines en France d'ici 2027, menaçant environ 600 emplois, selon des documents internes consultés par notre rédaction.

Les sites concernés seraient ceux de Dole (Jura) et de Vierzon (Cher). Le projet doit être présenté aux syndicats à l'automne.

Valmonde a publié jeudi des résultats semestriels en demi-teinte : un bénéfice net de 241 millions d'euros, en recul de 8 %, pour un chiffre d'affaires de 3,9 milliards.

Le groupe, qui emploie 21 000 personnes, dont 6 500 en France, a racheté l'an dernier le confiseur belge Dewitte pour 450 millions d'euros.

L'action a clôturé en baisse de 4,1 %.
""")
doc("p20_3", "fr", None, "Valmonde dément tout projet de fermeture d'usine", """
« Aucune fermeture d'usine n'est prévue en France », a assuré jeudi le directeur général de Valmonde, Thomas Girard, interrogé sur des informations de presse évoquant la fermeture de deux sites.

« Dole et Vierzon ont un avenir dans le groupe », a-t-il ajouté lors de la conférence téléphonique consacrée aux résultats semestriels.

Le groupe a dégagé un bénéfice net de 214 millions d'euros, en recul de 8 %. Son chiffre d'affaires a augmenté de 4 %, à 3,9 milliards d'euros.

Les syndicats restent méfiants. « On nous avait dit la même chose avant Saint-Quentin », rappelle un délégué CFDT. L'usine de l'Aisne a fermé l'an dernier, supprimant 180 postes.

Le titre a terminé la séance en baisse de 4,1 %, à 58,20 euros.
""")
t("conflict", "number", "p20_1", "un bénéfice net de 214 millions d'euros au premier semestre", "",
  "p20_2", "un bénéfice net de 241 millions d'euros, en recul de 8 %", "", "bénéfice 214 vs 241")
t("conflict", "number", "p20_2", "un bénéfice net de 241 millions d'euros, en recul de 8 %", "",
  "p20_3", "Le groupe a dégagé un bénéfice net de 214 millions d'euros", "", "bénéfice 214 vs 241")
t("conflict", "denial", "p20_2", "prépare la fermeture de deux usines en France d'ici 2027", "documents internes",
  "p20_3", "Aucune fermeture d'usine n'est prévue en France", "Thomas Girard", "fermetures démenties")
t("trap", "number", "p20_1", "l'action perdait 3,2 % en fin de matinée", "",
  "p20_2", "L'action a clôturé en baisse de 4,1 %", "", "matinée vs clôture")
t("trap", "number", "p20_1", "Les volumes vendus ont en revanche baissé de 2 %", "",
  "p20_3", "Son chiffre d'affaires a augmenté de 4 %", "", "volumes vs chiffre d'affaires")
t("trap", "number", "p20_1", "qui employait 180 personnes", "",
  "p20_2", "menaçant environ 600 emplois", "documents internes", "fermeture passée vs projet")
t("trap", "number", "p20_2", "le confiseur belge Dewitte pour 450 millions d'euros", "",
  "p20_3", "un bénéfice net de 214 millions d'euros, en recul de 8 %", "", "autre quantité")
t("trap", "number", "p20_1", "Le groupe emploie 21 000 salariés dans le monde, dont 6 500 en France", "",
  "p20_2", "qui emploie 21 000 personnes, dont 6 500 en France", "", "mêmes chiffres")

# p21 manifestation contre la réforme des retraites complémentaires, Marseille (samedi 2025-04-05)
doc("p21_1", "fr", "2025-04-05", "Marseille : 15 000 manifestants selon la préfecture", """
Quelque 15 000 personnes ont manifesté samedi à Marseille contre la réforme de l'assurance chômage, selon la préfecture de police des Bouches-du-Rhône. Les syndicats revendiquent 60 000 participants.

Le cortège est parti du Vieux-Port à 10 h 30 et s'est dispersé vers 13 heures à la porte d'Aix. La préfecture fait état de six interpellations après des dégradations de vitrines.

« Cette réforme va appauvrir des centaines de milliers de chômeurs », a dénoncé Nadia Benali, secrétaire départementale de la CGT.

Lors de la précédente journée de mobilisation, le 13 mars, la préfecture avait compté 9 000 manifestants.

Une nouvelle journée est prévue le 17 avril.
""")
doc("p21_2", "fr", "2025-04-05", "Réforme du chômage : 60 000 manifestants à Marseille, selon la CGT", """
« Nous étions 60 000 dans les rues de Marseille », s'est félicitée samedi Nadia Benali, de la CGT, au terme d'une manifestation contre la réforme de l'assurance chômage.

La préfecture a compté 15 000 manifestants. Aucune interpellation n'a eu lieu, a précisé la préfecture en fin d'après-midi.

Le défilé s'est déroulé dans le calme entre le Vieux-Port et la porte d'Aix. Des manifestations ont également eu lieu à Toulon, Avignon et Nice.

Le gouvernement a prévu une entrée en vigueur de la réforme le 1er juillet. Selon l'Unédic, elle permettrait d'économiser 3,6 milliards d'euros par an.

La CGT et FO appellent à une nouvelle mobilisation le 17 avril.
""")
doc("p21_3", "fr", None, "Manifestation à Marseille : le préfet salue le calme, la CGT dénonce des violences policières", """
Le préfet de police des Bouches-du-Rhône a salué samedi soir « une manifestation calme », tandis que la CGT a dénoncé des charges policières en fin de cortège.

« Il n'y a eu aucune charge, les forces de l'ordre sont restées en retrait », a assuré la préfecture.

« Des militants ont été chargés sans raison rue d'Aix », affirme au contraire la CGT, qui dit avoir recensé trois blessés.

Selon la préfecture, 15 000 personnes ont défilé. Six personnes ont été interpellées pour des dégradations.

La réforme, qui doit entrer en vigueur le 1er juillet, réduit de 25 % la durée d'indemnisation des demandeurs d'emploi de plus de 55 ans.
""")
t("conflict", "number", "p21_1", "Quelque 15 000 personnes ont manifesté samedi à Marseille", "la préfecture de police",
  "p21_2", "Nous étions 60 000 dans les rues de Marseille", "Nadia Benali", "15 000 préfecture vs 60 000 syndicats (deux sources)")
t("conflict", "number", "p21_2", "Nous étions 60 000 dans les rues de Marseille", "Nadia Benali",
  "p21_3", "Selon la préfecture, 15 000 personnes ont défilé", "la préfecture", "15 000 vs 60 000 (deux sources)")
t("conflict", "number", "p21_1", "Les syndicats revendiquent 60 000 participants", "Les syndicats",
  "p21_2", "La préfecture a compté 15 000 manifestants", "La préfecture", "60 000 vs 15 000 (deux sources)")
t("conflict", "number", "p21_1", "Les syndicats revendiquent 60 000 participants", "Les syndicats",
  "p21_3", "Selon la préfecture, 15 000 personnes ont défilé", "la préfecture", "60 000 vs 15 000 (deux sources)")
t("conflict", "number", "p21_1", "La préfecture fait état de six interpellations", "La préfecture",
  "p21_2", "Aucune interpellation n'a eu lieu", "la préfecture", "six interpellations vs aucune")
t("conflict", "number", "p21_2", "Aucune interpellation n'a eu lieu", "la préfecture",
  "p21_3", "Six personnes ont été interpellées pour des dégradations", "la préfecture", "six interpellations vs aucune")
t("conflict", "denial", "p21_3", "Il n'y a eu aucune charge, les forces de l'ordre sont restées en retrait", "la préfecture",
  "p21_3", "Des militants ont été chargés sans raison rue d'Aix", "la CGT", "dans le même document")
t("trap", "number", "p21_1", "la préfecture avait compté 9 000 manifestants", "la préfecture",
  "p21_2", "La préfecture a compté 15 000 manifestants", "La préfecture", "rappel 13 mars")
t("trap", "date", "p21_1", "Une nouvelle journée est prévue le 17 avril", "",
  "p21_2", "appellent à une nouvelle mobilisation le 17 avril", "La CGT et FO", "même date")
t("trap", "number", "p21_2", "elle permettrait d'économiser 3,6 milliards d'euros par an", "l'Unédic",
  "p21_3", "réduit de 25 % la durée d'indemnisation", "", "autres quantités")
t("trap", "number", "p21_1", "Quelque 15 000 personnes ont manifesté samedi à Marseille", "la préfecture",
  "p21_3", "Selon la préfecture, 15 000 personnes ont défilé", "la préfecture", "même chiffre")
t("trap", "antonym", "p21_2", "Le défilé s'est déroulé dans le calme", "",
  "p21_1", "six interpellations après des dégradations de vitrines", "La préfecture", "calme et dégradations: tension faible, non retenue")

# p22 carambolage sur l'A7 près de Montélimar (lundi 2025-11-24)
doc("p22_1", "fr", "2025-11-24", "Carambolage sur l'A7 : un mort et 27 blessés dans le brouillard", """
Un carambolage impliquant une trentaine de véhicules a fait un mort et 27 blessés lundi matin sur l'autoroute A7, près de Montélimar (Drôme), dans un épais brouillard, selon la préfecture.

L'accident s'est produit vers 7 h 45 dans le sens nord-sud. La victime, un chauffeur routier de 52 ans, a été tué sur le coup. Quatre blessés sont en urgence absolue.

L'autoroute a été fermée pendant près de six heures entre Loriol et Montélimar-Nord, provoquant jusqu'à 15 km de bouchons.

« La visibilité était inférieure à 50 mètres », a indiqué un gendarme.

En novembre 2019, un accident similaire avait fait trois morts sur la même portion.
""")
doc("p22_2", "fr", "2025-11-24", "A7 : deux morts dans un carambolage géant", """
Deux personnes ont perdu la vie lundi dans un carambolage impliquant 32 véhicules sur l'A7 à hauteur de Montélimar, a annoncé le procureur de Valence, Olivier Pagès.

Parmi les victimes figure un chauffeur routier de 52 ans. La seconde victime, une femme d'une quarantaine d'années, est décédée à l'hôpital de Valence.

Vingt-sept personnes ont été blessées, dont quatre grièvement, selon les pompiers. Une enquête a été ouverte pour homicide involontaire.

Le procureur a écarté la piste d'un excès de vitesse généralisé : « Rien n'indique à ce stade que les véhicules roulaient trop vite. »

L'A7 a rouvert à la circulation vers 13 h 30.
""")
doc("p22_3", "fr", None, "Carambolage de l'A7 : le brouillard et la vitesse en cause, selon les gendarmes", """
La vitesse excessive de plusieurs véhicules a joué un rôle dans le carambolage de lundi sur l'A7, selon les premières constatations des gendarmes.

« Plusieurs conducteurs roulaient bien trop vite pour les conditions », a déclaré le colonel Henri Fabre, commandant du groupement de gendarmerie de la Drôme.

L'accident, survenu mardi vers 7 h 45, a fait un mort, un chauffeur routier de 52 ans, et 27 blessés.

Environ 30 véhicules, dont six poids lourds, ont été impliqués. Les dépanneuses ont travaillé jusqu'en début d'après-midi.

Si le brouillard se reforme, la vitesse sera abaissée à 70 km/h sur ce tronçon, a annoncé la préfecture.
""")
t("conflict", "number", "p22_1", "a fait un mort et 27 blessés lundi matin", "la préfecture",
  "p22_2", "Deux personnes ont perdu la vie lundi", "Olivier Pagès", "bilan 1 vs 2")
t("conflict", "number", "p22_2", "Deux personnes ont perdu la vie lundi", "Olivier Pagès",
  "p22_3", "a fait un mort, un chauffeur routier de 52 ans, et 27 blessés", "", "bilan 1 vs 2")
t("conflict", "denial", "p22_2", "Rien n'indique à ce stade que les véhicules roulaient trop vite", "Olivier Pagès",
  "p22_3", "Plusieurs conducteurs roulaient bien trop vite pour les conditions", "Henri Fabre", "vitesse niée vs affirmée")
t("conflict", "date", "p22_1", "a fait un mort et 27 blessés lundi matin", "la préfecture",
  "p22_3", "L'accident, survenu mardi vers 7 h 45", "", "lundi vs mardi")
t("conflict", "date", "p22_2", "Deux personnes ont perdu la vie lundi", "Olivier Pagès",
  "p22_3", "L'accident, survenu mardi vers 7 h 45", "", "lundi vs mardi")
t("trap", "number", "p22_1", "Un carambolage impliquant une trentaine de véhicules", "la préfecture",
  "p22_2", "un carambolage impliquant 32 véhicules", "Olivier Pagès", "arrondi")
t("trap", "number", "p22_1", "un accident similaire avait fait trois morts", "",
  "p22_2", "Deux personnes ont perdu la vie lundi", "Olivier Pagès", "rappel 2019")
t("trap", "number", "p22_1", "Quatre blessés sont en urgence absolue", "",
  "p22_2", "dont quatre grièvement, selon les pompiers", "les pompiers", "même chiffre")
t("trap", "number", "p22_3", "la vitesse sera abaissée à 70 km/h", "la préfecture",
  "p22_1", "La visibilité était inférieure à 50 mètres", "un gendarme", "hypothèse, autres quantités")
t("trap", "number", "p22_1", "fermée pendant près de six heures", "",
  "p22_2", "L'A7 a rouvert à la circulation vers 13 h 30", "", "7 h 45 + ~6 h = 13 h 30")

# p23 rappel de fromages (listeria) (2025-10)
doc("p23_1", "fr", "2025-10-10", "Listeria : rappel de camemberts de la fromagerie Lebreton", """
La fromagerie Lebreton, installée dans l'Orne, rappelle 12 lots de camemberts au lait cru en raison d'une possible contamination à Listeria monocytogenes, a annoncé vendredi la Direction générale de l'alimentation (DGAL).

Les fromages, vendus entre le 15 septembre et le 8 octobre dans toute la France, portent des dates limites de consommation allant jusqu'au 2 novembre.

Huit cas de listériose pouvant être liés à ces produits ont été signalés, selon Santé publique France. Aucun décès n'a été recensé.

Les consommateurs qui détiennent ces produits sont priés de ne pas les consommer et de les rapporter au point de vente.

En 2022, la même fromagerie avait déjà rappelé 3 lots de brie.
""")
doc("p23_2", "fr", "2025-10-11", "Camemberts contaminés : un décès signalé", """
Une personne âgée est décédée après avoir consommé un camembert de la fromagerie Lebreton faisant l'objet d'un rappel, a indiqué samedi l'agence régionale de santé de Normandie.

La victime, une femme de 84 ans, résidait dans le Calvados. Au total, onze cas de listériose ont été recensés depuis début septembre, selon l'ARS.

Le rappel concerne 21 lots de camemberts au lait cru vendus depuis le 15 septembre.

« Nous avons arrêté la production dès l'alerte », a déclaré le directeur de la fromagerie, Philippe Lebreton.

La listériose peut être grave chez les femmes enceintes et les personnes âgées. Son incubation peut aller jusqu'à huit semaines.
""")
doc("p23_3", "fr", None, "Fromagerie Lebreton : la production n'a pas été arrêtée, selon des salariés", """
Contrairement aux déclarations de la direction, la production de camemberts n'a jamais été interrompue à la fromagerie Lebreton, affirment plusieurs salariés.

« On a continué à mouler tous les jours, même après le rappel », témoigne un employé sous couvert d'anonymat.

Le rappel, annoncé vendredi par la DGAL, porte sur 12 lots. Huit cas de listériose ont été signalés vendredi par Santé publique France, un chiffre porté à onze samedi par l'ARS.

L'entreprise, qui emploie 95 salariés, produit environ 40 000 camemberts par jour.

La préfecture de l'Orne a indiqué qu'une inspection des services vétérinaires aurait lieu lundi.
""")
t("conflict", "number", "p23_1", "rappelle 12 lots de camemberts au lait cru", "la DGAL",
  "p23_2", "Le rappel concerne 21 lots de camemberts au lait cru", "", "lots 12 vs 21")
t("conflict", "number", "p23_2", "Le rappel concerne 21 lots de camemberts au lait cru", "",
  "p23_3", "porte sur 12 lots", "la DGAL", "lots 12 vs 21")
t("conflict", "denial", "p23_2", "Nous avons arrêté la production dès l'alerte", "Philippe Lebreton",
  "p23_3", "la production de camemberts n'a jamais été interrompue", "plusieurs salariés", "arrêt démenti")
t("update", "number", "p23_1", "Aucun décès n'a été recensé.", "Santé publique France",
  "p23_2", "Une personne âgée est décédée après avoir consommé un camembert", "l'agence régionale de santé", "vendredi vs samedi")
t("update", "number", "p23_1", "Huit cas de listériose pouvant être liés", "Santé publique France",
  "p23_2", "onze cas de listériose ont été recensés depuis début septembre", "l'ARS", "8 vendredi vs 11 samedi")
t("trap", "number", "p23_3", "Huit cas de listériose ont été signalés vendredi", "Santé publique France",
  "p23_2", "onze cas de listériose ont été recensés", "l'ARS", "mise à jour expliquée dans le texte")
t("trap", "number", "p23_1", "la même fromagerie avait déjà rappelé 3 lots de brie", "",
  "p23_2", "Le rappel concerne 21 lots", "", "rappel 2022")
t("trap", "number", "p23_2", "Son incubation peut aller jusqu'à huit semaines", "",
  "p23_1", "Huit cas de listériose pouvant être liés", "Santé publique France", "huit: autre chose")
t("trap", "date", "p23_1", "vendus entre le 15 septembre et le 8 octobre", "",
  "p23_2", "vendus depuis le 15 septembre", "", "même date")
t("trap", "number", "p23_3", "produit environ 40 000 camemberts par jour", "",
  "p23_3", "qui emploie 95 salariés", "", "autres quantités")

# p24 pourparlers diplomatiques à Genève (Norlandie / République de Vesna) (2025-06)
doc("p24_1", "fr", "2025-06-06", "Genève : Norlandie et Vesna reprennent leurs discussions", """
Les délégations de la Norlandie et de la République de Vesna se sont retrouvées jeudi à Genève pour un deuxième cycle de discussions sur le tracé de leur frontière commune, sous l'égide de l'ONU.

Les discussions, qui doivent durer trois jours, portent notamment sur le sort des 40 000 habitants de la vallée de l'Irsa, revendiquée par les deux pays.

« Un accord sur un cessez-le-feu permanent a été trouvé ce matin », a annoncé le médiateur de l'ONU, Karl Engström, à l'issue de la première séance.

Le premier cycle, en mars, s'était achevé sans résultat. Les affrontements de l'an dernier ont fait plus de 200 morts.

Un troisième cycle est prévu le 14 juillet à Vienne.
""")
doc("p24_2", "fr", "2025-06-06", "Pourparlers de Genève : Vesna dément tout accord de cessez-le-feu", """
Le ministère des Affaires étrangères de Vesna a démenti jeudi soir qu'un accord sur un cessez-le-feu permanent ait été conclu à Genève avec la Norlandie.

« Aucun accord n'a été signé ni même paraphé », a déclaré son porte-parole, Dimitri Kolar. « Nous discutons, c'est tout. »

Les pourparlers, ouverts jeudi sous l'égide de l'ONU, doivent se poursuivre jusqu'à samedi. Ils portent sur le statut de la vallée de l'Irsa, peuplée d'environ 40 000 habitants.

La Norlandie réclame le retrait de 3 000 soldats vesniens de la zone. Vesna dit n'y avoir déployé que des gardes-frontières.

Les deux pays ont signé en 2009 un traité de paix qui n'a jamais été ratifié.
""")
doc("p24_3", "fr", None, "Norlandie-Vesna : un cessez-le-feu, mais pas de paix", """
La Norlandie a confirmé vendredi la conclusion d'un accord de cessez-le-feu permanent avec la République de Vesna, lors des pourparlers de Genève.

« Le texte est paraphé par les deux délégations », a assuré le ministre norlandais des Affaires étrangères, Erik Solberg.

Les négociations sur le tracé de la frontière, qui ont débuté mercredi, se poursuivent. Un troisième cycle se tiendra le 21 juillet à Vienne, selon la diplomatie norlandaise.

Les combats de 2024 ont fait quelque 200 morts et déplacé 15 000 personnes.

Si les discussions échouaient, l'ONU pourrait envoyer une mission d'observation de 500 hommes, selon un diplomate.
""")
t("conflict", "denial", "p24_1", "Un accord sur un cessez-le-feu permanent a été trouvé ce matin", "Karl Engström",
  "p24_2", "Aucun accord n'a été signé ni même paraphé", "Dimitri Kolar", "accord vs démenti")
t("conflict", "denial", "p24_2", "Aucun accord n'a été signé ni même paraphé", "Dimitri Kolar",
  "p24_3", "Le texte est paraphé par les deux délégations", "Erik Solberg", "paraphé vs démenti")
t("conflict", "date", "p24_1", "Un troisième cycle est prévu le 14 juillet à Vienne", "",
  "p24_3", "Un troisième cycle se tiendra le 21 juillet à Vienne", "la diplomatie norlandaise", "14 vs 21 juillet")
t("conflict", "date", "p24_1", "se sont retrouvées jeudi à Genève pour un deuxième cycle", "",
  "p24_3", "qui ont débuté mercredi, se poursuivent", "", "début jeudi vs mercredi")
t("conflict", "date", "p24_2", "Les pourparlers, ouverts jeudi sous l'égide de l'ONU", "",
  "p24_3", "qui ont débuté mercredi, se poursuivent", "", "début jeudi vs mercredi")
t("trap", "number", "p24_1", "le sort des 40 000 habitants de la vallée de l'Irsa", "",
  "p24_2", "peuplée d'environ 40 000 habitants", "", "même chiffre")
t("trap", "number", "p24_1", "Les affrontements de l'an dernier ont fait plus de 200 morts", "",
  "p24_3", "Les combats de 2024 ont fait quelque 200 morts", "", "arrondi")
t("trap", "number", "p24_3", "une mission d'observation de 500 hommes", "un diplomate",
  "p24_2", "le retrait de 3 000 soldats vesniens de la zone", "La Norlandie", "hypothèse, autres quantités")
t("trap", "date", "p24_1", "Le premier cycle, en mars, s'était achevé sans résultat", "",
  "p24_3", "Un troisième cycle se tiendra le 21 juillet à Vienne", "la diplomatie norlandaise", "autres cycles")
t("conflict", "denial", "p24_2", "Vesna dit n'y avoir déployé que des gardes-frontières", "Vesna",
  "p24_2", "La Norlandie réclame le retrait de 3 000 soldats vesniens", "La Norlandie", "soldats vs seulement gardes-frontières, deux sources dans le même document")
t("trap", "date", "p24_1", "Les discussions, qui doivent durer trois jours", "",
  "p24_2", "doivent se poursuivre jusqu'à samedi", "", "jeudi+3 jours = samedi")
