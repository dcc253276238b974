from lib import *

# ---------------------------------------------------------------- deviations
B = """Hei

Det er et stort hull i asfalten på Fjordvegen, rett nedenfor avkjøringen til Kvernhusbakken. Det er så dypt at bilene svinger over i motsatt kjørefelt for å unngå det, og i mørket ser man det ikke før man er der. I går kveld så jeg en syklist som nesten gikk over ende.

Kan noen se på dette før det skjer en ulykke?

Hilsen
Torstein Aasen"""
M("nb_d01", lang="nb", kind="deviation", area="roads_traffic", frm=("Torstein Aasen", "torstein.aasen@gmail.com"), to=PM,
  subj="Hull i veien på Fjordvegen", date="2026-01-14 07:48", body=B, notes="plain pothole report; original of a near duplicate")
NEAR("nb_d01n", "nb_d01", date="2026-01-26 18:02", subj_prefix="Purring: ",
     prefix="Jeg sendte denne for nesten to uker siden og har ikke fått noe svar. Hullet er blitt større.\n\n",
     repl=[("I går kveld så jeg", "For en stund siden så jeg")], notes="near duplicate: Purring prefix, new first line, one phrase changed")

B = """hei. søpla vår har ikke blitt tømt på TRE uker nå!! vi bor i Lyngveien 7 og hele gata har fått tømt unntatt oss. det lukter og måkene har revet opp sekkene vi satte ved siden av. dette er ikke greit når vi betaler så mye i renovasjonsgebyr

ring meg på 412 77 903

Sendt fra min iPhone"""
M("nb_d02", lang="nb", kind="deviation", area="waste", frm=("Lise Marit", "lisemarit84@icloud.com"), to=PM,
  subj="søppel ikke tømt", date="2026-02-03 21:15", body=B, notes="lowercase, angry, phone number is not an id")
EXACT("nb_d02x", "nb_d02", mode="resend", date="2026-02-03 21:16", notes="exact duplicate: same body sent again a minute later, new Message-ID")

B = """Hei,

Siden i går ettermiddag har vannet fra springen hos oss vært brunt/gulaktig. Det blir litt bedre når vi lar det renne en stund, men så kommer det tilbake. Vi har to små barn og er usikre på om vi kan bruke vannet til matlaging.

Naboene i Granlia har det samme, så det er nok ikke bare hos oss. Er det arbeid på ledningsnettet i området? Vi har ikke fått noe varsel.

Mvh
Henrik Solheim
Granlia 22"""
M("nb_d03", cs="iso-8859-1", lang="nb", kind="deviation", area="water_sewage", frm=("Henrik Solheim", "henrik.solheim@example.no"), to=PM,
  subj="Brunt vann i Granlia", date="2026-03-10 08:31", client="outlook", body=B, notes="deviation with embedded question; Outlook multipart/alternative")
FU("nb_d03f", "nb_d03", threaded="via", date="2026-03-10 14:55", subj="SV: Brunt vann i Granlia",
   body="""Hei igjen

Vi har latt det renne i ti minutter nå, og det er fortsatt misfarget. Husnummeret er 22, og vi har ikke egen brønn. Kokte vannet til middagen i dag for sikkerhets skyld.

Henrik

Fra: Vann og avløp Fjordvik kommune <vann@fjordvik.kommune.no>
Sendt: tirsdag 10. mars 2026 11:02
Til: Henrik Solheim <henrik.solheim@example.no>
Emne: SV: Brunt vann i Granlia

Hei Henrik,
Takk for meldingen. Vi har hatt spyling av hovedledningen i nabofeltet. Kan du la vannet renne i 5-10 minutter og gi oss beskjed om det fortsatt er misfarget? Oppgi gjerne husnummer.

Med vennlig hilsen
Vakttelefon vann og avløp""", notes="threaded follow-up (In-Reply-To the unit's reply, References includes original); Outlook-style quote without >")

B = """Hei.

Jeg må melde fra om noe som skjedde på Solbakken barnehage, avdeling Maurtua, på torsdag.

Datteren vår Ingrid (3 år) har kraftig nøtteallergi. Det står i papirene, det er snakket om på foreldresamtale, og det henger en lapp på kjøleskapet på avdelingen. Likevel fikk hun servert brødskive med en pålegg som inneholdt hasselnøtter. Hun fikk hevelse rundt munnen og pusteproblemer, og de måtte sette EpiPen og ringe 113. Hun var på legevakten til kvelden og har det heldigvis bra nå.

Vi forstår at det var en vikar på jobb, men det kan ikke være slik at rutinene avhenger av hvem som er der. Vi vil vite hva som gjøres for at dette ikke skjer igjen, og vi ønsker et møte med styrer.

Vennlig hilsen
Marte og Jon Eriksen"""
M("nb_d04", lang="nb", kind="deviation", area="kindergarten", sens=True, frm=("Marte Eriksen", "marte.eriksen@hotmail.com"), to=PM,
  subj="Alvorlig hendelse - allergi", date="2026-04-17 22:40", body=B, notes="sensitive: child's allergy reaction and ER visit told by parent")

B = """Hei

Jeg skriver fordi jeg ikke vet hvor ellers jeg skal gå. Sønnen min går i 6. klasse på Fjordvik barneskole og har blitt plaget av noen i klassen siden høsten. De tar sekken hans, kaller ham ting og har laget en snapgruppe der de legger ut bilder av ham.

Vi har sagt fra til kontaktlæreren to ganger. Det ble et møte i november, men det har ikke skjedd noe etterpå. Nå vil han ikke gå på skolen om morgenen, han har vondt i magen hver dag og fastlegen har henvist ham til BUP fordi han har fått angst.

Skolen har plikt til å sette inn tiltak når en elev ikke har det trygt og godt, så vidt jeg vet. Jeg ber om at dette tas på alvor.

Mvh
Gunn Helene Dahl"""
M("nb_d05", lang="nb", kind="deviation", area="school", sens=True, frm=("Gunn Helene Dahl", "gunnhelene.dahl@online.no"), to=PM,
  subj="Mobbing på Fjordvik barneskole", date="2026-01-21 09:12", client="thunderbird", body=B, notes="sensitive: child's anxiety and BUP referral in everyday words")

B = """Klage på brøytingen i Bjørkeveien.

For tredje gang denne vinteren har brøytebilen lagt en meterhøy brøytekant rett foran innkjørselen vår, etter at jeg har måket. I dag klokka 06 måtte jeg bruke tre kvarter før jeg fikk ut bilen, og jeg kom for sent på jobb. Resten av veien er dårlig brøytet, det er hjulspor og is.

Jeg forventer at dere tar dette opp med entreprenøren.

Roar Kristiansen
Bjørkeveien 3"""
M("nb_d06", lang="nb", kind="deviation", area="roads_traffic", frm=("Roar Kristiansen", "roar.kristiansen@example.no"), to=PM,
  subj="Klage på brøyting", date="2026-02-11 07:05", client="roundcube", cs="iso-8859-1", cte="8bit",
  body=B, notes="'klage' means complaint here, not an appeal against a decision; ISO-8859-1 8bit")
NEAR("nb_d06n", "nb_d06", date="2026-02-19 06:50", subj_new="Klage på brøyting - igjen",
     repl=[("For tredje gang", "For fjerde gang"), ("I dag klokka 06", "I dag klokka halv sju")],
     notes="near duplicate: resent a week later with two small edits and changed subject")

B = """Hei,

Jeg er datter av Solveig Brekke (84) som bor i Sjøgata 11 og har hjemmesykepleie morgen og kveld.

Mamma falt på badet forrige fredag og brakk håndleddet. Etter at hun kom hjem fra sykehuset har hun trengt hjelp til å kle på seg og til å ta medisinene, men morgenbesøket har kommet alt mellom kl. 07.30 og 11.45. To ganger har hun sittet i nattøyet uten frokost og uten blodtrykksmedisinen sin til nesten tolv. Hun er redd for å reise seg alene og sitter da bare og venter.

Jeg bor i Bergen og kan ikke være der hver dag. Jeg forstår at dere har mye å gjøre, men hun må kunne vite omtrent når dere kommer. Kan noen ringe meg?

Vennlig hilsen
Kristin Brekke Lunde
tlf. 934 18 220"""
M("nb_d07", lang="nb", kind="deviation", area="health_care", sens=True, frm=("Kristin Brekke Lunde", "kristin.b.lunde@gmail.com"), to=PM,
  subj="Hjemmesykepleien til mamma", date="2026-05-06 19:33", body=B, notes="sensitive: relative describes mother's fall, fracture, medication, home care")
FU("nb_d07f", "nb_d07", threaded=None, date="2026-05-07 08:10", subj="Mamma - Solveig Brekke",
   body="""Hei igjen. I tillegg til det jeg skrev i går kveld: Mamma har også fått ny smertestillende etter bruddet, og hun blir svimmel av den. Det er en grunn til at hun ikke bør gå alene på badet om morgenen før noen har vært innom. Ber om at dette noteres.

Kristin Brekke Lunde""", sens=True, notes="follow-up without threading headers ('i tillegg til det jeg skrev i går'); adds medication detail, sensitive")

B = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" /></head><body style='font-size: 10pt; font-family: Verdana,Geneva,sans-serif'>
<p>Hei</p>
<p>Vi var i Fjordvik sv&oslash;mmehall l&oslash;rdag med barna. Garderoben for damer var skikkelig skitten, h&aring;r og plaster p&aring; gulvet, og to av dusjene hadde bare kaldt vann. I tillegg var en av skapl&aring;sene &oslash;delagt s&aring; vi m&aring;tte ha tingene v&aring;re med ut i hallen.</p>
<p>Vi betaler 95 kr per voksen for dette. Det var ogs&aring; s&aring;nn i januar.</p>
<p>Hilsen Anita V.</p>
</body></html>"""
M("nb_d08", lang="nb", kind="deviation", area="culture_sports", frm=("Anita Vestby", "anita.vestby@example.no"), to=PM,
  subj="Svømmehallen", date="2026-03-02 12:20", client="roundcube", fmt="html", html=B, cte="qp",
  body="(html only)", notes="HTML-only with HTML entities for æøå")

B = """Jeg har prøvd å ringe servicetorget i tre dager. Hver gang står jeg i kø i 20-30 minutter og så blir samtalen brutt. På nettsiden deres står det at man skal ringe, men det går jo ikke. Skjemaet for å bestille time på servicetorget gir bare feilmelding "Noe gikk galt".

Dette er rett og slett dårlig service.

Bjørn"""
M("nb_d09", lang="nb", kind="deviation", area="other", frm=("Bjørn Åge Sandvik", "bjorn.age.sandvik@outlook.com"), to=PM,
  subj="Umulig å komme gjennom på telefon", date="2026-06-09 13:47", body=B, notes="area other: switchboard/web form")

B = """Hei,

Jeg vil gjøre dere oppmerksom på at det bygges en stor garasje/uthus på eiendommen Nordbakken 9 (naboen vår). De har støpt såle og reist vegger i løpet av to helger. Bygget står etter det jeg kan se under en meter fra vår tomtegrense, og vi har ikke fått noe nabovarsel.

Jeg har sjekket kartinnsyn og kan ikke se at det er gitt noen tillatelse. Kan kommunen se på dette?

Med hilsen
Eirik Tangen
Nordbakken 11"""
M("nb_d10", lang="nb", kind="deviation", area="building_planning", frm=("Eirik Tangen", "eirik.tangen@example.no"), to=PM,
  subj="Ulovlig bygging på nabotomt?", date="2026-06-23 20:04", client="apple", body=B, notes="report of illegal building; not a formal complaint against a decision")

B = """Til Fjordvik kommune, vann og avløp

Det har i over en uke luktet kloakk fra kummen utenfor Strandgata 40–42. Lukten er verst om ettermiddagen og kjennes helt inn i bakgården der barna leker. Lokket på kummen ser ut til å ligge skjevt.

Vi ønsker at noen kommer og ser på det så snart som mulig.

Med vennlig hilsen
Styret i Borettslaget Strandgata 40–42
v/ Jorunn Hatlevik"""
M("nb_d11", lang="nb", kind="deviation", area="water_sewage", frm=("Jorunn Hatlevik", "styret.strandgata@example.no"), to=PM,
  subj="Kloakklukt i Strandgata", date="2026-07-15 16:30", client="outlook", cs="windows-1252", cte="8bit", fmt="plain",
  body=B.replace("så snart som mulig.", "så snart som mulig. Bilde av kummen er vedlagt."), att=[{"name": "kum_strandgata.png", "type": "png"}], notes="windows-1252 8bit with en dash; sent on behalf of a housing cooperative")

B = """Hei

Sønnen min Mathias (14) har vedtak om støttekontakt 4 timer i uka. Han har autisme og ADHD og har veldig få venner, så disse timene betyr mye for ham. Støttekontakten har ikke møtt opp de siste tre ukene, uten å gi beskjed. Mathias sitter ferdig påkledd i gangen og venter hver tirsdag.

Jeg har ringt saksbehandleren to ganger og lagt igjen beskjed. Ingen har ringt tilbake.

Dette er ikke første gang. Vi trenger en støttekontakt som faktisk kommer.

Hilsen Rania Haddad"""
M("nb_d12", lang="nb", kind="deviation", area="social_services", sens=True, frm=("Rania Haddad", "rania.haddad@gmail.com"), to=PM,
  subj="Støttekontakt kommer ikke", date="2026-09-08 17:52", body=B, notes="sensitive: child's diagnoses and social-service decision")

# ---------------------------------------------------------------- suggestions
B = """Hei!

Forslag: Kan det lages et opphøyd gangfelt eller en fartsdump i Skoleveien ved innkjøringen til Fjordvik barneskole? Om morgenen kjører mange foreldre fort inn for å slippe av barna, og det er mange små som krysser der. En enkel fartsdump og et skilt hadde hjulpet mye.

Mvh Hanne, FAU-representant 2. trinn"""
M("nb_s01", lang="nb", kind="suggestion", area="roads_traffic", frm=("Hanne Myrvold", "hanne.myrvold@example.no"), to=PM,
  subj="Forslag om fartsdump i Skoleveien", date="2026-02-24 20:15", body=B, notes="suggestion about school road: area roads_traffic not school")

B = """Hadde vært fint om biblioteket kunne ha åpent på søndager også, i hvert fall i vintermånedene. Mange av oss jobber lørdag.

Ellen"""
M("nb_s02", lang="nb", kind="suggestion", area="culture_sports", frm=("Ellen Nymoen", "ellen.nymoen@gmail.com"), to=PM,
  subj=None, date="2026-11-29 15:03", body=B, notes="short, no subject")

B = """Hei,

Glass- og metallcontaineren ved Coop Kjerringvik er nesten alltid full, særlig i helgene. Folk setter da posene ved siden av, og det blir rot som blåser utover. Mitt forslag er at det settes ut en container til, eller at den tømmes oftere, for eksempel mandag og fredag.

Det kunne også vært en idé med et klistremerke med telefonnummer man kan sende SMS til når den er full.

Vennlig hilsen
Odd Inge Berg"""
M("nb_s03", lang="nb", kind="suggestion", area="waste", frm=("Odd Inge Berg", "oddinge.berg@gmail.com"), to=PM,
  subj="Forslag: glasscontainer Kjerringvik", date="2026-04-05 11:20", body=B, notes="suggestion with complaint tone")
NEAR("nb_s03n", "nb_s03", date="2026-04-16 10:48", subj_prefix="Påminnelse: ",
     prefix="Sender denne på nytt, har ikke hørt noe.\n\n", repl=[("særlig i helgene", "særlig i helgene og rundt påske")],
     notes="near duplicate: Påminnelse, new first line, a few words added")

B = """Hei

Jeg har noen forslag til nettsidene deres etter å ha prøvd å finne fram der som svaksynt:

- Kontrasten på de grå knappene er for svak, jeg ser nesten ikke teksten.
- Mange dokumenter ligger bare som skannede PDF-er, som skjermleseren ikke kan lese.
- Det hadde vært fint med en «lettlest»-versjon av de viktigste sidene.
- Søkefeltet finner ikke ord med æ, ø og å hvis man skriver dem med store bokstaver.

Jeg bidrar gjerne om dere vil teste noe.

Beste hilsen
Per Olav Skjelbred"""
M("nb_s04", cs="iso-8859-1", lang="nb", kind="suggestion", area="other", frm=("Per Olav Skjelbred", "p.o.skjelbred@example.org"), to=PM,
  subj="Forslag til bedre nettsider", date="2026-05-19 10:02", client="thunderbird", body=B,
  notes="bulleted suggestion list; 'svaksynt' is about the writer but is a general statement, not care details")

B = """Hei Solbakken barnehage / kommunen

Vi foreldre på Maurtua snakket om dette på foreldremøtet: det hadde vært mye enklere om beskjeder om turer, klær og stengte dager kom i en app eller på SMS, og ikke bare som lapper i hylla. Lappene blir borte eller blir våte.

Mange barnehager bruker jo Vigilo eller lignende. Kan kommunen vurdere det for alle de kommunale barnehagene?

Hilsen Trude (mor til Lea)"""
M("nb_s05", fmt="html", lang="nb", kind="suggestion", area="kindergarten", frm=("Trude Fossum", "trude.fossum@hotmail.com"), to=PM,
  subj="Forslag om app for beskjeder i barnehagen", date="2026-09-14 21:37", body=B, notes="plain suggestion")

B = """Hei

Helsestasjonen i sentrum har bare åpent 08–15. For oss som jobber turnus eller pendler er det nesten umulig å komme på kontroll med babyen uten å ta fri. Kunne dere hatt kveldsåpent én dag i uka, f.eks. torsdager til kl. 18?

Mvh
Sindre Holm"""
M("nb_s06", lang="nb", kind="suggestion", area="health_care", frm=("Sindre Holm", "sindre.holm@example.no"), to=PM,
  subj="Åpningstider helsestasjonen", date="2026-10-01 07:41", body=B,
  notes="trap: health-station words in a general context, not sensitive")

B = """Forslag til vann og avløp:

Da vannet ble stengt i Øvre Lia i forrige uke, fikk vi vite det fra en lapp på postkassen samme morgen. Mange kommuner sender SMS til alle som bor i området når det skal stenges. Kan ikke Fjordvik gjøre det også? Vi har mange eldre som trenger å fylle opp vann i forkant.

Mvh Astrid Olsen"""
M("nb_s07", lang="nb", kind="suggestion", area="water_sewage", frm=("Astrid Olsen", "astrid.olsen52@gmail.com"), to=PM,
  subj="SMS-varsel ved vannstenging", date="2026-08-20 09:30", client="outlookcom", fmt="html", body=B, notes="Outlook.com HTML-only")

B = """Hei.

Som privatperson som har vært gjennom en byggesak for et tilbygg, har jeg et forslag: lag en enkel sjekkliste på nettsiden som viser hva som må være med i søknaden (situasjonskart, tegninger, nabovarsel osv.) med eksempler. Vi fikk søknaden i retur to ganger fordi vi manglet ting vi ikke visste om, og det tok til sammen fire måneder.

Også: det hadde vært fint å kunne se hvor i køen saken ligger.

Mvh Kjetil Rønning"""
M("nb_s08", lang="nb", kind="suggestion", area="building_planning", frm=("Kjetil Rønning", "kjetil.ronning@example.no"), to=PM,
  subj="Byggesak - forslag til forbedring", date="2026-11-03 12:12", body=B, notes="suggestion from someone with a finished case; not a complaint")

# ---------------------------------------------------------------- praise
B = """Til hjemmesykepleien i Fjordvik, sone nord

Pappa, Arne Hovland, døde hjemme 2. februar, slik han ønsket. Han hadde kreft i bukspyttkjertelen og de siste ukene hadde han mye smerter og trengte morfinpumpe. Dere kom flere ganger om dagen, også midt på natta, og var alltid rolige og varme med både ham og mamma.

Spesielt takk til Hilde og Mohammed som var der den siste kvelden. Vi kommer aldri til å glemme det.

Med takk fra hele familien
Siri Hovland"""
M("nb_p01", lang="nb", kind="praise", area="health_care", sens=True, frm=("Siri Hovland", "siri.hovland@gmail.com"), to=PM,
  subj="Takk til hjemmesykepleien", date="2026-02-12 11:05", body=B, notes="praise but sensitive: father's cancer diagnosis and palliative care")

B = """Vil bare si tusen takk for kjempefin brøyting i Lia i natt! Var ute før seks og veien var helt fin 👍"""
M("nb_p02", lang="nb", kind="praise", area="roads_traffic", frm=("Geir Mo", "geirmo@icloud.com"), to=PM,
  subj="Brøyting", date="2026-01-09 06:22", body=B, notes="one-liner with emoji, iPhone QP")

B = """Hei!

Jeg vil gi ros til kontaktlæreren på 4B på Nordre skole. Hun har fått en klasse som hadde det ganske urolig i fjor til å bli en gjeng som trives. Datteren min gleder seg til skolen hver dag nå, og hun forteller om prosjektet om vikingtida hjemme ved middagsbordet.

Det er lett å klage, så jeg ville skrive når noe er bra også.

Hilsen Linda"""
M("nb_p03", lang="nb", kind="praise", area="school", frm=("Linda Aune", "linda.aune@example.no"), to=PM,
  subj="Ros til lærer", date="2026-03-18 19:58", client="android", body=B, notes="praise; Samsung mail base64")
FU("nb_p03f", "nb_p03", threaded=None, date="2026-03-18 20:06", subj="Ros til lærer (navn)",
   body="Glemte å skrive navnet hennes: det er Camilla Rustad. Hilsen Linda Aune", notes="unthreaded follow-up minutes later: 'glemte å skrive' + name")

B = """Hei,

Takk for en fantastisk Kulturnatt i Fjordvik på fredag! Vi var innom biblioteket, konserten i kirka og verkstedet for barn på kulturhuset. Alt var godt organisert, gratis og det var folk overalt. Ungene snakker fortsatt om å lage lyktene.

Gjerne mer av dette!

Med vennlig hilsen
Marianne og Tor Egil Lien"""
M("nb_p04", cs="iso-8859-1", lang="nb", kind="praise", area="culture_sports", frm=("Marianne Lien", "marianne.lien@example.no"), to=PM,
  subj="Kulturnatta", date="2026-09-28 09:14", client="outlook", body=B, notes="plain praise, Outlook multipart")

B = """Hei.

Renovatøren som tømmer i Elvegata fortjener ros. Jeg hadde ved en feil lagt en sekk med klær i restavfallet og løp ut for sent. Han stoppet bilen, fikk den opp igjen og sa "det skjer alle". Sånne folk gjør dagen bedre.

Hilsen Ragnhild Øien"""
M("nb_p05", lang="nb", kind="praise", area="waste", frm=("Ragnhild Øien", "ragnhild.oien@example.no"), to=PM,
  subj="Ros til søppelmannen", date="2026-10-20 15:47", client="outlook", fmt="plain", cs="windows-1252", cte="qp", body=B,
  notes="windows-1252 quoted-printable, smart quotes absent, Ø in name")

B = """Jeg skulle egentlig sende en klage, for vi hadde vannlekkasje i gata i går og vannet ble stengt uten varsel. Men jeg må si at gutta fra vann og avløp som kom, var helt utrolige. De jobbet gjennom natta i regnet, forklarte hva som skjedde, og vannet var tilbake før vi sto opp. Så i stedet for klage: stor takk!

Vennlig hilsen
Frode Haugland"""
M("nb_p06", lang="nb", kind="praise", area="water_sewage", frm=("Frode Haugland", "frode.haugland@gmail.com"), to=PM,
  subj="Ikke en klage", date="2026-11-12 08:03", body=B, notes="praise that opens like a complaint")

# ---------------------------------------------------------------- questions
B = """Når er neste henting av hageavfall i Furumoen? Finner ikke tømmekalenderen på nettsiden.

Vennlig hilsen Eva"""
M("nb_q01", lang="nb", kind="question", area="waste", frm=("Eva Strand", "eva.strand@outlook.com"), to=PM,
  subj="Hageavfall", date="2026-05-02 10:11", body=B, notes="short question")

B = """Hei

Vi flytter til Fjordvik i sommer og lurer på hvordan vi søker barnehageplass. Sønnen vår er født i april 2024. Er det hovedopptak vi må søke til, og når er fristen? Kan vi søke selv om vi ikke har adresse i kommunen ennå?

Takk for svar!
Mvh Lukas og Hilde Brenna"""
M("nb_q02", lang="nb", kind="question", area="kindergarten", frm=("Hilde Brenna", "hilde.brenna@gmail.com"), to=PM,
  subj="Barnehageplass - hvordan søke?", date="2026-02-17 22:05", body=B, notes="trap: asks how to apply, is not itself an application")
NEAR("nb_q02n", "nb_q02", date="2026-02-27 21:40", subj_prefix="Purring: ",
     repl=[("Takk for svar!", "Håper på svar snart, fristen nærmer seg vel."), ("Vi flytter", "Hei igjen. Vi flytter")],
     notes="near duplicate: Purring subject and edited closing line")

B = """Hei,

Jeg ønsker å bygge en terrasse på baksiden av huset, ca. 4 x 5 meter. Den blir høyest ca. 1 meter over bakken der tomta skrår. Trenger jeg å søke om dette, eller er det unntatt?

Adressen er Kleiva 16.

Mvh Ole Martin Grønli"""
M("nb_q03", lang="nb", kind="question", area="building_planning", frm=("Ole Martin Grønli", "olemartin.gronli@gmail.com"), to=PM,
  subj="Terrasse - søknadsplikt?", date="2026-04-21 18:44", body=B, notes="question using the word 'søke'")
FU("nb_q03f", "nb_q03", threaded="direct", date="2026-04-22 07:15", subj="Re: Terrasse - søknadsplikt?",
   body="""Et tillegg: avstanden til nabogrensen blir ca. 3,5 meter. Og terrassen blir ikke overbygd.

Ole Martin

Den tir. 21. apr. 2026 kl. 18:44 skrev Ole Martin Grønli <olemartin.gronli@gmail.com>:
""" + quote(B), notes="threaded follow-up replying to own message, quotes original with >")

B = """Hei. Når kommer skoleruta for skoleåret 2026/27? Vi må planlegge ferie og lurer på når planleggingsdagene blir, og om høstferien er i uke 40 eller 41.

Mvh Jon"""
M("nb_q04", lang="nb", kind="question", area="school", frm=("Jon Are Viken", "jonarev@example.no"), to=PM,
  subj="skolerute", date="2026-03-05 13:30", client="roundcube", body=B, notes="short question")

B = """Hei

Min far skal flytte inn på Fjordvik sykehjem neste uke. Vi lurer på hvor vi kan parkere når vi kommer på besøk, og om det finnes handicapparkering nær inngangen. Er det også faste besøkstider?

Mvh Nina Sæther"""
M("nb_q05", lang="nb", kind="question", area="health_care", frm=("Nina Sæther", "nina.saether@outlook.com"), to=PM,
  subj="Parkering ved sykehjemmet", date="2026-06-02 14:26", body=B,
  notes="trap: nursing-home words but no health details about the person; not sensitive")

B = """Hei,

Jeg har fått faktura på eiendomsskatt for 2026, men vi solgte huset i Havnegata 8 i desember 2025. Hvem skal betale for 2026, vi eller kjøper? Må jeg gjøre noe?

Vennlig hilsen
Arild Nes"""
M("nb_q06", fmt="html", lang="nb", kind="question", area="other", frm=("Arild Nes", "arild.nes@example.no"), to=PM,
  subj="Eiendomsskatt etter salg", date="2026-03-23 10:15", client="outlook", body=B, notes="question about property tax (other)")

B = """Hei!

Vi har fått beskjed fra en rørlegger at stikkledningen fra huset til hovedledningen er sprukket. Er det vi som huseier som må betale for å skifte den, eller kommunen? Ledningen går under veien på ca. 6 meter.

Hilsen Sigrid og Alf Moen, Bekkefaret 2"""
M("nb_q07", lang="nb", kind="question", area="water_sewage", frm=("Sigrid Moen", "sigrid.moen@example.no"), to=PM,
  subj="Hvem eier stikkledningen?", date="2026-08-05 11:55", client="apple", cte="qp", body=B, notes="question, quoted-printable")

B = """Hei

Kan man leie gymsalen på Nordre skole til barnebursdag en lørdag? Hva koster det og hvem kontakter jeg?

Mvh
Camilla"""
M("nb_q08", lang="nb", kind="question", area="culture_sports", frm=("Camilla Eide", "camilla.eide@gmail.com"), to=[PM, DIALOG],
  subj="Leie av gymsal", date="2026-01-29 20:20", body=B, notes="question about renting a gym (culture_sports, not school)")
EXACT("nb_q08x", "nb_q08", mode="same_id", second_box="dialog@fjordvik.kommune.no",
      notes="exact duplicate: same message (same Message-ID) delivered to the second mailbox")

B = """Hei

Jeg og samboeren har lyst til å kjøpe vår første leilighet, men vi har ikke nok egenkapital. Vi har hørt om startlån fra kommunen. Hvem kan søke, og hvor lang tid tar det å få svar? Vi har faste jobber begge to.

Mvh Adrian Johansen"""
M("nb_q09", fmt="html", lang="nb", kind="question", area="social_services", frm=("Adrian Johansen", "adrian.johansen97@gmail.com"), to=PM,
  subj="Startlån", date="2026-10-08 22:31", body=B, notes="question about a housing loan; not an application")

B = """Er det gratis å parkere på kommunale plasser i sentrum 17. mai? Og stenges Storgata for trafikk hele dagen?"""
M("nb_q10", lang="nb", kind="question", area="roads_traffic", frm=("", "tor.h@example.no"), to=PM,
  subj="17. mai", date="2026-05-12 16:02", client="roundcube", body=B, notes="no display name, no greeting")

# ---------------------------------------------------------------- formal: access requests
B = """Innsynskrav

Jeg ber om innsyn i byggesaken for gnr. 42 bnr. 118 (Nordbakken 9), herunder søknad, tegninger, nabovarsel og eventuelle vedtak, jf. offentleglova § 3. Dersom noe unntas, ber jeg om at hjemmelen oppgis.

Dokumentene kan sendes på e-post.

Med vennlig hilsen
Eirik Tangen
Nordbakken 11"""
M("nb_a01", lang="nb", kind="formal", ftype="access_request", area="building_planning", frm=("Eirik Tangen", "eirik.tangen@example.no"), to=PM,
  subj="Innsynskrav gnr. 42 bnr. 118", date="2026-06-26 08:15", client="apple", body=B, notes="classic access request; same sender as an earlier building deviation (separate case)")
NEAR("nb_a01n", "nb_a01", date="2026-07-03 09:02", subj_prefix="Purring: ",
     prefix="Viser til innsynskravet nedenfor, sendt 26. juni. Offentleglova krever svar uten ugrunnet opphold, og jeg har ikke fått noe.\n\n",
     notes="near duplicate: reminder line added on top of the same request")

B = """Hei,

Jeg ber om innsyn i egne opplysninger etter personvernforordningen (GDPR) artikkel 15. Jeg ønsker å vite hvilke personopplysninger Fjordvik kommune har registrert om meg, hva de brukes til, hvem de er utlevert til og hvor lenge de lagres. Jeg ber også om en kopi av opplysningene.

Navn: Terje Bakkevik
Fødselsnummer: {fnr}
Adresse: Vikaveien 31, 6520 Fjordvik

Med vennlig hilsen
Terje Bakkevik""".format(fnr=fnr("150871", 412))
M("nb_a02", lang="nb", kind="formal", ftype="access_request", area="other", sens=True, frm=("Terje Bakkevik", "terje.bakkevik@online.no"), to=PM,
  subj="Innsyn i egne opplysninger - GDPR art. 15", date="2026-02-09 13:40", client="thunderbird", body=B,
  notes="access request for own personal data; contains a valid fødselsnummer")

B = """Hei.

Jeg skriver igjen om anleggsarbeidet i Havnegata. Det har nå pågått i syv uker, og det begynner med pigging og tunge maskiner kl. 06.30, også på lørdager. I skiltet ved anlegget står det at arbeidstiden er 07–19 på hverdager. Ingen på anlegget vil svare på spørsmål, de bare henviser til "kommunen".

Vi har to barn som ikke får sove, og jeg jobber nattskift to netter i uka og får ikke sove på dagen heller. Gangveien til skolen er sperret uten at det er laget noen trygg omvei, så barna må gå i veibanen. Det er søle over alt og vi har fått steinsprut på bilen.

Jeg vil gjerne få se kontrakten kommunen har med entreprenøren, særlig det som gjelder arbeidstider og støy, og de klagene dere har fått fra andre naboer i denne saken. Send det gjerne på e-post.

Og så forventer jeg at noen faktisk følger opp arbeidstidene.

Hilsen
Mona Grimstad
Havnegata 14"""
M("nb_a03", lang="nb", kind="formal", ftype="access_request", area="roads_traffic", frm=("Mona Grimstad", "mona.grimstad@gmail.com"), to=PM,
  subj="Anleggsarbeidet i Havnegata", date="2026-08-27 21:10", body=B,
  notes="access request buried in a long complaint, phrased without the word innsyn")

B = """Innsynskrav etter offentleglova

Viser til postjournalen for 4. mars 2026 og ber om innsyn i følgende dokumenter:

- 26/00412-3 Brev fra Statsforvalteren - tilsyn med skolemiljø
- 26/00412-4 Svar til Statsforvalteren
- 26/00587-1 Avtale om leie av lokaler til flyktningtjenesten

Ber om elektronisk oversendelse.

Vennlig hilsen
Ingvild Skarstein
journalist, Fjordposten"""
M("nb_a04", lang="nb", kind="formal", ftype="access_request", area="other", frm=("Ingvild Skarstein", "ingvild.skarstein@fjordposten.example.no"), to=PM,
  subj="Innsynskrav", date="2026-03-06 09:01", client="outlook", body=B,
  notes="journalist's access request listing case numbers; documents span several areas")

B = """Hei,

Kan dere sende meg referatet fra møtet i oppvekstutvalget 12. januar, og e-postene mellom rektor på Nordre skole og kommunalsjefen om forslaget om å legge ned skolen? Jeg er forelder og vil forstå hvordan dette har blitt bestemt.

Takk.
Vibeke Rasmussen"""
M("nb_a05", lang="nb", kind="formal", ftype="access_request", area="school", frm=("Vibeke Rasmussen", "vibeke.rasmussen@hotmail.com"), to=PM,
  subj="Nordre skole", date="2026-01-30 08:55", body=B, notes="access request without the keyword; reads like a question")

M("nb_a06", lang="nb", kind="formal", ftype="access_request", area="kindergarten", sens=True,
  frm=("Kamil Nowak", "kamil.nowak@example.no"), to=PM, subj="Brev om datteren min", date="2026-04-28 12:07", client="outlook",
  body="""Hei

Vedlagt er brev fra meg. Jeg ønsker svar på e-post.

Med vennlig hilsen
Kamil Nowak""",
  att=[{"name": "Brev til kommunen.docx", "type": "docx", "content": [
      [("Til Fjordvik kommune, oppvekst")],
      "Fjordvik, 27.04.2026",
      "Jeg ber om å få se alt barnehagen og kommunen har skrevet om min datter Zofia Nowak, født 03.09.2021, fødselsnummer %s." % fnr("030921", 512),
      ["Det gjelder særlig ", ("notater fra observasjon"), " i barnehagen i mars og brevet som ble sendt til PPT uten at vi fikk kopi."],
      "Jeg er far og har foreldreansvar. Jeg ber om kopi av dokumentene.",
      "Kamil Nowak"]}],
  notes="the access request and the child's fødselsnummer are only in the DOCX attachment; body says nothing")

# ---------------------------------------------------------------- formal: applications
B = """Søknad om barnehageplass

Jeg søker med dette om barnehageplass for min sønn Elias Berntsen, født 14.02.2025, fra 1. august 2026. Vi ønsker fortrinnsvis plass i Solbakken barnehage, deretter Lia barnehage.

Vi ønsker 100 % plass. Begge foreldrene er i full jobb.

Foreldre: Maria Berntsen og Simen Lund
Adresse: Elvegata 19, 6520 Fjordvik
Telefon: 481 22 905

Vennlig hilsen
Maria Berntsen"""
M("nb_ap01", lang="nb", kind="formal", ftype="application", area="kindergarten", frm=("Maria Berntsen", "maria.berntsen@gmail.com"), to=PM,
  subj="Søknad om barnehageplass", date="2026-02-20 21:48", body=B, notes="application by e-mail; birth date but no identity number")

B = """Hei,

Fjordvik Sanitetsforening søker om tillatelse til å bruke torget lørdag 6. juni 2026 kl. 10–15 til loppemarked og kafé. Vi setter opp 6 telt à 3x3 meter og et lite aggregat til kaffetrakteren. Vi rydder selv etterpå.

Kontaktperson: Aud Lindgren, tlf 957 30 114

Med vennlig hilsen
Fjordvik Sanitetsforening
Org.nr. 971 244 318"""
M("nb_ap02", lang="nb", kind="formal", ftype="application", area="culture_sports", frm=("Aud Lindgren", "fjordvik.sanitet@example.org"), to=PM,
  subj="Søknad om bruk av torget 6. juni", date="2026-03-12 15:09", client="roundcube", body=B,
  notes="application for use of public square; org. number is not an identity number")

M("nb_ap03", lang="nb", kind="formal", ftype="application", area="roads_traffic", sens=True,
  frm=("Wenche Slettebø", "wenche.slettebo@online.no"), to=PM, subj="Søknad parkeringstillatelse", date="2026-04-08 10:30",
  client="thunderbird",
  body="""Hei

Jeg søker om parkeringstillatelse for forflytningshemmede. Jeg har MS og kan bare gå korte strekninger, ca. 50 meter, med krykker. Legeerklæring er vedlagt.

Jeg trenger å kunne parkere ved legesenteret og ved Coop i sentrum.

Vennlig hilsen
Wenche Slettebø
Fjellvegen 5""",
  att=[{"name": "legeerklaering_slettebo.pdf", "type": "pdf", "title": "Legeerklæring", "content": [
      "Legeerklæring ved søknad om parkeringstillatelse for forflytningshemmede",
      "",
      "Pasient: Wenche Slettebø, født 11.06.1968",
      "Diagnose: Multippel sklerose (G35), diagnostisert 2015.",
      "Gangdistanse: under 100 meter med to krykker, økende trettbarhet.",
      "Tilstanden er varig. Pasienten har behov for parkering nær inngang.",
      "",
      "Fjordvik legesenter, 02.04.2026",
      "Lege Knut Rørvik"]}],
  notes="application with health details in body and in PDF attachment; area arguable (parking permit)")

M("nb_ap04", lang="nb", kind="formal", ftype="application", area="culture_sports",
  frm=("Fjordvik IL", "post@fjordvik-il.example.no"), to=PM, subj="Kulturmidler 2026", date="2026-03-30 23:12", client="outlook",
  body="""Hei

Se vedlegg.

Mvh
Stian Hauge
kasserer, Fjordvik IL""",
  att=[{"name": "Søknad kulturmidler 2026 - Fjordvik IL.docx", "type": "docx", "content": [
      [("Søknad om kulturmidler 2026")],
      "Søker: Fjordvik idrettslag, org.nr. 983 402 117",
      "Formål: Nye mål og baller til barnefotballen (6–12 år), samt leie av hall i vintersesongen.",
      "Omsøkt beløp: kr 45 000",
      "Antall aktive medlemmer under 19 år: 164",
      "Budsjett: mål 2 stk kr 18 000, baller kr 7 000, hall-leie kr 20 000.",
      "Kontaktperson: Stian Hauge, kasserer"]}],
  notes="the application is only in the DOCX; body says only 'Se vedlegg'; attachment name has non-ASCII (RFC 2231)")

B = """Søknad om utsatt skolestart

Vi søker om at vår datter Amalie Kvamme (født 28.11.2020) får utsatt skolestart ett år, til høsten 2027.

Amalie ble født i uke 29 og har hatt forsinket utvikling. Hun går til fysioterapeut for motorikken og har vedtak om spesialpedagogisk hjelp i barnehagen. PPT har vurdert henne og anbefaler utsettelse, og rapporten er sendt dere fra PPT tidligere i vinter. Styrer i Lia barnehage støtter søknaden.

Vi ber om at søknaden behandles før skoleinnskrivingen er ferdig.

Med vennlig hilsen
Kari og Øystein Kvamme"""
M("nb_ap05", cs="iso-8859-1", lang="nb", kind="formal", ftype="application", area="school", sens=True, frm=("Kari Kvamme", "kari.kvamme@example.no"), to=PM,
  subj="Søknad om utsatt skolestart", date="2026-01-16 20:02", client="outlook", body=B,
  notes="application with child's developmental/health details: sensitive")

# ---------------------------------------------------------------- formal: appeals
B = """Klage på vedtak om skoleskyss

Jeg klager herved på vedtaket datert 12. august 2026 der søknaden om gratis skoleskyss for min sønn Theo Haugen (3. trinn, Fjordvik barneskole) ble avslått.

Skoleveien fra Kleivbrekka til skolen er ikke lang, men den går langs fylkesveien uten fortau i 600 meter, der fartsgrensen er 60 km/t. Om vinteren er det mørkt og brøytekantene gjør at man må gå i veibanen. Jeg mener skoleveien er særlig farlig etter opplæringslova.

Jeg ber om at vedtaket endres.

Med vennlig hilsen
Anne Haugen"""
M("nb_k01", lang="nb", kind="formal", ftype="appeal", area="school", frm=("Anne Haugen", "anne.haugen@gmail.com"), to=PM,
  subj="Klage på vedtak - skoleskyss", date="2026-08-19 20:40", body=B, notes="appeal against a school-transport decision")
FU("nb_k01f", "nb_k01", threaded=None, date="2026-08-21 07:58", subj="Tillegg til klage - skoleskyss Theo Haugen",
   body="""Hei

Som et tillegg til klagen jeg sendte 19. august: Vi har nå målt strekningen uten fortau og den er 640 meter. Jeg har også bilder av brøytekantene fra i vinter som jeg kan sende hvis dere vil. Naboen, som har barn i 5. klasse, har fått innvilget skyss fra samme sted i fjor.

Anne Haugen""", notes="appeal addition without threading headers; adds details to the earlier appeal")

B = """Klage på vedtak om gebyr

Jeg har fått vedtak om tilleggsgebyr på kr 2 400 for "feilsortering av avfall" for adressen Myrveien 4. Jeg klager på dette vedtaket.

Dunken som ble fotografert står ved siden av min, men tilhører naboen i nr. 6. Vi har byttet dunk-plass fordi hans innkjørsel er bratt. Dette kan dere sjekke på brikken i dunken.

Jeg ber om at gebyret oppheves.

Hilsen
Jan Erik Tofte"""
M("nb_k02", lang="nb", kind="formal", ftype="appeal", area="waste", frm=("Jan Erik Tofte", "jan.erik.tofte@example.no"), to=PM,
  subj="Klage på gebyr for feilsortering", date="2026-05-25 18:17", client="android", body=B, notes="appeal against a fee decision (waste)")

B = """Hei

Viser til vedtak i byggesak 26/01133 om avslag på søknad om dispensasjon for oppføring av anneks på Hamna 7.

Jeg klager på vedtaket. Begrunnelse for klagen kommer, men jeg sender dette nå for å overholde klagefristen.

Mvh
Svein Arne Rustad"""
M("nb_k03", lang="nb", kind="formal", ftype="appeal", area="building_planning", frm=("Svein Arne Rustad", "sveinarne.rustad@gmail.com"), to=PM,
  subj="Klage byggesak 26/01133", date="2026-07-06 23:50", body=B, notes="short preliminary appeal, grounds follow later")
FU("nb_k03f", "nb_k03", threaded=None, date="2026-07-13 10:22", subj="Begrunnelse for klage - byggesak 26/01133",
   body="""Hei igjen,

Her kommer begrunnelsen for klagen jeg sendte 6. juli.

1. Anneks av samme størrelse er godkjent på to naboeiendommer (Hamna 3 og Hamna 11) de siste fem årene.
2. Annekset ligger mer enn 100 meter fra sjøen og hindrer ikke allmenn ferdsel.
3. Kommunen har ikke vurdert at eksisterende uthus rives, slik at samlet bebygd areal ikke øker.

Jeg ber om at avslaget omgjøres, eventuelt at saken sendes til Statsforvalteren.

Mvh
Svein Arne Rustad""", notes="appeal grounds sent as an addition a week later, no threading headers")

B = """Klage på vedtak om tjenester

Jeg klager på vedtaket fra Tildelingskontoret av 3. oktober om å redusere hjemmehjelpen til min mann, Leif Andersen, fra fire til to timer i uka, og om avslag på brukerstyrt personlig assistanse.

Leif fikk hjerneslag i 2024 og er lam i venstre side. Han trenger hjelp til dusj, påkledning og til å komme seg ut. Jeg er 79 år og har selv dårlig hjerte, og jeg klarer ikke lenger å løfte ham. Da han var på korttidsopphold i sommer, var det to ansatte som hjalp ham samtidig.

Vedtaket sier at behovet er "redusert", men ingen fra kommunen har vært hjemme hos oss og sett hvordan vi har det. Vi har hatt to fall siden august.

Jeg ber om at vedtaket omgjøres og at noen kommer på hjemmebesøk.

Med hilsen
Berit Andersen
Solhaugen 2, 6520 Fjordvik"""
M("nb_k04", cs="windows-1252", lang="nb", kind="formal", ftype="appeal", area="health_care", sens=True, frm=("Berit Andersen", "berit.andersen44@online.no"), to=PM,
  subj="Klage på vedtak", date="2026-10-14 11:36", body=B, notes="appeal with stroke, paralysis and care-needs details: sensitive")

# ---------------------------------------------------------------- formal: other
M("nb_o01", lang="nb", kind="formal", ftype="other_formal", area="roads_traffic",
  frm=("Torstein Aasen", "torstein.aasen@gmail.com"), to=PM, subj="Krav om erstatning - skade på bil", date="2026-02-06 15:30",
  body="""Til Fjordvik kommune

Jeg fremmer med dette krav om erstatning for skade på min bil (Toyota Corolla, reg.nr. ZV 48112) etter at jeg kjørte i et hull i Fjordvegen ved Kvernhusbakken 4. februar kl. 17.40. Hullet hadde vært meldt til kommunen 14. januar uten at noe ble gjort.

Skaden: ødelagt felg og dekk foran høyre. Verkstedets overslag er kr 8 950, se vedlagt bilde.

Jeg ber om at beløpet utbetales til konto 1503.42.87114.

Med vennlig hilsen
Torstein Aasen""",
  att=[{"name": "IMG_4471.png", "type": "png"}],
  notes="formal damage claim (other_formal), same sender as the earlier pothole report but a new matter; account number not an id")
