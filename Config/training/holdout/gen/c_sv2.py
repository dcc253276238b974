from lib import *

# ---------------------------------------------------------------- klagomål
M("sv_d10", lang="sv", kind="deviation", area="roads_traffic", frm=("Ebba Hedlund", "ebba.hedlund@gmail.com"), to=[KS, SYN],
  subj="Trafikljus", date="2026-10-27 07:35",
  body="Trafikljuset vid korsningen Storgatan/Järnvägsgatan blinkar bara gult sedan i morse. Massor av skolbarn går där nu. /Ebba",
  notes="one-line deviation")
EXACT("sv_d10x", "sv_d10", mode="same_id", delay_min=1, second_box="synpunkter@alvsby.kommun.se",
      notes="exact duplicate: same Message-ID, delivered to the second mailbox")

B = """Hej,

Efter skyfallet i tisdags kväll fick vi 15 cm vatten i källaren på Åsvägen 7. Vattnet kom upp genom golvbrunnen. Samma sak hände i augusti 2024, och då sa kommunen att dagvattenledningen i gatan skulle ses över. Våra grannar på 5 och 9 har också fått vatten in.

Vi har fått ett stort saneringsjobb, tvättmaskin och frys är förstörda. Vi anser att det beror på att kommunens ledning är underdimensionerad och vill veta vad ni tänker göra.

Med vänliga hälsningar
Mats och Eva Håkansson"""
M("sv_d11", lang="sv", kind="deviation", area="water_sewage", frm=("Mats Håkansson", "mats.hakansson@example.se"), to=KS,
  subj="Översvämning i källaren - Åsvägen", date="2026-08-06 19:22", client="outlook", body=B,
  att=[{"name": "IMG_20260805_0712.png", "type": "png"}],
  notes="deviation that hints at a claim but makes none (not other_formal)")
NEAR("sv_d11n", "sv_d11", date="2026-08-17 18:50", subj_prefix="Påminnelse: ",
     repl=[("Efter skyfallet i tisdags kväll", "Efter skyfallet tisdag 4 augusti"), ("och vill veta vad ni tänker göra.", "och vill veta vad ni tänker göra. Vi har inte fått något svar.")],
     notes="near duplicate with date made explicit and one sentence added")

B = """Hej

Jag var på återvinningscentralen i lördags med en släpvagn trädgårdsavfall och lite byggskrot. Personalen skällde ut mig inför andra för att jag ställt bilen "fel", fast det inte fanns någon skylt. När jag frågade var jag skulle lägga gipsskivorna fick jag svaret "läs på hemsidan". Jag förstår att de har mycket att göra, men så bemöter man inte folk.

Ove Karlsson"""
M("sv_d12", fmt="html", lang="sv", kind="deviation", area="waste", frm=("Ove Karlsson", "ove.karlsson@telia.com"), to=SYN,
  subj="Bemötande på ÅVC", date="2026-05-11 11:02", body=B, notes="complaint about staff conduct")

B = """Hej,

Min bror Patrik bor på gruppbostaden på Solgatan (LSS). Han har en måttlig intellektuell funktionsnedsättning och epilepsi och kan inte själv säga ifrån. De senaste två månaderna har det varit nya vikarier nästan varje dag. Två gånger har han inte fått sin epilepsimedicin på kvällen, och förra veckan fick han ett krampanfall i duschen utan att någon var med honom.

Jag är hans god man. Jag vill ha ett möte med enhetschefen och veta hur medicinhanteringen ska säkras. Jag funderar på att göra en anmälan till IVO.

Jessica Öhman"""
M("sv_d13", lang="sv", kind="deviation", area="social_services", sens=True, frm=("Jessica Öhman", "jessica.ohman@gmail.com"), to=KS,
  subj="Allvarliga brister på gruppbostaden Solgatan", date="2026-11-02 20:45", body=B,
  notes="sensitive: brother's disability, epilepsy, missed medication")
FU("sv_d13f", "sv_d13", threaded="direct", date="2026-11-03 09:12", subj="Sv: Allvarliga brister på gruppbostaden Solgatan",
   body="""Ett tillägg: kvällen han inte fick medicinen var söndag 25 oktober. Jag har skrivit ner vad personalen sa till mig i telefon.

Jessica

> Min bror Patrik bor på gruppbostaden på Solgatan (LSS). Han har en måttlig
> intellektuell funktionsnedsättning och epilepsi och kan inte själv säga ifrån.""",
   sens=True, notes="threaded follow-up quoting the sensitive part: sensitive")

B = """Hej jag heter Hodan, mamma till Sagal på förskolan Trollskogen avdelning Räven.
Tre gånger denna månad Sagal kommer hem med blöta kläder och ingen har bytt. Hon fryser. Jag har lagt extra kläder i lådan. Personalen säger de är för få och hinner inte. Jag förstår men barnet kan bli sjuk.
Vad ska jag göra?
Tack
Hodan Ali"""
M("sv_d14", lang="sv", kind="deviation", area="kindergarten", frm=("Hodan Ali", "hodan.ali@hotmail.com"), to=KS,
  subj="blöta kläder", subj_enc="raw", date="2026-11-25 16:30", body=B, notes="second-language Swedish; 'kan bli sjuk' is not a health detail")

B = """Elljusspåret vid Kusberget är släckt sedan i torsdags, hela slingan. Det är beckmörkt efter kl 15 nu. Vi är många som tränar där på kvällarna.

Mvh Frida Norberg"""
M("sv_d15", lang="sv", kind="deviation", area="culture_sports", frm=("Frida Norberg", "frida.norberg@example.se"), to=SYN,
  subj="Elljusspåret Kusberget", date="2026-12-01 17:10", client="android", body=B, notes="short deviation")
NEAR("sv_d15n", "sv_d15", date="2026-12-08 17:25", repl=[("sedan i torsdags", "sedan torsdag för en vecka sedan"), ("Mvh Frida", "Fortfarande släckt!\nMvh Frida")],
     notes="near duplicate a week later: two small edits, same subject")

B = """hej, jag går i åk 8 på centralskolan. toaletterna på andra våningen är låsta under lektionerna och man måste gå till expeditionen och be om nyckel. det är pinsamt och ibland är det ingen där. är det ens lagligt?? många i klassen tycker samma

/Nellie 8C"""
M("sv_d16", lang="sv", kind="deviation", area="school", frm=("Nellie", "nellie.b2011@gmail.com"), to=KS,
  subj="toaletterna", date="2026-09-16 12:40", body=B, notes="pupil writing, lowercase, question inside a complaint")

B = """Hej

Vi åkte 12 mil för att hälsa på vår moster på Tallbacka äldreboende i söndags, men blev nekade att gå in. Personalen sa att det var "besöksstopp på avdelningen" men kunde inte säga varför eller hur länge. Ingen hade informerat oss som anhöriga, och det står ingenting på hemsidan.

Vi vill att anhöriga informeras när sådant beslutas.

Mvh
Birgitta och Lennart Ström"""
M("sv_d17", lang="sv", kind="deviation", area="health_care", frm=("Birgitta Ström", "birgitta.strom@telia.com"), to=KS,
  subj="Besöksstopp Tallbacka", date="2026-02-09 18:00", body=B, notes="trap: nursing-home complaint without health details of a person; not sensitive")

M("sv_d18", lang="sv", kind="deviation", area="other", frm=("Gösta Lindahl", "gosta.lindahl@example.se"), to=KS,
  subj="Felaktig faktura", date="2026-03-26 10:10", client="outlook", fmt="plain", cs="windows-1252", cte="qp",
  body="""Hej,

Jag har fått en faktura på ”tillsynsavgift livsmedel” på 2 950 kr, men jag har ingen verksamhet – jag lade ner kiosken i december 2024. Jag har ringt två gånger och fått höra att ”det ska ordnas”, men nu har det kommit en påminnelse med avgift.

Fakturan bifogas.

Gösta Lindahl""",
  att=[{"name": "faktura_2026-0388.txt", "type": "txt", "cs": "windows-1252", "content": """ÄLVSBY KOMMUN - FAKTURA
Fakturanummer: 2026-0388
Avser: Tillsynsavgift livsmedel 2026
Kund: Gösta Lindahl, Lindahls Kiosk
Belopp: 2 950 kr
Förfallodag: 2026-03-31
Bankgiro: 5050-1055
OCR: 40388202603
"""}],
  notes="windows-1252 QP with typographic quotes and en dash; invoice numbers/OCR are not ids")

# ---------------------------------------------------------------- förslag
B = """Hej!

Förslag: sätt upp farthinder eller en blinkande 30-skylt på Skolgatan vid lågstadiet. Bilarna kör alldeles för fort på morgonen, särskilt de som ska till industriområdet.

Mvh Therese Viklund"""
M("sv_s06", lang="sv", kind="suggestion", area="roads_traffic", frm=("Therese Viklund", "therese.viklund@gmail.com"), to=SYN,
  subj="Farthinder Skolgatan", date="2026-02-04 07:20", body=B, notes="suggestion")
NEAR("sv_s06n", "sv_s06", date="2026-02-18 07:05", subj_prefix="Igen: ",
     repl=[("Förslag: sätt upp", "Jag skickade detta för två veckor sedan. Förslag: sätt upp")],
     notes="near duplicate: 'Igen:' subject, one clause added")

B = """Hej

Det skulle vara fint med en dricksvattenfontän i centrum, vid torget eller lekparken. På sommaren när det är varmt finns inget ställe att fylla på vattenflaskan. Stockholm och Luleå har sådana.

/Kerstin"""
M("sv_s07", lang="sv", kind="suggestion", area="water_sewage", frm=("Kerstin Åström", "kerstin.astrom@example.se"), to=SYN,
  subj="Dricksvattenfontän", date="2026-06-22 15:30", client="iphone", body=B, notes="suggestion; area water vs other arguable")

B = """<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body>
<div style="font-family: Arial, sans-serif; font-size: 14px;">
<p>Hej,</p>
<p>Ett förslag till kommunens webbplats: <b>inför en chattfunktion</b> där man kan ställa enkla frågor under kontorstid. Jag ringde växeln tre gånger förra veckan för en sak som tog 30 sekunder att svara på.</p>
<ul>
<li>chatt på dagtid</li>
<li>svar på vanliga frågor (sophämtning, förskolekö, bygglov)</li>
<li>möjlighet att få svar på e-post efteråt</li>
</ul>
<p>Hälsningar<br>Patrik Söderlund</p>
</div>
</body></html>"""
M("sv_s08", lang="sv", kind="suggestion", area="other", frm=("Patrik Söderlund", "patrik.soderlund@example.se"), to=SYN,
  subj="Chatt på hemsidan", date="2026-04-16 13:00", client="roundcube", fmt="html", html=B, cte="b64", body="",
  notes="hand-written HTML-only with list, base64")

B = """Hej,

Vi föräldrar som jobbar vardagar har svårt att hinna till öppna förskolan, som bara har öppet tisdag och torsdag förmiddag. Förslag: öppna förskolan en lördag i månaden, så att även pappor och mammor som jobbar kan träffa andra föräldrar.

Hälsningar
Jimmy Lövgren"""
M("sv_s09", lang="sv", kind="suggestion", area="kindergarten", frm=("Jimmy Lövgren", "jimmy.lovgren@gmail.com"), to=SYN,
  subj="Öppna förskolan på lördagar", date="2026-03-12 21:00", body=B, notes="suggestion")
FU("sv_s09f", "sv_s09", threaded=None, date="2026-03-13 12:30", subj="Öppna förskolan",
   body="""Hej igen, glömde att säga i mitt mejl i går att jag gärna hjälper till som frivillig om det behövs.

Jimmy""", notes="unthreaded follow-up ('glömde att säga i mitt mejl i går')")

B = """Hej

Kan kommunen bygga ett utegym vid badplatsen i Norrbyn? Det finns en fin gräsyta där som inte används, och många springer runt sjön.

Mvh Robin Lundberg"""
M("sv_s10", lang="sv", kind="suggestion", area="culture_sports", frm=("Robin Lundberg", "robin.lundberg@outlook.com"), to=SYN,
  subj="Utegym", date="2026-05-06 17:45", body=B, notes="short suggestion")

# ---------------------------------------------------------------- beröm
B = """Hej!

Jag vill tacka Jonas Wikberg som är speciallärare på Norrbyskolan. Vår son har alltid haft svårt med läsningen och tyckte att han var "dum". Jonas har hittat sätt att få honom att vilja läsa, och i går läste han en hel bok själv för första gången. Vi blev så glada att vi grät.

Tack!
Anna-Karin Lund"""
M("sv_p06", lang="sv", kind="praise", area="school", frm=("Anna-Karin Lund", "annakarin.lund@example.se"), to=KS,
  subj="Tack till Jonas", date="2026-10-08 19:15", client="apple", body=B, notes="praise; reading difficulties without diagnosis: not sensitive")

B = """Vill bara säga att killen på ÅVC i går förmiddag (lång, rött skägg) var hur trevlig som helst och hjälpte mig lasta av en tung frys. Sånt uppskattas!

Hälsningar Marianne"""
M("sv_p07", fmt="html", lang="sv", kind="praise", area="waste", frm=("Marianne Olofsson", "marianne.olofsson@telia.com"), to=SYN,
  subj="Beröm ÅVC", date="2026-06-12 09:40", body=B, notes="praise")

B = """Hej,

Jag vill tacka VA-personalen som lagade vattenläckan på Ringvägen i natt. De jobbade i regnet i flera timmar och vattnet var tillbaka till frukost. Dessutom knackade de på och berättade vad som hänt.

Stort tack!
Hans Wallin"""
M("sv_p08", lang="sv", kind="praise", area="water_sewage", frm=("Hans Wallin", "hans.wallin@example.se"), to=KS,
  subj="Tack VA", date="2026-07-23 07:58", client="thunderbird", body=B, notes="praise")

B = """Hej!

Vi vill ge beröm till bygglovshandläggaren Sanna Nordin. Vi är förstagångsbyggare och hon tog sig tid att förklara vad som behövdes i vår ansökan, och vi fick beslut efter bara tre veckor.

Hälsningar
Elin och Marcus Berglund"""
M("sv_p09", lang="sv", kind="praise", area="building_planning", frm=("Elin Berglund", "elin.berglund@gmail.com"), to=KS,
  subj="Beröm", date="2026-05-29 12:15", body=B, notes="praise mentioning an application (trap)")
FU("sv_p09f", "sv_p09", threaded=None, date="2026-05-29 12:40", subj="Beröm (tillägg)",
   body="Glömde att skriva att det gällde bygglov för vårt garage på Hagvägen 3, om ni vill veta vilket ärende. /Elin",
   notes="unthreaded follow-up adding which case")

B = """Tack för ett bra medborgarmöte om nya skolorganisationen i Folkets hus i tisdags. Det var skönt att politikerna faktiskt lyssnade och svarade på frågorna, även de arga. Fler sådana möten!

Ingemar Bergkvist"""
M("sv_p10", lang="sv", kind="praise", area="school", frm=("Ingemar Bergkvist", "ingemar.bergkvist@telia.com"), to=KS,
  subj=None, date="2026-03-05 10:05", body=B, notes="praise without subject; area school (meeting on school organisation)")

# ---------------------------------------------------------------- frågor
B = """Hej! Kan man som pensionär äta lunch i restaurangen på Tallbacka äldreboende även om man inte bor där? Vad kostar det och behöver man boka?

Vänliga hälsningar
Elsy Holmgren"""
M("sv_q08", lang="sv", kind="question", area="health_care", frm=("Elsy Holmgren", "elsy.holmgren@telia.com"), to=KS,
  subj="Lunch på Tallbacka", date="2026-01-15 11:30", body=B, notes="trap: nursing-home context, no health details")

B = """Hej

Vår dotter Tilde (3 år) ska börja på förskolan Solrosen i augusti. Hon har epilepsi och får ibland anfall, och då ska hon ha akutmedicin (Buccolam) i munnen om anfallet varar mer än fem minuter.

Har personalen utbildning i detta, och vad behöver vi göra innan hon börjar? Ska vi prata med förskolechefen eller någon sjuksköterska?

Mvh Sanna och Joel Berg"""
M("sv_q09", lang="sv", kind="question", area="kindergarten", sens=True, frm=("Sanna Berg", "sanna.berg@gmail.com"), to=KS,
  subj="Epilepsi och förskola", date="2026-06-03 21:50", body=B, notes="question with child's epilepsy details: sensitive")
NEAR("sv_q09n", "sv_q09", date="2026-06-15 20:30", subj_prefix="Påminnelse: ",
     prefix="Hej igen, vi har inte fått något svar och det närmar sig.\n\n", notes="near duplicate of a sensitive question")

B = """Hej, hur söker man parkeringstillstånd för rörelsehindrade? Vilka papper behövs och hur lång är handläggningstiden?

/Leif"""
M("sv_q10", lang="sv", kind="question", area="roads_traffic", frm=("Leif Sundberg", "leif.sundberg@example.se"), to=KS,
  subj="P-tillstånd", date="2026-04-08 08:45", client="android", body=B, notes="question about how to apply; no personal health details")

B = """Hej. Hämtar ni trädgårdsavfall i säck eller måste man köra till ÅVC själv? Bor på Granvägen.

Nils"""
M("sv_q11", fmt="html", lang="sv", kind="question", area="waste", frm=("Nils Öberg", "nils.oberg@gmail.com"), to=KS,
  subj="Trädgårdsavfall", date="2026-09-29 18:05", body=B, notes="short question")

B = """Hej,

Vilken vecka är sportlovet 2027 i Älvsby? Vi vill boka resa och skolans hemsida visar bara läsåret 2025/26.

Tack
Camilla Fors"""
M("sv_q12", cs="iso-8859-1", lang="sv", kind="question", area="school", frm=("Camilla Fors", "camilla.fors@example.se"), to=KS,
  subj="Sportlov 2027", date="2026-10-14 20:10", client="outlook", body=B, notes="question")
FU("sv_q12f", "sv_q12", threaded="via", date="2026-10-16 08:20", subj="SV: Sportlov 2027",
   body="""Tack för snabbt svar! Då vet vi att det är vecka 10.

En följdfråga: blir det studiedag fredagen innan också, som i år?

/Camilla

Från: Barn- och utbildningsförvaltningen <bou@alvsby.kommun.se>
Skickat: den 15 oktober 2026 14:02
Till: Camilla Fors
Ämne: SV: Sportlov 2027

Hej Camilla, sportlovet 2027 är vecka 10. Läsårsdata för 2026/27 publiceras på hemsidan inom kort.
Vänliga hälsningar
Barn- och utbildningsförvaltningen""", notes="threaded follow-up answering the department's reply, with a new question")

B = """Hej

Var kan jag se vilken detaljplan som gäller för min fastighet, Älvsby Björken 2:17? Jag vill veta om jag får bygga på en våning.

Mvh
Stefan Nyberg"""
M("sv_q13", fmt="html", lang="sv", kind="question", area="building_planning", frm=("Stefan Nyberg", "stefan.nyberg@example.se"), to=KS,
  subj="Detaljplan Björken 2:17", date="2026-02-25 13:30", body=B, notes="question about zoning plan")

B = """Hej! Jag har funderat på att bli god man för ensamkommande eller äldre. Hur går man tillväga och får man ersättning för det?

Hälsningar
Margareta Lindholm"""
M("sv_q14", lang="sv", kind="question", area="social_services", frm=("Margareta Lindholm", "margareta.lindholm@gmail.com"), to=KS,
  subj="God man", date="2026-11-10 15:15", body=B, notes="question; area social_services (överförmyndare) arguable")

# ---------------------------------------------------------------- formella
B = """Begäran om allmän handling

Jag vill ta del av de senaste två årens tillsynsrapporter och eventuella avvikelserapporter för förskolan Trollskogen, samt de klagomål som kommit in mot förskolan under samma period.

Handlingarna kan skickas som PDF.

Vänliga hälsningar
Ulrika Dahlberg"""
M("sv_a06", lang="sv", kind="formal", ftype="access_request", area="kindergarten", frm=("Ulrika Dahlberg", "ulrika.dahlberg@example.se"), to=KS,
  subj="Begäran om allmän handling - förskolan Trollskogen", date="2026-09-10 09:25", body=B, notes="access request")
NEAR("sv_a06n", "sv_a06", date="2026-09-17 09:40", subj_prefix="Påminnelse: ",
     repl=[("Handlingarna kan skickas som PDF.", "Handlingarna kan skickas som PDF. Jag har ännu inte fått någon bekräftelse.")],
     notes="near duplicate of an access request, one sentence added")

B = """Hej

Jag gick på Centralskolan 2008–2017 och vill begära ut min elevakt och min journal från skolhälsovården, alltså från skolsköterskan och skolläkaren. Jag behöver den inför en utredning.

Namn: Alexander Pettersson
Personnummer: {p}

Skicka gärna till min adress: Bergsgatan 12, 941 33 Piteå.

/Alexander""".format(p=pnr("020519", 377, sep=""))
M("sv_a07", lang="sv", kind="formal", ftype="access_request", area="school", sens=True, frm=("Alexander Pettersson", "alex.pettersson02@gmail.com"), to=KS,
  subj="Begäran om elevakt och journal", date="2026-07-28 14:50", body=B, notes="request for own school-health record; personnummer without hyphen")

B = """Hej,

Jag ber att få socialnämndens diarium (postlista) för vecka 14 och 15, samt protokollet från nämndens sammanträde i april.

Mvh Per Hedström"""
M("sv_a08", lang="sv", kind="formal", ftype="access_request", area="social_services", frm=("Per Hedström", "per.hedstrom@example.se"), to=KS,
  subj="Diarium socialnämnden", date="2026-04-20 10:45", body=B, notes="short access request for a registry list; no personal data")

B = """Ansökan om färdtjänst

Jag ansöker om färdtjänst. Jag har svår KOL och syrgas i hemmet, och jag orkar inte gå till busshållplatsen som ligger 600 meter bort. Jag behöver resa till vårdcentralen, apoteket och till min dotter.

Namn: Aina Nordlund
Samordningsnummer: {p}
Adress: Älvvägen 44, Älvsby
Telefon: 0929-123 45

Läkarintyg skickas från vårdcentralen.

Aina Nordlund""".format(p=pnr("450917", 226, samordning=True))
M("sv_app05", lang="sv", kind="formal", ftype="application", area="social_services", sens=True, frm=("Aina Nordlund", "aina.nordlund@telia.com"), to=KS,
  subj="Ansökan om färdtjänst", date="2026-01-22 10:20", client="roundcube", cs="iso-8859-1", cte="qp", body=B,
  notes="application with lung disease and a samordningsnummer (day+60); area social vs roads arguable")

B = """Ansökan om tillstånd för uteservering

Café Bryggan ansöker om tillstånd att ha uteservering på trottoaren utanför Storgatan 18 under perioden 1 maj – 30 september 2026. Serveringen blir 8 x 2,5 meter med 6 bord och ett staket runt. Gående har kvar 2 meter fri passage.

Med vänlig hälsning
Layla Hassan
Café Bryggan"""
M("sv_app06", lang="sv", kind="formal", ftype="application", area="roads_traffic", frm=("Layla Hassan", "layla@cafebryggan.example.se"), to=KS,
  subj="Ansökan uteservering Storgatan 18", date="2026-03-18 16:05", client="outlookcom", body=B, notes="application for pavement use")

M("sv_app07", lang="sv", kind="formal", ftype="application", area="school",
  frm=("Tomas Engström", "tomas.engstrom@example.se"), to=KS, subj="Skolskjuts", date="2026-06-09 21:30", client="outlook",
  body="Hej, se bifogad ansökan.\n\nTomas",
  att=[{"name": "ansokan_skolskjuts_vaxelvis_boende.docx", "type": "docx", "content": [
      [("Ansökan om skolskjuts vid växelvis boende")],
      "Elev: Wilma Engström, åk 2 Norrbyskolan",
      "Jag ansöker om skolskjuts för min dotter de veckor hon bor hos mig på Lillträskvägen 210, 14 km från skolan. Hennes mamma bor i centrum.",
      "Boendet är växelvis, jämna veckor hos mig.",
      "Tomas Engström"]}],
  notes="application only in the DOCX; body just 'se bifogad ansökan'")
FU("sv_app07f", "sv_app07", threaded=None, date="2026-06-10 07:45", subj="Skolskjuts Wilma Engström",
   body="""Hej igen, glömde skriva i mejlet i går att skolskjutsen behövs från skolstart i augusti. Wilmas mamma är informerad och är med på ansökan.

Tomas Engström""", notes="unthreaded addition to an application")

B = """Överklagande av beslut om anläggningsavgift

Jag överklagar beslutet om anläggningsavgift för vatten och avlopp på 148 000 kr för fastigheten Lillträsk 4:9.

Fastigheten har redan en fungerande egen brunn och ett godkänt avlopp från 2019. Kommunen har dragit in fastigheten i verksamhetsområdet utan att vi har något behov, och avgiften står inte i proportion till nyttan.

Jag yrkar att beslutet upphävs, i andra hand att avgiften sätts ned.

Ulf och Margit Backman"""
M("sv_ov04", cs="iso-8859-1", lang="sv", kind="formal", ftype="appeal", area="water_sewage", frm=("Ulf Backman", "ulf.backman@telia.com"), to=KS,
  subj="Överklagande anläggningsavgift Lillträsk 4:9", date="2026-10-21 20:05", client="roundcube", body=B,
  notes="appeal; same sender as an earlier sewage question (separate case)")

B = """Hej

Jag överklagar miljö- och byggnämndens beslut att avslå vår ansökan om delat sopkärl med grannen på Granvägen 7. Vi är två pensionärshushåll som tillsammans fyller mindre än ett halvt kärl per hämtning. Reglerna i avfallsföreskrifterna säger att delat kärl kan medges för grannar, och vi uppfyller villkoren.

Beslutet är daterat 2 september 2026.

Mvh
Gunvor Palm"""
M("sv_ov05", lang="sv", kind="formal", ftype="appeal", area="waste", frm=("Gunvor Palm", "gunvor.palm@telia.com"), to=KS,
  subj="Överklagar beslut om sopkärl", date="2026-09-12 14:30", body=B, notes="appeal against a waste decision; 'pensionärshushåll' not care details")

M("sv_o02", lang="sv", kind="formal", ftype="other_formal", area="building_planning",
  frm=("Norrbyns byalag", "byalaget.norrbyn@example.se"), to=KS, subj="Yttrande samråd detaljplan Norrbyn etapp 2", date="2026-03-29 19:00",
  client="thunderbird",
  body="""Hej

Bifogat finns Norrbyns byalags yttrande i samrådet om detaljplan för Norrbyn etapp 2 (dnr KS 2026/58).

Med vänliga hälsningar
Styrelsen, Norrbyns byalag""",
  att=[{"name": "Yttrande Norrbyns byalag.docx", "type": "docx", "content": [
      [("Yttrande över samrådsförslag – detaljplan Norrbyn etapp 2")],
      "Norrbyns byalag lämnar följande synpunkter:",
      "Den föreslagna tillfartsvägen går genom skogsområdet som används för skidspår och bär. Vi föreslår att tillfarten i stället ansluts från Älvvägen.",
      "Planen saknar lekplats. Vi anser att en allmän lekplats ska ingå.",
      "Dagvattenfrågan är inte utredd, trots översvämningarna i området 2024 och 2026.",
      "För styrelsen: Kent Lindström, ordförande"]}],
  notes="formal consultation statement (yttrande) in DOCX: other_formal")

B = """Uppsägning av förskoleplats

Jag säger härmed upp förskoleplatsen för Leo Isaksson på förskolan Solrosen. Vi flyttar till Umeå och sista dag blir 31 juli 2026.

Med vänlig hälsning
Sara Isaksson"""
M("sv_o03", lang="sv", kind="formal", ftype="other_formal", area="kindergarten", frm=("Sara Isaksson", "sara.isaksson@gmail.com"), to=KS,
  subj="Uppsägning förskoleplats", date="2026-05-27 22:00", body=B, notes="formal termination notice: other_formal")
NEAR("sv_o03n", "sv_o03", date="2026-06-08 21:45", subj_new="Uppsägning förskoleplats Leo Isaksson",
     repl=[("Jag säger härmed upp", "Skickar igen eftersom jag inte fått bekräftelse. Jag säger härmed upp")],
     notes="near duplicate: resent with a changed subject and a clause added")
