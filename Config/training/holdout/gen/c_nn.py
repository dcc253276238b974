from lib import *

# ---------------------------------------------------------------- avvik
B = """Hei

Det har gått eit lite steinras over kommunevegen til Nesbygda, like etter brua ved Hjellefossen. Steinane ligg i køyrebana og ein av dei er på storleik med ein fotball. Eg køyrde forbi kl. 07 i dag og måtte nesten stoppe. Det er mørkt og svingete der, så dette er farleg.

Helsing
Ivar Bøe"""
M("nn_d01", lang="nn", kind="deviation", area="roads_traffic", frm=("Ivar Bøe", "ivar.boe@example.no"), to=PM,
  subj="Steinras på vegen til Nesbygda", date="2026-03-27 07:25", body=B, notes="Nynorsk deviation")
FU("nn_d01f", "nn_d01", threaded=None, date="2026-03-27 16:40", subj="Steinras Nesbygda - tillegg",
   body="""Hei att. Eg gløymde å skrive at det ser ut til å ha losna meir stein oppe i fjellsida. På heimveg no ligg det fleire steinar i grøfta enn i morges. Kanskje nokon bør sjå på skråninga òg.

Ivar Bøe""", notes="unthreaded Nynorsk follow-up the same day ('eg gløymde å skrive')")

B = """Hei!

Det fossar vatn opp frå asfalten i Bakkegata, ved krysset mot Kyrkjevegen. Det har halde på sidan i natt og det renn nedover heile gata og inn i kjellaren til naboen. Ser ut som eit leidningsbrot.

Ring meg om de treng meir info: 917 40 288

Mvh
Synnøve Hauge"""
M("nn_d02", lang="nn", kind="deviation", area="water_sewage", frm=("Synnøve Hauge", "synnove.hauge@gmail.com"), to=PM,
  subj="Vasslekkasje i Bakkegata", date="2026-02-02 06:58", fmt="html", cte="b64", body=B, notes="Gmail HTML-only, base64")

B = """Hei.

I går ettermiddag køyrde skulebussen frå Fjordvik skule før to av borna frå Nesbygda var komne ut. Dei er 7 og 9 år. Det var minus 8 grader og dei måtte stå og vente i over ein time på neste buss, utan at nokon sa frå til oss. Vi fekk vite det då dei kom heim og var iskalde.

Kven har ansvaret for at dette ikkje skjer? Skulen seier det er busselskapet, busselskapet seier det er kommunen.

Helsing
Marit og Olav Hjelle"""
M("nn_d03", lang="nn", kind="deviation", area="school", frm=("Marit Hjelle", "marit.hjelle@online.no"), to=PM,
  subj="Skulebussen køyrde frå borna", date="2026-01-13 20:30", client="thunderbird", body=B,
  notes="school-transport deviation; area school vs roads_traffic arguable")

B = """Til Fjordvik sjukeheim, avdeling 2

Far min, Hallvard Nes, har budd på avdeling 2 sidan i haust. Då eg besøkte han på søndag hadde han ikkje fått dusje på to veker, kleda lukta og han hadde eit sår på hælen som var raudt og hovent. Han har demens og kan ikkje seie frå sjølv. Pleiaren eg snakka med visste ikkje om såret.

Eg forstår at det er travelt, men dette er ikkje greitt. Eg ønskjer at nokon tek kontakt med meg og fortel kva som blir gjort med såret.

Med venleg helsing
Ragnhild Nes Solberg
tlf. 952 11 073"""
M("nn_d04", lang="nn", kind="deviation", area="health_care", sens=True, frm=("Ragnhild Nes Solberg", "ragnhild.nes.solberg@gmail.com"), to=PM,
  subj="Far min på avdeling 2", date="2026-11-08 21:12", body=B, notes="sensitive: dementia, wound, hygiene of a named resident")
NEAR("nn_d04n", "nn_d04", date="2026-11-16 19:05", subj_prefix="Påminning: ",
     prefix="Eg har ikkje høyrt noko frå dykk sidan sist. Sender på nytt.\n\n", repl=[("på søndag", "søndag 8. november")],
     notes="near duplicate (Nynorsk 'Påminning'), still sensitive")

B = """Gjenvinningsstasjonen på Myrane var stengd i dag kl. 14, sjølv om det står på nettsida at det er ope til 18 på torsdagar. Eg hadde lasta tilhengaren og tok fri frå jobb for å køyre dit. Ingen lapp på porten.

Einar Vik"""
M("nn_d05", lang="nn", kind="deviation", area="waste", frm=("Einar Vik", "einar.vik@example.no"), to=PM,
  subj="Stengd gjenvinningsstasjon", date="2026-05-14 15:02", client="android", body=B, notes="short Nynorsk deviation")

B = """Hei

På tur med Tussilago-avdelinga i Lia barnehage i dag var det berre to vaksne med 14 born, og dei gjekk langs bilvegen utan refleksvest på borna. Eg møtte dei i bil og fekk hjarta i halsen. Det står i planen at det skal vere minst tre vaksne på tur.

Eg ønskjer svar på kva som er rutinane.

Helsing Lene Brekke"""
M("nn_d06", lang="nn", kind="deviation", area="kindergarten", frm=("Lene Brekke", "lene.brekke@example.no"), to=PM,
  subj="Tur utan nok vaksne", date="2026-10-06 13:50", client="apple", body=B, notes="kindergarten safety deviation in Nynorsk")

# ---------------------------------------------------------------- framlegg
B = """Hei

Framlegg: Kan idrettshallen på Fjordvik ungdomsskule vere open for fri aktivitet fredagskveldane, til dømes 19–22? Mange ungdomar har ingenting å gjere, og det er ikkje alle som er med i eit lag. Nokre vaksne frå frivilligsentralen kan sikkert vere til stades.

Helsing
Arne Tveiten, FAU ungdomsskulen"""
M("nn_s01", lang="nn", kind="suggestion", area="culture_sports", frm=("Arne Tveiten", "arne.tveiten@example.no"), to=PM,
  subj="Framlegg: open hall fredagskveld", date="2026-09-21 20:10", body=B, notes="Nynorsk 'framlegg' = suggestion")

B = """Hei.

Det hadde vore fint om kommunen sette opp nokre ladestasjonar for elbil på parkeringsplassen ved rådhuset. I dag må vi køyre heilt til Fjordvik sentrum for å lade, og mange som kjem på møte i rådhuset står der fleire timar.

Helsing
Kjell Inge Sande"""
M("nn_s02", lang="nn", kind="suggestion", area="roads_traffic", frm=("Kjell Inge Sande", "kjellinge.sande@gmail.com"), to=PM,
  subj="Ladestasjon ved rådhuset", date="2026-04-09 11:38", body=B, notes="suggestion")
NEAR("nn_s02n", "nn_s02", date="2026-04-20 12:01", subj_new="Ladestasjon ved rådhuset - sender på nytt",
     repl=[("nokre ladestasjonar", "to-tre ladestasjonar")], notes="near duplicate: changed subject and a changed phrase")

B = """Hei

Eg har lagt merke til at fleire av skjemaa på nettsida til kommunen berre finst på bokmål, mellom anna søknad om barnehageplass og byggesøknadsskjemaet. Fjordvik er vel språknøytral, men mange av oss skriv nynorsk, og etter mållova har vi rett til å få skjema på eiga målform.

Framlegg: lag nynorskversjonar av dei mest brukte skjemaa, og ha ein knapp for å byte målform på nettsida.

Med venleg helsing
Torunn Lægreid"""
M("nn_s03", cs="windows-1252", lang="nn", kind="suggestion", area="other", frm=("Torunn Lægreid", "torunn.laegreid@example.no"), to=PM,
  subj="Nynorsk på nettsidene", date="2026-06-05 09:27", client="outlook", body=B, notes="suggestion mentioning søknad and mållova (trap)")

# ---------------------------------------------------------------- ros
B = """Hei

Vi vil berre seie takk til Fjordvik skule for ei kjempefin skuleavslutning i går. Borna hadde øvd inn songar og skodespel, og lærarane hadde ordna kafé og loddsal. Det var tydeleg at det var lagt ned mykje arbeid.

Takk!
Foreldre i 3. klasse v/ Solfrid"""
M("nn_p01", lang="nn", kind="praise", area="school", frm=("Solfrid Midtbø", "solfrid.midtbo@gmail.com"), to=PM,
  subj="Takk for skuleavslutninga", date="2026-06-19 08:45", body=B, notes="Nynorsk praise")

B = """Til heimesjukepleia

Mor mi, Gunvor Fjelde, kom heim frå sjukehuset i Førde etter hofteoperasjonen for tre veker sidan. Ho var redd for å vere aleine og for å dette igjen. De har kome morgon og kveld, hjelpt ho med strømpene og såret, og gjeve ho tryggleik til å gå med rullatoren. No går ho sjølv til postkassa.

Stor takk frå oss alle.

Helsing
Jorunn Fjelde"""
M("nn_p02", lang="nn", kind="praise", area="health_care", sens=True, frm=("Jorunn Fjelde", "jorunn.fjelde@online.no"), to=PM,
  subj="Takk", date="2026-08-10 18:20", body=B, notes="praise with mother's hip surgery and home care: sensitive")
FU("nn_p02f", "nn_p02", threaded=None, date="2026-08-11 09:15", subj="Takk til heimesjukepleia - namn",
   body="Hei igjen! Gløymde å nemne at det særleg var Anette og Kjartan som var der mest. Helsing Jorunn Fjelde",
   notes="unthreaded follow-up with names only; not itself sensitive")

B = """Den nye gangvegen langs Fjordvegen frå Kvitneset til skulen er fantastisk. No kan ungane sykle til skulen trygt. Takk til alle som har jobba med dette!

Helsing frå ein glad pappa
Leiv"""
M("nn_p03", lang="nn", kind="praise", area="roads_traffic", frm=("Leiv Rysstad", "leiv.rysstad@example.no"), to=PM,
  subj="Gangvegen", date="2026-09-09 07:55", client="iphone", body=B, notes="short praise")

# ---------------------------------------------------------------- spørsmål
B = """Hei

Eg har ei hytte ved sjøen i Nesbygda og vil gjerne setje ut ei lita flytebrygge, ca. 2 x 6 meter, festa med kjetting til land. Må eg søkje om løyve til det, og i så fall kven?

Helsing
Bjarte Kvåle"""
M("nn_q01", lang="nn", kind="question", area="building_planning", frm=("Bjarte Kvåle", "bjarte.kvale@gmail.com"), to=PM,
  subj="Flytebrygge", date="2026-05-05 21:14", body=B, notes="question with 'søkje om løyve' (trap)")

B = """Kvar kan eg levere gamle eternittplater frå eit uthus? Eg trur dei inneheld asbest. Tek gjenvinningsstasjonen imot dette, og må det pakkast på ein spesiell måte?

Mvh Oddvar"""
M("nn_q02", lang="nn", kind="question", area="waste", frm=("Oddvar Lid", "oddvar.lid@example.no"), to=PM,
  subj=None, date="2026-07-01 10:05", client="roundcube", body=B, notes="short question")

B = """Hei!

Kva kostar ein heil barnehageplass no, og får vi søskenmoderasjon når begge borna går i kvar sin kommunale barnehage? Vi har òg låg inntekt i år fordi eg tek utdanning. Finst det redusert pris då?

Helsing
Ingrid Skjeldal"""
M("nn_q03", lang="nn", kind="question", area="kindergarten", frm=("Ingrid Skjeldal", "ingrid.skjeldal@hotmail.com"), to=[PM, "barnehage@fjordvik.kommune.no"],
  subj="Pris barnehage og moderasjon", date="2026-03-16 19:02", body=B, notes="question; income remark is not social-care detail")
EXACT("nn_q03x", "nn_q03", mode="same_id", delay_min=3, second_box="barnehage@fjordvik.kommune.no",
      notes="exact duplicate: same message delivered to a unit mailbox as well")

B = """Når opnar påmeldinga til kulturskulen for hausten? Dottera mi vil gjerne byrje på fiolin. Er det venteliste?

Helsing Maren"""
M("nn_q04", fmt="html", lang="nn", kind="question", area="culture_sports", frm=("Maren Hovlid", "maren.hovlid@gmail.com"), to=PM,
  subj="Kulturskulen", date="2026-04-27 12:12", body=B, notes="question about culture school")

# ---------------------------------------------------------------- formelle
B = """Krav om innsyn

Eg ber om innsyn i alle dokument i saka om ny reguleringsplan for Kvitneset hamneområde (plan-ID 2025004), mellom anna innspel frå utbyggjar, referat frå oppstartsmøtet og korrespondanse med Statsforvaltaren.

Eg ber om svar på e-post.

Med venleg helsing
Helge Ramsdal"""
M("nn_a01", lang="nn", kind="formal", ftype="access_request", area="building_planning", frm=("Helge Ramsdal", "helge.ramsdal@example.org"), to=PM,
  subj="Krav om innsyn - plan Kvitneset", date="2026-08-24 08:30", client="thunderbird", body=B, notes="Nynorsk access request")
NEAR("nn_a01n", "nn_a01", date="2026-09-01 08:05", subj_prefix="Purring: ",
     prefix="Eg viser til kravet mitt om innsyn av 24. august og har enno ikkje fått svar.\n\n",
     notes="near duplicate: reminder line on top")

B = """Hei.

Eg var under omsorg av barnevernet i Fjordvik frå 2004 til 2010, då eg budde i fosterheim. Eg har lenge lurt på kvifor eg vart flytta frå mor mi, og eg har fått vite at eg kan få sjå mappa mi.

Eg vil gjerne få kopi av det de har skrive om meg i den tida. Kva må eg gjere for det?

Helsing
Sigve Aarheim"""
M("nn_a02", lang="nn", kind="formal", ftype="access_request", area="social_services", sens=True, frm=("Sigve Aarheim", "sigve.aarheim@gmail.com"), to=PM,
  subj="Mappa mi", date="2026-10-19 23:05", body=B,
  notes="request for own child-welfare file, phrased as a question; child-welfare history: sensitive")

B = """Søknad om skjenkeløyve for enkeltarrangement

Nesbygda Ungdomslag søkjer om skjenkeløyve for øl og vin på Nesbygda grendehus laurdag 15. august 2026 kl. 19.00–01.00, i samband med sommarfest med dans. Vi ventar ca. 150 gjester over 18 år.

Skjenkestyrar: Torbjørn Nesheim, f. 1979
Stedfortredar: Liv Heggen, f. 1985

Begge har bestått kunnskapsprøven.

Med venleg helsing
Nesbygda Ungdomslag"""
M("nn_ap01", lang="nn", kind="formal", ftype="application", area="other", frm=("Nesbygda Ungdomslag", "nesbygda.ul@example.org"), to=PM,
  subj="Søknad om skjenkeløyve 15. august", date="2026-06-29 14:44", body=B, notes="Nynorsk application for a liquor licence (other)")

B = """Søknad om reduksjon av faktura for vatn

Vi fekk ein lekkasje på innvendig røyr i kjellaren i vinter som vi ikkje oppdaga før etter fleire veker. Vassmålaren viste difor eit forbruk på 640 m³ for 2025, mot vanleg 150 m³. Vatnet har gått rett i sluket og ikkje belasta kloakknettet meir enn vanleg.

Vi søkjer om at vassgebyret for 2025 blir rekna ut frå normalt forbruk.

Med venleg helsing
Kari og Nils Haugland, Sætre 4"""
M("nn_ap02", lang="nn", kind="formal", ftype="application", area="water_sewage", frm=("Kari Haugland", "kari.haugland@example.no"), to=PM,
  subj="Søknad om reduksjon vassgebyr", date="2026-02-18 10:22", client="outlook", body=B, notes="Nynorsk application for fee reduction")
FU("nn_ap02f", "nn_ap02", threaded=None, date="2026-02-19 08:50", subj="Vassgebyr Sætre 4 - målarstand",
   body="""Hei

Som tillegg til søknaden min i går: målarnummeret er 07-33918, og målarstanden 1. januar 2025 var 2210 og 31. desember 2025 var 2850. Røyrleggjaren har gjeve oss ei stadfesting på lekkasjen som eg kan sende om de ønskjer.

Kari Haugland""", notes="unthreaded addition with meter readings")

M("nn_k01", lang="nn", kind="formal", ftype="appeal", area="building_planning",
  frm=("Øyvind Tjønn", "oyvind.tjonn@example.no"), to=PM, subj="Klage på vedtak – naust gnr. 31 bnr. 7", date="2026-09-15 22:01", client="outlook",
  body="""Hei

Vedlagt ligg klaga mi på vedtaket om avslag på dispensasjon for naust. Eg ber om stadfesting på at klaga er motteken innan fristen.

Helsing
Øyvind Tjønn""",
  att=[{"name": "Klage naust Tjønn.docx", "type": "docx", "content": [
      [("Klage på vedtak om avslag på dispensasjon – naust på gnr. 31 bnr. 7")],
      "Eg viser til vedtak av 28. august 2026, sak 26/01877, der kommunen avslo søknaden min om dispensasjon frå byggjeforbodet i 100-metersbeltet for oppføring av naust.",
      "Eg klagar på vedtaket, og grunngjev klaga slik:",
      "1. Det står allereie tre naust på same strandlinja, og det nye naustet vert plassert i rekkja med desse.",
      "2. Naustet skal nyttast til båt og fiskereiskap, ikkje til opphald.",
      "3. Kommunen har ikkje vurdert om vilkår kunne ha avhjelpt ulempene.",
      "Eg ber om at vedtaket vert gjort om.",
      "Øyvind Tjønn"]}],
  notes="the appeal text is only in the DOCX; subject has en dash")
FU("nn_k01f", "nn_k01", threaded=None, date="2026-09-18 17:30", subj="Tilleggsmerknad til klaga mi - naust",
   body="""Hei

I tillegg til klaga eg sende 15. september vil eg nemne at grunneigaren på nabotomta har skrive under på at han ikkje har merknader til naustet. Eg kan ettersende fråsegna.

Helsing
Øyvind Tjønn""", notes="appeal addition without threading headers")

B = """Klage på vedtak om avlasting

Eg klagar på vedtaket frå tildelingskontoret om å redusere avlastinga for sonen min, Eirik (11 år), frå to til éin helg i månaden.

Eirik har ein sjeldan kromosomfeil, epilepsi og treng tilsyn heile døgeret, også om natta. Eg er åleine med han og to småsysken. Eg søv sjeldan meir enn fire timar om natta, og fastlegen har sagt at eg står i fare for å gå heilt tom. Avlastingshelgane er dei einaste gongane eg får kvile.

Eg ber om at vedtaket vert endra tilbake til to helger i månaden.

Med venleg helsing
Hilde Vågen"""
M("nn_k02", lang="nn", kind="formal", ftype="appeal", area="social_services", sens=True, frm=("Hilde Vågen", "hilde.vagen@gmail.com"), to=PM,
  subj="Klage på vedtak - avlasting", date="2026-12-07 21:45", body=B, notes="appeal with child's diagnoses and parent's health: sensitive; area social vs health arguable")

M("nn_o01", lang="nn", kind="formal", ftype="other_formal", area="building_planning",
  frm=("Kvitneset Grendalag", "kvitneset.grendalag@example.org"), to=PM, subj="Merknad til varsel om oppstart - Kvitneset hamneområde",
  date="2026-03-03 19:40", client="roundcube",
  body="""Hei

Vedlagt er merknaden frå Kvitneset Grendalag til varsel om oppstart av planarbeid for Kvitneset hamneområde. Fristen er 5. mars.

Helsing
Styret""",
  att=[{"name": "merknad_kvitneset_grendalag.pdf", "type": "pdf", "title": "Merknad til oppstart", "content": [
      "Merknad til varsel om oppstart av reguleringsplan for Kvitneset hamneområde (plan-ID 2025004)",
      "",
      "Kvitneset Grendalag har følgjande merknader:",
      "1. Badeplassen ved Svartberget må sikrast som friområde i planen.",
      "2. Auka tungtrafikk gjennom bygda må utgreiast, særleg med tanke på skulevegen.",
      "3. Vi ber om at det vert halde eit ope møte i grendehuset før planforslaget vert lagt ut.",
      "",
      "For styret i Kvitneset Grendalag",
      "Turid Sunde, leiar"]}],
  notes="formal hearing statement (other_formal) in PDF attachment; a different sender from the access request on the same plan")
