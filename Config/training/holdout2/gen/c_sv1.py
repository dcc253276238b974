"""Svenska: formal matters and sensitive messages."""
from lib import *

REG_SV = "registrator@alvsby.kommun.se"

# ------------------------------------------------------------------ access requests
M("sv-ar01", lang="sv", kind="formal", ftype="access_request", area="building_planning",
  frm=("Göran Lindqvist", "goran.lindqvist@telia.com"), to=KS, date="2026-01-13 09:05", client="outlook",
  subj="Protokoll byggnadsnämnden 12 januari",
  body="""Hej,

jag vill ha en kopia av protokollet från byggnadsnämndens sammanträde 12 januari, punkt 7 (Norrby 3:14), med alla bilagor och tjänsteskrivelsen. Gärna som PDF till den här adressen.

Vänliga hälsningar
Göran Lindqvist
""",
  notes="Request for minutes and attachments without 'allmän handling'; has a reminder later.")

M("sv-ar02", lang="sv", kind="formal", ftype="access_request", area="other",
  frm=("Annika Sjöberg", "annika.sjoberg@gmail.com"), to=KS, date="2026-01-21 19:44",
  subj="Mina personuppgifter",
  sens=True,
  body="""Hej!

Enligt artikel 15 i dataskyddsförordningen vill jag få veta vilka personuppgifter Älvsby kommun behandlar om mig, i vilka system, för vilka ändamål och hur länge de sparas. Jag vill också ha en kopia av uppgifterna.

Mitt personnummer är %s.

Med vänlig hälsning
Annika Sjöberg
Björkvägen 6, Älvsby
""" % pnr("810327", 462),
  notes="Own-data request (GDPR art. 15) with a valid personnummer.")

M("sv-ar03", lang="sv", kind="formal", ftype="access_request", area="school",
  frm=("Sara Bergström", "sara.bergstrom@hotmail.se"), to="Norrbyskolan <norrbyskolan@alvsby.kommun.se>",
  date="2026-01-28 15:30",
  subj="Kränkningarna mot Wilma",
  body="""Hej Lena,

det har nu gått sex veckor sedan Wilma blev knuffad och kallad saker i omklädningsrummet, och det har hänt igen två gånger. Ingen från skolan har hört av sig sedan mötet före jul.

Jag vill se anmälan som skolan skickade till huvudmannen, utredningen och de åtgärder ni har skrivit ner. Skicka dem till mig så snart som möjligt.

Sara Bergström
""",
  notes="Request for documents in a bullying case, buried in a complaint.")

M("sv-ar04", lang="sv", kind="formal", ftype="access_request", area="social_services",
  frm=("Johanna Nyström", "johanna.nystrom@live.se"), to="Socialtjänsten <socialtjansten@alvsby.kommun.se>",
  date="2026-02-03 22:20",
  subj="Min akt",
  sens=True,
  body="""Hej

Jag vill läsa allt som ni har skrivit om mig och min dotter sedan jag flyttade hit i maj, särskilt anteckningarna från hembesöket i november när min före detta sambo hade ringt och sagt att jag dricker. Jag har aldrig fått se vad som står.

Johanna Nyström
""",
  notes="Own social-services file; social-care details make it sensitive.")

M("sv-ar05", lang="sv", kind="formal", ftype="access_request", area="water_sewage",
  frm=("Per-Olof Ek", "perolof.ek@bredband.net"), to=KS, date="2026-02-09 10:10", cs="iso-8859-1", client="thunderbird",
  subj="Vattenprover Norrby",
  body="""Hej

Skulle ni kunna skicka resultaten från de senaste vattenproverna i Norrby vattenverk, och från kontrollen efter ledningsbrottet i januari? Vattnet smakar konstigt hos oss.

Per-Olof Ek
""",
  notes="Public document request phrased as a question; ISO-8859-1.")

M("sv-ar06", lang="sv", kind="formal", ftype="access_request", area="roads_traffic",
  frm=("Lennart Holm", "lennart.holm@gmail.com"), to=KS, date="2026-02-13 08:45",
  subj="Rondellen vid Storgatan",
  body="""Hej,

den nya rondellen vid Storgatan har nu varit klar i tre månader och är redan sönderkörd i kanterna. Och lastbilarna kommer fortfarande inte runt utan att köra upp på refugen. Vem har ritat det här?

Hur mycket har kommunen betalat för den? Jag vill se avtalet med entreprenören, slutbesiktningen och fakturorna.

Lennart Holm
""",
  notes="Request buried in a complaint; has an unthreaded addition later.")

M("sv-ar07", lang="sv", kind="formal", ftype="access_request", area="kindergarten",
  frm=("Emma Larsson", "emma.larsson@outlook.com"), to=KS, date="2026-02-18 13:55",
  subj="Solrosens förskola",
  body="""Hej!

Vi funderar på att flytta vår dotter från Solrosens förskola. Innan vi bestämmer oss vill jag ta del av de klagomål som kommit in mot förskolan under 2025 och vad förvaltningen har svarat.

Mvh Emma Larsson
""",
  notes="'ta del av' - request without the keyword.")

M("sv-ar08", lang="sv", kind="formal", ftype="access_request", area="health_care",
  frm=("Karin Lundgren", "karin.lundgren@icloud.com"), to=KS, date="2026-02-24 17:35",
  subj="Mammas journal från hemtjänsten",
  sens=True,
  body="""Hej

Min mamma Ingrid Lundgren föll i badrummet i december och låg på golvet i flera timmar innan hemtjänsten kom. Hon bröt höften och är nu på korttidsboende.

Jag vill ha ut hennes journal och genomförandeplan från hemtjänsten för november och december, och avvikelserapporten om fallet. Jag har en fullmakt från mamma som jag bifogar.

Karin Lundgren
""",
  att=[{"name": "fullmakt_Ingrid_Lundgren.pdf", "type": "pdf", "title": "Fullmakt",
        "content": ["FULLMAKT", "", "Jag, Ingrid Lundgren, ger min dotter Karin Lundgren fullmakt att begära ut och ta del av",
                    "min journal och övriga handlingar hos Älvsby kommun, äldreomsorgen.", "", "Älvsby den 20 februari 2026",
                    "Ingrid Lundgren (underskrift)", "Bevittnas: Sven Lundgren, Anna Öberg"]}],
  notes="Request for a mother's care record with a power of attorney; fall and hip fracture make it sensitive.")

M("sv-ar09", lang="sv", kind="formal", ftype="access_request", area="waste",
  frm=("Mikael Forsberg", "mikael.forsberg@alvsbykuriren.se"), to=REG_SV, date="2026-03-02 11:20", client="outlook",
  subj="Upphandling avfallshämtning",
  body="""Hej,

jag skriver för Älvsby-Kuriren om den nya avfallsupphandlingen. Kan ni mejla över förfrågningsunderlaget, de inkomna anbuden och tilldelningsbeslutet (dnr KS 2025/311)?

Om något sekretessbeläggs vill jag ha ett skriftligt beslut med besvärshänvisning.

Mikael Forsberg
reporter, Älvsby-Kuriren
""",
  notes="Journalist's request by case number.")

M("sv-ar10", lang="sv", kind="formal", ftype="access_request", area="culture_sports",
  frm=("Helena Strand", "helena.strand@spray.se"), to=KS, date="2026-03-10 20:05",
  body="""Hej

Det sägs att Älvsby IK fick förtur till träningstiderna i Älvsbyhallen efter att deras ordförande mejlat kulturchefen. Jag vill se e-posten mellan kulturförvaltningen och Älvsby IK om hallbokningen från oktober till nu.

Helena Strand
Älvsby Innebandyförening
""",
  notes="No subject. Request for e-mails, no keyword.")

# ------------------------------------------------------------------ appeals, applications, other formal
M("sv-of01", lang="sv", kind="formal", ftype="appeal", area="building_planning",
  frm=("Bengt och Maj Svensson", "bengt.svensson@telia.com"), to=KS, date="2026-03-12 16:40", client="outlook",
  subj="Bygglov Storgatan 14",
  body="""Till byggnadsnämnden

Vi har fått underrättelse om beslutet att bevilja bygglov för ett flerbostadshus i fyra våningar på Storgatan 14. Vi motsätter oss beslutet och begär att det upphävs.

Huset kommer att skugga vår tomt på Storgatan 16 hela eftermiddagen, och detaljplanen tillåter bara två våningar. Avvikelsen kan inte ses som liten.

Bengt och Maj Svensson
Storgatan 16
""",
  notes="Appeal without 'överklagar'; has a near duplicate and a threaded addition.")

M("sv-of02", lang="sv", kind="formal", ftype="appeal", area="school",
  frm=("Ali Rahimi", "ali.rahimi@gmail.com"), to=KS, date="2026-03-19 10:30",
  subj="Skolplacering för Nora",
  body="""Hej

Vi har fått beslut om att Nora ska börja förskoleklass på Centrumskolan i höst, fast vi önskade Norrbyskolan som ligger 400 meter från oss. Hennes bästa kompis och kusin börjar där.

Vi vill att beslutet prövas igen. Centrumskolan ligger 3 km bort och hon skulle behöva ta buss ensam.

Ali och Mina Rahimi
""",
  notes="Appeal of a school placement, 'vill att beslutet prövas igen'.")

M("sv-of03", lang="sv", kind="formal", ftype="appeal", area="health_care",
  frm=("Ulla Berg", "ulla.berg@bredband.net"), to=KS, date="2026-03-16 09:15",
  subj="Tillägg till mitt mejl om avgiften",
  sens=True,
  body="""Hej igen,

som tillägg till mitt mejl 2 mars om avgiften för mammas hemtjänst: jag har nu fått ert svar att avgiften är rätt beräknad. Det är den inte. Mamma har hemtjänst fyra gånger per dag på grund av sin Parkinson, men hennes pension är bara 11 800 kr i månaden och ni har räknat med en bostadskostnad som är för låg.

Jag överklagar därför beslutet om avgift. Betalningsunderlaget bifogas.

Ulla Berg, dotter och god man för Astrid Berg
""",
  att=[{"name": "betalningsunderlag.docx", "type": "docx",
        "content": ["Astrid Berg, Kyrkvägen 3, Älvsby", "Pension netto: 11 800 kr/mån",
                    "Hyra: 6 450 kr/mån", "Bostadstillägg: 1 900 kr/mån", "Läkemedel och hjälpmedel: ca 900 kr/mån"]}],
  notes="Appeal sent as an addition to an earlier message (not in this set); care details sensitive.")

M("sv-of04", lang="sv", kind="formal", ftype="application", area="culture_sports",
  frm=("Älvsby Scoutkår", "alvsby.scout@gmail.com"), to=KS, date="2026-02-16 19:30",
  subj="Bidrag till sommarläger",
  body="""Hej!

Vi i Älvsby Scoutkår åker på läger till Kåreholm i juli med 34 barn och 8 ledare. För att alla ska kunna följa med, oavsett vad familjen har råd med, vill vi be om 15 000 kr i bidrag från kommunen till buss och lägeravgift.

Budget och medlemsförteckning bifogas.

Hälsningar
Jonas Wikström, kårordförande
""",
  att=[{"name": "budget_lager_2026.pdf", "type": "pdf", "title": "Budget läger 2026",
        "content": ["Älvsby Scoutkår - budget sommarläger 2026", "", "Buss tur och retur: 24 000 kr",
                    "Lägeravgift 42 x 850 kr: 35 700 kr", "Mat utöver lägret: 4 000 kr", "",
                    "Egna medel: 28 700 kr", "Sponsorer: 20 000 kr", "Sökt från kommunen: 15 000 kr"]}],
  notes="Grant application phrased 'vill be om bidrag', without 'ansökan'.")

M("sv-of05", lang="sv", kind="formal", ftype="application", area="social_services",
  frm=("Elsa Holmgren", "elsa.holmgren@telia.com"), to=KS, date="2026-03-05 14:05", cs="windows-1252", client="outlook",
  subj="Badrummet",
  sens=True,
  body="""Hej

Min man Rolf fick en stroke i höstas och sitter nu i rullstol. Han kommer inte in i vårt badrum, dörren är för smal och det finns en tröskel och ett badkar. Arbetsterapeuten på vårdcentralen säger att vi ska vända oss till kommunen.

Vi skulle behöva bredda dörren och byta badkaret mot en dusch. Kan kommunen stå för kostnaden? Intyget från arbetsterapeuten kommer med posten.

Elsa Holmgren
Åsvägen 21
""",
  notes="Housing adaptation application in everyday words ('kan kommunen stå för kostnaden'); stroke and wheelchair make it sensitive.")

M("sv-of06", lang="sv", kind="formal", ftype="application", area="school",
  frm=("Linnea Åberg", "linnea.aberg@gmail.com"), to=KS, date="2026-03-09 07:50",
  subj="Fritids från 1 april",
  body="""Hej!

Jag börjar ett nytt jobb 1 april och vill därför att Elvin (klass 1, Centrumskolan) får plats på fritids från och med det datumet, måndag till fredag till 16.30.

Linnea Åberg
""",
  notes="Application for after-school care without 'ansökan'.")

M("sv-of07", lang="sv", kind="formal", ftype="other_formal", area="roads_traffic",
  frm=("Peter Wallin", "peter.wallin@hotmail.com"), to=KS, date="2026-02-05 18:25",
  subj="Skadeståndsanspråk cykelolycka Järnvägsgatan",
  body="""Hej

Den 29 januari cyklade jag på Järnvägsgatan och körde ner i ett schakt som kommunens entreprenör lämnat utan avspärrning eller belysning. Jag klarade mig själv utan större skador, men cykeln blev förstörd och jackan och byxorna trasiga.

Jag begär skadestånd för cykeln (8 990 kr enligt kvitto) och för mina kläder. Kvitto och bilder bifogas.

Peter Wallin
""",
  att=[{"name": "kvitto_cykel.pdf", "type": "pdf", "title": "Kvitto",
        "content": ["Cykelverkstan Älvsby AB", "Kvitto 2024-05-11", "Crescent Elis hybrid 2024: 8 990 kr", "Betalt med kort"]},
       {"name": "schaktet.png", "type": "png"}],
  notes="Claim for damages (other_formal).")

M("sv-of08", lang="sv", kind="formal", ftype="other_formal", area="building_planning",
  frm=("Naturskyddsföreningen Älvsby", "alvsby@naturskyddsforeningen-alvsby.se"), to=KS, date="2026-03-23 12:00", client="roundcube",
  subj="Yttrande över samrådshandling detaljplan Kvarteret Laxen",
  body="""Till samhällsbyggnadsförvaltningen

Naturskyddsföreningen Älvsby lämnar härmed synpunkter på samrådshandlingen för detaljplan Kvarteret Laxen.

1. Strandskyddet längs Piteälven upphävs på en 60 meter lång sträcka utan att särskilda skäl redovisas.
2. Den gamla tallskogen i planens norra del bör sparas som naturmark.
3. Dagvattenutredningen saknar beräkningar för skyfall.

Vi begär att planen omarbetas innan granskning.

För styrelsen
Maria Öhman
""",
  notes="Formal statement in a zoning consultation (other_formal).")

# ------------------------------------------------------------------ sensitive
M("sv-s01", lang="sv", kind="question", area="school",
  frm=("Anders Nilsson", "anders.nilsson77@gmail.com"), to="Centrumskolan <centrumskolan@alvsby.kommun.se>",
  date="2026-01-08 19:10",
  subj="Elsa och anfallen",
  sens=True,
  body="""Hej Maria,

Elsa (%s) har efter jul fått diagnosen epilepsi. Hon har fått medicin men kan fortfarande få anfall, oftast när hon är trött. Vi vill att alla lärare och fritidspersonalen vet vad de ska göra om hon får ett anfall, och att hon inte får bada utan en vuxen bredvid.

Kan vi boka ett möte med dig och skolsköterskan nästa vecka?

Anders Nilsson
""" % pnr("150812", 386, century="20"),
  notes="Child's epilepsy with a 12-digit personnummer.")

M("sv-s02", lang="sv", kind="deviation", area="health_care",
  frm=("Birgitta Öhman", "birgitta.ohman@telia.com"), to=KS, date="2026-01-19 17:05", client="outlook",
  subj="Mamma äter inte",
  sens=True,
  body="""Hej

Min mamma Gunnel, 88 år, bor kvar hemma på Kyrkvägen 12 och har hemtjänst tre gånger om dagen. Men personalen hinner bara sätta fram maten, de ser inte om hon äter. När jag var där i helgen stod tre orörda matlådor i kylen, och hon har tappat mycket i vikt.

Hon är ofta förvirrad på eftermiddagarna och glömmer att dricka. Jag vill att någon pratar med mig om hur hennes stöd ska se ut.

Birgitta Öhman
""",
  notes="Relative about mother's care at home; a near duplicate to synpunkter@ follows.")

M("sv-s03", lang="sv", kind="question", area="social_services",
  frm=("Jessica", "jessica.k.89@hotmail.se"), to=KS, date="2026-01-25 21:55", client="iphone",
  subj="Stöd",
  sens=True,
  body="""Hej. Vi har inte råd med mat efter att hyran är betald. Jag och min sambo har två barn och han har varit sjukskriven sedan oktober. Finns det något stöd man kan få, och hur gör man? Vi har aldrig behövt be om hjälp förut.

Skickat från min iPhone
""",
  notes="Money for food; partner on sick leave.")

M("sv-s04", lang="sv", kind="deviation", area="kindergarten",
  frm=("Sofia Lind", "sofia.lind@gmail.com"), to="Solrosens förskola <solrosen@alvsby.kommun.se>",
  date="2026-02-04 16:20",
  subj="Nötterna i mellanmålet",
  sens=True,
  body="""Hej

Oscar har svår nötallergi, det står i hans papper och vi har pratat om det flera gånger. Idag fick han ett mellanmål med müsli som innehöll hasselnötter. Han fick svullna läppar och vi fick åka in till akuten där han fick adrenalin.

Hur kan det här hända? Vi vill ha ett möte med rektor innan han kommer tillbaka.

Sofia Lind
""",
  notes="Child's severe allergy and emergency treatment.")

M("sv-s05", lang="sv", kind="question", area="health_care",
  frm=("Elin", "elin.sandberg@gmail.com"), to=KS, date="2026-02-08 01:40",
  subj="vart vänder man sig",
  sens=True,
  body="""Hej

Jag har mått dåligt länge nu. Ångest nästan varje dag, jag sover bara några timmar och har slutat gå till jobbet. Jag vet inte om det här är rätt ställe men jag vet inte vart jag ska vända mig. Finns det någon i kommunen man kan prata med?

Elin
""",
  notes="Mental health in everyday words; has a reply to the acknowledgement.")

M("sv-s06", lang="sv", kind="question", area="social_services",
  frm=("Tomas Eriksson", "tomas.eriksson@comhem.se"), to=KS, date="2026-02-22 11:25",
  subj="Pappa",
  sens=True,
  body="""Hej

Min pappa, 67 år, bor ensam i Vistträsk. Sedan mamma dog förra året dricker han nästan varje dag, och när jag ringer är han ofta full redan på förmiddagen. Han har ramlat och slagit sig flera gånger.

Han vill inte själv ta kontakt med någon. Kan jag göra något, eller kan ni?

Tomas Eriksson
""",
  notes="Concern about father's drinking.")

M("sv-s07", lang="sv", kind="deviation", area="health_care",
  frm=("Maja Lindberg", "maja.lindberg@outlook.com"), to=SYN, date="2026-03-04 20:15",
  subj="Gruppbostaden Tallen",
  sens=True,
  body="""Hej

Jag bifogar en skrivelse om hur min bror har det på gruppbostaden Tallen. Vi vill att den registreras och att någon från förvaltningen kontaktar oss.

Maja Lindberg
""",
  att=[{"name": "Skrivelse Tallen.pdf", "type": "pdf", "title": "Skrivelse",
        "content": ["Skrivelse om Daniel Lindberg, gruppbostaden Tallen", "Personnummer: %s" % pnr("900614", 273),
                    "", "Daniel har en måttlig utvecklingsstörning och behöver hjälp med det mesta i vardagen.",
                    "Sedan årsskiftet har det nästan bara varit vikarier som inte känner honom. Han har inte kommit ut",
                    "på promenad på flera veckor, och två gånger har han fått fel medicin på kvällen.", "",
                    "Maja Lindberg, syster och god man"]}],
  notes="Body is neutral; disability, wrong medication and personnummer only in the PDF.")

M("sv-s08", lang="sv", kind="deviation", area="school",
  frm=("Anna Karlsson", "anna.karlsson@live.se"), to=KS, date="2026-03-11 08:40",
  subj="Inget stöd för Liam",
  sens=True,
  body="""Hej

Liam går i åk 5 på Norrbyskolan och har dyslexi och ADHD, det finns utredning från BUP sedan i våras. Skolan lovade inläsningstjänst och en lugn plats att sitta på, men ingenting har hänt. Nu vill han inte gå till skolan och gråter varje morgon.

Jag vill veta varför stödet inte har kommit igång.

Anna Karlsson
""",
  notes="Child's diagnoses and distress, complaint about missing support.")

M("sv-s09", lang="sv", kind="praise", area="social_services",
  frm=("S.", "fjarilen2026@protonmail.com"), to=KS, date="2026-03-20 10:10",
  subj="Tack till Camilla",
  sens=True,
  body="""Hej

Jag vill tacka Camilla på socialtjänsten som hjälpte mig i januari när jag till slut lämnade min man, som hade slagit mig i flera år. Hon ordnade skyddat boende samma kväll och har ringt mig varje vecka sedan dess.

Jag vill inte skriva mitt namn, men hon vet vem jag är. Se till att hon får veta att hon gjorde skillnad.

S.
""",
  notes="Praise about help after domestic violence: sensitive.")

M("sv-s10", lang="sv", kind="question", area="health_care",
  frm=("Leena Koskinen", "leena.koskinen@gmail.com"), to=KS, date="2026-03-25 13:30",
  subj="Farmor flyttar hit",
  sens=True,
  body="""Hej!

Min farmor Aino flyttar från Haparanda till oss i Älvsby i maj. Hon har KOL och behöver syrgas hemma, och hon klarar inte trappor. Hon har samordningsnummer %s eftersom hon är finsk medborgare.

Kan hon få hemsjukvård här, och vem ska vi kontakta innan hon flyttar?

Leena Koskinen
""" % pnr("400311", 557, samordning=True),
  notes="Samordningsnummer in the body; chronic illness.")

M("sv-s11", lang="sv", kind="question", area="culture_sports",
  frm=("Pernilla Hedlund", "pernilla.hedlund@gmail.com"), to=KS, date="2026-04-06 18:50",
  subj="Simning för Albin",
  sens=True,
  body="""Hej

Vår son Albin, 9 år, har en CP-skada och går med rollator. Han vill jättegärna lära sig simma. Finns det anpassade tider i simhallen, och kan en assistent följa med i vattnet utan att betala?

Pernilla Hedlund
""",
  notes="Health detail in the culture area (cerebral palsy).")
