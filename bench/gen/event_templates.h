/* event_templates.h: the sentence templates of event_gen.c (private to it; included once).
 *
 * Syntax: {a|b|c} picks one alternative (no nesting; an empty alternative is allowed); $x is a
 * slot filled from the event or the article:
 *   $C city  $K country  $k "in" + country ("en Suède")  $D date phrase ("on Tuesday", "on March 3", ...)  $W event weekday
 *   $w article weekday  $M event month and day  $Y event year  $P person  $L person's surname
 *   $A age  $O organisation  $Q second organisation  $R the event's thing (charge, product,
 *   fire, flight, competition)  $V device or aircraft  $S official  $E witness (per article)
 *   $U outlet  $1..$4 figures (updated ones in updates)  $5 the updated figure's old value
 *   $G $H $I $J $B see "particulars" below  $h another city  $y an earlier year (both fixed
 *   per event)  $n 2..300  $q 2..25  $d 1..9  $$ a dollar sign.
 * Templates are our own sentences, written for this generator. Figures in thousands are written
 * "$3,000" in English and "$3 000" in French. */

#define TS(a) {a, sizeof a / sizeof *a}

/* ------------------------------------------------------------------ English */
static const char *const en_quake_head[] = {
    "Magnitude $1 earthquake {strikes|hits|jolts} $K{| near $C}",
    "{Deadly|Strong|Powerful} quake {kills|leaves} $2 {dead|people dead} in $C",
    "$K earthquake: {death toll|toll} {at|reaches} $2"};
static const char *const en_quake_lead[] = {
    "A magnitude $1 earthquake {struck|hit|shook|rocked} $C, $K, $D, {killing|leaving} at least $2 people{ dead| and injuring $3|}.",
    "At least $2 people {were killed|died|lost their lives} {and $3 were injured |}when a {strong|powerful|shallow} earthquake {struck|hit} {near |}$C $D.",
    "{A strong|A powerful|A shallow} earthquake of magnitude $1 {jolted|shook|struck} {the city of |}$C in $K $D, {officials|authorities|rescue workers} said."};
static const char *const en_quake_detail[] = {
    "The quake {had a magnitude of|measured} $1{, according to the national seismological agency|, the geological survey said|}.",
    "Its {epicentre|epicenter} was {about|some|roughly} $q kilometres from $C, at a depth of $4 kilometres.",
    "{Rescue workers|Rescuers|Emergency teams} {searched|dug} through {the rubble|collapsed buildings|debris} {for survivors|looking for survivors} {overnight|through the night|on $W}.",
    "{At least|More than} $3 people were {injured|hurt|taken to hospital}{, many of them seriously|}.",
    "{Several|Dozens of|Hundreds of} {buildings|homes|houses} {collapsed|were destroyed|were damaged} in $C{ and nearby villages|}.",
    "{Power|Electricity} {was cut|went out} in {parts of|much of} the region{ and phone lines were down|}.",
    "{Several|A series of} aftershocks {followed|were felt} {in the hours after the quake|overnight}.",
    "{No tsunami warning was issued|A tsunami warning was issued and later lifted}.",
    "The {tremor|quake} was felt {as far away as|in} $h{, residents said|}.",
    "{Schools|Hospitals} in $C {were evacuated|remained closed} {as a precaution|after the quake}."};
static const char *const en_quake_quote[] = {
    "\"{The ground shook for|It lasted} {about|nearly} $q seconds{. Everybody ran outside|},\" said $E, a {resident|shopkeeper|teacher} in $C.",
    "\"We are {still searching|doing everything we can} {for people trapped under the rubble|to reach the worst-hit areas},\" said $S, a spokesperson for the {disaster agency|national disaster management agency}.",
    "\"{Many houses|Our house} {collapsed|fell down} {in seconds|at once},\" $E told {reporters|$U}."};
static const char *const en_quake_update[] = {
    "The death toll from the earthquake in $C {rose|climbed|has risen} to $2, up from $5{, officials said|}.",
    "{Rescuers|Officials} said on $w that $2 people had {died|been killed} in the magnitude $1 quake that {struck|hit} $C{ earlier this week| last week|}."};
static const char *const en_quake_back[] = {
    "$K {sits|lies} on {a seismically active zone|several active fault lines}{, where earthquakes are frequent|}.",
    "In $y, a magnitude {6|7}.$d earthquake near $h killed {more than |}$n people.",
    "{Experts|Seismologists} {have long warned|warn} that {many|older} buildings in the region are not built to withstand {strong|major} earthquakes.",
    "{The government|Authorities} {pledged|promised} {aid|emergency funds} {for|to} {the affected families|those who lost their homes}."};

static const char *const en_arrest_head[] = {
    "{Police|$C police} arrest {$P|$A-year-old man|suspect} {over|in} $R {case|probe|investigation}",
    "{Man|Suspect} held in $C $R {case|inquiry}",
    "$P {charged|arrested} {with|over} $R"};
static const char *const en_arrest_lead[] = {
    "{Police|Officers} in $C {arrested|detained|have arrested} $P, $A, $D {in connection with|over|on suspicion of} $R, {police|authorities|prosecutors} said.",
    "A $A-year-old {man|suspect} was arrested in $C, $K, $D {on suspicion of|in connection with} $R{, police said|}.",
    "$C police {said|announced} $D that they had {arrested|detained} $P {on|over} {charges of |}$R."};
static const char *const en_arrest_detail[] = {
    "$L was {charged with|accused of} $2 counts of $R{ and is due in court on $W|}.",
    "{He|The suspect} {was held|is being held} {on a bail of|with bail set at} $3,000 {dollars|euros}.",
    "{The arrest followed|Officers made the arrest after} {a $q-day investigation|months of surveillance|a tip from the public}.",
    "{Investigators|Police} {searched|raided} {a property|an apartment|two addresses} in $C{ and seized documents|, seizing computers and cash|}.",
    "$L has denied {the charges|any wrongdoing}{, his lawyer said|}.",
    "{A second suspect|Another man} {was also detained|remains at large}{, police said|}.",
    "The case {has drawn|drew} {wide|national} attention in $K.",
    "$L {will appear|is due to appear} before a {judge|magistrate} {on $W|later this week|next week}.",
    "{Police|Officers} {did not give|declined to give} further details{ about the investigation|}."};
static const char *const en_arrest_quote[] = {
    "\"{This was|It was} a {complex|long} investigation{ and we are grateful for the public's help|},\" said $S, a spokesperson for $C police.",
    "\"{My client|He} {is innocent|denies everything}{ and will fight the charges|},\" said {his|the} lawyer, $E.",
    "\"We {had no idea|never suspected anything},\" said $E, a neighbour."};
static const char *const en_arrest_update[] = {
    "$L, who was arrested in $C{ last week|}, {now faces|has now been charged with} $2 counts of $R, up from $5{, prosecutors said|}.",
    "Prosecutors {added|filed} new charges against $P on $w, bringing the total to $2 counts of $R."};
static const char *const en_arrest_back[] = {
    "{Cases|Charges} of $R {have risen|remain common} in $K {in recent years|over the past decade}.",
    "In $y, {police|authorities} in $h {arrested|charged} $q people {in a similar case|in a separate $R case}.",
    "{Under|According to} $K law, $R {carries|can carry} a sentence of up to $q years{ in prison|}."};

static const char *const en_product_head[] = {
    "$O {unveils|launches|announces} $R",
    "$O's {new|latest} $R {goes on sale|arrives} {at|for} $1 dollars",
    "$O {bets on|pins hopes on} $R"};
static const char *const en_product_lead[] = {
    "$O {unveiled|launched|announced|introduced} the $R $D, {its|the company's} {latest|newest} $V, priced at $1 dollars.",
    "{Technology company|Tech firm|Electronics maker} $O {took the wraps off|unveiled|presented} the $R $D, a $V {that|which} {will sell|goes on sale} for $1 dollars.",
    "$O {has launched|launched} the $R, a new $V, {at an event in $C|in $C} $D."};
static const char *const en_product_detail[] = {
    "The $R will {go on sale|ship|be available} in $4 {countries|markets} {from $W|next month|later this month}.",
    "$O said it had {received|taken} $2,000 pre-orders{ in the first day|}.",
    "The {battery|device's battery} {lasts|will last} up to $3 hours{, the company said|}.",
    "{Chief executive|CEO} $P {said|told reporters} the $R was {the company's most important launch in years|a big step forward|built for a new generation of users}.",
    "{Analysts|Industry watchers} {expect|said they expect} the $R to compete with {rivals|devices from $Q}{ in a crowded market|}.",
    "{Shares|The shares} of $O {rose|fell|edged up|slipped} $d percent {after the announcement|on the news|in $C trading}.",
    "The $V {comes in|is offered in} $d colours{ and two sizes|}.",
    "$O {did not disclose|declined to disclose} {sales targets|production figures|how many units it expects to sell}."};
static const char *const en_product_quote[] = {
    "\"{This is|The $R is} {the best $V we have ever made|a new chapter for $O},\" $P said{ on stage|}.",
    "\"{The price|At $1 dollars, the price} {will matter|is aggressive|is high} in this market,\" said $E, an analyst at $Q."};
static const char *const en_product_update[] = {
    "$O said on $w it had {sold|taken orders for} $2,000 $R units, up from $5,000 {in the first days|at launch}."};
static const char *const en_product_back[] = {
    "$O {released|launched} {its previous $V|a similar device} in $y{, priced at $n dollars|}.",
    "The $V market {has slowed|is crowded|has grown} {in recent years|since $y}{, analysts say|}.",
    "$O {employs|has} {about|more than} $q,000 people{ worldwide| and is based in $h|}."};

static const char *const en_sport_head[] = {
    "$O {beat|defeat|edge} $Q $1-$2",
    "$L {goal|strike} {lifts|sends} $O past $Q",
    "$O {win|victory} over $Q in $R"};
static const char *const en_sport_lead[] = {
    "$O {beat|defeated|edged} $Q $1-$2 in $R $D{, with $P scoring the decisive goal|}.",
    "$P {scored|struck} after $4 minutes as $O {beat|overcame} $Q $1-$2 $D.",
    "$O {claimed|secured|earned} a $1-$2 {win|victory} over $Q in $R {at home in $C|in $C} $D."};
static const char *const en_sport_detail[] = {
    "{A crowd of|About|More than} $3,000 {fans|spectators} {watched|attended} the match in $C.",
    "$P's goal after $4 minutes {proved decisive|settled the match|was the turning point}.",
    "$Q {pressed|pushed} for {an equaliser|a late goal} but {could not|failed to} {break through|find a way past the goalkeeper}.",
    "{The win|The victory|The result} {moves|lifts|puts} $O {to|into} {the top of the table|second place|the next round}.",
    "$Q {had|finished with} {a player|one man} sent off in the second half{ after a second yellow card|}.",
    "{Coach|Manager} $S {praised|hailed} the team's {discipline|effort|defence}{ after the match|}.",
    "$O have now won $d of their last $q matches.",
    "The two sides {meet|will meet} again {later this season|in the return leg|next month}."};
static const char *const en_sport_quote[] = {
    "\"{We deserved this|It was a hard game|The players gave everything},\" said $S{, the $O coach|}.",
    "\"I just {tried to|wanted to} help the team,\" $P told {reporters|$U} after the match."};
static const char *const en_sport_back[] = {
    "$O last {beat|won against} $Q in $y.",
    "{The competition|$R} {has been|is} {dominated|contested} by {a few clubs|the same clubs} {for years|in recent seasons}.",
    "$O were founded in $y{ in $C|}."};

static const char *const en_fire_head[] = {
    "{Wildfire|Forest fire|Blaze} {burns|destroys|scorches} $1 hectares near $C",
    "{Wildfire|Fire} near $C {kills|leaves} $2{ dead|}",
    "{Thousands|Residents} {flee|evacuated as} {wildfire|fire} {spreads|rages} near $C"};
static const char *const en_fire_lead[] = {
    "A {wildfire|forest fire|blaze} {near|outside|north of|south of} $C, $K, {has burned|burned|scorched} $1 hectares{ since it broke out $D|} and {killed|left} $2 people{ dead|}.",
    "{Firefighters|More than $4 firefighters} {battled|fought|were battling} $R near $C $D as {strong winds|high temperatures|dry conditions} {fanned|drove} the flames.",
    "At least $2 people {died|were killed} and $3 {homes|houses|buildings} were destroyed {by|in} $R{, which broke out near $C $D|}."};
static const char *const en_fire_detail[] = {
    "{The fire|The blaze} {has burned|has scorched|had consumed} $1 hectares{ of forest|of land|}{, officials said|}.",
    "{About|More than|Some} $4 firefighters{ and $d water-bombing aircraft|} {were deployed|were sent|were fighting the flames}.",
    "$3 {homes|houses|buildings} {were destroyed|burned down}{ and many more were damaged|}.",
    "{Thousands of|Hundreds of} residents {were evacuated|fled their homes|were ordered to leave}{ overnight| on $W|}.",
    "{The cause of the fire|What started the fire} {is under investigation|was not yet known|remains unclear}.",
    "{Roads|Several roads} {near|around} $C {were|had been} closed{ because of the smoke|}.",
    "{Temperatures|The temperature} {reached|topped} 3$d degrees{ on $W|}{, with winds of up to $n kilometres an hour|}.",
    "The fire was $q percent contained{ by $W evening|, officials said|}."};
static const char *const en_fire_quote[] = {
    "\"{We lost everything|The flames came so fast|We had ten minutes to leave},\" said $E, {a resident of $C|who fled with her family}.",
    "\"{The next 48 hours will be critical|Conditions remain very dangerous},\" said $S, {a fire service spokesperson|the regional fire chief}."};
static const char *const en_fire_update[] = {
    "{The fire near $C|$R} {has now burned|had burned} $1 hectares, up from $5{, officials said on $w|}.",
    "The death toll from $R near $C {rose|climbed} to $2 on $w{, officials said|}."};
static const char *const en_fire_back[] = {
    "{Wildfires|Fires} {are common|have become more frequent} in $K {during the summer|in the dry season}{, experts say|}.",
    "In $y, a fire near $h {burned|destroyed} {more than |}$n,000 hectares.",
    "{Scientists|Experts} {link|have linked} {the rise in|larger} {wildfires|fires} to {climate change|hotter, drier summers}."};

static const char *const en_crash_head[] = {
    "{Plane|Passenger jet|Airliner} {crashes|goes down} near $C{ with $1 aboard|}",
    "$O {flight|plane} crash {kills|leaves} $2{ dead|} in $K",
    "$R: {$2 dead|dozens feared dead|$2 killed} {after|in} crash near $C"};
static const char *const en_crash_lead[] = {
    "$O's $V {carrying|with} $1 {people|passengers and crew} {crashed|went down} {near|shortly after taking off from} $C $D, killing $2{, officials said|}.",
    "{At least |}$2 people were killed when $O $R {crashed|came down} {near $C|on approach to $C} $D.",
    "$R, a flight operated by $O, {crashed|went down} {near $C, $K,|outside $C} $D, $4 minutes after {takeoff|taking off}{, killing $2 of the $1 people on board|}."};
static const char *const en_crash_detail[] = {
    "The $V {was carrying|had} $1 {passengers and crew|people on board}.",
    "{The plane|The aircraft} {lost contact with air traffic control|disappeared from radar} $4 minutes after {takeoff|taking off}.",
    "$3 people {were taken to hospital|were injured|survived with injuries}{, some in critical condition|}.",
    "{Investigators|Air accident investigators} {recovered|were searching for} {the flight recorders|the black boxes}{ on $W|}.",
    "{The cause of the crash|What caused the crash} {was not immediately known|is under investigation}{, $O said|}.",
    "{Weather|Visibility} {was poor|was good} at the time{ of the crash|}{, according to the airport|}.",
    "$O {said|confirmed} it was {cooperating with investigators|working with the authorities}.",
    "{Relatives|Families of passengers} {gathered|waited} at the airport in $h{ for news|}."};
static const char *const en_crash_quote[] = {
    "\"{We heard a loud bang|There was a huge explosion|The plane was flying very low},\" said $E, who {lives|works} near $C.",
    "\"Our thoughts are with the families,\" $O said in a statement{ on $W|}."};
static const char *const en_crash_update[] = {
    "The death toll from the crash of $R near $C {rose|climbed} to $2, up from $5{, officials said|}.",
    "{Officials|Authorities} said on $w that $2 of the $1 people aboard $R had died."};
static const char *const en_crash_back[] = {
    "$O {last had|has had} {a fatal accident|a serious incident} in $y{, near $h|}.",
    "The $V {is widely used|has a good safety record}{ on short-haul routes|}.",
    "{Aviation|Air} safety in $K {has been|is} under scrutiny {since $y|for years}."};

static const char *const en_filler[] = {
    "{Officials|Authorities} said more details would be released {later|in the coming days}.",
    "{The situation|It} {remained|was} {unclear|fluid} {late on $w|as of $w evening}.",
    "{This is a developing story|More information will follow}.",
    "$U {could not|was unable to} {independently verify|confirm} {the figures|the details}.",
    "{Local media|Local television} {reported|showed} {similar|the same} {figures|images}.",
    "{Residents|People in $C} {described|recalled} {scenes of confusion|a long night} {on social media|to local reporters}.",
    "{A government spokesperson|The regional governor} {said|told a news conference} that {the authorities were following the situation closely|an inquiry would be opened}.",
    "{The news|The story} {was widely shared|spread quickly} {online|on social media} {within hours|on $w}.",
    "{Opposition politicians|Critics} {called for|demanded} {answers|a full inquiry} {from the government|from the authorities}.",
    "{It was|This was} {the second|the third|one of several} such {events|incidents} in $K {this year|in recent months}.",
    "$U {contacted|reached out to} {the authorities|officials} {for comment|for more details} but {received no reply|had not heard back} by {the time of publication|$w evening}.",
    "{Further updates|An update} {are|is} expected {later on $w|in the coming hours|in the coming days}."};

/* ------------------------------------------------------------------ French */
static const char *const fr_quake_head[] = {
    "Un séisme de magnitude $1 {frappe|secoue} la région de $C",
    "Séisme {meurtrier|violent} près de $C : {au moins |}$2 morts"};
static const char *const fr_quake_lead[] = {
    "Un séisme de magnitude $1 a {frappé|secoué} $C ($K) $D, faisant au moins $2 morts{ et $3 blessés|}.",
    "Au moins $2 personnes ont été tuées {et $3 blessées |}lorsqu'un {puissant|violent} tremblement de terre a {frappé|secoué} {la région de |}$C $D."};
static const char *const fr_quake_detail[] = {
    "L'épicentre se trouvait à {environ|quelque} $q kilomètres de $C, à $4 kilomètres de profondeur.",
    "Les secouristes {fouillaient|ont fouillé} les décombres {toute la nuit|à la recherche de survivants}.",
    "{Plusieurs|Des dizaines de} {bâtiments|maisons} se sont effondrés à $C{ et dans les villages voisins|}.",
    "L'électricité a été coupée dans {une partie|la majeure partie} de la région.",
    "{Plusieurs|Une série de} répliques ont été ressenties {dans la nuit|dans les heures suivantes}.",
    "Les écoles de $C {ont été évacuées|sont restées fermées} par précaution."};
static const char *const fr_quake_quote[] = {
    "« La terre a tremblé pendant {environ|près de} $q secondes », a raconté $E, {un habitant|une commerçante} de $C.",
    "« Nous {cherchons toujours des survivants|faisons tout notre possible} », a déclaré $S, porte-parole de l'agence de gestion des catastrophes."};
static const char *const fr_quake_update[] = {
    "Le bilan du séisme de $C s'est alourdi à $2 morts, contre $5 {auparavant|précédemment}{, selon les autorités|}."};
static const char *const fr_quake_back[] = {
    "La région de $C se trouve sur une zone sismique {très active|active}.",
    "En $y, un séisme de magnitude {6|7},$d près de $h avait fait {plus de |}$n morts."};

static const char *const fr_arrest_head[] = {
    "{Un homme|Un suspect} arrêté à $C {pour des faits|dans une affaire} $R",
    "$P {interpellé|mis en examen} pour des faits $R"};
static const char *const fr_arrest_lead[] = {
    "La police de $C a {arrêté|interpellé} $P, $A ans, $D {dans le cadre d'une enquête pour des faits|pour des faits} $R, {selon le parquet|a indiqué la police}.",
    "Un homme de $A ans a été {arrêté|interpellé} à $C ($K) $D, soupçonné $R."};
static const char *const fr_arrest_detail[] = {
    "$L est {poursuivi|mis en cause} pour $2 chefs $R.",
    "L'interpellation fait suite à {une enquête de $q jours|plusieurs mois de surveillance|un signalement}.",
    "Les enquêteurs ont perquisitionné {un appartement|deux adresses} à $C{ et saisi des documents|}.",
    "$L conteste {les faits|toute implication}{, selon son avocat|}.",
    "$L doit être présenté à un juge {$W|dans la semaine}.",
    "La police n'a pas donné plus de détails."};
static const char *const fr_arrest_quote[] = {
    "« C'était une enquête {longue|complexe} », a déclaré $S, porte-parole de la police de $C.",
    "« Mon client est innocent », a affirmé son avocat, $E."};
static const char *const fr_arrest_update[] = {
    "$L, arrêté à $C, est désormais poursuivi pour $2 chefs $R, contre $5 {auparavant|initialement}, selon le parquet."};
static const char *const fr_arrest_back[] = {
    "Les affaires $R {sont en hausse|restent fréquentes} $k {depuis plusieurs années|ces dernières années}.",
    "En $y, la police de $h avait arrêté $q personnes dans une affaire similaire."};

static const char *const fr_product_head[] = {
    "$O {dévoile|lance} le $R", "$O mise sur le $R, vendu $1 euros"};
static const char *const fr_product_lead[] = {
    "$O a {dévoilé|présenté|lancé} $D le $R, {sa dernière nouveauté|son nouveau produit}, vendu $1 euros.",
    "Le groupe $O a {présenté|dévoilé} le $R {lors d'un événement à $C|à $C} $D."};
static const char *const fr_product_detail[] = {
    "Le $R sera {disponible|commercialisé} dans $4 pays {à partir de $W|le mois prochain}.",
    "$O dit avoir {reçu|enregistré} $2 000 précommandes{ dès le premier jour|}.",
    "La batterie {tient|offre} jusqu'à $3 heures{, selon l'entreprise|}.",
    "Le directeur général, $P, a {présenté|décrit} le $R comme {un tournant|le lancement le plus important de l'entreprise}.",
    "L'action $O a {progressé|reculé} de $d % {après l'annonce|dans la journée}.",
    "$O n'a pas {communiqué|précisé} ses objectifs de ventes."};
static const char *const fr_product_quote[] = {
    "« C'est {un nouveau chapitre pour $O|notre meilleur produit} », a déclaré $P.",
    "« Le prix {sera décisif|est élevé} sur ce marché », estime $E, analyste chez $Q."};
static const char *const fr_product_update[] = {
    "$O a annoncé $w avoir vendu $2 000 exemplaires du $R, contre $5 000 {au lancement|les premiers jours}."};
static const char *const fr_product_back[] = {
    "$O avait lancé un produit similaire en $y{, vendu $n euros|}.",
    "Ce marché {ralentit|est très concurrentiel} {depuis $y|ces dernières années}."};

static const char *const fr_sport_head[] = {
    "$O {bat|domine} $Q $1-$2", "Victoire de $O face à $Q {en|dans} $R"};
static const char *const fr_sport_lead[] = {
    "$O a {battu|dominé} $Q $1-$2 $D {en|dans} $R{, grâce à un but de $P|}.",
    "$P a marqué à la $4e minute et $O s'est imposé $1-$2 face à $Q $D."};
static const char *const fr_sport_detail[] = {
    "{Environ|Plus de} $3 000 spectateurs ont assisté au match à $C.",
    "Le but de $P à la $4e minute a {fait la différence|été décisif}.",
    "$Q a poussé pour égaliser mais n'a pas {réussi à marquer|trouvé la faille}.",
    "Cette victoire {permet à $O de monter|place $O} {en tête du classement|à la deuxième place}.",
    "L'entraîneur $S a salué {l'engagement|la discipline} de son équipe.",
    "$O a remporté $d de ses $q derniers matchs."};
static const char *const fr_sport_quote[] = {
    "« {Les joueurs ont tout donné|C'était un match difficile} », a déclaré $S.",
    "« J'ai juste voulu aider l'équipe », a confié $P après la rencontre."};
static const char *const fr_sport_back[] = {
    "$O avait battu $Q pour la dernière fois en $y.",
    "Le club $O a été fondé en $y{ à $C|}."};

static const char *const fr_fire_head[] = {
    "Incendie près de $C : $1 hectares {brûlés|parcourus}",
    "{Un incendie|Un feu de forêt} fait $2 morts près de $C"};
static const char *const fr_fire_lead[] = {
    "Un {incendie|feu de forêt} a {parcouru|ravagé} $1 hectares près de $C ($K) $D et fait $2 morts.",
    "Plus de $4 pompiers luttaient $D contre $R, attisé par {des vents violents|la chaleur}."};
static const char *const fr_fire_detail[] = {
    "Le feu a {détruit|ravagé} $3 {maisons|habitations}{ et endommagé de nombreuses autres|}.",
    "{Environ|Plus de} $4 pompiers {et $d avions bombardiers d'eau |}ont été mobilisés.",
    "Des {centaines|milliers} d'habitants ont été évacués{ dans la nuit|}.",
    "L'origine de l'incendie {reste inconnue|fait l'objet d'une enquête}.",
    "Plusieurs routes autour de $C ont été fermées à cause de la fumée.",
    "Le feu était maîtrisé à $q %{ selon les pompiers|}."};
static const char *const fr_fire_quote[] = {
    "« {Nous avons tout perdu|Les flammes sont arrivées très vite} », a raconté $E, {une habitante|un habitant} de $C.",
    "« Les prochaines heures seront décisives », a averti $S, porte-parole des pompiers."};
static const char *const fr_fire_update[] = {
    "$R a désormais parcouru $1 hectares, contre $5 {auparavant|la veille}, selon les pompiers."};
static const char *const fr_fire_back[] = {
    "Les incendies sont {fréquents|de plus en plus fréquents} $k {en été|pendant la saison sèche}.",
    "En $y, un incendie près de $h avait détruit plus de $n 000 hectares."};

static const char *const fr_crash_head[] = {
    "Un avion {s'écrase|s'est écrasé} près de $C{ avec $1 personnes à bord|}",
    "Crash d'un appareil de $O : $2 morts"};
static const char *const fr_crash_lead[] = {
    "Un $V de la compagnie $O transportant $1 personnes s'est écrasé près de $C $D, faisant $2 morts.",
    "Le vol $R de $O s'est écrasé près de $C ($K) $D, $4 minutes après son décollage{, faisant $2 morts|}."};
static const char *const fr_crash_detail[] = {
    "L'appareil a disparu des radars $4 minutes après le décollage.",
    "$3 personnes ont été hospitalisées{, certaines dans un état grave|}.",
    "Les enquêteurs {ont retrouvé|recherchaient} les boîtes noires{ $W|}.",
    "Les causes de l'accident {restent inconnues|font l'objet d'une enquête}.",
    "$O a indiqué coopérer avec les enquêteurs.",
    "Des proches des passagers {attendaient|se sont rassemblés} à l'aéroport de $h."};
static const char *const fr_crash_quote[] = {
    "« {Nous avons entendu une forte explosion|L'avion volait très bas} », a raconté $E, qui habite près de $C.",
    "« Nos pensées vont aux familles », a déclaré $O dans un communiqué."};
static const char *const fr_crash_update[] = {
    "Le bilan du crash du vol $R s'est alourdi à $2 morts, contre $5 {auparavant|initialement}."};
static const char *const fr_crash_back[] = {
    "$O avait déjà connu un accident en $y{ près de $h|}.",
    "La sécurité aérienne $k est {critiquée|surveillée} depuis $y."};

static const char *const fr_filler[] = {
    "Les autorités ont annoncé de nouvelles informations {dans la journée|dans les prochains jours}.",
    "La situation restait {confuse|incertaine} $w soir.",
    "$U n'a pas pu vérifier {ces chiffres|ces informations} de manière indépendante.",
    "{Les habitants|Des témoins} ont décrit {une nuit d'angoisse|des scènes de confusion} sur les réseaux sociaux.",
    "Le gouvernement a {annoncé|promis} {l'ouverture d'une enquête|un suivi attentif de la situation}.",
    "L'information a été {largement partagée|relayée} sur les réseaux sociaux {dans la soirée|$w}.",
    "{L'opposition|Plusieurs élus} {réclame|réclament} {des explications|une enquête} aux autorités."};


/* ------------------------------------------------------------ particulars
 * What sets one event apart from others of its kind: each event draws SC_EVG_NPART of these
 * for good, and its articles tell some of them (wire 1-2, report 2-3, feature all), so that the
 * articles of one event share rarer words that other events of the kind lack, as real events
 * have their own particulars. Slots: $G a village or district, $H a province, $I a local
 * institution (hospital, court, arena, stadium, shelter), $J a river, mountain or chip name,
 * $B a second person, all fixed per event. */
static const char *const en_quake_part[] = {
    "A landslide {triggered by the quake|set off by the tremor} buried {part of|several houses in} the village of $G.",
    "The {old|historic} mosque in $G lost its minaret{ in the quake|}.",
    "A bridge over the $J river collapsed, cutting off {villages|communities} in $H province.",
    "{The main hospital|$I} {was damaged|had to move patients outside} and treated the injured in tents.",
    "{Prisoners|Inmates} {escaped|fled} from a {damaged|cracked} jail in $G{ during the chaos|}.",
    "{Cracks|Fissures} opened in the $J dam{, and engineers were sent to inspect it|}.",
    "A {fuel depot|petrol station} caught fire in $G after the {tremor|quake}.",
    "The provincial governor, $B, {declared|announced} a state of emergency in $H.",
    "{Miners|Workers} were trapped {underground|in a collapsed mine} near $G.",
    "{Tents|Blankets and food} {were flown|were trucked} to $G {by the army|by helicopter}.",
    "A wedding party in $G was {among the victims|caught in a collapsed hall}.",
    "{Tourists|Hikers} on Mount $J {were stranded|had to be evacuated} after rockfalls.",
    "The {ancient|old} {citadel|cathedral|fortress} of $G {was badly damaged|partly collapsed}."};
static const char *const en_arrest_part[] = {
    "{Detectives|Officers} {found|seized} {a stolen car|a handgun|forged passports} in a {garage|warehouse} in $G.",
    "$L {was stopped|was caught} at {a checkpoint|the airport|the border} {near $G|in $H}.",
    "{A former business partner|His brother-in-law}, $B, {was questioned|is also under investigation}.",
    "The {alleged|suspected} {scheme|crimes} {targeted|involved} {pensioners|a charity|a bank} in $H.",
    "{Police dogs|A police helicopter} {tracked|followed} $L to {a farmhouse|an abandoned mill} outside $G.",
    "$L had been on a {wanted|most-wanted} list {for $q months|since $y}.",
    "{CCTV footage|Phone records} {placed|put} $L near $G {that night|at the time}.",
    "{About|Some} $n,000 {dollars|euros} in cash {was found|was recovered} {in a suitcase|hidden in a wall}.",
    "$L {works|worked} as {a bus driver|an accountant|a builder|a nurse} in $G{, neighbours said|}.",
    "The case {will be|is to be} heard at $I{ on $W|}.",
    "A lawyer for $L, $B, {asked for|requested} {bail|his release}.",
    "{Residents|Shop owners} in $G {had complained|had reported} {a series of|several} {break-ins|threats} {this year|in recent months}."};
static const char *const en_product_part[] = {
    "The $R {has|features} a {foldable|curved|titanium|recycled aluminium} {screen|body|frame}.",
    "{It|The $V} {uses|runs on} a new {chip|processor} called $J{, designed in-house|}.",
    "$O {showed|demonstrated} {a translation feature|a health sensor|an AI assistant} {on stage|during the event} at $I.",
    "{Rival|Competitor} $Q {cut|lowered} the price of its own $V {the same day|a day earlier}.",
    "{Production|Assembly} {will take place|is planned} at a {new|second} factory in $H.",
    "{Reviewers|Early testers} {praised|criticised} the {camera|battery|keyboard|speaker}.",
    "The $R {supports|works with} {satellite messaging|wireless charging|a stylus}.",
    "{Chief designer|Head of product} $B {said|explained} the {design|project} took {two|three} years.",
    "{Pre-orders|Queues} {opened|formed} at the $G store {overnight|at dawn}.",
    "{A recall|A software problem} {hit|affected} the {previous model|last $V} in $y.",
    "$O {will donate|promised} a share of {the proceeds|sales} to {schools in $H|a local charity}.",
    "{A trade-in scheme|A subscription plan} {lets|allows} {buyers|customers} to {upgrade|pay monthly}."};
static const char *const en_sport_part[] = {
    "{Goalkeeper|Keeper} $B {saved|stopped} a penalty {in the first half|just before the break}.",
    "{Heavy rain|Snow|Fog} {delayed|held up} the {kick-off|start} {by $q minutes|for half an hour} at $I.",
    "{Striker|Winger} $B {limped off|was carried off} {with a knee injury|with an ankle injury}{ before half-time|}.",
    "{Fans|Supporters} of $Q {lit flares|threw objects on the pitch}{, stopping play briefly|}.",
    "{The referee|Video review} {ruled out|disallowed} a $Q goal for offside.",
    "It was $P's first goal since joining from $J.",
    "{The captain|Defender} $B {received|was shown} a red card {for a late tackle|after a second booking}.",
    "$O {wore|played in} {a special kit|black armbands} {in memory of|to honour} a former player.",
    "{A minute's silence|A moment of applause} {was held|took place} before kick-off.",
    "The crowd was {a record for|the largest at} $I{ this season|}.",
    "{Young|Teenage} {midfielder|forward} $B {made his debut|came off the bench} for $O.",
    "$Q {had won|were unbeaten in} their previous $d {matches|games}."};
static const char *const en_fire_part[] = {
    "The fire {jumped|crossed} the $J river {overnight|on $W}{, forcing new evacuations|}.",
    "{A campsite|A holiday village} near $G {was|had been} evacuated{ by boat|}.",
    "{Power lines|A railway line} {to|through} $H {were|was} cut by the flames.",
    "{Smoke|Ash} {drifted|blew} as far as $h, where {schools closed|flights were delayed}.",
    "{A vineyard|An olive grove|A pine plantation} {owned by|belonging to} $B {was destroyed|burned}.",
    "{Volunteers|Neighbours} in $G {formed|set up} {a human chain|water lines} to {protect|save} the {church|school}.",
    "{Horses|Livestock} {were rescued|were led to safety} from farms near $G.",
    "{Police|Investigators} {arrested|questioned} a man {suspected of|over} starting the fire{ near $G|}.",
    "{An evacuation centre|A shelter} {opened|was set up} at $I.",
    "{A helicopter|A water bomber} {crashed|made an emergency landing} {while fighting|during operations against} the fire{, but the crew survived|}.",
    "{Firefighters|Crews} {from|sent by} {neighbouring regions|$H province} {joined|reinforced} the {effort|operation}.",
    "The {national park|nature reserve} of $J {lost|saw} {much|a third} of its forest."};
static const char *const en_crash_part[] = {
    "The {captain|pilot}, $B, had {more than |}$n,000 hours of flying experience.",
    "{Wreckage|Debris} was {scattered|spread} {across|over} {a rice field|a hillside|farmland} near $G.",
    "{A fisherman|A farmer} in $G {said|told reporters} he {saw|heard} the plane {lose height|turn sharply}.",
    "The {plane|aircraft} was on a domestic flight from $C to $h.",
    "{A football team|A group of students|A wedding party} was among the passengers.",
    "{Bodies|Victims} were taken to $I {for identification|in $C}.",
    "{Search teams|Divers} {worked|were searching} {in the $J river|in the sea off $G|in dense forest}.",
    "The airline {grounded|suspended flights of} its {other|remaining} $V aircraft{ pending checks|}.",
    "The {plane|aircraft} {was delivered|entered service} in $y{, the airline said|}.",
    "{A survivor|One passenger}, $B, {walked|was pulled} from the wreckage {with minor injuries|alive}.",
    "{Air traffic control|The tower} {received|got} {a distress call|a mayday call} {shortly before|seconds before} the crash.",
    "{Rain|Thunderstorms|Strong winds} {were reported|had been forecast} in $H {at the time|that evening}."};
static const char *const fr_quake_part[] = {
    "Un glissement de terrain a enseveli une partie du village de $G.",
    "Un pont sur la rivière $J s'est effondré, isolant plusieurs villages de la province de $H.",
    "$I a dû soigner les blessés sous des tentes.",
    "Le gouverneur de la province, $B, a décrété l'état d'urgence.",
    "Des mineurs étaient bloqués sous terre près de $G.",
    "La vieille citadelle de $G a été gravement endommagée.",
    "Des vivres ont été acheminés par hélicoptère vers $G.",
    "Des fissures sont apparues sur le barrage de $J."};
static const char *const fr_arrest_part[] = {
    "Les enquêteurs ont saisi {une arme|de faux passeports} dans un entrepôt de $G.",
    "$L a été interpellé {à un barrage routier|à l'aéroport} près de $G.",
    "Son ancien associé, $B, a également été entendu.",
    "$L était recherché depuis $q mois.",
    "Des images de vidéosurveillance situent $L près de $G ce soir-là.",
    "Environ $n 000 euros en liquide ont été retrouvés dans une valise.",
    "L'audience se tiendra au $I.",
    "L'avocat de $L, $B, a demandé sa remise en liberté."};
static const char *const fr_product_part[] = {
    "Le $R dispose d'un écran {pliable|incurvé}.",
    "L'appareil utilise une nouvelle puce baptisée $J.",
    "Le concurrent $Q a baissé le prix de son propre modèle le même jour.",
    "La production aura lieu dans une nouvelle usine de la région de $H.",
    "Le responsable du design, $B, explique que le projet a duré {deux|trois} ans.",
    "Des files d'attente se sont formées devant le magasin de $G dès l'aube.",
    "Un rappel avait touché le modèle précédent en $y.",
    "La présentation s'est tenue à $I."};
static const char *const fr_sport_part[] = {
    "Le gardien $B a arrêté un penalty {en première période|juste avant la pause}.",
    "La pluie a retardé le coup d'envoi de $q minutes au $I.",
    "L'attaquant $B est sorti sur blessure avant la pause.",
    "L'arbitre a refusé un but de $Q pour hors-jeu.",
    "Le capitaine $B a reçu un carton rouge.",
    "Une minute de silence a été observée avant le coup d'envoi.",
    "Le jeune milieu $B a fait ses débuts avec $O.",
    "Des supporters de $Q ont allumé des fumigènes."};
static const char *const fr_fire_part[] = {
    "Le feu a franchi la rivière $J dans la nuit.",
    "Un camping près de $G a été évacué.",
    "Des lignes électriques vers $H ont été coupées par les flammes.",
    "Des chevaux ont été mis à l'abri dans les fermes proches de $G.",
    "Un homme soupçonné d'avoir allumé le feu a été interpellé près de $G.",
    "Un centre d'accueil a été ouvert dans $I.",
    "Des renforts sont arrivés de la province de $H.",
    "Le parc naturel de $J a perdu une grande partie de sa forêt."};
static const char *const fr_crash_part[] = {
    "Le commandant de bord, $B, comptait plus de $n 000 heures de vol.",
    "Des débris ont été retrouvés dans {une rizière|une colline} près de $G.",
    "Un pêcheur de $G dit avoir vu l'avion perdre de l'altitude.",
    "L'appareil effectuait un vol intérieur entre $C et $h.",
    "Les corps ont été transportés à $I.",
    "Des plongeurs fouillaient la rivière $J.",
    "Un survivant, $B, a été extrait vivant de l'épave.",
    "La tour de contrôle a reçu un appel de détresse peu avant l'accident."};

typedef struct tset_s {
	const char *const *v;
	size_t n;
} tset_t;
typedef struct klang_s {
	tset_t head, lead, detail, quote, update, back, part;
} klang_t;

/* [kind][lang]: lang 0 English, 1 French. A kind without updates has update.n == 0. */
static const klang_t g_tpl[SC_EVG_NKINDS][2] = {
    {{TS(en_quake_head), TS(en_quake_lead), TS(en_quake_detail), TS(en_quake_quote), TS(en_quake_update), TS(en_quake_back), TS(en_quake_part)},
     {TS(fr_quake_head), TS(fr_quake_lead), TS(fr_quake_detail), TS(fr_quake_quote), TS(fr_quake_update), TS(fr_quake_back), TS(fr_quake_part)}},
    {{TS(en_arrest_head), TS(en_arrest_lead), TS(en_arrest_detail), TS(en_arrest_quote), TS(en_arrest_update), TS(en_arrest_back), TS(en_arrest_part)},
     {TS(fr_arrest_head), TS(fr_arrest_lead), TS(fr_arrest_detail), TS(fr_arrest_quote), TS(fr_arrest_update), TS(fr_arrest_back), TS(fr_arrest_part)}},
    {{TS(en_product_head), TS(en_product_lead), TS(en_product_detail), TS(en_product_quote), TS(en_product_update), TS(en_product_back), TS(en_product_part)},
     {TS(fr_product_head), TS(fr_product_lead), TS(fr_product_detail), TS(fr_product_quote), TS(fr_product_update), TS(fr_product_back), TS(fr_product_part)}},
    {{TS(en_sport_head), TS(en_sport_lead), TS(en_sport_detail), TS(en_sport_quote), {NULL, 0}, TS(en_sport_back), TS(en_sport_part)},
     {TS(fr_sport_head), TS(fr_sport_lead), TS(fr_sport_detail), TS(fr_sport_quote), {NULL, 0}, TS(fr_sport_back), TS(fr_sport_part)}},
    {{TS(en_fire_head), TS(en_fire_lead), TS(en_fire_detail), TS(en_fire_quote), TS(en_fire_update), TS(en_fire_back), TS(en_fire_part)},
     {TS(fr_fire_head), TS(fr_fire_lead), TS(fr_fire_detail), TS(fr_fire_quote), TS(fr_fire_update), TS(fr_fire_back), TS(fr_fire_part)}},
    {{TS(en_crash_head), TS(en_crash_lead), TS(en_crash_detail), TS(en_crash_quote), TS(en_crash_update), TS(en_crash_back), TS(en_crash_part)},
     {TS(fr_crash_head), TS(fr_crash_lead), TS(fr_crash_detail), TS(fr_crash_quote), TS(fr_crash_update), TS(fr_crash_back), TS(fr_crash_part)}},
};
static const tset_t g_filler[2] = {TS(en_filler), TS(fr_filler)};

/* Light rewordings of copies: the first match in a sentence is replaced. */
static const char *const g_reword[2][8][2] = {
    {{" said", " stated"}, {" about ", " around "}, {" more than ", " over "},
     {" at least ", " no fewer than "}, {" people", " persons"}, {" after ", " following "},
     {" were ", " had been "}, {" was ", " had been "}},
    {{" a déclaré", " a indiqué"}, {" environ ", " quelque "}, {" plus de ", " au moins "},
     {" a raconté", " a témoigné"}, {" personnes", " victimes"}, {" après ", " à la suite de "},
     {" ont été ", " avaient été "}, {" a été ", " avait été "}}};
