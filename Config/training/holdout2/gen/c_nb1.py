"""Bokmål: formal matters (access requests, appeals, applications, other formal)."""
from lib import *

# ------------------------------------------------------------------ access requests
M("nb-ar01", lang="nb", kind="formal", ftype="access_request", area="roads_traffic",
  frm=("Geir Haugland", "geir.haugland@online.no"), to=PM, date="2026-01-12 07:41",
  subj="Brøytebilen har tatt gjerdet vårt igjen",
  body="""Hei.

For tredje vinter på rad har brøytebilen kjørt ned gjerdet vårt i Lyngveien 7. Denne gangen ble også postkassestativet knekt, og naboen har fått en stolpe inn i hekken. Det er tydelig at sjåføren kjører for fort og for nær kanten.

Jeg har ringt driftssentralen to ganger uten at noe skjer. Nå vil jeg se hva dere faktisk har avtalt med brøyteentreprenøren: send meg kontrakten, kartet over rodene og det som står om krav til skader på privat eiendom. Da kan jeg selv sjekke om dette er innenfor.

Geir Haugland
Lyngveien 7
""",
  notes="Access request (contract with the snow-clearing contractor) buried in a complaint; no keyword 'innsyn'.")

M("nb-ar02", lang="nb", kind="formal", ftype="access_request", area="other",
  frm=("Randi Solvang", "randi.solvang@hotmail.com"), to=PM, date="2026-01-15 20:03",
  subj="Hva har kommunen lagret om meg?",
  sens=True,
  body="""Hei,

jeg har hatt flere saker med kommunen opp gjennom årene (byggesak på huset, eiendomsskatt, og en periode med kommunal bolig). Jeg vil gjerne få vite hvilke opplysninger dere har lagret om meg, hvor de kommer fra, og hvem dere har delt dem med. Jeg viser til personvernforordningen artikkel 15.

Send helst alt som PDF til denne adressen.

For at dere skal finne riktig person: fødselsnummeret mitt er %s.

Med hilsen
Randi Solvang
Kvernbekken 22, 4871 Fjordvik
""" % fnr("070468", 284),
  notes="Request for own personal data (GDPR art. 15) without the word innsyn; valid fødselsnummer in the body.")

M("nb-ar03", lang="nb", kind="formal", ftype="access_request", area="school",
  frm=("Lena Birkeland", "lena.birkeland@gmail.com"), to="Fjordvik skole <fjordvik.skole@fjordvik.kommune.no>",
  date="2026-01-20 13:22",
  subj="Møtene om klassemiljøet i 6B",
  body="""Hei Anne og Tore,

takk for møtet i går. Jeg gikk derfra med en følelse av at det finnes mye mer på papiret enn det vi foreldre har fått høre. Det ble nevnt en aktivitetsplan og et referat fra møtet med rektor i november.

Kan dere sende meg alle referater, notater og e-poster som gjelder Sander og saken om klassemiljøet fra august og fram til nå? Også det som er sendt mellom skolen og oppvekstkontoret.

Hilsen Lena (mor til Sander i 6B)
""",
  notes="Request for documents in the own child's school case, phrased as a follow-up to a meeting; no keyword.")

M("nb-ar04", lang="nb", kind="formal", ftype="access_request", area="building_planning",
  frm=("Arvid Tønnessen", "arvid.tonnessen@altibox.no"), to=PM, date="2026-01-27 10:05", client="outlook",
  subj="Garasjen til naboen",
  body="""Til byggesaksavdelingen

Jeg leste i Fjordvik Avis at naboen min i Skrenten 3 har fått lov til å sette opp en dobbelgarasje bare én meter fra grensen mot min tomt. Ingen har spurt meg, og jeg fikk aldri noe nabovarsel.

Hvordan kan det ha skjedd? Jeg vil se tegningene, situasjonsplanen, nabovarselet dere mener er sendt, og selve vedtaket. Send det så fort som mulig, for de har allerede begynt å grave.

Arvid Tønnessen
Skrenten 5
""",
  notes="Complaint about a neighbour's permit that is really a request for the case documents (drawings, decision).")

M("nb-ar05", lang="nb", kind="formal", ftype="access_request", area="kindergarten",
  frm=("Marius Eide", "marius.eide@gmail.com"), to=PM, date="2026-02-02 21:47",
  subj="Tilsyn Solsikken barnehage",
  body="""Hei!

Vi vurderer å søke plass i Solsikken barnehage til høsten. Kan dere sende meg rapporten fra det siste tilsynet kommunen hadde der, og eventuelle pålegg barnehagen fikk?

Mvh
Marius Eide
""",
  notes="Request for a supervision report; mentions 'søke plass' but is not an application.")

M("nb-ar06", lang="nb", kind="formal", ftype="access_request", area="health_care",
  frm=("Svein Olav Rygh", "sorygh@lyse.net"), to=PM, date="2026-02-04 08:12",
  subj="Papirene fra legevakten",
  sens=True,
  body="""Hei

Natt til 3. januar var jeg på legevakten med sterke brystsmerter og ble sendt videre til sykehuset med ambulanse. Fastlegen min har ikke fått noe fra dere, og sykehuset sier de bare har ambulansepapirene.

Jeg vil ha en utskrift av det legevakten skrev om meg den natten, også EKG-en hvis den er lagret. Kan den sendes i posten til Heiveien 40, 4870 Fjordvik?

Svein Olav Rygh
""",
  notes="Request for own record from the out-of-hours clinic; health details (chest pain, ambulance) make it sensitive.")

M("nb-ar07", lang="nb", kind="formal", ftype="access_request", area="water_sewage",
  frm=("Ingrid Moen", "ingrid.moen@getmail.no"), to=PM, date="2026-02-09 16:30", fmt="html",
  subj="Vannprøver januar",
  body="""Hei.

Hvorfor er ikke vannprøvene fra Holtan vannverk for januar lagt ut på nettsiden? Det har vært lukt av klor i vannet hos oss i flere uker.

Jeg ber om å få tilsendt analyseresultatene for desember og januar, og avviksmeldingene dere eventuelt har sendt til Mattilsynet.

Ingrid Moen
""",
  notes="HTML-only. Request for water analysis results, phrased 'ber om å få tilsendt'.")

M("nb-ar08", lang="nb", kind="formal", ftype="access_request", area="waste",
  frm=("Jon Erik Vatne", "jon.erik.vatne@fjordvikavis.no"), to=PM, date="2026-02-11 11:58", client="thunderbird",
  subj="Dokumenter om ny renovasjonsavtale",
  body="""Hei,

jeg skriver en sak om det nye renovasjonsselskapet. Kan jeg få disse dokumentene fra postlisten:

- 2026/0412-3 Brev fra Fjordrens AS om prisjustering
- 2026/0412-5 Svar fra kommunen
- 2026/0398-1 Klage på tildeling, fra Vestavfall AS

Hvis noe er unntatt, vil jeg gjerne vite hjemmelen.

Jon Erik Vatne
journalist, Fjordvik Avis
tlf. 913 42 775
""",
  notes="Journalist asking for listed documents by number; no keyword 'innsyn'.")

M("nb-ar09", lang="nb", kind="formal", ftype="access_request", area="social_services",
  frm=("Camilla Dahl", "camilla.dahl85@hotmail.com"), to=PM, date="2026-02-16 22:14",
  subj="Rapporten",
  sens=True,
  body="""Hei.

I høst var barnevernet hjemme hos oss to ganger etter at barnehagen hadde ringt dem om at Elias hadde blåmerker. Saken ble henlagt før jul, men jeg har aldri fått se hva som faktisk ble skrevet om meg og barna.

Jeg vil ha alt: bekymringsmeldingen, notatene fra hjemmebesøkene og rapporten de avsluttet saken med. Jeg har rett til å vite hva som står der.

Camilla Dahl
""",
  notes="Request for own child welfare file; child welfare details make it sensitive; no keyword.")

M("nb-ar10", lang="nb", kind="formal", ftype="access_request", area="culture_sports",
  frm=("Trond Aasen", "trond@fjordvik-tk.no"), to=PM, date="2026-02-19 09:36", client="roundcube",
  subj="Fordeling av kulturmidler 2026",
  body="""Hei,

Fjordvik tennisklubb fikk 0 kroner i år, mens to andre lag fikk over 100 000 hver. Vi skjønner ikke hvordan fordelingen er gjort.

Vi vil gjerne se søknadene fra de andre lagene, saksframlegget til kulturutvalget og eventuelle notater om poenggivningen.

Trond Aasen
leder, Fjordvik tennisklubb
""",
  notes="Access request that contains the word 'søknadene' (about others' applications); not itself an application.")

# ------------------------------------------------------------------ appeals, applications, other formal
M("nb-of01", lang="nb", kind="formal", ftype="appeal", area="kindergarten",
  frm=("Sofie og Andreas Lund", "sofie.lund@gmail.com"), to=PM, date="2026-03-09 14:20",
  subj="Barnehageplass for Ella",
  body="""Hei.

Vi fikk beskjed i brev datert 2. mars om at Ella ikke får plass i Fjellstua barnehage, og at hun i stedet er tilbudt plass i Nordbyen, som er 14 km unna og i motsatt retning av jobbene våre.

Vi er ikke enige i denne avgjørelsen. Ella har en storebror i Fjellstua, og det står i vedtektene at søsken skal prioriteres. Vi ber om at saken blir vurdert på nytt, og at hun får plass i Fjellstua fra august.

Vennlig hilsen
Sofie og Andreas Lund
""",
  notes="Appeal of a kindergarten placement decision without the word 'klage'.")

M("nb-of02", lang="nb", kind="formal", ftype="appeal", area="other",
  frm=("Harald Myhre", "harald.myhre@online.no"), to=PM, date="2026-02-23 12:02", client="outlook",
  subj="Tillegg til e-posten min om eiendomsskatt",
  body="""Hei igjen,

jeg viser til e-posten jeg sendte 14. januar om takseringen av Myhre gård, og til svaret fra eiendomsskattekontoret 18. februar.

Svaret endrer ikke noe for meg. Låven er ikke i bruk og har råte i hele nordveggen, og den er likevel taksert som om den var ny. Jeg ber derfor om at dette nå behandles som en formell klage på skattetaksten for 2026, og at den legges fram for klagenemnda.

Harald Myhre
gnr. 41 bnr. 3
""",
  notes="Appeal sent as an addition to an earlier message (not in this set).")

M("nb-of03", lang="nb", kind="formal", ftype="appeal", area="school",
  frm=("Kjersti Holm", "kjersti.holm@yahoo.no"), to=PM, date="2026-01-14 19:25",
  subj="Klage på vedtak om skoleskyss",
  body="""Hei.

Datteren min Emma (2. trinn) har fått avslag på gratis skoleskyss fordi vi bor 3,6 km fra skolen. Men veien hun må gå, Rv 460 fra Haugen til Fjordvik skole, har ikke fortau på en strekning på nesten en kilometer, og det er 80-sone og mye tungtransport.

Jeg klager på vedtaket og ber om at veien vurderes som særlig farlig, slik loven åpner for.

Kjersti Holm
Haugen 12
""",
  notes="Appeal with the keyword; has a follow-up addition later.")

M("nb-of04", lang="nb", kind="formal", ftype="appeal", area="roads_traffic",
  frm=("Per Kristian Bø", "pkbo@live.no"), to=PM, date="2026-01-29 17:48",
  subj="Gebyr Torget parkering",
  body="""Hei,

jeg fikk en parkeringsbot på Torget 27. januar kl. 10.15. Automaten var ute av drift (skjermen var svart), og jeg la en lapp i vinduet med tid og telefonnummer, slik skiltet sier man skal gjøre.

Jeg mener gebyret er ilagt feil og påklager det. Bilde av automaten og lappen ligger ved.

Per Kristian Bø
""",
  att=[{"name": "IMG_4411.png", "type": "png"}],
  notes="Appeal of a municipal parking charge ('påklager'), with a photo.")

M("nb-of05", lang="nb", kind="formal", ftype="application", area="roads_traffic",
  frm=("Vel Bakkeveien", "bakkeveien.vel@gmail.com"), to=PM, date="2026-03-02 18:10",
  subj="Gatefest 6. juni",
  body="""Hei!

Bakkeveien vel vil gjerne stenge Bakkeveien mellom nr. 2 og nr. 30 lørdag 6. juni fra kl. 12 til 22 for en gatefest for beboerne. Det blir grill, hoppeslott og musikk fram til kl. 21.

Vi setter opp sperrebukker og sørger for at utrykningskjøretøy kommer fram. Hva trenger dere fra oss for at dette kan godkjennes?

Hilsen styret i Bakkeveien vel
v/ Hilde Sørli
""",
  notes="Application for a road closure, phrased as 'vil gjerne' without 'søknad'.")

M("nb-of06", lang="nb", kind="formal", ftype="application", area="building_planning",
  frm=("Ole Martin Nes", "olemartin.nes@icloud.com"), to=PM, date="2026-03-05 07:55",
  subj="Levegg og platting",
  body="""Hei

Vi ønsker å sette opp en levegg på 1,8 meter og en platting på ca. 30 m2 i hagen, 2 meter fra grensen mot naboen i Steinbakken 9 (naboen har skrevet under på at det er greit). Plattingen blir 60 cm over bakken på det høyeste.

Tegning og naboens underskrift ligger ved. Vi ber om tillatelse til å bygge dette i april.

Ole Martin Nes
Steinbakken 11
""",
  att=[{"name": "platting_tegning.pdf", "type": "pdf", "title": "Platting og levegg",
        "content": ["Platting og levegg, Steinbakken 11", "", "Platting 5,0 x 6,0 m, hoyde maks 0,6 m over terreng.",
                    "Levegg 1,8 m, lengde 6,0 m, avstand til nabogrense 2,0 m.", "",
                    "Nabo Steinbakken 9 har ingen innvendinger: Kari Strand (signert)"]}],
  notes="Building application phrased 'ber om tillatelse', with a drawing in a PDF.")

M("nb-of07", lang="nb", kind="formal", ftype="application", area="waste",
  frm=("Bjørg Lie", "bjorg.lie@broadpark.no"), to=PM, date="2026-02-25 10:41", cs="iso-8859-1", client="roundcube",
  subj="Renovasjon på hytta i Lauvdalen",
  body="""Hei.

Hytta vår i Lauvdalen 14 har ikke vært brukt siden 2023. Taket lekker, det er ikke strøm der, og vi har ikke tenkt å bruke den før den er satt i stand, tidligst om to år.

Vi ber om å slippe hyttegebyret for renovasjon for 2026 og 2027.

Bjørg Lie
""",
  notes="Application for exemption from the waste fee ('ber om å slippe'); ISO-8859-1.")

M("nb-of08", lang="nb", kind="formal", ftype="other_formal", area="roads_traffic",
  frm=("Eirik Sandvik", "eirik.sandvik@gmail.com"), to=PM, date="2026-03-11 15:33",
  subj="Krav om erstatning etter skade på bil, Strandveien",
  body="""Hei.

Mandag 9. mars kl. 07.30 kjørte jeg ned i et dypt hull i Strandveien ved bussholdeplassen ved Coop. Hullet var fylt med vann og umulig å se. Felgen og dekket foran til høyre ble ødelagt.

Verkstedet har gitt et overslag på 8 640 kroner. Jeg krever at kommunen dekker dette, og legger ved overslaget og bilder.

Kontonummer for utbetaling: 1503.88.21456

Eirik Sandvik
""",
  att=[{"name": "overslag_verksted.pdf", "type": "pdf", "title": "Overslag",
        "content": ["Fjordvik Bilservice AS", "Overslag nr. 2026-118", "", "Felg 17\" original, 1 stk: 5 290,-",
                    "Dekk 225/45R17, 1 stk: 2 150,-", "Montering og avbalansering: 1 200,-", "", "Sum inkl. mva: 8 640,-"]},
       {"name": "hull_strandveien.png", "type": "png"}],
  notes="Claim for damages (other_formal); dotted bank account number is not an identity number.")

M("nb-of09", lang="nb", kind="formal", ftype="other_formal", area="building_planning",
  frm=("Strandparken velforening", "post@strandparken-vel.no"), to=PM, date="2026-03-16 20:40", client="outlook",
  subj="Merknader til planforslaget for Strandparken",
  body="""Til plan- og bygningsetaten

Vi viser til planforslaget for Strandparken som ligger ute til offentlig ettersyn med frist 20. mars.

Velforeningen har disse merknadene:

1. Byggehøyden på sju etasjer ved sjøfronten vil stenge utsikten for hele Strandveien og bryter med kommuneplanens føringer.
2. Gang- og sykkelveien langs sjøen må sikres som offentlig, ikke bare "tilgjengelig for allmennheten".
3. Trafikkanalysen er fra 2019 og tar ikke med den nye fergekaien.

Vi ber om at merknadene tas med i den videre behandlingen.

For styret
Mona Kvåle, leder
""",
  notes="Formal comments on a zoning plan in public consultation (other_formal).")
