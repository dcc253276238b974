from lib import *

# ---------------------------------------------------------------- klagomål
B = """Hej

Kyrkvägen mellan nummer 10 och 40 har inte plogats sedan snöfallet i söndags. Det är djupa hjulspår och is under, och vi som bor här är många äldre. Min granne på 86 år vågar inte gå till brevlådan. Hemtjänsten fick parkera nere vid korsningen i går.

Övriga gator i området är plogade. Har ni glömt oss?

Med vänlig hälsning
Gunnel Lindqvist
Kyrkvägen 22"""
M("sv_d01", lang="sv", kind="deviation", area="roads_traffic", frm=("Gunnel Lindqvist", "gunnel.lindqvist@telia.com"), to=KS,
  subj="Snöröjning Kyrkvägen", date="2026-01-28 09:15", body=B, notes="Swedish snow-clearing complaint; mentions home care only in passing (not sensitive)")
NEAR("sv_d01n", "sv_d01", date="2026-02-02 08:40", subj_prefix="Påminnelse: ",
     prefix="Ingen har hört av sig och ingenting har hänt.\n\n", repl=[("sedan snöfallet i söndags", "sedan snöfallet för en vecka sedan")],
     notes="near duplicate: Påminnelse, new first line, edited phrase")

B = """Hej!
Vår soptunna (matavfall + rest) på Granvägen 5 har inte tömts på två veckor. Bilen kör förbi. Tunnan står där den alltid står, vid vägkanten, och locket är stängt. Nu är det fullt och luktar.
Mvh Jonas Berg"""
M("sv_d02", lang="sv", kind="deviation", area="waste", frm=("Jonas Berg", "jonasberg77@hotmail.se"), to=KS,
  subj="Soptunnan inte tömd", date="2026-03-09 18:30", client="outlookcom", fmt="html", body=B, notes="Outlook.com HTML-only")
EXACT("sv_d02x", "sv_d02", mode="resend", date="2026-03-10 07:12", notes="exact duplicate: same body resent next morning with a new Message-ID")

B = """Hej,

Sedan i morse är vattnet i kranen gulbrunt och trycket är väldigt lågt, det bara rinner. Vi bor på Björkdalsvägen 8. Har ni något arbete på gång? Vi har inte sett något meddelande på hemsidan.

/Emma Nordström"""
M("sv_d03", lang="sv", kind="deviation", area="water_sewage", frm=("Emma Nordström", "emma.nordstrom@gmail.com"), to=KS,
  subj="Missfärgat vatten", date="2026-04-14 07:52", body=B, notes="short water deviation with question")

B = """Hej

Jag skriver om min dotter Alva i klass 7B på Centralskolan. Sedan jullovet har en grupp tjejer i klassen frusit ut henne, skrivit elaka saker om henne i en gruppchatt och delat en bild på henne i omklädningsrummet. Skolan vet om det, vi hade möte med mentorn i februari, men inget har förändrats.

Alva har slutat äta ordentligt och vi upptäckte förra veckan att hon har skurit sig på armarna. Hon går nu hos skolkuratorn och vi har fått tid på BUP.

Jag vill veta vad skolan gör för att stoppa kränkningarna. Skolan har väl skyldighet att utreda det här enligt skollagen?

Med vänlig hälsning
Petra Sandberg"""
M("sv_d04", cs="iso-8859-1", lang="sv", kind="deviation", area="school", sens=True, frm=("Petra Sandberg", "petra.sandberg@example.se"), to=KS,
  subj="Kränkningar av min dotter på Centralskolan", date="2026-03-17 21:40", client="outlook", body=B,
  notes="sensitive: child's self-harm and BUP contact")
FU("sv_d04f", "sv_d04", threaded="via", date="2026-03-19 16:05", subj="SV: Kränkningar av min dotter på Centralskolan",
   body="""Hej Anders,

Tack för att du återkom. Torsdag 26 mars kl. 15 passar oss bra. Vi kommer båda två.

Petra

Från: Anders Höglund <anders.hoglund@alvsby.kommun.se>
Skickat: den 19 mars 2026 11:20
Till: Petra Sandberg <petra.sandberg@example.se>
Ämne: SV: Kränkningar av min dotter på Centralskolan

Hej Petra,
Jag är rektor på Centralskolan och har fått ditt mejl. Vi har startat en utredning. Kan ni komma på ett möte nästa vecka, förslagsvis torsdag 26 mars kl. 15?

Vänliga hälsningar
Anders Höglund, rektor""", notes="threaded reply to the principal's answer; the quoted part has no health details (not sensitive)")

B = """Hej,

Jag är dotter till Maj-Britt Öberg som bor på Lillgatan 4 och har hemtjänst. Mamma har diabetes och ska ha insulin kl. 8 och kl. 17. I helgen kom personalen inte förrän kl. 11 på lördagen och på söndagen kom ingen på kvällen alls. Hon hade ett blodsocker på 19 när jag kom dit på måndagen, och hon var förvirrad.

Det här är inte första gången. Jag vill att någon ansvarig ringer mig.

Karin Öberg Lund
070-318 44 27"""
M("sv_d05", lang="sv", kind="deviation", area="health_care", sens=True, frm=("Karin Öberg Lund", "karin.oberg.lund@gmail.com"), to=KS,
  subj="Missad insulin hemtjänst", date="2026-05-04 08:05", body=B, notes="sensitive: diabetes, insulin and confusion of a named relative")
FU("sv_d05f", "sv_d05", threaded=None, date="2026-05-04 19:30", subj="Angående mamma Maj-Britt Öberg",
   body="""Hej igen, glömde att skriva i morse att mammas läkare på vårdcentralen nu har ändrat insulindosen efter helgen, så det är extra viktigt att tiderna hålls den här veckan. Jag har lagt en lapp i hennes kök också.

Karin""", sens=True, notes="unthreaded follow-up ('glömde att skriva'), sensitive")

B = """Vi åkte till simhallen i lördags kl 13 med tre barn och den var stängd. På hemsidan stod det öppet 10-16 och det stod ingenting på Facebook heller. En lapp på dörren sa "stängt pga tekniskt fel". Tråkigt för barnen och vi körde 3 mil i onödan. Kan ni inte lägga ut sånt på hemsidan?

Hälsningar Mikael"""
M("sv_d06", lang="sv", kind="deviation", area="culture_sports", frm=("Mikael Johansson", "mikael.johansson82@gmail.com"), to=KS,
  subj="Stängd simhall", date="2026-02-22 15:44", body=B, notes="deviation with a suggestion inside")

B = """Hej,

På förskolan Solrosen är staketet mot parkeringen trasigt i hörnet vid sandlådan. Det är ett hål som ett litet barn lätt kan krypa igenom. Jag såg det vid hämtningen i går och sa till personalen, som sa att det varit anmält länge.

Det behöver lagas omgående.

Anna Wikström, mamma till Elsa på Blåklinten"""
M("sv_d07", lang="sv", kind="deviation", area="kindergarten", frm=("Anna Wikström", "anna.wikstrom@example.se"), to=KS,
  subj="Trasigt staket förskolan Solrosen", date="2026-08-26 09:08", client="iphone", body=B, notes="kindergarten safety deviation")

B = """Hej

Vår granne på Norrbyvägen 15 har satt upp ett plank som är nästan 2,5 meter högt längs hela tomtgränsen mot oss. Vi får ingen sol på altanen efter kl. 14. Så vitt jag vet krävs bygglov för plank över 1,1 meter, och vi har aldrig fått någon grannehörande.

Kan byggnadsnämnden titta på det?

Mvh
Lars-Erik och Birgitta Sundqvist"""
M("sv_d08", cs="iso-8859-1", lang="sv", kind="deviation", area="building_planning", frm=("Lars-Erik Sundqvist", "le.sundqvist@telia.com"), to=KS,
  subj="Plank utan bygglov", date="2026-07-07 19:20", body=B, notes="report of unpermitted building (deviation)")

B = """Hej.

Det går inte att logga in på e-tjänsterna på kommunens hemsida med BankID. Jag har försökt från dator och mobil sedan i fredags. Det blir bara felmeddelandet "Sessionen har gått ut" direkt. Jag ska ansöka om bygglov och kan inte göra det.

Åsa Lindström"""
M("sv_d09", lang="sv", kind="deviation", area="other", frm=("Åsa Lindström", "asa.lindstrom@example.se"), to=KS,
  subj="E-tjänsten fungerar inte", date="2026-06-15 10:40", client="roundcube", cs="iso-8859-1", cte="8bit", subj_enc="q", subj_cs="iso-8859-1",
  body=B, notes="ISO-8859-1 8bit; mentions wanting to apply (trap), it is a deviation about the web service")

# ---------------------------------------------------------------- förslag
B = """Hej!

Förslag: bygg en cykelbana längs Älvvägen från Norrbyn in till centrum. Idag cyklar barnen till skolan på en smal vägren där lastbilarna kör i 70. Det skulle göra stor skillnad, och fler skulle cykla till jobbet.

Hälsningar
Sofia Lundgren"""
M("sv_s01", lang="sv", kind="suggestion", area="roads_traffic", frm=("Sofia Lundgren", "sofia.lundgren@gmail.com"), to=SYN,
  subj="Förslag: cykelbana Älvvägen", date="2026-05-18 20:02", body=B, notes="suggestion")

B = """Hej,

Jag har ett förslag till biblioteket: inför "meröppet" så att man kan gå in med lånekortet och en kod även när det inte är personal där, till exempel kvällar och söndagar. Flera kommuner har det. Jag jobbar skift och hinner nästan aldrig när det är öppet.

Vänliga hälsningar
Henrik Bergström"""
M("sv_s02", lang="sv", kind="suggestion", area="culture_sports", frm=("Henrik Bergström", "henrik.bergstrom@example.se"), to=SYN,
  subj="Meröppet bibliotek", date="2026-10-12 21:33", client="thunderbird", body=B, notes="suggestion")
NEAR("sv_s02n", "sv_s02", date="2026-10-26 20:10", subj_prefix="Påminnelse: ",
     repl=[("Jag har ett förslag till biblioteket", "Jag skickade det här för två veckor sedan men har inte fått svar. Förslag till biblioteket")],
     notes="near duplicate: first sentence rewritten, Påminnelse subject")

B = """Det vore bra om påsarna för matavfall fanns att hämta i fler butiker, inte bara på ICA i centrum. Vi som bor i Lillträsk har 2 mil dit. Kanske på macken?

/Bertil"""
M("sv_s03", lang="sv", kind="suggestion", area="waste", frm=("Bertil Forsberg", "bertil.forsberg@telia.com"), to=SYN,
  subj="Matavfallspåsar", date="2026-09-02 11:11", body=B, notes="short suggestion")

B = """Hej,

Kan skolmaten på Norrbyskolan ha ett vegetariskt alternativ varje dag, inte bara på onsdagar? Min son äter inte kött och blir ofta hungrig eftersom han bara äter potatis och sallad de dagarna.

Vänliga hälsningar
Linnea Holm"""
M("sv_s04", lang="sv", kind="suggestion", area="school", frm=("Linnea Holm", "linnea.holm@outlook.com"), to=SYN,
  subj="Vegetarisk skolmat", date="2026-02-10 12:25", body=B, notes="suggestion; dietary preference is not health")
FU("sv_s04f", "sv_s04", threaded=None, date="2026-02-11 07:50", subj="Vegetarisk skolmat (tillägg)",
   body="""Hej igen! Ett tillägg till mitt mejl i går: flera föräldrar i klassen har samma önskemål, vi har pratat om det i föräldragruppen. Så det gäller inte bara min son.

Linnea Holm""", notes="unthreaded addition ('ett tillägg till mitt mejl i går')")

B = """Hej

Det är alldeles för få parkeringsplatser vid Tallbacka äldreboende. På helgerna när många hälsar på får man parkera på gräset eller längs vägen. Kan man inte göra om en del av grusytan bakom huset till parkering?

Mvh Kjell Nyström"""
M("sv_s05", lang="sv", kind="suggestion", area="health_care", frm=("Kjell Nyström", "kjell.nystrom@example.se"), to=SYN,
  subj="Parkering Tallbacka", date="2026-06-28 14:14", body=B, notes="trap: nursing-home parking, no health details; area health_care vs roads arguable")

# ---------------------------------------------------------------- beröm
B = """Till hemtjänsten i Norrbyn

Pappa Sven fick ALS-diagnosen för två år sedan och blev under det sista halvåret helt beroende av hjälp med allt, även att andas med maskin på natten. Ni kom fyra gånger om dagen och ni gjorde det med sådan värme och respekt. Han dog stilla hemma den 3 april.

Vi vill tacka hela gruppen, särskilt Fatima, Jenny och Olle.

Varma hälsningar
Familjen Eriksson genom Lena"""
M("sv_p01", lang="sv", kind="praise", area="health_care", sens=True, frm=("Lena Eriksson", "lena.eriksson61@gmail.com"), to=KS,
  subj="Ett stort tack", date="2026-04-20 10:30", body=B, notes="praise; ALS diagnosis and care of father: sensitive")

B = """Tack för att ni lagade gatlampan på Skolgatan så snabbt! Anmälde i måndags och den lyste redan på tisdagskvällen. Bra jobbat.

Mvh Rolf"""
M("sv_p02", lang="sv", kind="praise", area="roads_traffic", frm=("Rolf Nilsson", "rolf.nilsson@example.se"), to=SYN,
  subj="Tack!", date="2026-11-19 18:04", client="iphone", body=B, notes="short praise")

B = """Hej!

Vi vill ge beröm till förskolan Trollskogen. Vår son Vidar har haft svårt med inskolningen och grät varje morgon i höstas. Personalen har varit så tålmodiga, hittat på små uppdrag åt honom och skickat bilder till oss under dagen. Nu vill han inte gå hem när vi hämtar!

Stort tack
Malin och Erik Sjöberg"""
M("sv_p03", lang="sv", kind="praise", area="kindergarten", frm=("Malin Sjöberg", "malin.sjoberg@gmail.com"), to=SYN,
  subj="Beröm till Trollskogen", date="2026-10-22 20:50", body=B, notes="praise; child's adjustment is not health details")
FU("sv_p03f", "sv_p03", threaded=None, date="2026-10-23 06:55", subj="Beröm Trollskogen, namn",
   body="Glömde skriva att det framför allt är Maria och Ahmed på Ugglan vi menar. /Malin Sjöberg",
   notes="unthreaded follow-up with names")

B = """Hej,

Jag vill bara säga att sagostunden på biblioteket på lördagsförmiddagarna är fantastisk. Bibliotekarien Eva läser med så mycket inlevelse, och min dotter på 4 år tjatar om att få gå dit varje vecka. Fortsätt med det!

Mvh Sara"""
M("sv_p04", lang="sv", kind="praise", area="culture_sports", frm=("Sara Åkesson", "sara.akesson@example.se"), to=SYN,
  subj="Sagostunden", date="2026-03-07 13:20", client="apple", body=B, notes="praise")

B = """Hej

För ett år sedan var jag i kris efter skilsmässan, hade förlorat jobbet och kunde inte betala hyran. Jag skämdes så mycket att jag väntade alldeles för länge med att söka ekonomiskt bistånd. Min handläggare på socialtjänsten, Maria, behandlade mig med respekt hela tiden och hjälpte mig att få ordning på skulderna och kontakt med Arbetsförmedlingen.

Nu har jag jobb igen. Jag vill att hon och hennes chef ska veta hur mycket det betydde.

Tack.
Daniel"""
M("sv_p05", lang="sv", kind="praise", area="social_services", sens=True, frm=("Daniel Strand", "daniel.strand90@hotmail.com"), to=KS,
  subj="Tack till socialtjänsten", date="2026-09-24 22:18", body=B, notes="praise with social-assistance history of the writer: sensitive")

# ---------------------------------------------------------------- frågor
B = """Hej, när är nästa grovsophämtning i Lillträsk? Jag har en gammal soffa och en kyl.

Tack på förhand
Greta"""
M("sv_q01", lang="sv", kind="question", area="waste", frm=("Greta Holmberg", "greta.holmberg@telia.com"), to=KS,
  subj="Grovsopor", date="2026-04-03 09:50", body=B, notes="short question ending with 'tack på förhand' (not praise)")

B = """Hej!

Vi ställde vår dotter i kö till förskola i januari, med önskat startdatum 1 september. Hur lång är kön just nu till förskolorna i centrum, och när kan vi förvänta oss ett erbjudande? Vi behöver veta för att planera föräldraledigheten.

Mvh Johanna och Viktor Lind"""
M("sv_q02", lang="sv", kind="question", area="kindergarten", frm=("Johanna Lind", "johanna.lind@gmail.com"), to=KS,
  subj="Förskolekö", date="2026-05-25 21:05", body=B, notes="question about queue, not an application")
NEAR("sv_q02n", "sv_q02", date="2026-06-08 20:30", subj_prefix="Påminnelse - ",
     repl=[("Hej!\n", "Hej igen!\n"), ("Mvh Johanna", "Vi väntar fortfarande på svar.\nMvh Johanna")],
     notes="near duplicate: greeting changed, one line added")

B = """Hej

Vi funderar på att bygga ett attefallshus på 30 kvm på vår tomt på Tallvägen 9, som gästhus. Behöver vi söka bygglov eller räcker det med en anmälan? Och hur nära tomtgränsen får det stå?

Tack!
Oskar Lindberg"""
M("sv_q03", lang="sv", kind="question", area="building_planning", frm=("Oskar Lindberg", "oskar.lindberg@gmail.com"), to=KS,
  subj="Attefallshus", date="2026-03-24 19:45", body=B, notes="question with 'söka bygglov' (trap)")
FU("sv_q03f", "sv_q03", threaded="direct", date="2026-03-25 06:40", subj="Re: Attefallshus",
   body="""Kom på en sak till: tomten ligger inom detaljplan, om det spelar någon roll. Grannen har sagt att hen inte har något emot det.

/Oskar

Den tis 24 mars 2026 kl 19:45 skrev Oskar Lindberg <oskar.lindberg@gmail.com>:
""" + quote(B), notes="threaded reply to own question, quoting it with >")

B = """Hej,

Vi bor på Myrvägen, ungefär 2,8 km från Norrbyskolan. Har vår son som börjar i förskoleklass rätt till skolskjuts? Vägen har ingen gång- eller cykelväg.

Mvh Amir Karimi"""
M("sv_q04", lang="sv", kind="question", area="school", frm=("Amir Karimi", "amir.karimi@example.se"), to=KS,
  subj="Skolskjuts förskoleklass", date="2026-04-29 12:30", body=B, notes="question about eligibility (not an application)")

B = """Hej. Vi har ett enskilt avlopp med trekammarbrunn på vårt fritidshus i Lillträsk. Vi har fått brev om att det ska inventeras. Vad innebär det, och behöver vi vara på plats?

Ulf Backman"""
M("sv_q05", lang="sv", kind="question", area="water_sewage", frm=("Ulf Backman", "ulf.backman@telia.com"), to=KS,
  subj="Inventering av enskilt avlopp", date="2026-08-13 16:35", client="roundcube", body=B, notes="question")

B = """Hej!

Vi är ett korpenlag i innebandy som skulle vilja hyra idrottshallen vid Centralskolan en kväll i veckan, helst tisdagar 20-21. Hur bokar vi, och vad kostar det?

Mvh Peter Sundström"""
M("sv_q06", lang="sv", kind="question", area="culture_sports", frm=("Peter Sundström", "peter.sundstrom@example.se"), to=[KS, "fritid@alvsby.kommun.se"],
  subj="Hyra idrottshall", date="2026-09-07 10:00", client="outlook", body=B, notes="question about renting a hall")
EXACT("sv_q06x", "sv_q06", mode="same_id", second_box="fritid@alvsby.kommun.se",
      notes="exact duplicate: same Message-ID delivered to the leisure unit's mailbox")

B = """Hej, vart vänder man sig om man behöver söka försörjningsstöd? Jag hittar inte rätt på hemsidan. Går det att söka digitalt?"""
M("sv_q07", lang="sv", kind="question", area="social_services", frm=("", "tomas.r@example.se"), to=KS,
  subj="Försörjningsstöd", date="2026-11-03 13:55", client="android", body=B,
  notes="general question about welfare, no personal details: not sensitive")

# ---------------------------------------------------------------- formella
B = """Begäran om allmän handling

Jag begär att få ta del av följande allmänna handlingar:

1. Protokoll från byggnadsnämndens sammanträde 10 mars 2026, § 24–31.
2. Exploateringsavtalet för detaljplanen Norrbyn etapp 2.
3. Alla inkomna synpunkter från samrådet om samma detaljplan.

Handlingarna kan skickas digitalt till denna e-postadress.

Med vänlig hälsning
Karl Mattsson"""
M("sv_a01", lang="sv", kind="formal", ftype="access_request", area="building_planning", frm=("Karl Mattsson", "karl.mattsson@example.se"), to=KS,
  subj="Begäran om allmän handling", date="2026-04-06 08:20", body=B, notes="classic Swedish access request")
NEAR("sv_a01n", "sv_a01", date="2026-04-13 08:10", subj_new="Påminnelse: Begäran om allmän handling (6 april)",
     prefix="Jag har inte fått något svar på min begäran från den 6 april. Enligt TF ska en begäran behandlas skyndsamt.\n\n",
     notes="near duplicate: reminder with legal nudge on top")

B = """Hej,

Jag begär ett registerutdrag enligt artikel 15 i dataskyddsförordningen. Jag vill veta vilka personuppgifter Älvsby kommun behandlar om mig, för vilka ändamål, vilka som har fått ta del av dem och hur länge de sparas.

Namn: Maria Eliasson
Personnummer: {p}
Adress: Storgatan 41 B, Älvsby

Svaret kan skickas till min folkbokföringsadress.

Maria Eliasson""".format(p=pnr("790614", 282, century="19"))
M("sv_a02", lang="sv", kind="formal", ftype="access_request", area="other", sens=True, frm=("Maria Eliasson", "maria.eliasson@gmail.com"), to=KS,
  subj="Registerutdrag enligt artikel 15 GDPR", date="2026-01-12 10:15", body=B, notes="GDPR art. 15 request with a 12-digit personnummer")

B = """Hej.

Jag har två barn på Lillträsk skola och har precis läst i tidningen att barn- och utbildningsnämnden föreslår att skolan ska läggas ned från hösten 2027. Ingen har frågat oss föräldrar. Vi fick reda på det genom Norrbottens-Kuriren.

Lillträsk skola är hela byns hjärta. Om den stängs får våra barn åka buss 45 minuter enkel väg, i mörker halva året. Flera familjer pratar redan om att flytta. Jag förstår att det är ont om pengar, men man kan inte spara på de minsta barnens bekostnad.

Jag vill ta del av den utredning som ligger till grund för förslaget, och av de beräkningar som visar vad kommunen sparar. Jag vill också se skolskjutsplaneringen om det finns någon.

Vi kommer till nämndens möte.

Anneli Granström"""
M("sv_a03", lang="sv", kind="formal", ftype="access_request", area="school", frm=("Anneli Granström", "anneli.granstrom@example.se"), to=KS,
  subj="Nedläggning av Lillträsk skola", date="2026-02-16 22:05", body=B,
  notes="access request buried in a protest about school closure, phrased 'vill ta del av'")

B = """Begäran om utlämnande av allmänna handlingar

Med stöd av tryckfrihetsförordningen 2 kap. begär jag ut:

- all e-postkorrespondens mellan VA-chefen och kommunstyrelsens ordförande under perioden 1 januari – 31 mars 2026 som rör den nya VA-taxan,
- underlaget till kommunstyrelsens beslut om VA-taxa 2026.

Jag avstår inte från min rätt att vara anonym, men lämnar e-postadress för att kunna få handlingarna.

/Redaktionen, Älvdalsbladet"""
M("sv_a04", cs="windows-1252", lang="sv", kind="formal", ftype="access_request", area="water_sewage", frm=("Älvdalsbladet redaktion", "tips@alvdalsbladet.example.se"), to=KS,
  subj="Begäran om utlämnande - VA-taxa", date="2026-04-22 11:45", client="outlook", body=B, notes="journalist's access request, anonymous sender")
NEAR("sv_a04n", "sv_a04", date="2026-05-04 09:30", subj_prefix="PÅMINNELSE: ",
     repl=[("Begäran om utlämnande av allmänna handlingar\n", "Begäran om utlämnande av allmänna handlingar (påminnelse, första begäran 22 april)\n")],
     notes="near duplicate: capitals in subject, first line edited")

B = """Hej

Kan jag få en kopia av trafikmätningen som gjordes på Storgatan i höstas? Jag har hört att den visade att många kör mycket fortare än 40. Gärna även protokollet där man beslutade att inte sätta upp farthinder.

Mvh Roger Ek"""
M("sv_a05", lang="sv", kind="formal", ftype="access_request", area="roads_traffic", frm=("Roger Ek", "roger.ek@telia.com"), to=KS,
  subj="Trafikmätning Storgatan", date="2026-01-20 17:10", body=B, notes="access request without keyword, phrased as a question")

B = """Ansökan om förskoleplats

Jag ansöker om förskoleplats för min son.

Barnets namn: Noah Larsson
Personnummer: {p}
Önskat startdatum: 2026-08-17
Önskad förskola: 1. Solrosen 2. Trollskogen
Omfattning: 40 timmar/vecka

Vårdnadshavare: Jessica Larsson, Kyrkvägen 5
Telefon: 073-552 18 90

Med vänlig hälsning
Jessica Larsson""".format(p=pnr("240311", 458))
M("sv_app01", lang="sv", kind="formal", ftype="application", area="kindergarten", sens=True, frm=("Jessica Larsson", "jessica.larsson@gmail.com"), to=KS,
  subj="Ansökan förskoleplats", date="2026-03-02 20:40", body=B, notes="application with child's personnummer (10 digits with hyphen)")

M("sv_app02", lang="sv", kind="formal", ftype="application", area="social_services", sens=True,
  frm=("Bo Gustafsson", "bo.gustafsson@telia.com"), to=KS, subj="Bostadsanpassning", date="2026-05-20 14:22", client="outlook",
  body="""Hej!

Jag skickar min ansökan om bostadsanpassningsbidrag, se bifogat dokument. Intyg från arbetsterapeuten kommer med posten.

Hälsningar
Bo Gustafsson""",
  att=[{"name": "Ansökan bostadsanpassning Gustafsson.docx", "type": "docx", "content": [
      [("Ansökan om bostadsanpassningsbidrag")],
      ["Sökande: Bo Gustafsson, personnummer ", pnr("480927", 193)[:6], pnr("480927", 193)[6:]],
      "Adress: Tallvägen 3, Älvsby",
      "Funktionsnedsättning: Jag har Parkinsons sjukdom och har fallit flera gånger i badrummet. Jag använder rollator inne och kan inte kliva över badkarskanten.",
      "Sökta åtgärder: Byte av badkar mot duschplats, stödhandtag vid toalett, borttagning av trösklar, ramp vid entrén.",
      "Intyg från arbetsterapeut bifogas separat.",
      "Älvsby 2026-05-19",
      "Bo Gustafsson"]}],
  notes="application and personnummer only in the DOCX (personnummer split across two runs); area social vs building arguable")

M("sv_app03", lang="sv", kind="formal", ftype="application", area="culture_sports",
  frm=("Älvsby Schackklubb", "styrelsen@alvsbyschack.example.se"), to=KS, subj="Ansökan om föreningsbidrag 2026", date="2026-02-27 18:00",
  client="thunderbird",
  body="""Hej

Bifogat finns Älvsby Schackklubbs ansökan om aktivitetsbidrag och lokalbidrag för 2026.

Med vänliga hälsningar
Göran Wallin, kassör""",
  att=[{"name": "ansokan_foreningsbidrag_2026.pdf", "type": "pdf", "title": "Ansökan föreningsbidrag", "content": [
      "Ansökan om föreningsbidrag 2026",
      "",
      "Förening: Älvsby Schackklubb, organisationsnummer %s-%s" % (luhn_fix("802418339")[:6], luhn_fix("802418339")[6:]),
      "Sökt bidrag: Aktivitetsbidrag (ungdom 7-20 år) samt lokalbidrag",
      "Antal medlemmar: 46, varav 29 under 20 år",
      "Antal sammankomster 2025: 112",
      "Lokalkostnad 2025: 18 400 kr",
      "",
      "Kontaktperson: Göran Wallin, kassör"]}],
  notes="application in a PDF; organisation number passes Luhn but is not a personnummer (month 24) - trap")

B = """Ansökan om schakttillstånd

Vi ansöker om tillstånd att schakta i gatumark på Skolgatan utanför nummer 12–16 för byte av fjärrvärmeledning.

Period: vecka 36–37
Yta: ca 25 m²
Trafikanordningsplan bifogas i separat mejl.

Med vänlig hälsning
Anders Lundmark
Projektledare, Norrbottens Mark & Rör AB"""
M("sv_app04", lang="sv", kind="formal", ftype="application", area="roads_traffic", frm=("Anders Lundmark", "anders.lundmark@markror.example.se"), to=KS,
  subj="Ansökan om schakttillstånd Skolgatan", date="2026-08-17 07:30", client="outlook", body=B, notes="application from a contractor")
FU("sv_app04f", "sv_app04", threaded=None, date="2026-08-17 10:15", subj="Schakttillstånd Skolgatan - TA-plan",
   body="""Hej igen

Som utlovat i mitt mejl i morse bifogar jag trafikanordningsplanen för schaktet på Skolgatan 12–16.

Anders Lundmark""",
   att=[{"name": "TA-plan Skolgatan.txt", "type": "txt", "content": """TRAFIKANORDNINGSPLAN - Skolgatan 12-16
Arbetsområde: norra körfältet, gångbana avstängd
Omledning gående: södra trottoaren, övergångsställe vid nr 10
Skyltning: X1, A20, C31-30 (30 km/h)
Ansvarig: Anders Lundmark, 070-228 19 55
"""}], notes="unthreaded follow-up carrying the promised attachment")

B = """Överklagande av beslut om bygglov

Jag överklagar byggnadsnämndens beslut 2026-05-12, § 58, dnr BN 2026/144, om bygglov för flerbostadshus på fastigheten Älvsby Norrbyn 3:12.

Skäl:
Byggnaden blir 14 meter hög, vilket strider mot detaljplanens bestämmelse om högst två våningar. Det är inte en liten avvikelse. Byggnaden kommer att skugga vår tomt (Norrbyn 3:14) under större delen av dagen.

Jag yrkar att beslutet upphävs.

Lars-Erik Sundqvist"""
M("sv_ov01", cs="iso-8859-1", lang="sv", kind="formal", ftype="appeal", area="building_planning", frm=("Lars-Erik Sundqvist", "le.sundqvist@telia.com"), to=KS,
  subj="Överklagande bygglov Norrbyn 3:12", date="2026-06-01 21:15", body=B, notes="Swedish appeal of a building permit; same sender as an earlier deviation (separate case)")
NEAR("sv_ov01n", "sv_ov01", date="2026-06-02 08:05", repl=[("Jag yrkar att beslutet upphävs.", "Jag yrkar att beslutet upphävs i sin helhet.")],
     notes="near duplicate sent the next morning with one sentence edited")

B = """Överklagande

Jag överklagar beslutet från barn- och utbildningsnämnden den 3 juli om att min dotter Ella (åk 4) inte har rätt till skolskjuts från Myrvägen 18 till Norrbyskolan.

Avståndet är 3,9 km enligt er mätning, men ni har mätt längs skogsstigen som inte är belyst och som inte plogas på vintern. Längs vägen är det 4,6 km.

Jag begär att beslutet ändras.

Jenny Lundqvist"""
M("sv_ov02", lang="sv", kind="formal", ftype="appeal", area="school", frm=("Jenny Lundqvist", "jenny.lundqvist@gmail.com"), to=KS,
  subj=None, date="2026-07-14 12:00", body=B, notes="appeal without subject")

B = """Överklagande av beslut om ekonomiskt bistånd

Jag överklagar socialnämndens beslut 2026-09-08 om avslag på min ansökan om ekonomiskt bistånd till tandvård.

Jag har haft värk i flera månader och tandläkaren säger att två tänder måste dras och ersättas. Jag lever på sjukersättning på grund av min reumatism och har inga pengar kvar efter hyra och mediciner. Beslutet säger att behandlingen inte är "akut", men jag kan inte tugga ordentligt och har gått ned 6 kilo.

Jag vill att förvaltningsrätten prövar beslutet om ni inte ändrar det.

Personnummer {p}

Ingrid Marklund""".format(p=pnr("570203", 144))
M("sv_ov03", lang="sv", kind="formal", ftype="appeal", area="social_services", sens=True, frm=("Ingrid Marklund", "ingrid.marklund@telia.com"), to=KS,
  subj="Överklagande av beslut", date="2026-09-20 15:30", body=B, notes="appeal with health, disability pension and personnummer: sensitive")
FU("sv_ov03f", "sv_ov03", threaded=None, date="2026-09-23 10:40", subj="Tillägg till mitt överklagande",
   body="""Hej

Jag vill lägga till i mitt överklagande från i söndags att tandläkaren nu har skrivit ett intyg om att det finns risk för infektion om inget görs. Jag kan skicka intyget om ni vill.

Ingrid Marklund""", sens=True, notes="appeal addition without threading headers; health detail: sensitive")

B = """Skadeståndsanspråk

Den 29 augusti cyklade jag på cykelvägen längs Älvvägen, i höjd med badplatsen. Där fanns en djup grop i asfalten som inte var utmärkt. Jag föll och min cykel skadades: framhjulet och växeln behöver bytas, kostnad enligt verkstad 4 650 kr. Själv klarade jag mig utan skador.

Jag begär att kommunen ersätter kostnaden. Kvitto och foto kan skickas.

Mvh
Tove Lindgren
Clearingnummer 8327-9, konto 914 227 508-4"""
M("sv_o01", lang="sv", kind="formal", ftype="other_formal", area="roads_traffic", frm=("Tove Lindgren", "tove.lindgren@example.se"), to=KS,
  subj="Skadeståndsanspråk cykelolycka", date="2026-09-01 19:12", body=B, notes="damage claim (other_formal); bank account number is not an id")
