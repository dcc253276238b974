"""Linking dev set: Swedish (sv). Every text written by hand for this set."""
from lib import *

# ---------------------------------------------------------------- sv01 street lamp Storgatan
M("L-sv01", lang="sv", kind="deviation", area="roads_traffic",
  frm=("Anders Lindqvist", "anders.lindqvist@telia.com"), to=KS, client="outlook",
  date="2026-02-04 19:20", subj="Trasig gatlampa Storgatan 14",
  body="""Hej!

Gatlampan utanför Storgatan 14 har varit släckt i över en vecka. Det är precis vid övergångsstället till ICA så det är väldigt mörkt där när folk går över. Jag såg nästan inte en kvinna med barnvagn igår kväll.

Kan ni skicka någon som byter lampan?

Mvh
Anders Lindqvist
""", notes="original")

FU("L-sv01-fu", "L-sv01", date="2026-02-06 07:15", subj="Gatlampan Storgatan",
   body="""Hej igen, ett tillägg till mitt mejl om gatlampan: nu är det två lampor som är släckta, även den vid busshållplatsen mittemot.
/Anders
""", notes="follow-up without threading headers, two days later")

M("L-sv-hn01", lang="sv", kind="deviation", area="roads_traffic",
  frm=("Maria Eklund", "maria.eklund@hotmail.se"), to=KS,
  date="2026-02-07 12:40", subj="Gatlampa trasig vid ICA Storgatan",
  body="""Hej. Lampan vid övergångsstället utanför ICA på Storgatan är trasig sedan länge. Det är väldigt mörkt och farligt när man går över med barnen. Snälla laga den.
Maria Eklund
""", notes="hard negative: a different sender about the same street lamp as Anders Lindqvist's report; not a duplicate")

M("L-sv-hn02", lang="sv", kind="question", area="culture_sports",
  frm=("Anders Lindqvist", "anders.lindqvist@telia.com"), to=KS, client="outlook",
  date="2026-02-11 18:05", subj="Bokning av Älvhallen",
  body="""Hej!

Vi är ett gäng som spelar innebandy på torsdagar. Hur bokar man tid i Älvhallen och vad kostar det per timme? Vi är inte registrerade som förening än.

Mvh
Anders Lindqvist
""", notes="hard negative: same sender as the street-lamp report a week earlier, same client and sign-off, a different matter")

NEAR("L-sv01-n1", "L-sv01", date="2026-02-16 08:30",
     subj_new="Andra gången jag skriver: Trasig gatlampa Storgatan 14",
     prefix="Jag skrev om detta för snart två veckor sedan men har inte fått något svar, och lampan är fortfarande släckt.\n\n",
     repl=[("Mvh\nAnders Lindqvist", "Anders Lindqvist")],
     notes="near duplicate: 'Andra gången jag skriver', 12 days later, line on top, sign-off shortened")

# ---------------------------------------------------------------- sv02 school meals
M("L-sv02", lang="sv", kind="deviation", area="school",
  frm=("Jenny Holm", "jenny.holm@gmail.com"), to=KS, client="gmail",
  date="2026-03-09 20:00", subj="Skolmaten på Norrskolan",
  body="""Hej

Min son går i 4:an på Norrskolan och kommer hem hungrig varje dag. Han säger att maten ofta tar slut innan hans klass får äta, och att de då bara får knäckebröd och den vegetariska rätten om det finns kvar. Flera andra föräldrar säger samma sak.

Är det verkligen meningen att det ska bli så? Vem ansvarar för att det lagas tillräckligt med mat?

Mvh Jenny Holm
""", notes="original")

FU("L-sv02-fu", "L-sv02", date="2026-03-11 12:30", subj="Skolmaten igen",
   body="""Tillägg till mitt mejl i måndags: idag var det slut på maten igen när 4B kom in, de fick pannkakor utan sylt. Han åt en macka när han kom hem kl 15.
Jenny
""", notes="follow-up without threading headers, two days later")

NEAR("L-sv02-n1", "L-sv02", date="2026-03-17 21:15", subj_new="Skolmaten Norrskolan - inget svar",
     repl=[("kommer hem hungrig varje dag", "kommer hem jättehungrig nästan varje dag"),
           ("Flera andra föräldrar säger samma sak.", "Flera andra föräldrar i klassen säger samma sak, vi har pratat om det i föräldragruppen.")],
     notes="near duplicate: a week later, new subject, two sentences edited")

# ---------------------------------------------------------------- sv03 access request (threaded reply, exact copy)
SV03_BODY = """Hej,

Jag begär att få ta del av följande allmänna handlingar:

1. Bygglovsansökan med ritningar för fastigheten Älvsby Tallen 4:12.
2. Grannyttranden som kommit in i ärendet.
3. Beslutet om bygglov.

Jag vill gärna få handlingarna digitalt till denna adress. Jag är medveten om att jag inte behöver uppge vem jag är eller varför jag vill ha handlingarna, men jag är granne till fastigheten.

Vänliga hälsningar
Karin Sjöberg
"""
M("L-sv03", lang="sv", kind="formal", ftype="access_request", area="building_planning",
  frm=("Karin Sjöberg", "karin.sjoberg@bredband.net"), to=KS, cc=SYN, client="thunderbird", cs="iso-8859-1",
  date="2026-02-23 09:40", subj="Begäran om allmän handling", body=SV03_BODY,
  notes="original, with synpunkter@ in Cc")

EXACT("L-sv03-x", "L-sv03", second_box=SYN, delay_min=1, extra_top="Delivered-To: synpunkter@alvsby.kommun.se",
      notes="exact duplicate: the same message (same Message-ID) delivered to the synpunkter mailbox via Cc")

NEAR("L-sv03-n1", "L-sv03", date="2026-03-02 10:00", subj_prefix="Påminnelse: ",
     prefix="Hej igen. Jag har inte fått något svar på min begäran nedan från 23 februari. Allmänna handlingar ska ju lämnas ut skyndsamt.\n\n",
     notes="near duplicate: 'Påminnelse:' a week later, reminder on top")

FU("L-sv03-re", "L-sv03", threaded=True, date="2026-03-03 13:10", subj="Re: Begäran om allmän handling",
   body="""Hej,

För att förenkla: det räcker med grannyttrandena och beslutet i första hand.

Karin Sjöberg

Den 2026-02-23 kl. 09:40, skrev Karin Sjöberg:
""" + quote(SV03_BODY), notes="follow-up with In-Reply-To/References to her request: narrows it")

# ---------------------------------------------------------------- sv04 appeal building permit, attachment afterwards
M("L-sv04", lang="sv", kind="formal", ftype="appeal", area="building_planning",
  frm=("Per-Erik Nyström", "pererik.nystrom@gmail.com"), to=KS, client="gmail",
  date="2026-02-26 21:10", subj="Överklagande av beslut om bygglov, Tallen 4:12",
  body="""Till Bygg- och miljönämnden i Älvsby kommun

Jag överklagar härmed nämndens beslut den 12 februari 2026 om bygglov för nybyggnad av flerbostadshus på fastigheten Älvsby Tallen 4:12.

Jag äger grannfastigheten Tallen 4:13. Huset blir två våningar högre än vad detaljplanen medger och kommer att skugga hela vår tomt från klockan tre på eftermiddagen. Avvikelsen kan inte ses som liten. Dessutom fick vi aldrig tillfälle att yttra oss innan beslutet.

Jag yrkar att beslutet upphävs.

Med vänlig hälsning
Per-Erik Nyström
Tallvägen 8
""", notes="original: appeal on the same property as Karin Sjöberg's access request (different sender, different matter)")

FU("L-sv04-fu", "L-sv04", date="2026-03-01 15:30", subj="Överklagande Tallen 4:12 – bilaga",
   body="""Hej, glömde bifoga skuggstudien som jag hänvisar till i överklagandet. Den är gjord av en arkitekt vi anlitat.

Per-Erik Nyström
""", att=[{"name": "Skuggstudie_Tallen_4-13.pdf", "type": "pdf", "title": "Skuggstudie Tallen 4:13",
           "content": ["Skuggstudie – Tallen 4:12 och 4:13", "",
                       "Vårdagjämning kl. 15.00: hela tomten 4:13 i skugga",
                       "Midsommar kl. 17.00: 70 % av tomten i skugga",
                       "Underlag: bygglovsritningar daterade 2025-11-20"]}],
   notes="follow-up without threading headers: the forgotten attachment three days later")

# ---------------------------------------------------------------- sv05 application preschool place (synthetic personnummer)
M("L-sv05", lang="sv", kind="formal", ftype="application", area="kindergarten", sens=True,
  frm=("Sofia Berg", "sofia.berg@outlook.com"), to=KS,
  date="2026-03-12 12:15", subj="Ansökan om förskoleplats",
  body="""Hej!

Jag vill ansöka om förskoleplats för min dotter Alva Berg, personnummer %s, från och med 1 augusti 2026. Vi önskar i första hand Tallbackens förskola och i andra hand Solrosen.

Jag arbetar heltid och min sambo studerar, så vi behöver plats ca 40 timmar i veckan.

Vi har försökt använda e-tjänsten men den godkänner inte BankID från min bank.

Mvh Sofia Berg
""" % pnr("240315", 482), notes="original; sensitive: a synthetic personnummer from lib.pnr (Luhn-valid, made up)")

FU("L-sv05-fu", "L-sv05", date="2026-03-13 08:00", subj="Förskoleplats Alva",
   body="""Hej, en sak till om ansökan jag skickade igår: vi flyttar till Björkvägen 3 den 1 juli, så Tallbacken ligger närmast. Nuvarande adress är Kyrkvägen 11.
Sofia
""", notes="follow-up without threading headers, next day")

NEAR("L-sv05-n1", "L-sv05", date="2026-03-20 07:50", fmt="plain", client="iphone",
     prefix="Skickar igen eftersom jag inte fått någon bekräftelse.\n\n",
     repl=[("Hej!\n\n", "Hej\n\n")], append="\nSkickat från min iPhone\n",
     notes="near duplicate: plain-text re-send from the phone of an HTML original, keeps the personnummer; sensitive")

# ---------------------------------------------------------------- sv06 praise home care (sensitive)
M("L-sv06", lang="sv", kind="praise", area="health_care", sens=True,
  frm=("Lennart Åberg", "lennart.aberg@telia.com"), to=KS, client="apple",
  date="2026-04-06 18:40", subj="Beröm till hemtjänsten i Norrby",
  body="""Hej

Jag vill ge ett stort beröm till hemtjänstgruppen i Norrby som hjälper min pappa Gösta. Han har KOL och syrgas sedan i höstas och det har varit en tuff tid. Personalen är alltid glad och noggrann och de märkte förra veckan att han var sämre och ringde sjuksköterskan direkt. Det kan ha räddat honom från en ny lunginflammation.

Tack!

Lennart Åberg
""", notes="original; sensitive (a named person's diagnosis)")

FU("L-sv06-fu", "L-sv06", date="2026-04-08 09:00", subj="Beröm hemtjänsten - tillägg",
   body="""Glömde skriva i mitt mejl i måndags att det var Fatima och Johan som var där den dagen. Hälsa dem gärna!
Lennart Åberg
""", notes="follow-up without threading headers, two days later")

# ---------------------------------------------------------------- sv07 food waste not collected
M("L-sv07", lang="sv", kind="deviation", area="waste",
  frm=("Mikael Ek", "mikael.ek@spray.se"), to=KS, client="roundcube", cs="iso-8859-1",
  date="2026-05-05 17:30", subj="Tömning",
  body="""hej när töms matavfallet på Björkvägen? det har inte hämtats på 3 veckor och det luktar. /Micke
""", notes="original: very short")

NEAR("L-sv07-n1", "L-sv07", date="2026-05-07 08:00", subj_new="Tömning???", prefix="??? ",
     repl=[("på 3 veckor", "på över 3 veckor")],
     notes="near duplicate: two days later, '???' prepended, one word added")

M("L-sv-hn03", lang="sv", kind="suggestion", area="roads_traffic",
  frm=("Mikael Ek", "mikael.ek@spray.se"), to=KS, client="roundcube", cs="iso-8859-1",
  date="2026-05-12 21:40", subj="Farthinder",
  body="""hej, kan ni sätta upp ett farthinder på Björkvägen vid lekplatsen? bilarna kör alldeles för fort där. /Micke
""", notes="hard negative: same sender and street as the food-waste report a week earlier, a different matter; also close in content to Lena Björk's speed-bump suggestion (different sender)")

# ---------------------------------------------------------------- sv08 outdoor gym suggestion
M("L-sv08", lang="sv", kind="suggestion", area="culture_sports",
  frm=("Emma Nordin", "emma.nordin@gmail.com"), to=SYN, client="gmail",
  date="2026-04-01 12:00", subj="Förslag: utegym i Älvparken",
  body="""Hej!

Jag vill föreslå att kommunen bygger ett utegym i Älvparken, gärna nära löparspåret. Många kommuner har gjort det och det används av alla åldrar. Det behöver inte vara dyrt, några enkla stationer för chins, dips och situps räcker långt.

Det skulle också vara bra med belysning så att det går att använda på vinterkvällarna.

Jag och några andra i löpargruppen kan gärna hjälpa till med idéer.

Hälsningar
Emma Nordin
""", notes="original")

FU("L-sv08-fu", "L-sv08", date="2026-04-03 09:10", subj="utegym",
   body="""Hej igen! Här är en bild på ett utegym jag såg i Piteå som jag tänkte på när jag skrev. Något sånt skulle passa bra vid löparspåret.

/Emma
""", att=[{"name": "utegym_exempel.png", "type": "png"}],
   notes="follow-up without threading headers: a photo two days later")

NEAR("L-sv08-n1", "L-sv08", date="2026-04-10 20:20", subj_new="Utegym i Älvparken?",
     repl=[("Hej!\n\n", "Hej igen!\n\nSkickar mitt förslag en gång till, jag är inte säker på att det kom fram förra gången.\n\n"),
           ("Det skulle också vara bra med belysning så att det går att använda på vinterkvällarna.\n\nJag och några andra i löpargruppen kan gärna hjälpa till med idéer.",
            "Jag och några andra i löpargruppen kan gärna hjälpa till med idéer. Det skulle också vara bra med belysning så att det går att använda på vinterkvällarna.")],
     notes="near duplicate: new subject, a line added and the last two paragraphs merged in reverse order")

# ---------------------------------------------------------------- sv09 flooded basement (attachments, exact resend, threaded)
M("L-sv09", lang="sv", kind="deviation", area="water_sewage",
  frm=("Johan Strand", "johan.strand@live.se"), to=KS,
  date="2026-05-18 07:30", subj="Vatten i källaren – dagvattnet",
  body="""Hej

I natt efter skyfallet fick vi in ca 10 cm vatten i källaren på Älvgatan 23. Det kom upp genom golvbrunnen. Grannarna på 21 och 25 har samma problem. Vi tror att dagvattenledningen i gatan är igensatt eller för liten, det står alltid en stor vattenpöl vid brunnen i gatan när det regnar.

Vi har bilder, se bifogat. Vi har kontaktat försäkringsbolaget som undrar om kommunen har fått fler anmälningar.

Med vänliga hälsningar
Johan Strand
""", att=[{"name": "kallare1.png", "type": "png"}, {"name": "gatubrunn.png", "type": "png"}],
  notes="original with two photos")

EXACT("L-sv09-x", "L-sv09", mode="resend", date="2026-05-18 07:34",
      notes="exact duplicate: the same text and photos sent again four minutes later (new Message-ID)")

FU("L-sv09-fu", "L-sv09", date="2026-05-19 18:00", subj="Vatten i källaren Älvgatan 23",
   body="""Hej igen, glömde bifoga fler bilder i går, här är de. Det kom in vatten igen i eftermiddags.
/Johan Strand
""", att=[{"name": "kallare2.png", "type": "png"}, {"name": "kallare3.png", "type": "png"}],
   notes="follow-up without threading headers: more photos the next day")

FU("L-sv09-re", "L-sv09", threaded=True, date="2026-05-21 10:15", subj="SV: Vatten i källaren – dagvattnet",
   body="""Hej, vi har fortfarande inte hört något. Försäkringsbolaget behöver ett besked om kommunen tar på sig ansvaret. Vem kan jag ringa?

Johan Strand

________________________________
Från: Johan Strand <johan.strand@live.se>
Skickat: den 18 maj 2026 07:30
Till: kommun@alvsby.kommun.se
Ämne: Vatten i källaren – dagvattnet

Hej

I natt efter skyfallet fick vi in ca 10 cm vatten i källaren på Älvgatan 23. Det kom upp genom golvbrunnen. Grannarna på 21 och 25 har samma problem.
""", notes="follow-up with In-Reply-To/References to the original (Outlook.com reply header, partial quote)")

# ---------------------------------------------------------------- sv10 social assistance (sensitive)
M("L-sv10", lang="sv", kind="question", area="social_services", sens=True,
  frm=("Amina Hassan", "amina.h@hotmail.com"), to=KS, fmt="plain",
  date="2026-04-16 09:05", subj="Försörjningsstöd",
  body="""Hej. Jag ansökte om försörjningsstöd för april den 2 april och har inte fått beslut än. Jag har tre barn och inga pengar till mat nu. Jag har ringt min handläggare flera gånger men hon svarar inte. Vad ska jag göra?
Amina Hassan
""", notes="original; sensitive (social assistance)")

FU("L-sv10-fu", "L-sv10", date="2026-04-16 14:30", subj="Försörjningsstöd igen", sens=True, fmt="plain",
   body="""Jag glömde skriva att jag lämnat in alla kvitton och hyresavi. Min handläggare heter Lena.
Amina
""", notes="follow-up without threading headers, same day; sensitive (subject names the benefit)")

NEAR("L-sv10-n1", "L-sv10", date="2026-04-20 08:10",
     repl=[("har inte fått beslut än", "har fortfarande inte fått beslut"),
           ("Vad ska jag göra?", "Vad ska jag göra? Snälla svara.")],
     notes="near duplicate: four days later, two small edits")

# ---------------------------------------------------------------- sv11 preschool gate
M("L-sv11", lang="sv", kind="deviation", area="kindergarten",
  frm=("Oskar Lund", "oskar.lund@gmail.com"), to=KS, client="android",
  date="2026-03-26 16:20", subj="Grinden på Tallbackens förskola",
  body="""Hej. Grinden ut mot parkeringen på Tallbackens förskola går inte att stänga ordentligt, låset har varit trasigt sedan i måndags. Idag såg jag ett barn stå ute på parkeringen själv medan personalen var på andra sidan gården. Det här måste lagas NU.

Oskar Lund, pappa till Elsa på avd Myran
""", notes="original")

FU("L-sv11-fu", "L-sv11", date="2026-03-27 12:10", subj="Grinden Tallbacken",
   body="""Tillägg: personalen säger att de har felanmält till fastighetsavdelningen två gånger. Så det är inte deras fel.
/Oskar
""", notes="follow-up without threading headers, next day")

M("L-sv-hn05", lang="sv", kind="deviation", area="kindergarten",
  frm=("Stina Olofsson", "stina.olofsson@icloud.com"), to=KS,
  date="2026-03-28 09:25", subj="Glömde",
  body="""Hej, glömde bifoga att grinden till förskolan är trasig även på baksidan, mot skogen. Bilden kommer här.
/Stina

Skickat från min iPhone
""", att=[{"name": "IMG_2231.png", "type": "png"}],
  notes="hard negative: reads like a follow-up ('glömde bifoga') about a preschool gate like Oskar Lund's report, but a different sender whose earlier mail is not in this set")

NEAR("L-sv11-n1", "L-sv11", date="2026-03-30 07:40", subj_prefix="PÅMINNELSE: ",
     repl=[("sedan i måndags", "sedan förra måndagen"),
           ("Det här måste lagas NU.", "Det här måste lagas NU. Har ni ens läst mitt mejl?")],
     notes="near duplicate: PÅMINNELSE four days later, two edits")

# ---------------------------------------------------------------- sv12 other_formal: give up mooring
M("L-sv12", lang="sv", kind="formal", ftype="other_formal", area="other",
  frm=("Gunnar Ström", "gunnar.strom@telia.com"), to=KS, client="outlook", cs="windows-1252",
  date="2026-01-14 10:00", subj="Uppsägning av båtplats nr 47",
  body="""Hej,

Jag säger härmed upp min båtplats nr 47 i småbåtshamnen vid Älvkajen från och med säsongen 2026. Båten är såld.

Vänligen bekräfta uppsägningen och meddela om det finns någon nyckel eller bricka jag ska lämna tillbaka.

Med vänlig hälsning
Gunnar Ström
Älvkajen 2
""", notes="original")

NEAR("L-sv12-n1", "L-sv12", date="2026-01-26 09:20", subj_prefix="VB: ",
     prefix="""Hej igen, jag har inte fått någon bekräftelse på min uppsägning nedan. Fakturan för 2026 har nu kommit, så jag vill gärna ha detta löst.

Gunnar Ström

Från: Gunnar Ström <gunnar.strom@telia.com>
Skickat: den 14 januari 2026 10:00
Till: kommun@alvsby.kommun.se
Ämne: Uppsägning av båtplats nr 47

""", notes="near duplicate: Outlook forward ('VB:') 12 days later with a note on top")

# ---------------------------------------------------------------- sv13 speed bumps suggestion
M("L-sv13", lang="sv", kind="suggestion", area="roads_traffic",
  frm=("Lena Björk", "lena.bjork@gmail.com"), to=SYN, client="gmail",
  date="2026-05-02 11:30", subj="Farthinder på Björkvägen",
  body="""Hej!

Vi som bor på Björkvägen undrar om det går att få farthinder eller sänkt hastighet till 30 på sträckan förbi lekplatsen. Många använder vägen som genväg till industriområdet och kör alldeles för fort, och barnen springer ofta över vägen till lekplatsen.

Vi är ett tiotal hushåll som står bakom förslaget.

Mvh Lena Björk
Björkvägen 12
""", notes="original")

FU("L-sv13-fu", "L-sv13", date="2026-05-06 19:00", subj="Björkvägen farthinder – namnlista",
   body="""Hej, här kommer namnlistan från grannarna som jag nämnde i mitt förslag i lördags. 14 hushåll har skrivit på.

Lena Björk
""", att=[{"name": "Namnlista_Bjorkvagen.docx", "type": "docx",
           "content": [[("Namnlista – farthinder på Björkvägen", "b")], "",
                       "Lena och Tomas Björk, Björkvägen 12", "Ali Karimi, Björkvägen 9",
                       "Sven-Åke Nilsson, Björkvägen 4", "Familjen Lindberg, Björkvägen 15",
                       "Anna Pettersson, Björkvägen 7", "… och 9 hushåll till"]}],
   notes="follow-up without threading headers: the signature list four days later")

# ---------------------------------------------------------------- sv14 building without permit
M("L-sv14", lang="sv", kind="deviation", area="building_planning",
  frm=("Ulla Persson", "ulla.persson@bredband.net"), to=KS, client="thunderbird",
  date="2026-04-20 08:10", subj="Anmälan – bygge utan lov på Kyrkvägen 5",
  body="""Hej

På fastigheten Kyrkvägen 5 har man under våren byggt en stor friggebod som vi bedömer är större än 15 kvm, och nu har de även börjat gjuta en platta för något som ser ut som ett garage. Vi har inte fått någon underrättelse om bygglov.

Kan kommunen kontrollera om det finns lov?

Hälsningar
Ulla Persson
Kyrkvägen 7
""", notes="original")

NEAR("L-sv14-n1", "L-sv14", date="2026-04-28 08:30", subj_new="Bygge utan lov Kyrkvägen 5 – skickar igen",
     prefix="Skickar igen då jag inte fått något svar.\n\n",
     repl=[("och nu har de även börjat gjuta en platta för något som ser ut som ett garage.",
            "och nu har de gjutit en platta och rest väggar till något som ser ut som ett garage.")],
     notes="near duplicate: new subject, line on top, one sentence updated")

M("L-sv-hn04", lang="sv", kind="deviation", area="building_planning",
  frm=("Ulla Persson", "ulla.persson@bredband.net"), to=KS, client="thunderbird",
  date="2026-04-30 07:55", subj="Ovårdad tomt Kyrkvägen 1",
  body="""Hej igen

Ett annat ärende: tomten på Kyrkvägen 1 har stått övergiven i två år, och nu ligger det skrot och gamla däck överallt. Det drar till sig råttor. Vem ansvarar för att det städas upp?

Ulla Persson
""", notes="hard negative: same sender, same street and area as the Kyrkvägen 5 report ten days earlier, explicitly a different matter")

# ---------------------------------------------------------------- sv15 school transport question
M("L-sv15", lang="sv", kind="question", area="school",
  frm=("Fredrik Wallin", "fredrik.wallin@yahoo.se"), to=KS,
  date="2026-04-22 21:00", subj="Skolskjuts för min dotter",
  body="""Hej,
Min dotter Ebba börjar i förskoleklass på Älvskolan i höst. Vi bor på Kvarnvägen 20 ca 4 km från skolan. Har hon rätt till skolskjuts och hur ansöker man?
Tack på förhand
Fredrik Wallin
""", notes="original")

FU("L-sv15-fu", "L-sv15", date="2026-04-23 06:50", subj="Skolskjuts - fel adress",
   body="""Ser att jag skrev fel adress igår, det är Kvarnvägen 2, inte 20. Förlåt!
/Fredrik
""", notes="follow-up without threading headers: corrects the address")

# ---------------------------------------------------------------- sv16 medication missed (sensitive)
M("L-sv16", lang="sv", kind="deviation", area="health_care", sens=True,
  frm=("Birgitta Sandberg", "birgitta.sandberg@gmail.com"), to=KS, client="gmail",
  date="2026-03-02 19:30", subj="Avvikelse – mamma fick inte sin medicin",
  body="""Hej

Min mamma bor på Solgårdens äldreboende, avdelning 2. I helgen fick hon inte sin Waran på två dagar eftersom den inte hade beställts i tid från apoteket. Ingen ringde oss, jag upptäckte det själv när jag var där på söndagen och räknade tabletterna i dosetten.

Hon har förmaksflimmer och det här kunde ha slutat med en stroke. Jag vill att detta hanteras som en avvikelse och att ni berättar vad ni gör för att det inte ska hända igen.

Birgitta Sandberg
""", notes="original; sensitive (medication and diagnosis)")

FU("L-sv16-fu", "L-sv16", date="2026-03-04 10:45", subj="Solgården avd 2", sens=True,
   body="""Hej, glömde skriva i mitt mejl i måndags att samma sak hände i januari med hennes blodtrycksmedicin. Då sa personalen att det skulle rättas till.
Birgitta Sandberg
""", notes="follow-up without threading headers; sensitive")

NEAR("L-sv16-n1", "L-sv16", date="2026-03-10 20:00", fmt="plain", client="iphone",
     prefix="Skickar detta igen eftersom jag inte fått något svar på en vecka.\n\n",
     repl=[("I helgen fick hon", "Helgen 28 februari–1 mars fick hon")],
     notes="near duplicate: plain-text re-send from the phone, line on top, 'i helgen' made explicit")

# ---------------------------------------------------------------- sv17, sv18 standalone
M("L-sv17", lang="sv", kind="praise", area="culture_sports",
  frm=("Sara Vikström", "sara.vikstrom@icloud.com"), to=SYN,
  date="2026-03-08 10:40", subj="Tack för sportlovsaktiviteterna",
  body="""Hej! Ville bara säga tack för alla gratis aktiviteter på sportlovet. Mina barn var på skridsko, klättring och bowling och tyckte det var jättekul. Bra jobbat!

Skickat från min iPhone
""", notes="original, no related message")

M("L-sv18", lang="sv", kind="question", area="other",
  frm=("Tobias Eriksson", "tobias.eriksson@outlook.com"), to=KS, fmt="html",
  date="2026-02-12 12:30", subj="Borgerlig vigsel",
  body="""Hej, min sambo och jag vill gifta oss borgerligt i sommar, gärna utomhus. Hur går man tillväga och kostar det något? /Tobias
""", notes="original, HTML only, no related message")

# ---------------------------------------------------------------- sv19 recycling station
M("L-sv19", lang="sv", kind="deviation", area="waste",
  frm=("Eva Lindgren", "eva.lindgren@telia.com"), to=KS, client="outlook", cs="windows-1252",
  date="2026-04-27 14:00", subj="Nedskräpat vid återvinningsstationen vid Konsum",
  body="""Hej

Återvinningsstationen vid Konsum är helt nedskräpad igen. Containrarna för plast och kartong är överfulla och det ligger sopsäckar, en gammal madrass och en trasig TV bredvid. Det blåser ut plast över hela parkeringen och ner mot ån.

Jag vet inte vem som ansvarar för containrarna men kommunen måste väl göra något åt skräpet runt omkring?

Mvh
Eva Lindgren
""", notes="original")

NEAR("L-sv19-n1", "L-sv19", date="2026-05-04 13:00", subj_prefix="Påminnelse: ",
     repl=[("helt nedskräpad igen", "fortfarande helt nedskräpad"),
           ("en gammal madrass och en trasig TV", "en gammal madrass, en trasig TV och nu även en soffa")],
     notes="near duplicate: a week later, two edits")

# ---------------------------------------------------------------- sv20 application transport service (sensitive, reply via acknowledgement)
M("L-sv20", lang="sv", kind="formal", ftype="application", area="social_services", sens=True,
  frm=("Rolf Engström", "rolf.engstrom@telia.com"), to=KS, client="apple",
  date="2026-01-20 10:30", subj="Ansökan om färdtjänst",
  body="""Hej

Jag vill ansöka om färdtjänst. Jag är 78 år och har svår artros i båda knäna och väntar på operation. Jag kan inte längre gå till busshållplatsen, som ligger 800 meter bort, och jag har inte körkort längre.

Jag behöver främst åka till vårdcentralen och till affären. Skicka gärna blanketten hem till mig om det behövs en sådan: Rolf Engström, Storgatan 40, Älvsby.

Med vänlig hälsning
Rolf Engström
""", notes="original; sensitive (diagnosis)")

FU("L-sv20-re", "L-sv20", threaded="via", date="2026-01-28 11:00", subj="Sv: Ansökan om färdtjänst", sens=True,
   body="""Hej

Tack för svaret. Jag bifogar läkarintyget som ni bad om. Min dotter har hjälpt mig att skanna det.

Rolf Engström
""", att=[{"name": "Lakarintyg_Rolf_Engstrom.pdf", "type": "pdf", "title": "Läkarintyg",
           "content": ["Läkarintyg för ansökan om färdtjänst", "",
                       "Patient: Rolf Engström, Storgatan 40, Älvsby",
                       "Diagnos: gonartros bilateralt, väntar på knäplastik",
                       "Gångsträcka: under 200 meter med rollator",
                       "Bedömning: kan inte resa med allmänna kommunikationer",
                       "Älvsby vårdcentral, 2026-01-26"]}],
   notes="follow-up answering the municipality's reply (In-Reply-To the reply, References with his application); sensitive")

# ---------------------------------------------------------------- sv21 appeal school placement
M("L-sv21", lang="sv", kind="formal", ftype="appeal", area="school",
  frm=("Hanna Forsberg", "hanna.forsberg@gmail.com"), to=KS, client="gmail",
  date="2026-03-18 22:00", subj="Överklagande av beslut om skolplacering",
  body="""Hej

Jag överklagar beslutet från den 10 mars om att min son Viktor (f. 2019) ska placeras på Älvskolan i stället för Norrskolan som vi sökt i första hand. Norrskolan ligger 600 meter från vårt hem och hans storasyster går där. Till Älvskolan blir det 3,5 km och han måste korsa riksvägen.

Enligt skollagen ska hänsyn tas till vårdnadshavarens önskemål och närhetsprincipen. Jag begär att beslutet ändras.

Hanna Forsberg
""", notes="original")

FU("L-sv21-fu", "L-sv21", date="2026-03-20 19:20", subj=None,
   body="""Hej igen, en sak jag glömde i överklagandet: Viktor har en kompis från förskolan som fått plats på Norrskolan, och det vore bra för honom att få börja med någon han känner.
Hanna Forsberg
""", notes="follow-up without threading headers and without a subject")

NEAR("L-sv21-n1", "L-sv21", date="2026-03-25 12:00", subj_prefix="PÅMINNELSE: ",
     prefix="Hej, jag har inte fått någon bekräftelse på att mitt överklagande nedan har kommit in. Skickar det igen.\n\n",
     repl=[("f. 2019", "född 2019")],
     notes="near duplicate: PÅMINNELSE a week later, line on top, one abbreviation written out")

# ---------------------------------------------------------------- campaign: same template, different senders
CAMPAIGN_SV = """Hej!

Vi föräldrar på Solrosens förskola föreslår att öppettiden förlängs till 17.30. Många av oss pendlar till Luleå och hinner inte hämta före 17.00, vilket gör att vi måste gå ner i tid eller be mor- och farföräldrar om hjälp varje dag.

Vi hoppas att kommunen kan se över detta inför hösten.

"""
M("L-sv-hn06", lang="sv", kind="suggestion", area="kindergarten",
  frm=("Malin Öberg", "malin.oberg@gmail.com"), to=SYN, client="gmail",
  date="2026-04-13 20:30", subj="Förslag: längre öppettider på Solrosen",
  body=CAMPAIGN_SV + "Hälsningar\nMalin Öberg, mamma till Theo\n",
  notes="hard negative: parents' template text, the same as the next message from another parent; different senders, each its own submission")

M("L-sv-hn07", lang="sv", kind="suggestion", area="kindergarten",
  frm=("David Nilsson", "david.nilsson@hotmail.se"), to=SYN,
  date="2026-04-14 06:55", subj="Förslag: längre öppettider på Solrosen",
  body=CAMPAIGN_SV + "Mvh David Nilsson\n",
  notes="hard negative: the same parents' template as Malin Öberg's message the evening before, from a different sender; not a duplicate")

# ---------------------------------------------------------------- spam sent twice (not submissions)
M("L-sv-hn08", lang="sv", kind="spam",
  frm=("Kundtjänst Älvsby Energi", "noreply@alvsby-energi-faktura.com"), to=KS, client="roundcube", fmt="html",
  date="2026-03-05 03:12", subj="Din faktura är förfallen – åtgärd krävs",
  body="""Hej,

Vi har inte kunnat dra betalningen för din senaste faktura (1 249 kr). För att undvika avstängning och en påminnelseavgift på 450 kr måste du uppdatera dina betalningsuppgifter inom 24 timmar.

Uppdatera här: http://alvsby-energi-faktura.com/betala

Med vänliga hälsningar
Kundtjänst
""", notes="hard negative: spam (phishing), the first of two near-identical mails from different senders; not a submission, no link")

M("L-sv-hn09", lang="sv", kind="spam",
  frm=("Kundservice Älvsby Energi", "info@alvsbyenergi-betalning.net"), to=SYN, client="roundcube", fmt="html",
  date="2026-03-05 03:41", subj="Din faktura är förfallen – åtgärd krävs!",
  body="""Hej,

Vi har inte kunnat dra betalningen för din senaste faktura (1 249 kr). För att undvika avstängning och en påminnelseavgift på 450 kr måste du uppdatera dina uppgifter inom 24 timmar.

Uppdatera här: http://alvsbyenergi-betalning.net/faktura

Med vänliga hälsningar
Kundservice
""", notes="hard negative: spam, nearly the same phishing text as the one half an hour earlier, another sender and mailbox; not a submission, so no duplicate link")
