"""Svenska: traps, ordinary submissions, duplicates and follow-ups."""
from lib import *

def _b(key):
    return next(s for s in REG if s["key"] == key)["body"]

# ------------------------------------------------------------------ traps
M("sv-t01", lang="sv", kind="suggestion", area="health_care",
  frm=("Gun Marklund", "gun.marklund@telia.com"), to=SYN, date="2026-04-01 14:25",
  subj="Bänkar vid Björkbacken",
  body="""Hej

När vi besöker våra anhöriga på äldreboendet Björkbacken går vi ofta en runda i trädgården, men det finns bara en bänk och den är trasig. Kan kommunen ställa ut några bänkar till, gärna med armstöd, och kanske ett par blomlådor?

Gun Marklund
""",
  notes="Trap: care home and relatives, only about benches.")

M("sv-t02", lang="sv", kind="question", area="social_services",
  frm=("Kristina Öberg", "kristina.oberg@gmail.com"), to=KS, date="2026-01-29 12:15",
  subj="Volontär till matkassarna",
  body="""Hej!

Jag har hört att kommunen samarbetar med kyrkan om matkassar till familjer som inte har råd med mat. Behöver ni volontärer? Jag är pensionär och har gott om tid på vardagarna.

Kristina Öberg
""",
  notes="Trap: food aid as a general matter; sent twice (exact duplicate, new Message-ID).")

M("sv-t03", lang="sv", kind="praise", area="culture_sports",
  frm=("Rektor Ulrika Sten", "ulrika.sten@alvsby.kommun.se"), to="Biblioteket <biblioteket@alvsby.kommun.se>",
  date="2026-02-27 09:10", client="outlook",
  subj="Föreläsningen om ungas psykiska hälsa",
  body="""Hej!

Tack för föreläsningen om ungas psykiska hälsa som ni ordnade på biblioteket i tisdags. Flera av våra lärare var där och tyckte att den var bland det bästa de hört. Vi skulle gärna se en liknande kväll för föräldrar i höst.

Ulrika Sten
rektor, Norrbyskolan
""",
  notes="Trap: mental health as a lecture topic.")

M("sv-t04", lang="sv", kind="suggestion", area="school",
  frm=("Jonas Backman", "jonas.backman@hotmail.se"), to=KS, date="2026-03-17 20:30",
  subj="Frukt i skolan",
  body="""Hej

Många barn kommer till skolan utan att ha ätit frukost, det säger lärarna själva. Kunde skolorna i Älvsby bjuda på frukt eller gröt på morgonen, som man gör i Piteå? Det skulle vara bra för både hälsan och koncentrationen.

Jonas Backman
""",
  notes="Trap: health and breakfast in general, no individual.")

M("sv-t05", lang="sv", kind="question", area="health_care",
  frm=("Rolf Strandberg", "rolf.strandberg@spray.se"), to=KS, date="2026-04-10 10:45", cs="iso-8859-1",
  subj="Besökstider och hund",
  body="""Hej

Vilka besökstider gäller på Björkbacken nu under våren, och får man ta med sig en hund på besök? Vår hund är snäll och van vid folk.

Rolf Strandberg
""",
  notes="Trap: care home visiting hours; ISO-8859-1.")

# ------------------------------------------------------------------ ordinary
M("sv-o01", lang="sv", kind="deviation", area="roads_traffic",
  frm=("Magnus Öqvist", "magnus.oqvist@gmail.com"), to=SYN, date="2026-03-02 08:10",
  subj="Potthål Storgatan",
  body="""Hej

Det finns ett stort potthål på Storgatan utanför Ica, precis vid övergångsstället. Det är säkert tio centimeter djupt och fylls med smältvatten. Flera bilar har smällt i det i dag.

Magnus Öqvist
""")

M("sv-o02", lang="sv", kind="deviation", area="roads_traffic",
  frm=("Inger Nordin", "inger.nordin@telia.com"), to=SYN, date="2026-01-07 07:55", client="outlook",
  subj="Ingen snöröjning på Åsvägen",
  body="""Hej

Snöplogen har inte varit på Åsvägen sedan i fredags. Det ligger trettio centimeter packad snö och hemtjänsten fick vända i går kväll. Vi är flera äldre här som inte kommer ut.

Inger Nordin
""",
  notes="Mentions home care turning back, but about snow clearing; not sensitive.")

M("sv-o03", lang="sv", kind="suggestion", area="roads_traffic",
  frm=("Erik Dahlberg", "erik.dahlberg@bredband.net"), to=SYN, date="2026-02-10 17:40",
  subj="Övergångsställe vid Coop",
  body="""Hej

Många barn går över Järnvägsgatan vid Coop på väg till skolan, men det finns inget övergångsställe där, bara 150 meter längre bort. Jag föreslår ett upphöjt övergångsställe med belysning.

Erik Dahlberg
""")

M("sv-o04", lang="sv", kind="praise", area="roads_traffic",
  frm=("Barbro Lind", "barbro.lind@comhem.se"), to=SYN, date="2026-02-19 15:05",
  subj="Snabbt lagad gatubelysning",
  body="""Hej!

I måndags anmälde jag att gatlyktorna på Skolgatan var släckta, och redan på tisdag kväll lyste de igen. Tack för snabb hjälp!

Barbro Lind
""")

M("sv-o05", lang="sv", kind="deviation", area="water_sewage",
  frm=("Håkan Vikström", "hakan.vikstrom@gmail.com"), to=KS, date="2026-01-14 18:30",
  subj="Lågt vattentryck",
  body="""Hej

Sedan en vecka har vi mycket lågt vattentryck i hela Lillkorsträsk. Duschen ger bara en tunn stråle och tvättmaskinen hinner inte fylla på. Är det något fel på ledningen?

Håkan Vikström
""")

M("sv-o06", lang="sv", kind="question", area="water_sewage",
  frm=("Marianne Åström", "marianne.astrom@telia.com"), to=KS, date="2026-02-25 11:50", cs="windows-1252", client="outlook",
  subj="Fakturan för vatten och avlopp",
  body="""Hej

Jag har fått en faktura för vatten och avlopp på 4 380 kr för kvartalet – nästan dubbelt mot förra året. På fakturan står Älvsby kommun, org.nr 212000-2700, och bankgiro 5050-1055. Har taxan höjts, eller har ni läst av mätaren fel?

Marianne Åström
""",
  notes="Organisation number and bankgiro are not identity numbers; windows-1252.")

M("sv-o07", lang="sv", kind="deviation", area="water_sewage",
  frm=("Stefan Jonsson", "stefan.jonsson@hotmail.com"), to=KS, date="2026-04-15 07:25",
  subj="Vatten i källaren efter regnet",
  body="""Hej

Efter skyfallet i natt kom det upp vatten genom golvbrunnen i källaren, och det har hänt hos tre grannar på Parkvägen också. Dagvattenbrunnen på gatan var full av löv och grus. Kan ni spola ledningen innan nästa regn?

Stefan Jonsson
""",
  notes="Basement flooding reported as a deviation, no compensation claim.")

M("sv-o08", lang="sv", kind="deviation", area="waste",
  frm=("Cecilia Fors", "cecilia.fors@gmail.com"), to=KS, date="2026-02-06 09:00",
  subj="Kärlet inte tömt",
  body="""Hej

Vårt matavfallskärl på Tallvägen 9 har inte tömts på två veckor. Det luktar illa och locket går inte att stänga. Grannarnas kärl har tömts.

Cecilia Fors
""",
  notes="Also delivered to synpunkter@ with the same Message-ID.")

M("sv-o09", lang="sv", kind="suggestion", area="waste",
  frm=("Olle Granberg", "olle.granberg@spray.se"), to=SYN, date="2026-03-14 12:30", fmt="html",
  subj="Öppettider återvinningscentralen",
  body="""Hej

Återvinningscentralen är bara öppen på vardagar till 18. Vi som pendlar till Luleå hinner aldrig dit. Kunde ni ha öppet på lördagar, åtminstone på våren och hösten när alla rensar?

Olle Granberg
""",
  notes="HTML-only.")

M("sv-o10", lang="sv", kind="question", area="waste",
  frm=("Ida Sandström", "ida.sandstrom@icloud.com"), to=KS, date="2026-04-03 16:15",
  body="""Hej! Var slänger man frigolit? Det står inget på sorteringsguiden och på återvinningsstationen finns ingen container för det.

/Ida
""",
  notes="No subject.")

M("sv-o11", lang="sv", kind="question", area="building_planning",
  frm=("Niklas Berglund", "niklas.berglund@gmail.com"), to=KS, date="2026-02-12 21:10",
  subj="Attefallshus",
  body="""Hej

Jag funderar på att bygga ett attefallshus på 25 kvm som gästhus. Behöver jag bygglov eller räcker det med en anmälan? Och hur nära tomtgränsen får det stå?

Niklas Berglund
""",
  notes="Question about permits; not an application.")

M("sv-o12", lang="sv", kind="deviation", area="building_planning",
  frm=("Therese Lundin", "therese.lundin@live.se"), to=SYN, date="2026-03-06 23:05",
  subj="Bygget på Kvarnvägen",
  body="""Hej

Bygget av radhusen på Kvarnvägen pågår med spontning och lastbilar långt efter tio på kvällen, även på lördagar. Vi har småbarn som inte kan sova. Gäller inga regler för byggbuller?

Therese Lundin
""")

M("sv-o13", lang="sv", kind="praise", area="culture_sports",
  frm=("Josefin Ek", "josefin.ek@gmail.com"), to="Biblioteket <biblioteket@alvsby.kommun.se>",
  date="2026-01-23 17:20",
  subj="Sagostunden",
  body="""Hej!

Tack för sagostunden i lördags! Min son på fyra satt som fastklistrad hela tiden och vill nu gå till biblioteket varje dag. Ni är fantastiska.

Josefin
""")

M("sv-o14", lang="sv", kind="deviation", area="culture_sports",
  frm=("Älvsby Hockeyklubb", "kansli@alvsbyhk.se"), to=KS, date="2026-02-02 10:40", client="outlook",
  subj="Ishallen",
  body="""Hej,

i ishallen har temperaturen i omklädningsrummen varit under tio grader hela januari, och två av duscharna har inte fungerat sedan november. Vi har felanmält tre gånger. Våra ungdomslag byter om i jackorna.

Med vänlig hälsning
Anna Isaksson, kansliet
Älvsby Hockeyklubb
""")

M("sv-o15", lang="sv", kind="deviation", area="school",
  frm=("Mattias Olsson", "mattias.olsson@gmail.com"), to=KS, date="2026-03-03 18:35",
  subj="Kall skolmat",
  body="""Hej

Min dotter på Centrumskolan säger att maten i matsalen ofta är kall när hennes klass äter sist, och att det tar slut på det vegetariska. Det har varit så hela vintern. Kan någon titta på det?

Mattias Olsson
""")

M("sv-o16", lang="sv", kind="praise", area="school",
  frm=("Fam. Nordqvist", "nordqvist.family@gmail.com"), to="Norrbyskolan <norrbyskolan@alvsby.kommun.se>",
  date="2026-04-17 15:50",
  subj="Tack till Peter",
  body="""Hej!

Vi vill tacka Peter, mentor i 4B, som har fått vår son att tycka om matte igen. Han har lagt ner mycket tid och ringer alltid tillbaka. Det märks att han bryr sig.

Familjen Nordqvist
""")

M("sv-o17", lang="sv", kind="suggestion", area="kindergarten",
  frm=("Lisa Wahlström", "lisa.wahlstrom@hotmail.com"), to=SYN, date="2026-04-20 08:20",
  subj="Skugga på förskolegården",
  body="""Hej

Förskolegården vid Solrosen saknar skugga helt. I fjol var det över 30 grader flera dagar i juni och barnen fick vara inne. Kan man plantera träd eller sätta upp solsegel före sommaren?

Lisa Wahlström
""")

M("sv-o18", lang="sv", kind="deviation", area="kindergarten",
  frm=("Fredrik Hägglund", "fredrik.hagglund@gmail.com"), to=KS, date="2026-03-27 07:05",
  subj="Stängt utan besked",
  body="""Hej

När vi kom till Blåbärets förskola i morse var avdelningen Humlan stängd på grund av personalbrist. Vi fick inget sms eller mejl i förväg. Jag fick stanna hemma från jobbet. Det är tredje gången i år.

Fredrik Hägglund
""")

M("sv-o19", lang="sv", kind="deviation", area="other",
  frm=("Gunilla Nyberg", "gunilla.nyberg@telia.com"), to=KS, date="2026-01-27 14:40",
  subj="Växeln",
  body="""Hej

Jag har försökt ringa kommunens växel i två dagar. Efter tjugo minuter i kö bryts samtalet varje gång. Det går inte att lämna meddelande heller.

Gunilla Nyberg
""")

M("sv-o20", lang="sv", kind="suggestion", area="other",
  frm=("Daniel Persson", "daniel.persson@outlook.com"), to=SYN, date="2026-03-30 19:45",
  subj="Hemsidan på fler språk",
  body="""Hej

Det bor många nya svenskar och säsongsarbetare i Älvsby, men kommunens hemsida finns bara på svenska. Kunde ni ha de viktigaste sidorna på engelska, arabiska och finska, eller åtminstone en översättningsknapp?

Daniel Persson
""")

M("sv-o21", lang="sv", kind="praise", area="other",
  frm=("Yvonne Sundqvist", "yvonne.sundqvist@gmail.com"), to=KS, date="2026-04-22 11:05",
  subj="Kontaktcenter",
  body="""Hej

Ett stort tack till killen på kontaktcenter som hjälpte mig i dag med e-legitimationen och förklarade hur jag hittar mina fakturor. Trevligt och tålmodigt bemötande!

Yvonne Sundqvist
""")

M("sv-o22", lang="sv", kind="deviation", area="health_care",
  frm=("Ove Lindström", "ove.lindstrom@bredband.net"), to=SYN, date="2026-03-18 12:55",
  subj="Hemtjänstens bilar på trottoaren",
  body="""Hej

Hemtjänstens bilar parkerar varje morgon på trottoaren utanför Kyrkvägen 8-14, så att vi med rollator och barnvagnar måste gå ut i gatan. Jag förstår att de har bråttom, men det måste finnas en bättre lösning.

Ove Lindström
""",
  notes="Home-care cars and a rollator, but no one's care or health told.")

M("sv-o23", lang="sv", kind="question", area="social_services",
  frm=("Amira Yousef", "amira.yousef@gmail.com"), to=KS, date="2026-04-14 10:30",
  subj="Familjecentralen",
  body="""Hej

Vilka öppettider har familjecentralen, och behöver man boka tid för föräldragruppen för nyblivna föräldrar?

Amira
""")

# ------------------------------------------------------------------ near duplicates
NEAR("sv-n01", "sv-ar01", date="2026-01-22 08:30", subj_prefix="Påminnelse: ",
     prefix="Hej igen, jag har inte fått något svar på min begäran nedan.\n\n",
     notes="Reminder of the minutes request with a new first line.")

NEAR("sv-n02", "sv-s02", date="2026-01-20 09:40", to=SYN,
     repl=[("tre orörda matlådor", "fyra orörda matlådor"),
           ("Jag vill att någon pratar med mig", "Jag vill att någon ringer mig")],
     notes="Same text to synpunkter@ next day with two phrases changed; sensitive.")

NEAR("sv-n03", "sv-o01", date="2026-03-12 08:20", subj_prefix="Påminnelse: ",
     prefix="Hålet är fortfarande inte lagat och har blivit större.\n\n",
     notes="Reminder within the window.")

NEAR("sv-n04", "sv-ar04", date="2026-02-12 21:30",
     prefix="Jag skickar igen eftersom jag inte har fått något svar.\n\n",
     notes="Own-file request re-sent; sensitive.")

NEAR("sv-n05", "sv-of01", date="2026-03-13 07:30",
     repl=[("Vi motsätter oss beslutet och begär att det upphävs.", "Vi överklagar beslutet och begär att det upphävs.")],
     notes="Re-sent with the keyword phrase changed.")

# ------------------------------------------------------------------ exact duplicates
EXACT("sv-x01", "sv-o08", delay_min=1, second_box=SYN)
EXACT("sv-x02", "sv-t02", mode="resend", date="2026-01-29 13:20",
      notes="Same body and subject sent again an hour later (new Message-ID).")

# ------------------------------------------------------------------ follow-ups
FU("sv-f01", "sv-of01", date="2026-03-18 10:00", threaded=True,
   subj="Sv: Bygglov Storgatan 14",
   body="""Som komplettering till vårt överklagande: vi har nu fått skuggstudien från grannföreningen, som visar att vår tomt ligger i skugga från klockan 14 från april till september. Den bifogas.

Bengt och Maj Svensson

""" + quote(_b("sv-of01")),
   att=[{"name": "skuggstudie_Storgatan14.pdf", "type": "pdf", "title": "Skuggstudie",
         "content": ["Skuggstudie Storgatan 14-16", "21 mars kl 12: skugga på 30 % av tomten Storgatan 16",
                     "21 juni kl 15: skugga på 70 %", "21 sept kl 14: skugga på 85 %"]}],
   notes="Threaded addition to the appeal with a PDF.")

FU("sv-f02", "sv-s05", date="2026-02-08 10:05", threaded="via",
   subj="Sv: Vi har tagit emot ditt ärende",
   sens=True,
   body="""Tack för svaret. Jag glömde skriva att jag också har tankar på att inte vilja leva ibland, men jag har inga planer. Det är lättare att skriva än att ringa. Mitt nummer är 070-312 45 98 om någon kan ringa efter klockan 16.

Elin
""",
   via_mid="<%s@alvsby.kommun.se>" % hexid("sv-f02-ack", 28, False),
   notes="Reply to the acknowledgement; sensitive.")

FU("sv-f03", "sv-o12", date="2026-03-13 22:40",
   subj="Bygget igen",
   body="""Hej

Jag skrev förra veckan om bygget på Kvarnvägen. I kväll höll de på med spontningen till 22.45. Har någon pratat med byggföretaget?

Therese Lundin
""",
   notes="Follow-up without threading headers.")

FU("sv-f04", "sv-ar06", date="2026-02-16 09:15",
   subj="Tillägg rondellen",
   body="""Hej igen

Ett tillägg till mitt mejl i fredags om rondellen vid Storgatan: jag vill också ha ritningarna och trafikutredningen som låg till grund för utformningen.

Lennart Holm
""",
   notes="Unthreaded addition to an access request.")
