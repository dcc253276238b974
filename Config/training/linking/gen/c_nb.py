"""Linking dev set: Norwegian bokmål (nb). Every text written by hand for this set."""
from lib import *

# ---------------------------------------------------------------- nb01 pothole Kirkevegen
M("L-nb01", lang="nb", kind="deviation", area="roads_traffic",
  frm=("Kari Haugen", "kari.haugen@gmail.com"), to=PM, client="gmail",
  date="2026-02-03 21:14", subj="Stort hull i veien i Kirkevegen",
  body="""Hei

Det er et stort hull i asfalten i Kirkevegen, rett utenfor nr 12 ved busstoppet. Det er sikkert 20 cm dypt og fylles med vann når det regner så man ser det ikke før man kjører oppi. Jeg har sett to biler som har fått skade på felgen der denne uka, og syklister må svinge ut i veien for å unngå det.

Kan dere fylle det igjen før noen skader seg? Det er mye skolebarn som går der om morgenen.

Mvh
Kari Haugen
Kirkevegen 9
""", notes="original: pothole report")

FU("L-nb01-fu", "L-nb01", date="2026-02-06 07:35", subj="Hullet i Kirkevegen - bilde",
   body="""Hei igjen. Tillegg til e-posten min om hullet i Kirkevegen: her er et bilde jeg tok i morges. Det er blitt større etter frosten i natt, og nå er det et hull til litt lenger opp mot krysset.

Kari
""", att=[{"name": "bilde_hull.png", "type": "png"}],
   notes="follow-up without threading headers: photo and update three days later")

NEAR("L-nb01-n1", "L-nb01", date="2026-02-10 08:02", subj_prefix="Påminnelse: ",
     prefix="Sender igjen siden jeg ikke har fått svar, og hullet er der fortsatt.\n\n",
     repl=[("Det er sikkert 20 cm dypt", "Det er sikkert 20 cm dypt nå")],
     notes="near duplicate: re-sent after a week with a reminder line and one word added")

NEAR("L-nb01-n2", "L-nb01", date="2026-02-14 19:40", subj_prefix="Fwd: ",
     prefix="""Tredje gang jeg skriver om dette nå. Nå har naboen også punktert. Hva skjer??

---------- Videresendt melding ---------
Fra: Kari Haugen <kari.haugen@gmail.com>
Date: tir. 3. feb. 2026 kl. 21:14
Subject: Stort hull i veien i Kirkevegen
To: <postmottak@fjordvik.kommune.no>


""", notes="near duplicate: the original forwarded again (Gmail forward block) with an angry line on top, 11 days later")

M("L-nb-hn01", lang="nb", kind="deviation", area="roads_traffic",
  frm=("Per Olav Lien", "perolav.lien@hotmail.com"), to=PM,
  date="2026-02-08 10:26", subj="Hull i Kirkevegen ved busstoppet",
  body="""Hei. Vil melde fra om et stort hull i Kirkevegen ved busstoppet utenfor nr 12. Hullet er dypt og fylt med vann så man ser det ikke. Jeg fikk punktering på bilen min der i går kveld. Hvem sender jeg krav om erstatning til?

Per Olav Lien
""", notes="hard negative: a neighbour about the same pothole as Kari Haugen's report (3 Feb); different sender, own submission, not a duplicate")

M("L-nb-hn02", lang="nb", kind="question", area="kindergarten",
  frm=("Kari Haugen", "kari.haugen@gmail.com"), to=PM, client="gmail",
  date="2026-02-12 13:05", subj="Spørsmål om søskenmoderasjon",
  body="""Hei,
Vi har to barn i Lia barnehage og lurer på om vi har krav på søskenmoderasjon også når den eldste begynner på SFO i høst? Og må vi søke på nytt hvert år?

Hilsen Kari Haugen
""", notes="hard negative: same sender as the Kirkevegen pothole report nine days earlier, a different matter (kindergarten fees)")

# ---------------------------------------------------------------- nb02 street lights Bjørkelia
M("L-nb02", lang="nb", kind="deviation", area="roads_traffic",
  frm=("Terje Bakken", "terje.bakken@online.no"), to=PM, client="outlook", cs="windows-1252",
  date="2026-02-05 18:22", subj="Gatelys ute i Bjørkelia",
  body="""Hei.

Gatelysene i Bjørkelia har vært mørke i snart tre uker, fra nr. 41 og ned til snuplassen. Det gjelder 4-5 lyktestolper. Det er veldig mørkt der nå på kveldene og det går mye folk tur med hund og barn.

Håper dette kan fikses snart.

Med vennlig hilsen
Terje Bakken
Bjørkelia 41
""", notes="original: street lights out")

FU("L-nb02-fu", "L-nb02", date="2026-02-06 09:10", subj="Gatelys Bjørkelia - rettelse",
   body="""Ser at jeg skrev feil adresse i går. Det er fra Bjørkelia 14, ikke 41, og ned mot snuplassen. Beklager!

Terje
""", notes="follow-up without threading headers: corrects the address the next day")

M("L-nb-hn03", lang="nb", kind="deviation", area="roads_traffic",
  frm=("Ingrid Solheim", "ingrid.solheim@yahoo.no"), to=PM,
  date="2026-02-09 20:48", subj="Tillegg – gatelys",
  body="""Tillegg til e-posten min i går: det er også to lys som ikke virker på gangveien mellom Bjørkelia og skolen. Og ett som blinker hele tiden ved trappa.

Ingrid Solheim
""", notes="hard negative: sounds like a follow-up and is about the same street lights as Terje Bakken's report, but a different sender whose earlier mail is not in this set; not a follow-up of his")

# ---------------------------------------------------------------- nb03 application: change of kindergarten
M("L-nb03", lang="nb", kind="formal", ftype="application", area="kindergarten",
  frm=("Sara Nilsen", "sara.nilsen88@gmail.com"), to=PM, client="gmail",
  date="2026-02-16 22:05", subj="Søknad om bytte av barnehage",
  body="""Hei

Vi søker herved om overflytting for sønnen vår Emil (3 år) fra Lia barnehage til Solsida barnehage fra august 2026. Grunnen er at vi har flyttet til Sjøgata og det blir veldig lang vei å kjøre til Lia hver morgen før jobb. Vi har prøvd å søke på nettet men får bare feilmelding i søknadsportalen når vi logger inn.

Emil har nå plass 100 % og vi ønsker fortsatt full plass.

Mvh
Sara Nilsen og Jonas Berg
Sjøgata 22
""", notes="original: application to change kindergarten")

FU("L-nb03-fu", "L-nb03", date="2026-02-18 07:50", subj="Søknad barnehage Emil Berg",
   body="""Hei igjen! Glemte å skrive i søknaden at vi gjerene tar plass fra 1. august, og at lillesøster kommer til å søke plass i samme barnehage neste år. Så det hadde vært fint om de kan gå samme sted.
Sara
""", notes="follow-up without threading headers, new subject: addition to the application two days later")

NEAR("L-nb03-n1", "L-nb03", date="2026-02-24 12:30", subj_prefix="Fwd: ",
     prefix="""Hei, videresender søknaden under på nytt. Vi har ikke fått noen bekreftelse på at den er mottatt. Fristen for hovedopptaket er vel 1. mars?

---------- Videresendt melding ---------
Fra: Sara Nilsen <sara.nilsen88@gmail.com>
Date: man. 16. feb. 2026 kl. 22:05
Subject: Søknad om bytte av barnehage
To: <postmottak@fjordvik.kommune.no>


""", notes="near duplicate: forwarded again with a question on top, 8 days later")

# ---------------------------------------------------------------- nb04 access request, journalist
NB04_BODY = """Hei,

Med hjemmel i offentleglova § 3 ber jeg om innsyn i følgende dokumenter i byggesaken for Sjøgata 5 (gnr. 14 bnr. 233):

- søknaden om rammetillatelse med vedlegg
- nabomerknader som er kommet inn
- kommunens vedtak og eventuell korrespondanse med tiltakshaver etter 1. desember 2025

Dersom noe unntas, ber jeg om at hjemmelen oppgis, og at det vurderes merinnsyn etter § 11. Dokumentene kan sendes elektronisk til denne adressen.

Med vennlig hilsen
Henrik Dahl
journalist, Fjordvikposten
"""
M("L-nb04", lang="nb", kind="formal", ftype="access_request", area="building_planning",
  frm=("Henrik Dahl", "henrik.dahl@fjordvikposten.no"), to=PM, client="outlook",
  date="2026-03-02 10:12", subj="Innsynsbegjæring – byggesak Sjøgata 5", body=NB04_BODY,
  notes="original: access request (journalist)")

NEAR("L-nb04-n1", "L-nb04", date="2026-03-09 09:05", subj_prefix="PURRING: ",
     prefix="Jeg har ennå ikke fått svar på innsynsbegjæringen under, sendt 2. mars. Minner om at slike begjæringer skal behandles uten ugrunnet opphold, normalt innen 1–3 virkedager.\n\n",
     repl=[("Med vennlig hilsen\nHenrik Dahl", "Vennlig hilsen\nHenrik Dahl")],
     notes="near duplicate: PURRING re-send a week later, reminder paragraph on top, sign-off changed")

FU("L-nb04-re", "L-nb04", threaded=True, date="2026-03-10 14:40",
   subj="SV: Innsynsbegjæring – byggesak Sjøgata 5",
   body="""Hei igjen,

For å gjøre det enklere for dere: jeg trenger først og fremst nabomerknadene og vedtaket. Resten kan komme senere.

Henrik Dahl

Fra: Henrik Dahl <henrik.dahl@fjordvikposten.no>
Sendt: mandag 2. mars 2026 10:12
Til: postmottak@fjordvik.kommune.no
Emne: Innsynsbegjæring – byggesak Sjøgata 5

""" + NB04_BODY, notes="follow-up with In-Reply-To/References to his own request: narrows it")

M("L-nb-hn09", lang="nb", kind="auto_reply",
  frm=("Henrik Dahl", "henrik.dahl@fjordvikposten.no"), to=PM, client="outlook", fmt="plain",
  date="2026-03-11 10:05", subj="Automatisk svar: Innsynsbegjæring – byggesak Sjøgata 5",
  hdrs=["In-Reply-To: <%s@fjordvik.kommune.no>" % hexid("L-nb04-muni-answer", 28, False),
        "References: %s <%s@fjordvik.kommune.no>" % (make_msgid("L-nb04", "outlook", "fjordvikposten.no"), hexid("L-nb04-muni-answer", 28, False)),
        "Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
  body="""Takk for e-posten. Jeg er på reportasjetur til og med 13. mars og leser e-post sporadisk. Haster det, ring desken.

Henrik Dahl
Fjordvikposten
""", notes="hard negative: the journalist's out-of-office answering the municipality's reply on his access request; same sender, same subject and References to his request, but an auto-reply, never a follow-up")

# ---------------------------------------------------------------- nb05 appeal: school transport
M("L-nb05", lang="nb", kind="formal", ftype="appeal", area="school",
  frm=("Linda Moen", "linda.moen@hotmail.no"), to=PM,
  date="2026-02-20 20:45", subj="Klage på vedtak om skoleskyss",
  body="""Til Fjordvik kommune, oppvekst

Jeg klager med dette på vedtaket datert 12. februar om avlsag på gratis skoleskyss for datteren min Maja, som går i 2. klasse på Løkkja skole.

I vedtaket står det at avstanden er under 4 km og at skoleveien ikke er særlig farlig. Men hun må gå langs fylkesveien i 600 meter uten fortau, der det er 80-sone og mye tungtrafikk til pukkverket. Om vinteren er veiskulderen full av brøytekanter så det er ingen plass å gå. Jeg mener dette må vurderes som særlig farlig skolevei etter opplæringsloven.

Jeg ber om at vedtaket omgjøres, og at dere kommer på befaring hvis dere er uenige.

Med vennlig hilsen
Linda Moen
Fylkesveien 118
""", notes="original: appeal against school transport decision (HTML from Outlook.com)")

FU("L-nb05-fu", "L-nb05", date="2026-02-23 17:02", subj="Klage skoleskyss - vedlegg",
   body="""Hei, legger ved et kart over skoleveien til Maja som jeg glemte i klagen min fra fredag. Den røde streken er strekningen uten fortau.

Hilsen Linda Moen
""", att=[{"name": "kart_skolevei.pdf", "type": "pdf", "title": "Skolevei Maja",
           "content": ["Skolevei Maja Moen – Fylkesveien 118 til Løkkja skole", "",
                       "Strekning uten fortau: ca. 600 m (markert rødt)", "Fartsgrense: 80 km/t",
                       "Tungtrafikk til pukkverket hverdager 07–16"]}],
   notes="follow-up without threading headers: the map she forgot, three days later")

NEAR("L-nb05-n1", "L-nb05", date="2026-03-02 08:15", fmt="plain", client="iphone",
     prefix="Sender klagen på nytt, fikk ingen bekreftelse på forrige.\n\n",
     repl=[("avlsag", "avslag")], append="\nSendt fra min iPhone\n",
     notes="near duplicate: plain-text re-send from the phone of an HTML original, typo fixed, one line added")

# ---------------------------------------------------------------- nb06 praise home nursing (sensitive)
M("L-nb06", lang="nb", kind="praise", area="health_care", sens=True,
  frm=("Odd Arne Strand", "oa.strand@online.no"), to=PM, client="thunderbird", cs="iso-8859-1",
  date="2026-03-04 11:20", subj="Ros til hjemmesykepleien",
  body="""Jeg vil gjerne gi ros til hjemmesykepleien i sone nord. Min kone har alzheimer og er blitt mye dårligere siden jul, og de som kommer hit hver morgen og kveld er så tålmodige og hyggelige med henne. De tar seg tid selv om vi vet de har det travelt. Spesielt en av de unge jentene som synger for henne når hun er urolig.

Takk skal dere ha.

Odd Arne Strand
""", notes="original: praise; sensitive (a named person's diagnosis)")

FU("L-nb06-fu", "L-nb06", date="2026-03-05 10:02", subj="Ros hjemmesykepleien",
   body="""Glemte å skrive navnet på jenta i gårsdagens e-post, det er Amina. Hun fortjener en ekstra klapp på skulderen.
Odd Arne Strand
""", notes="follow-up without threading headers: the name he forgot, next day")

# ---------------------------------------------------------------- nb07 short waste question
M("L-nb07", lang="nb", kind="question", area="waste",
  frm=("Jon Eriksen", "jon.eriksen@gmail.com"), to=PM, client="android",
  date="2026-02-09 16:40", subj="tømming",
  body="""Hei når blir papir tømt i Løkkjavegen? står ikke i kalenderen på nettsiden. Jon
""", notes="original: very short question")

NEAR("L-nb07-n1", "L-nb07", date="2026-02-16 09:30", subj_new="tømming??",
     prefix="Hallo? Fikk ikke svar på denne.\n\n",
     notes="near duplicate: the same one-line question again a week later with 'Hallo?' on top")

M("L-nb-hn08", lang="nb", kind="question", area="waste",
  frm=("Jon Eriksen", "jon.eriksen@gmail.com"), to=PM, client="android",
  date="2026-03-20 18:02", subj="tømming papir",
  body="""Hei igjen, når blir papir tømt i Løkkjavegen? Står fortsatt ikke i kalenderen. Jon
""", notes="hard negative (window edge): the same question 39 days after the first and 32 after the re-send, outside the 14-day window, so a new submission by the default rule")

# ---------------------------------------------------------------- nb08 suggestion: ski track (long, Outlook HTML)
M("L-nb08", lang="nb", kind="suggestion", area="culture_sports",
  frm=("Marte Kvam", "marte.kvam@fjordvik-il.no"), to=PM, cc=DIALOG, client="outlook",
  date="2026-01-27 13:05", subj="Forslag om bedre belysning og benker i lysløypa på Åsen",
  body="""Hei!

Jeg skriver på vegne av styret i Fjordvik IL, langrennsgruppa.

Lysløypa på Åsen er mye brukt, både av klubben og av folk flest, men lyset slukker kl. 21.00. Mange av de som jobber skift kommer ikke ut før etter det. Vi foreslår at lyset står på til 22.30 i hele sesongen, eventuelt med en knapp ved parkeringen som slår det på i en time.

Det er også et ønske om noen flere benker langs løypa, særlig i bakken opp mot vannverket. Mange eldre går der og trenger å hvile. Klubben kan gjerne stille med dugnadsfolk for å sette dem opp om kommunen kjøper inn.

Til slutt: skiltet ved innkjøringen er nesten uleselig, det hadde vært fint med et nytt kart over løypenettet.

Ta gjerne kontakt hvis dere vil diskutere dette.

Med vennlig hilsen
Marte Kvam
leder, langrennsgruppa Fjordvik IL
""", notes="original: long suggestion, sent to postmottak with dialog in Cc")

EXACT("L-nb08-x", "L-nb08", second_box=DIALOG, delay_min=1,
      notes="exact duplicate: the same message (same Message-ID) delivered to the dialog mailbox via Cc")

FU("L-nb08-fu", "L-nb08", date="2026-02-02 09:00", subj="Lysløypa - tillegg",
   body="""Hei igjen. Et tillegg til forslaget vårt om lysløypa: vi har snakket med Fjordvik Energi, og de sier at en timer-løsning for lyset koster rundt 15 000 kr. Klubben kan dekke halvparten.

Marte
""", notes="follow-up without threading headers, six days later")

NEAR("L-nb08-n1", "L-nb08", date="2026-02-05 11:11", to=DIALOG, cc=None,
     subj_new="Lysløypa på Åsen – forslag fra Fjordvik IL",
     repl=[("Hei!\n\n", ""),
           ("Det er også et ønske om noen flere benker langs løypa, særlig i bakken opp mot vannverket. Mange eldre går der og trenger å hvile. Klubben kan gjerne stille med dugnadsfolk for å sette dem opp om kommunen kjøper inn.\n\nTil slutt: skiltet ved innkjøringen er nesten uleselig, det hadde vært fint med et nytt kart over løypenettet.",
            "Skiltet ved innkjøringen er også nesten uleselig, det hadde vært fint med et nytt kart over løypenettet.\n\nTil slutt er det et ønske om noen flere benker langs løypa, særlig i bakken opp mot vannverket. Mange eldre går der og trenger å hvile. Klubben kan gjerne stille med dugnadsfolk for å sette dem opp om kommunen kjøper inn.")],
     notes="near duplicate: re-sent to dialog@ with a new subject, greeting dropped and two paragraphs swapped and reworded (~25 %)")

# ---------------------------------------------------------------- nb09 brown tap water
M("L-nb09", lang="nb", kind="deviation", area="water_sewage",
  frm=("Hanne Lund", "hanne.lund@icloud.com"), to=PM,
  date="2026-03-11 07:12", subj="Brunt vann",
  body="""Hei, vi har hatt brunt vann fra springen siden i går kveld her i Sjøgata 30-40. Er det noe arbeid på ledningene? Kan vi drikke det? Har en baby på 4 mnd så lurer på om vi må koke vannet

Hanne

Sendt fra min iPhone
""", notes="original: brown tap water")

FU("L-nb09-fu", "L-nb09", date="2026-03-11 18:30", subj="Brunt vann Sjøgata",
   body="""Nå er det klart igjen fra kranen men varmtvannet er fortsatt brunt. Er det vår bereder eller deres ledning?
Hanne

Sendt fra min iPhone
""", notes="follow-up without threading headers, same day")

FU("L-nb09-re", "L-nb09-fu", threaded=True, date="2026-03-13 08:05", subj="Re: Brunt vann Sjøgata",
   body="""Fortsatt ikke fått svar. Naboen sier dere har spylt ledningene. Stemmer det?

Sendt fra min iPhone

> 11. mar. 2026 kl. 18:30 skrev Hanne Lund <hanne.lund@icloud.com>:
> 
> Nå er det klart igjen fra kranen men varmtvannet er fortsatt brunt. Er det vår bereder eller deres ledning?
> Hanne
""", notes="follow-up with In-Reply-To to her own second mail (which itself had no threading headers)")

# ---------------------------------------------------------------- nb10 school: class sent home
M("L-nb10", lang="nb", kind="deviation", area="school",
  frm=("Rune Pedersen", "rune.p@live.no"), to=PM,
  date="2026-03-05 15:40", subj="Elever sendt hjem uten beskjed",
  body="""Hei

I dag ble 6B på Løkkja skole sendt hjem kl 11 fordi det ikke var vikar. Vi foreldre fikk melding på Visma samtidig som ungene gikk ut døra. Sønnen min er 11 og var alene hjemme resten av dagen, flere andre også. Dette er tredje gangen siden jul.

Skolen har vel ansvar for elevene i skoletida? Jeg forventer at det finnes en plan for dette og at foreldre blir varslet i god tid.

Rune Pedersen
""", notes="original")

NEAR("L-nb10-n1", "L-nb10", date="2026-03-09 10:00", to=DIALOG,
     prefix="Sender denne på nytt til dere siden jeg ikke har hørt noe fra skolen eller kommunen.\n\n",
     append="\nPS: Det skjedde igjen i dag, da med 6A.\n",
     notes="near duplicate: re-sent to another mailbox with a line on top and a PS")

# ---------------------------------------------------------------- nb11 social assistance question (sensitive)
M("L-nb11", lang="nb", kind="question", area="social_services", sens=True,
  frm=("Lise Hansen", "lise_1979@hotmail.com"), to=PM,
  date="2026-02-25 23:10", subj="sosialhjelp",
  body="""Hei. Jeg søkte om økonomisk sosialhjelp for 3 uker siden og har ikke hørt noe. Jeg er sykmeldt og har ikke penger til husleie for mars. Hvor lang tid tar det vanligvis? Hvem kan jeg ringe? Har prøvd sentralbordet men kommer ikke fram.

Lise Hansen
""", notes="original; sensitive (social assistance, sick leave)")

FU("L-nb11-fu", "L-nb11", date="2026-02-26 08:20", subj=None,
   body="""Glemte å skrive at jeg har levert alle papirene de ba om, kontoutskrifter og alt. Lise
""", notes="follow-up without threading headers and without a subject, next morning")

NEAR("L-nb11-n1", "L-nb11", date="2026-03-03 07:45", subj_new="sosialhjelp - haster",
     repl=[("for 3 uker siden", "for snart 4 uker siden"),
           ("husleie for mars", "husleie for mars og har fått purring")],
     notes="near duplicate: re-sent with 'haster' in the subject and two small edits")

# ---------------------------------------------------------------- nb12 building without permit
M("L-nb12", lang="nb", kind="deviation", area="building_planning",
  frm=("Geir Olsen", "geir.olsen@online.no"), to=PM, client="roundcube", cs="iso-8859-1",
  date="2026-04-07 19:30", subj="Ulovlig bygging på naboeiendom",
  body="""Hei

Naboen vår i Fjellveien 7 har de siste to ukene satt opp et stort tilbygg helt inntil grensen mot oss, jeg vil tro under 2 meter fra tomtegrensa. Vi har ikke fått noe nabovarsel. Jeg har sjekket innsynsløsningen deres og finner ingen byggesøknad på eiendommen.

Kan kommunen undersøke om dette er søkt om? Tilbygget tar mye sol fra hagen vår.

Mvh Geir Olsen
Fjellveien 9
""", notes="original")

FU("L-nb12-fu", "L-nb12", date="2026-04-09 12:00", subj="Fjellveien 7",
   body="""Hei, har tatt noen bilder av tilbygget fra vår side, se vedlegg. Målte avstanden til grensa i går, den er 1,4 meter.

Geir Olsen
""", att=[{"name": "tilbygg1.png", "type": "png"}, {"name": "tilbygg2.png", "type": "png"}],
   notes="follow-up without threading headers: photos and a measurement")

M("L-nb-hn07", lang="nb", kind="question", area="other",
  frm=("Geir Olsen", "geir.olsen@online.no"), to=PM, client="roundcube", cs="iso-8859-1",
  date="2026-04-14 10:15", subj="Eiendomsskatt - feil areal?",
  body="""Hei
På eiendomsskatteseddelen for Fjellveien 9 står det at boligen er 212 m2. Det riktige er 168 m2, kjelleren er ikke innredet. Hvordan klager jeg på dette, og hva er fristen?

Geir Olsen
""", notes="hard negative: same sender and neighbouring address as the Fjellveien 7 building report a week earlier, a different matter (property tax)")

NEAR("L-nb12-n1", "L-nb12", date="2026-04-16 21:02",
     subj_new="Andre gang jeg skriver: Ulovlig bygging Fjellveien 7",
     repl=[("de siste to ukene", "de siste tre ukene"),
           ("finner ingen byggesøknad på eiendommen.", "finner fortsatt ingen byggesøknad på eiendommen. Nå er taket på plass.")],
     notes="near duplicate: 'Andre gang jeg skriver' subject, two small updates")

# ---------------------------------------------------------------- nb13 other_formal: cancel SFO place
M("L-nb13", lang="nb", kind="formal", ftype="other_formal", area="school",
  frm=("Eva Johansen", "eva.johansen@outlook.com"), to=PM,
  date="2026-04-20 08:30", subj="Oppsigelse av SFO-plass",
  body="""Hei!

Vi sier med dette opp SFO-plassen til Ella Johansen på Løkkja skole (3. trinn). Hun skal gå på aktivitetsskolen i byen fra høsten i stedet.

Hilsen Eva Johansen
""", notes="original: notice of cancellation")

FU("L-nb13-fu", "L-nb13", date="2026-04-22 13:15", subj="Re: Oppsigelse av SFO-plass",
   body="""Tillegg: siste dag blir 19. juni. Ber om en bekreftelse på at oppsigelsen er mottatt.
Eva
""", notes="follow-up with a 'Re:' subject typed by hand but no In-Reply-To/References")

# ---------------------------------------------------------------- nb14 standalone praise
M("L-nb14", lang="nb", kind="praise", area="culture_sports",
  frm=("Ahmed Yusuf", "ahmed.yusuf@gmail.com"), to=PM, client="iphone",
  date="2026-03-19 09:12", subj="Takk for forfatterkvelden",
  body="""Tusen takk for en fantastisk kveld på biblioteket i går med Fosse-foredraget. Godt arrangert og gratis! Mer sånt 👏

Sendt fra min iPhone
""", notes="original, no related message")

# ---------------------------------------------------------------- nb15 glass container
M("L-nb15", lang="nb", kind="deviation", area="waste",
  frm=("Bjørn Tveit", "bjorn.tveit@yahoo.no"), to=PM,
  date="2026-04-13 17:50", subj="Glasscontaineren ved Coop Nordby",
  body="""Hei. Glass- og metallcontaineren ved Coop Nordby har vært full i snart tre uker. Folk setter poser med flasker på bakken rundt den, og i helga hadde måkene revet dem opp så det lå glasskår over hele parkeringsplasen. Kan dere få tømt den oftere?

Mvh Bjørn Tveit
""", notes="original")

FU("L-nb15-fu", "L-nb15", date="2026-04-15 20:10", subj="glasscontainer",
   body="""Nå har noen satt fyr på en pose ved siden av containeren ved Coop Nordby. Brannvesenet var der. Dette blir farlig!
Bjørn
""", notes="follow-up without threading headers: new development two days later")

NEAR("L-nb15-n1", "L-nb15", date="2026-04-21 07:55", repl=[("parkeringsplasen", "parkeringsplassen")],
     notes="near duplicate: identical re-send except one typo fixed (minimal edit)")

# ---------------------------------------------------------------- nb16 kindergarten admission question
M("L-nb16", lang="nb", kind="question", area="kindergarten",
  frm=("Mona Aas", "mona.aas@gmail.com"), to=PM, client="gmail",
  date="2026-04-27 12:45", subj="Svar på barnehageopptak?",
  body="""Hei
Vi søkte barnehageplass til datteren vår før fristen 1. mars, og mange vi kjenner har fått tilbud allerede. Vi har ikke hørt noe. Er søknaden vår mottatt? Hun er født i september 2025 så hun har vel ikke rett på plass før i september, men vi søkte fra august.

Mvh Mona Aas
""", notes="original")

NEAR("L-nb16-n1", "L-nb16", date="2026-05-04 12:02",
     repl=[("Hei\n", "Hei igjen\n"),
           ("Vi har ikke hørt noe.", "Vi har fortsatt ikke hørt noe, og sendte også e-post forrige uke.")],
     notes="near duplicate: a week later, greeting changed and one sentence extended")

FU("L-nb16-fu", "L-nb16", date="2026-05-06 09:30", subj="barnehage",
   body="""Vi har fått tilbud nå, så dere kan se bort fra e-postene mine. Men det står feil fødselsdato på tilbudet, hun er født 14. september, ikke 4. september.
Mona
""", notes="follow-up without threading headers, nine days after the original")

# ---------------------------------------------------------------- nb17 emergency clinic waiting time (sensitive)
M("L-nb17", lang="nb", kind="deviation", area="health_care", sens=True,
  frm=("Kjetil Ness", "kjetil.ness@outlook.com"), to=PM,
  date="2026-03-23 21:30", subj="Ventetid på legevakten",
  body="""Hei

Jeg var på legevakten natt til søndag med sønnen min på 2 år som hadde over 40 i feber og pustet tungt. Vi ventet i 4 timer på venterommet før vi fikk snakke med lege, og det var bare én lege på jobb. Han ble sendt videre til sykehuset med lungebetennelse.

Jeg skjønner at det er travelt, men det må være noen som vurderer de minste barna før. Ingen sjekket ham mens vi ventet.

Kjetil Ness
""", notes="original; sensitive (a child's illness)")

EXACT("L-nb17-x", "L-nb17", mode="resend", date="2026-03-23 21:33",
      notes="exact duplicate: the same text sent again three minutes later (new Message-ID)")

NEAR("L-nb17-n1", "L-nb17", date="2026-03-30 19:05", fmt="plain", client="android",
     prefix="Ikke fått svar på denne. Sender igjen.\n\n",
     repl=[("Ingen sjekket ham mens vi ventet.", "Ingen sjekket ham mens vi ventet, ikke en gang temperaturen.")],
     notes="near duplicate: plain-text re-send from the phone, a line on top and one sentence extended")

# ---------------------------------------------------------------- nb18 snow clearing
M("L-nb18", lang="nb", kind="deviation", area="roads_traffic",
  frm=("Arvid Hole", "arvid.hole@online.no"), to=PM, client="outlook",
  date="2026-01-19 09:40", subj="BRØYTING",
  body="""Hei

DET ER IKKE BRØYTA I HOLEVEGEN SIDEN TORSDAG. Vi er flere eldre som bor her og kommer oss ikke ut med bil. Avisbudet kom seg ikke opp bakken i går heller. Brøytebilen kjører forbi nede på hovedveien men svinger aldri inn hos oss.

Kan noen sjekke kontrakten med brøyteren?

Arvid Hole
Holevegen 3
""", notes="original")

NEAR("L-nb18-n1", "L-nb18", date="2026-01-20 07:30", subj_prefix="PURRING: ",
     prefix="FORTSATT IKKE BRØYTA!!\n\n",
     notes="near duplicate: PURRING the next morning with one shouted line on top")

M("L-nb-hn04", lang="nb", kind="deviation", area="roads_traffic",
  frm=("Solveig Hole", "solveig.hole@gmail.com"), to=PM, client="gmail",
  date="2026-01-20 10:15", subj="Brøyting Holevegen",
  body="""Hei. Holevegen er ikke brøytet siden torsdag og vi er flere eldre her som ikke kommer oss ut. Mannen min har også sendt e-post. Kan dere si fra til brøyteren?
Hilsen Solveig Hole
""", notes="hard negative: the spouse of the Holevegen reporter, same matter but a different sender address; by the same-sender rule not a near duplicate (a case worker may still join them by hand)")

FU("L-nb18-fu", "L-nb18", date="2026-01-21 14:00", subj="strøing",
   body="""Hei igjen. Nå kom brøytebilen endelig men det er blank is og ikke strødd. Samme sted, Holevegen.
Arvid Hole
""", notes="follow-up without threading headers, new subject")

# ---------------------------------------------------------------- nb19 standalone suggestion
M("L-nb19", lang="nb", kind="suggestion", area="other",
  frm=("Tor Ivar Bøe", "tor.ivar.boe@gmail.com"), to=PM,
  date="2026-02-18 12:10", subj="Åpningstider servicetorget",
  body="""Forslag: kunne servicetorget hatt åpent til 18 en dag i uka? Vi som jobber utenfor kommunen rekker aldri innom før 15.30.

Tor Ivar
""", notes="original, no related message")

# ---------------------------------------------------------------- nb20 sewage connection question, reply via acknowledgement
M("L-nb20", lang="nb", kind="question", area="water_sewage",
  frm=("Håkon Vik", "hakon@vik-bygg.no"), to=PM, client="outlook", cs="windows-1252",
  date="2026-04-02 10:30", subj="Spørsmål om tilknytning til offentlig avløp – gnr 22 bnr 8",
  body="""Hei,

Vi holder på å planlegge en ny enebolig på gnr. 22 bnr. 8 i Nordbygda for en kunde. Eiendommen har i dag en gammel slamavskiller som ikke er godkjent.

Vi lurer på:
1. Er det planlagt offentlig avløpsledning i området de neste par årene? Vi har hørt rykter om at ledningen skal forlenges fra Nordby skole.
2. Hvis ikke, hva er kravene til et nytt minirenseanlegg, og hvem søker vi utslippstillatelse hos?
3. Hva koster tilknytningsgebyret per i dag?

Svar gjerne på e-post.

Med vennlig hilsen

Håkon Vik
Daglig leder
Vik Bygg AS
""", notes="original: long question with a signature")

FU("L-nb20-re", "L-nb20", threaded="via", date="2026-04-08 13:00",
   subj="SV: Spørsmål om tilknytning til offentlig avløp – gnr 22 bnr 8",
   body="""Hei igjen,

Takk for kvitteringen. Et tilleggsspørsmål: kunden vurderer også å bygge et anneks med eget bad. Må det ha egen tilknytning, eller kan det kobles på samme stikkledning?

Mvh
Håkon Vik
Vik Bygg AS
""", notes="follow-up answering the municipality's acknowledgement: In-Reply-To is the acknowledgement, References hold his original")

# ---------------------------------------------------------------- nb21 dispensation application, attachments afterwards
M("L-nb21", lang="nb", kind="formal", ftype="application", area="building_planning",
  frm=("Ola Bergstrøm", "ola.bergstrom@gmail.com"), to=PM, client="gmail",
  date="2026-05-04 21:40", subj="Søknad om dispensasjon - garasje",
  body="""Hei

Jeg søker om dispensasjon fra kommuneplanens bestemmelse om byggegrense mot kommunal vei for å sette opp en garasje på 36 m2 på eiendommen min i Løkkjavegen 17 (gnr. 9 bnr. 41). Garasjen vil stå 3 meter fra veikanten i stedet for 5 meter som er kravet.

Begrunnelse: tomta er bratt og det er eneste flate område der det går an å plassere en garasje uten store sprengningsarbeider. Garasjen vil ikke hindre sikt for trafikken, siden den ligger på innsiden av en rett strekning. Naboene er varslet og har ikke merknader.

Se vedlagt situasjonsplan og tegninger.

Med hilsen
Ola Bergstrøm
""", notes="original: application that mentions attachments but has none")

FU("L-nb21-fu", "L-nb21", date="2026-05-04 21:52", subj="Søknad om dispensasjon - garasje (vedlegg)",
   body="""Glemte vedleggene, her kommer de.
Ola
""", att=[{"name": "Situasjonsplan_Lokkjavegen17.pdf", "type": "pdf", "title": "Situasjonsplan Løkkjavegen 17",
           "content": ["Situasjonsplan – Løkkjavegen 17, gnr. 9 bnr. 41", "",
                       "Ny garasje 6 x 6 m, avstand til veikant 3,0 m", "Avstand til nabogrense nord 4,5 m",
                       "Målestokk 1:500"]},
          {"name": "garasje_tegning.png", "type": "png"}],
   notes="follow-up without threading headers: the forgotten attachments 12 minutes later")

# ---------------------------------------------------------------- campaign: same template, different senders
CAMPAIGN_NB = """Hei

Vi som bor langs Nordre Ringvei ønsker gangfelt og fartsdumper ved Nordby skole. Bilene holder ofte mye mer enn 50 km/t forbi skolen, og barna må krysse veien for å komme til bussen. Vi ber kommunen ta dette opp med Statens vegvesen og fylket før skolestart.

Med vennlig hilsen
"""
M("L-nb-hn05", lang="nb", kind="suggestion", area="roads_traffic",
  frm=("Anette Rasmussen", "anette.rasmussen@gmail.com"), to=PM, client="gmail",
  date="2026-05-11 20:05", subj="Gangfelt og fartsdumper ved Nordby skole",
  body=CAMPAIGN_NB + "Anette Rasmussen\nNordre Ringvei 31\n",
  notes="hard negative: campaign text, the same template as the next message from a neighbour; different senders, each its own submission")

M("L-nb-hn06", lang="nb", kind="suggestion", area="roads_traffic",
  frm=("Stein Ove Dahle", "steinove.dahle@live.no"), to=PM,
  date="2026-05-12 07:18", subj="Gangfelt og fartsdumper ved Nordby skole",
  body=CAMPAIGN_NB + "Stein Ove Dahle\nNordre Ringvei 27\n\nPS. Min datter ble nesten påkjørt der i forrige uke.\n",
  notes="hard negative: the same campaign template as Anette Rasmussen's message the evening before, from a different sender with a PS; not a duplicate")
