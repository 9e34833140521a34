from corpus_lib import doc, t

# p17 procès aux assises de la Gironde (verdict vendredi 2025-06-13)
doc("p17_1", "fr", "2025-06-13", "Meurtre de Mérignac : Karim B. condamné à 18 ans de réclusion", """
La cour d'assises de la Gironde a condamné vendredi Karim B., 29 ans, à 18 ans de réclusion criminelle pour le meurtre d'un commerçant de Mérignac en 2022.

L'avocat général avait requis 22 ans. L'accusé, qui a toujours nié les faits, a écouté le verdict sans réagir.

Le commerçant, Alain Morel, 61 ans, avait été tué de plusieurs coups de couteau dans son épicerie le 14 mars 2022. Le butin ne dépassait pas 300 euros.

Son co-accusé, Yanis T., 24 ans, a été acquitté : la cour a estimé que sa présence sur les lieux n'était pas établie.

« Nous allons faire appel », a annoncé l'avocate de Karim B., Me Julie Navarro. Le procès avait duré cinq jours.
""")
doc("p17_2", "fr", "2025-06-13", "Assises de la Gironde : 15 ans pour le meurtre de l'épicier", """
Karim B. a été condamné vendredi à 15 ans de réclusion criminelle par la cour d'assises de la Gironde pour le meurtre d'Alain Morel, épicier à Mérignac, tué en mars 2022.

Le second accusé, Yanis T., a lui aussi été reconnu coupable, de complicité, et condamné à six ans de prison.

Pendant les débats, l'accusé principal avait reconnu sa présence dans le magasin mais contesté avoir porté les coups. L'avocat général avait requis 22 ans de réclusion.

La victime, âgée de 61 ans, tenait son épicerie depuis trente ans. Une marche blanche avait réuni 800 personnes en avril 2022.

La famille de la victime s'est dite « soulagée ». La défense dispose de dix jours pour faire appel.
""")
doc("p17_3", "fr", None, "Épicier tué à Mérignac : verdict contrasté aux assises", """
Verdict contrasté vendredi devant la cour d'assises de la Gironde : Karim B. a été condamné à 18 ans de réclusion pour le meurtre de l'épicier Alain Morel, tandis que son co-accusé a été acquitté.

Yanis T. est ressorti libre du tribunal. « Mon client n'aurait jamais dû être renvoyé devant une cour d'assises », a réagi son avocat.

Le procès s'était ouvert le lundi 9 juin. Alain Morel, 63 ans, avait été tué le 14 mars 2022 dans sa boutique.

Si la condamnation est confirmée en appel, Karim B. ne pourra pas demander de libération conditionnelle avant 2034, selon son avocate.

Une marche blanche avait rassemblé quelque 800 personnes peu après le crime.
""")
t("conflict", "number", "p17_1", "à 18 ans de réclusion criminelle pour le meurtre", "",
  "p17_2", "Karim B. a été condamné vendredi à 15 ans de réclusion criminelle", "", "peine 18 vs 15")
t("conflict", "number", "p17_2", "Karim B. a été condamné vendredi à 15 ans de réclusion criminelle", "",
  "p17_3", "Karim B. a été condamné à 18 ans de réclusion", "", "peine 18 vs 15")
t("conflict", "antonym", "p17_1", "Son co-accusé, Yanis T., 24 ans, a été acquitté", "",
  "p17_2", "a lui aussi été reconnu coupable, de complicité", "", "acquitté vs coupable")
t("conflict", "antonym", "p17_2", "a lui aussi été reconnu coupable, de complicité", "",
  "p17_3", "tandis que son co-accusé a été acquitté", "", "acquitté vs coupable")
t("conflict", "number", "p17_1", "Le commerçant, Alain Morel, 61 ans", "",
  "p17_3", "Alain Morel, 63 ans, avait été tué le 14 mars 2022", "", "âge 61 vs 63")
t("conflict", "number", "p17_2", "La victime, âgée de 61 ans", "",
  "p17_3", "Alain Morel, 63 ans, avait été tué le 14 mars 2022", "", "âge 61 vs 63")
t("trap", "negation", "p17_1", "L'accusé, qui a toujours nié les faits", "",
  "p17_2", "avait reconnu sa présence dans le magasin", "", "nié les coups, reconnu la présence: compatibles")
t("trap", "number", "p17_1", "L'avocat général avait requis 22 ans", "",
  "p17_3", "Karim B. a été condamné à 18 ans de réclusion", "", "réquisitions vs peine")
t("trap", "number", "p17_1", "Le butin ne dépassait pas 300 euros", "",
  "p17_2", "Une marche blanche avait réuni 800 personnes", "", "autres quantités")
t("trap", "date", "p17_1", "Le procès avait duré cinq jours", "",
  "p17_3", "Le procès s'était ouvert le lundi 9 juin", "", "lundi 9 au vendredi 13 = cinq jours")
t("trap", "number", "p17_3", "ne pourra pas demander de libération conditionnelle avant 2034", "son avocate",
  "p17_2", "La défense dispose de dix jours pour faire appel", "", "hypothèse")
t("trap", "number", "p17_2", "Une marche blanche avait réuni 800 personnes en avril 2022", "",
  "p17_3", "Une marche blanche avait rassemblé quelque 800 personnes", "", "même chiffre")

# p18 élection municipale partielle à Saint-Aubin-sur-Loire (dimanche 2025-03-16)
doc("p18_1", "fr", "2025-03-17", "Saint-Aubin : la liste de Claire Moreau l'emporte au second tour", """
La liste divers gauche conduite par Claire Moreau a remporté dimanche le second tour de l'élection municipale partielle de Saint-Aubin-sur-Loire, avec 52,4 % des suffrages exprimés.

Elle devance de 187 voix la liste du maire sortant, Bernard Lefèvre (divers droite), qui obtient 47,6 %. La participation s'est établie à 58 %, contre 51 % au premier tour.

L'élection avait été provoquée par la démission de onze conseillers municipaux en décembre.

« Les habitants ont choisi le changement », a déclaré Claire Moreau, 49 ans, qui devrait être élue maire par le conseil jeudi.

Bernard Lefèvre a reconnu sa défaite et félicité sa rivale. Il dirigeait la commune de 6 800 habitants depuis 2014.
""")
doc("p18_2", "fr", "2025-03-17", "Municipale partielle : Bernard Lefèvre conteste les résultats", """
Battu de peu dimanche à l'élection municipale partielle de Saint-Aubin-sur-Loire, le maire sortant Bernard Lefèvre annonce qu'il va saisir le tribunal administratif.

« Je ne reconnais pas ce résultat, des irrégularités ont été constatées dans deux bureaux de vote », a-t-il déclaré lundi.

La liste de Claire Moreau l'a emporté avec 52,4 % des voix, soit 87 voix d'avance, selon les résultats officiels. La participation a atteint 61 %.

La préfecture indique n'avoir reçu aucun signalement d'incident le jour du scrutin.

Lors des municipales de 2020, Bernard Lefèvre avait été réélu dès le premier tour avec 64 % des voix.
""")
doc("p18_3", "fr", None, "Saint-Aubin-sur-Loire : Claire Moreau élue maire", """
Claire Moreau a été élue maire de Saint-Aubin-sur-Loire jeudi soir par le conseil municipal, quatre jours après la victoire de sa liste au second tour de l'élection partielle.

Sa liste avait obtenu 52,4 % des suffrages, avec 187 voix d'avance sur celle de Bernard Lefèvre. Elle dispose de 23 sièges sur 29.

La nouvelle maire, âgée de 52 ans, est conseillère départementale depuis 2021.

Son prédécesseur a déposé mardi un recours devant le tribunal administratif de Nantes. Celui-ci a trois mois pour statuer.

La participation au second tour avait été de 58 %.
""")
t("conflict", "number", "p18_1", "Elle devance de 187 voix la liste du maire sortant", "",
  "p18_2", "soit 87 voix d'avance, selon les résultats officiels", "les résultats officiels", "écart 187 vs 87")
t("conflict", "number", "p18_2", "soit 87 voix d'avance, selon les résultats officiels", "les résultats officiels",
  "p18_3", "avec 187 voix d'avance sur celle de Bernard Lefèvre", "", "écart 187 vs 87")
t("conflict", "number", "p18_1", "La participation s'est établie à 58 %", "",
  "p18_2", "La participation a atteint 61 %", "", "participation 58 vs 61")
t("conflict", "number", "p18_2", "La participation a atteint 61 %", "",
  "p18_3", "La participation au second tour avait été de 58 %", "", "participation 58 vs 61")
t("conflict", "negation", "p18_1", "Bernard Lefèvre a reconnu sa défaite et félicité sa rivale", "",
  "p18_2", "Je ne reconnais pas ce résultat", "Bernard Lefèvre", "reconnu vs ne reconnaît pas")
t("conflict", "number", "p18_1", "a déclaré Claire Moreau, 49 ans", "",
  "p18_3", "La nouvelle maire, âgée de 52 ans", "", "âge 49 vs 52")
t("trap", "number", "p18_1", "avec 52,4 % des suffrages exprimés", "",
  "p18_1", "qui obtient 47,6 %", "", "complément (même document)")
t("trap", "number", "p18_1", "contre 51 % au premier tour", "",
  "p18_2", "La participation a atteint 61 %", "", "premier tour (mais p18_2 reste en conflit avec 58 %)")
t("trap", "number", "p18_2", "réélu dès le premier tour avec 64 % des voix", "",
  "p18_3", "Sa liste avait obtenu 52,4 % des suffrages", "", "rappel 2020")
t("trap", "denial", "p18_2", "n'avoir reçu aucun signalement d'incident le jour du scrutin", "La préfecture",
  "p18_3", "a déposé mardi un recours devant le tribunal administratif de Nantes", "", "pas une contradiction")
t("trap", "number", "p18_3", "Elle dispose de 23 sièges sur 29", "",
  "p18_1", "la démission de onze conseillers municipaux en décembre", "", "autres quantités")

# p19 transfert : Moussa Diallo au FC Garonne (2025-08)
doc("p19_1", "fr", "2025-08-27", "Mercato : Moussa Diallo s'engage avec le FC Garonne pour 30 millions", """
L'attaquant sénégalais Moussa Diallo s'est engagé mercredi avec le FC Garonne pour quatre saisons, a annoncé le club, qui a versé 30 millions d'euros au Stade Rennais de l'Est.

Diallo, 22 ans, avait inscrit 14 buts en Ligue 1 la saison dernière. Il s'agit du transfert le plus cher de l'histoire du club, dont le précédent record était de 18 millions, pour Lucas Petit en 2019.

« Moussa était notre priorité depuis le mois de juin », a expliqué l'entraîneur, Frédéric Roux.

Le joueur a passé sa visite médicale mardi. Il portera le numéro 9.

Le club garonnais, dixième du championnat, avait vu une première offre de 22 millions repoussée en juillet.
""")
doc("p19_2", "fr", "2025-08-27", "Diallo à Garonne : 25 millions plus bonus", """
Le FC Garonne a officialisé mercredi l'arrivée de Moussa Diallo. Selon nos informations, le montant du transfert s'élève à 25 millions d'euros, auxquels pourraient s'ajouter 5 millions de bonus.

L'attaquant, âgé de 23 ans, a signé un contrat de cinq ans. Il était également suivi par Lille et par plusieurs clubs anglais.

Le Stade Rennais de l'Est conserve un pourcentage de 10 % sur une éventuelle revente.

Diallo a marqué 14 buts et délivré 5 passes décisives en championnat la saison passée.

Le FC Garonne avait déjà formulé une offre de 22 millions en juillet, refusée par le club vendeur.
""")
doc("p19_3", "fr", None, "Le club vendeur dément tout accord pour Diallo", """
Le président du Stade Rennais de l'Est, Jean-Luc Bernier, a démenti mercredi matin tout accord avec le FC Garonne pour le transfert de Moussa Diallo.

« Il n'y a aucun accord avec Garonne, Moussa est toujours notre joueur », a-t-il assuré à la radio, quelques heures avant l'annonce officielle du transfert par le club acheteur.

Selon plusieurs médias, l'indemnité atteint 30 millions d'euros. Diallo, 22 ans, arrivé en 2021 pour 2 millions, serait la plus grosse vente de l'histoire du club.

Si le transfert n'aboutissait pas, le joueur pourrait être prêté en Angleterre, selon son agent.

Le mercato d'été ferme lundi 1er septembre à 23 heures.
""")
t("conflict", "number", "p19_1", "qui a versé 30 millions d'euros au Stade Rennais de l'Est", "le club",
  "p19_2", "le montant du transfert s'élève à 25 millions d'euros", "", "indemnité 30 vs 25")
t("conflict", "number", "p19_2", "le montant du transfert s'élève à 25 millions d'euros", "",
  "p19_3", "l'indemnité atteint 30 millions d'euros", "plusieurs médias", "indemnité 30 vs 25")
t("conflict", "number", "p19_1", "s'est engagé mercredi avec le FC Garonne pour quatre saisons", "le club",
  "p19_2", "a signé un contrat de cinq ans", "", "durée 4 vs 5")
t("conflict", "number", "p19_1", "Diallo, 22 ans, avait inscrit 14 buts", "",
  "p19_2", "L'attaquant, âgé de 23 ans, a signé un contrat", "", "âge 22 vs 23")
t("conflict", "number", "p19_2", "L'attaquant, âgé de 23 ans, a signé un contrat", "",
  "p19_3", "Diallo, 22 ans, arrivé en 2021 pour 2 millions", "", "âge 22 vs 23")
t("update", "denial", "p19_1", "Moussa Diallo s'est engagé mercredi avec le FC Garonne", "le club",
  "p19_3", "Il n'y a aucun accord avec Garonne, Moussa est toujours notre joueur", "Jean-Luc Bernier", "démenti du matin, annonce quelques heures après (le texte le dit)")
t("update", "denial", "p19_2", "Le FC Garonne a officialisé mercredi l'arrivée de Moussa Diallo", "",
  "p19_3", "Il n'y a aucun accord avec Garonne, Moussa est toujours notre joueur", "Jean-Luc Bernier", "démenti du matin, annonce officielle ensuite")
t("trap", "number", "p19_1", "le précédent record était de 18 millions", "",
  "p19_2", "s'élève à 25 millions d'euros", "", "autre transfert")
t("trap", "number", "p19_1", "avait vu une première offre de 22 millions repoussée en juillet", "",
  "p19_2", "avait déjà formulé une offre de 22 millions en juillet", "", "même fait")
t("trap", "number", "p19_3", "arrivé en 2021 pour 2 millions", "",
  "p19_1", "qui a versé 30 millions d'euros", "le club", "transfert antérieur")
t("trap", "number", "p19_2", "auxquels pourraient s'ajouter 5 millions de bonus", "",
  "p19_1", "qui a versé 30 millions d'euros", "le club", "bonus conditionnel (25+5 = 30 plafond, le conflit fixe reste)")
t("trap", "number", "p19_1", "avait inscrit 14 buts en Ligue 1 la saison dernière", "",
  "p19_2", "Diallo a marqué 14 buts et délivré 5 passes décisives", "", "même chiffre")
