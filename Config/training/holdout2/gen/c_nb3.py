"""Bokmål: ordinary deviations, suggestions, praise and questions; near duplicates, exact duplicates, follow-ups."""
from lib import *

def _b(key):
    return next(s for s in REG if s["key"] == key)["body"]

# ------------------------------------------------------------------ ordinary
M("nb-o01", lang="nb", kind="deviation", area="roads_traffic",
  frm=("Stian Larsen", "stian.larsen@gmail.com"), to=PM, date="2026-01-06 17:22",
  subj="Hull i Fjellveien",
  body="""Hei

Det er et stort hull i Fjellveien rett før avkjøringen til Bjørkelia, på høyre side når man kjører oppover. Jeg fikk punktering der i dag, og jeg så en annen bil som sto med varselblinken på samme sted en time senere.

Kan noen fylle det før det skjer en ulykke?

Stian Larsen
""")

M("nb-o02", lang="nb", kind="deviation", area="roads_traffic",
  frm=("Wenche Olsen", "wenche.olsen@live.no"), to=PM, date="2026-01-09 16:40", fmt="html",
  subj="Gatelys Storgata",
  body="""Hei!

Fem gatelys på rad i Storgata, fra apoteket og ned til bussterminalen, har vært mørke i over en uke. Det er stummende mørkt der når jeg går hjem fra jobb, og fortauet er glatt.

Wenche Olsen
""",
  notes="HTML-only; delivered a second time to dialog@ (exact duplicate).")

M("nb-o03", lang="nb", kind="suggestion", area="roads_traffic",
  frm=("FAU Haugen skole", "fau.haugen@gmail.com"), to=PM, date="2026-02-12 20:15",
  subj="Fartsdumper i Skoleveien",
  body="""Hei

FAU ved Haugen skole har i flere år sett at bilene kjører altfor fort forbi skolen om morgenen. Vi foreslår at kommunen legger to fartsdumper i Skoleveien, en ved hovedinngangen og en ved gymsalen, og at 30-skiltet flyttes lenger ned mot krysset.

Vi har tellinger fra en foreldreaksjon i januar hvis det er nyttig.

Hilsen FAU Haugen skole
""")

M("nb-o04", lang="nb", kind="praise", area="roads_traffic",
  frm=("Kåre Hove", "kare.hove@online.no"), to=PM, date="2026-01-31 09:12", cs="windows-1252", client="outlook",
  subj="Brøytingen i Haugåsen",
  body="""Hei!

Bare en liten hilsen til brøytemannskapet i Haugåsen: i natt kom det nesten en halv meter snø, og klokken seks var alt brøytet og strødd, også den bratte bakken opp til oss. Sånn skal det være!

Kåre Hove – 78 år og fortsatt bilist
""",
  notes="windows-1252 with an en dash.")

M("nb-o05", lang="nb", kind="deviation", area="water_sewage",
  frm=("Silje Thorsen", "silje.thorsen@gmail.com"), to=PM, date="2026-02-06 07:30",
  subj="Brunt vann",
  body="""Hei

Vi har hatt brunt vann fra kranen siden i går ettermiddag i Elvegata 10-16. Det hjelper ikke å la det renne. Er det trygt å bruke, og når blir det fikset?

Silje Thorsen
""")

M("nb-o06", lang="nb", kind="question", area="water_sewage",
  frm=("Roar Kvam", "roar.kvam@hotmail.com"), to=PM, date="2026-03-04 12:05",
  subj="Kokevarsel",
  body="""Hei

Hvor lenge skal kokevarselet for Nordbyen vare? Vi fikk SMS på mandag, men det står ingenting på nettsiden om når det oppheves. Gjelder det også for oppvaskmaskinen?

Roar Kvam
""")

M("nb-o07", lang="nb", kind="deviation", area="water_sewage",
  frm=("Berit Halvorsen", "berit.halvorsen@yahoo.no"), to=PM, date="2026-04-07 18:48",
  subj="Kloakklukt ved lekeplassen",
  body="""Hei

Det lukter kloakk rundt kumlokket ved lekeplassen i Solbakken. Det har vært verst de siste tre dagene, og lokket ligger litt skjevt. Barna leker rett ved.

Berit Halvorsen
""")

M("nb-o08", lang="nb", kind="deviation", area="waste",
  frm=("Nils Ove Hegre", "nilsove.hegre@gmail.com"), to=PM, date="2026-02-03 19:55",
  subj="Dunken ikke tømt",
  body="""Hei

Restavfallsdunken vår i Myrveien 18 er ikke tømt på tre uker. Den står ute ved veien som den skal, med lokket igjen. Naboene har fått tømt sine. Nå flyter det over og kråkene har begynt å rive i posene.

Nils Ove Hegre
""")

M("nb-o09", lang="nb", kind="question", area="waste",
  frm=("Anita Berg", "anita.berg@broadpark.no"), to=PM, date="2026-03-21 11:15", client="roundcube",
  subj="Gamle malingsspann",
  body="""Hei, hvor kan jeg levere gamle malingsspann og noen bokser med terpentin? Tar gjenvinningsstasjonen imot det gratis?

Anita
""")

M("nb-o10", lang="nb", kind="suggestion", area="waste",
  frm=("Magnus Engen", "magnus.engen@icloud.com"), to=PM, date="2026-04-02 14:00",
  subj="Glass og metall ved Rema",
  body="""Hei!

Containeren for glass og metall ved Rema 1000 på Sandvika er alltid full i helgene, og folk setter fra seg poser ved siden av. Kunne dere satt ut en container til, eller tømt den på fredager?

Magnus
""")

M("nb-o11", lang="nb", kind="question", area="building_planning",
  frm=("Rune Hagen", "rune.hagen@gmail.com"), to=PM, date="2026-03-06 21:02",
  subj="Må jeg søke om bod?",
  body="""Hei

Jeg har lyst til å sette opp en bod på 12 m2 bak huset, ca. 4 meter fra nabogrensen. Må jeg søke om det, eller kan jeg bare bygge? Tomta er regulert til boligformål.

Rune Hagen
""",
  notes="Question about whether an application is needed; not an application.")

M("nb-o12", lang="nb", kind="deviation", area="building_planning",
  frm=("Elisabeth Nygård", "elisabeth.nygard@online.no"), to=PM, date="2026-03-12 10:30", client="outlook",
  subj="Byggesak 2025/1873",
  body="""Hei

Vi sendte inn byggesaken for tilbygget vårt (2025/1873) i slutten av november. Det har nå gått over 14 uker uten at vi har hørt noe, og ingen svarer på telefon. Loven sier tolv uker. Snekkeren vår kan ikke holde av tid lenger.

Dette er ikke greit. Hvem følger opp saken?

Elisabeth Nygård
""",
  notes="Complaint about processing time (deviation), not a new application.")

M("nb-o13", lang="nb", kind="praise", area="culture_sports",
  frm=("Ragnhild Sæther", "ragnhild.saether@gmail.com"), to="Fjordvik bibliotek <bibliotek@fjordvik.kommune.no>",
  date="2026-01-17 15:45",
  subj="Takk!",
  body="""Hei!

Jeg vil bare si at dere på biblioteket er helt fantastiske. I går hjalp Vegard meg i nesten en time med å finne en gammel bok om Fjordvik-båtene som bestefaren min var med på å bygge. Han fant den til og med i et annet bibliotek og bestilte den til meg.

Ragnhild
""")

M("nb-o14", lang="nb", kind="deviation", area="culture_sports",
  frm=("Kim André Haug", "kimandre.haug@hotmail.com"), to=PM, date="2026-02-21 12:12",
  subj="Svømmehallen",
  body="""Hei

Vi sto tre familier utenfor Fjordvikbadet i dag klokken 11 og det var stengt. Ingenting på nettsiden, ingenting på Facebook, bare en lapp på døra om "teknisk feil". Forrige helg var garderoben så skitten at vi snudde.

Vi betaler for sesongkort. Hva skjer?

Kim André Haug
""")

M("nb-o15", lang="nb", kind="suggestion", area="culture_sports",
  frm=("Turid Lunde", "turid.lunde@online.no"), to=PM, date="2026-01-24 20:35", cs="iso-8859-1", client="thunderbird",
  subj="Lys i løypa",
  body="""Hei

Lysløypa i Skogheim slukkes klokken 21. Mange av oss som jobber skift får ikke gått før etter det. Kunne lyset stått på til 22 på hverdager, i hvert fall i januar og februar?

Turid Lunde
""",
  notes="ISO-8859-1, 8bit.")

M("nb-o16", lang="nb", kind="question", area="school",
  frm=("Jørgen Vold", "jorgen.vold@gmail.com"), to=PM, date="2026-04-09 13:00",
  subj="Planleggingsdager",
  body="""Hei

Når er planleggingsdagene for skolene neste skoleår? Vi skal bestille sommerferie og vil ikke treffe på skolestart.

Jørgen
""")

M("nb-o17", lang="nb", kind="deviation", area="school",
  frm=("Hilde Aspen", "hilde.aspen@lyse.net"), to="Fjordvik skole <fjordvik.skole@fjordvik.kommune.no>",
  date="2026-03-18 16:25",
  subj="Dårlig luft i klasserommet",
  body="""Hei

Barna i 3B klager på hodepine og at det er varmt og tett i klasserommet i brakka. Jeg var innom i dag og det var 27 grader og vinduene kan ikke åpnes. Ventilasjonen har visstnok vært i ustand siden jul.

Kan noen fra eiendom se på dette?

Hilde Aspen, FAU-kontakt 3B
""",
  notes="Indoor climate complaint for a class; headache mentioned generally, not about a person.")

M("nb-o18", lang="nb", kind="praise", area="kindergarten",
  frm=("Maria Solberg", "maria.solberg@gmail.com"), to="Trollskogen barnehage <trollskogen.bhg@fjordvik.kommune.no>",
  date="2026-04-14 16:02",
  subj="Takk for karnevalet",
  body="""Hei alle sammen på Trollskogen!

Karnevalet i går var helt nydelig. Kaja har ikke snakket om noe annet i hele kveld. Takk for at dere la så mye arbeid i kostymer, pynt og boller!

Hilsen Maria, mamma til Kaja
""")

M("nb-o19", lang="nb", kind="question", area="kindergarten",
  frm=("Thomas Helland", "thomas.helland@outlook.com"), to=PM, date="2026-03-25 07:44",
  subj="Bytte barnehage?",
  body="""Hei

Vi flytter fra Sandvika til Nordbyen i juni. Hvordan går vi frem for å bytte barnehage for sønnen vår, og hvor lang tid tar det vanligvis?

Thomas Helland
""",
  notes="Question about how to transfer; not yet an application.")

M("nb-o20", lang="nb", kind="deviation", area="other",
  frm=("Liv Marit Skjold", "livmarit.skjold@gmail.com"), to=PM, date="2026-02-17 21:40",
  subj="Skjemaet på nettsiden virker ikke",
  body="""Hei

Jeg har prøvd fire ganger å sende meldingen om ny adresse via skjemaet på fjordvik.kommune.no, men får bare "Noe gikk galt, prøv igjen senere" når jeg trykker send. Både på mobil og PC.

Liv Marit Skjold
""")

M("nb-o21", lang="nb", kind="question", area="other",
  frm=("Oddvar Brenna", "oddvar.brenna@online.no"), to=PM, date="2026-03-23 10:11", cs="iso-8859-1",
  subj="Faktura fra kommunen",
  body="""Hei

Jeg har fått en faktura på kommunale avgifter med kontonummer 1506.23.45671 og KID 0041 8833 7752. Forrige gang var kontonummeret et annet. Er dette riktig, eller er det svindel? Jeg vil ikke betale til feil sted.

Oddvar Brenna
""",
  notes="Account number and KID are not identity numbers.")

M("nb-o22", lang="nb", kind="praise", area="other",
  frm=("Fatima Ali", "fatima.ali@hotmail.com"), to=PM, date="2026-04-16 12:20",
  subj="Servicetorget",
  body="""Hei

Jeg vil takke damen på servicetorget som hjalp meg i går med å fylle ut skjemaet for parkeringskort og forklarte alt så tålmodig. Norsk er ikke mitt første språk, men jeg forsto alt.

Fatima
""")

M("nb-o23", lang="nb", kind="deviation", area="health_care",
  frm=("Christine Bakke", "christine.bakke@gmail.com"), to=PM, date="2026-03-27 09:55",
  subj="Helsestasjonen svarer aldri",
  body="""Hei

Jeg har prøvd å ringe helsestasjonen i tre dager for å flytte en time. Telefonen er bare åpen 9-11 og den er opptatt hele tiden, eller så blir jeg satt på vent til den legges på. Kan dere ikke ha SMS eller en e-postadresse?

Christine Bakke
""",
  notes="Complaint about phone availability; no health details.")

M("nb-o24", lang="nb", kind="question", area="social_services",
  frm=("Lars Aarnes", "lars.aarnes@live.no"), to=PM, date="2026-03-30 08:05",
  subj="Åpningstider påske",
  body="""Hei. Er NAV-kontoret og servicetorget åpent i påskeuka, og i så fall når?

Lars
""")

# ------------------------------------------------------------------ near duplicates
NEAR("nb-n01", "nb-ar01", date="2026-01-23 08:02", subj_prefix="Purring: ",
     prefix="Jeg har ikke fått noe svar på e-posten under, heller ikke kontrakten jeg ba om. Sender den derfor på nytt.\n\n",
     notes="Reminder ('Purring') of the buried access request, with a new first paragraph.")

NEAR("nb-n02", "nb-s02", date="2026-01-21 07:14",
     repl=[("I forrige uke kom ingen på tirsdag kveld", "Forrige tirsdag kom ingen om kvelden"),
           ("Hvem har ansvaret for at dette ikke skjer igjen?", "Jeg vil vite hvem som har ansvaret for at dette ikke skjer igjen.")],
     notes="Re-sent with two phrases changed; still sensitive with the mother's fødselsnummer.")

NEAR("nb-n03", "nb-o08", date="2026-02-10 18:30", subj_new="Dunken fortsatt ikke tømt!",
     prefix="Nå er det FIRE uker!\n\n", repl=[("tre uker", "fire uker")],
     notes="New first line, one phrase changed, new subject.")

NEAR("nb-n04", "nb-ar05", date="2026-02-09 20:11", to=DIALOG,
     prefix="Sender denne på nytt i tilfelle den første forsvant.\n\n",
     notes="Re-sent to a second mailbox with a new first line.")

# ------------------------------------------------------------------ exact duplicates
EXACT("nb-x01", "nb-o02", delay_min=3, second_box=DIALOG)

# ------------------------------------------------------------------ follow-ups
FU("nb-f01", "nb-of03", date="2026-01-16 21:05",
   subj="Skoleskyss Emma - bilder",
   body="""Hei igjen

Som tillegg til klagen jeg sendte onsdag om skoleskyss for Emma Holm: her er to bilder av strekningen uten fortau ved Haugsvingen, tatt i dag klokken 07.50 da hun skulle gå. Det er ikke engang brøytekant å gå på.

Kjersti Holm
""",
   att=[{"name": "haugsvingen1.png", "type": "png"}, {"name": "haugsvingen2.png", "type": "png"}],
   notes="Addition to the appeal without threading headers; refers to 'klagen jeg sendte onsdag'.")

FU("nb-f02", "nb-o05", date="2026-02-07 09:10", threaded=True,
   subj="Re: Brunt vann",
   body="""Nå er det blitt verre, vannet er nesten oransje i dag morges og det har kommet bunnfall i vasken. Naboene i nr. 12 og 14 har det samme.

Silje

""" + quote(_b("nb-o05")),
   notes="Reply to own message with quote.")

FU("nb-f03", "nb-s03", date="2026-01-27 12:40", threaded="via",
   subj="Re: Vi har mottatt henvendelsen din",
   sens=True,
   body="""takk. jeg glemte å si at jeg bor i Nordbyen og ikke har bil. og den minste er bare 8 mnd så jeg trenger bleier og morsmelkerstatning også. kan noen ringe meg på 984 22 107

Marte
""",
   notes="Reply to the acknowledgement (In-Reply-To is the gateway's Message-ID, References holds the original); sensitive.")

FU("nb-f04", "nb-o12", date="2026-03-26 13:15",
   subj="Byggesaken vår",
   body="""Hei

Jeg skrev til dere for to uker siden om byggesaken for tilbygget (2025/1873) og har fortsatt ikke hørt noe. Nå har det gått 16 uker. Jeg ber om at noen ringer meg på 907 55 123.

Elisabeth Nygård
""",
   notes="Follow-up without threading; refers back to the earlier mail.")

FU("nb-f05", "nb-ar09", date="2026-02-17 07:30", threaded=True,
   subj="Re: Rapporten",
   sens=True,
   body="""Jeg vil også ha referatet fra samtalen de hadde med Elias alene på skolen i oktober. Han har sagt at de spurte ham om ting han ikke forsto.

Camilla

""" + quote(_b("nb-ar09")),
   notes="Threaded addition to the access request; sensitive.")

FU("nb-f06", "nb-o14", date="2026-02-23 18:00",
   subj="Mer om Fjordvikbadet",
   body="""Hei igjen

Et tillegg til det jeg skrev lørdag om svømmehallen: i dag var det åpent, men dusjene i herregarderoben var kalde og to av skapene var brutt opp. Jeg tror det trengs en skikkelig gjennomgang.

Kim André
""",
   notes="Follow-up without threading headers.")
