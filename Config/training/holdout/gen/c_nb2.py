from lib import *

# ---------------------------------------------------------------- deviations
M("nb_d13", lang="nb", kind="deviation", area="roads_traffic", frm=("Kåre Lindahl", "kare.lindahl@gmail.com"), to=[PM, DIALOG],
  subj=None, date="2026-11-17 17:21", body="gatelyset utenfor Storgata 31 og 33 har vært mørkt i en uke. mørkt og glatt for de som går der",
  notes="one line, no subject, no capitals")
EXACT("nb_d13x", "nb_d13", mode="same_id", delay_min=1, second_box="dialog@fjordvik.kommune.no",
      notes="exact duplicate: sent to two mailboxes at once, identical Message-ID")

B = """Hei

Melder avvik på Nordre skole, klasserom 204 (7. trinn):

Ventilasjonen har vært ute av drift siden høstferien. Temperaturen i rommet har vært opp mot 27 grader på ettermiddagen, og CO2-måleren viser over 1800 ppm etter to skoletimer. Flere elever klager over hodepine og det er vanskelig å holde konsentrasjonen. Vi har meldt det til vaktmester og i internkontrollsystemet, men har ikke fått noen tilbakemelding.

Jeg ber om at eiendomsavdelingen prioriterer dette.

Med hilsen
Helge Fjeld
lærer 7. trinn, Nordre skole
Fjordvik kommune"""
M("nb_d14", lang="nb", kind="deviation", area="school", frm=("Helge Fjeld", "helge.fjeld@fjordvik.kommune.no"), to=PM,
  subj="Avvik: ventilasjon rom 204 Nordre skole", date="2026-10-29 14:05", client="outlook", body=B,
  notes="deviation from an employee; headache is general, not about a named person")
NEAR("nb_d14n", "nb_d14", date="2026-11-09 08:12", subj_prefix="PURRING ",
     prefix="Har fortsatt ikke hørt noe. Sender på nytt.\n\n", repl=[("opp mot 27 grader", "opp mot 28 grader")],
     notes="near duplicate: PURRING in capitals, new first line, one number changed")

B = """Hei, jeg heter Paweł og bor Industrivegen 12 leilighet 3.
Min søppel kasse for plast er ødelagt, lokk er borte siden storm i forrige uke. Nå vind tar plast rundt hele gata og naboer sint på meg. Jeg ringte men ingen svarte.
Kan dere levere ny kasse eller lokk?
Takk
Paweł Zieliński"""
M("nb_d15", lang="nb", kind="deviation", area="waste", frm=("Paweł Zieliński", "pawel.zielinski@gmail.com"), to=PM,
  subj="ødelagt søppel kasse", subj_enc="raw", date="2026-01-06 19:40", body=B, notes="second-language writer, broken grammar, Polish letters in name (encoded From)")

B = """Hei

Æ må bare si fra om legevakta på fredag kveld. Vi kom inn med vesle Emil (2 år) som hadde over 40 i feber og hadde hatt feberkramper hjemme, han var helt slapp og vi var livredde. Vi blei sittende på venterommet i nesten tre timer uten at nån så på han. Det var ingen som spurte om han hadde det verre heller.

Til slutt fikk vi komme inn og legen sa det var bra vi kom, han fikk antibiotika for lungebetennelse. Men tre timer med et sånt sykt barn er ikkje greit.

Hilsen Tone"""
M("nb_d16", lang="nb", kind="deviation", area="health_care", sens=True, frm=("Tone Lyngstad", "tone.lyngstad@hotmail.com"), to=PM,
  subj="Ventetid legevakta", date="2026-02-15 10:48", body=B, notes="dialect spellings (æ, blei, nån, ikkje); child's illness: sensitive")
FU("nb_d16f", "nb_d16", threaded="direct", date="2026-02-15 11:03", subj="SV: Ventetid legevakta",
   body="Glemte å si at det var fredag 13. februar, vi kom ca kl 19.\n\nTone\n\n________________________________\nFra: Tone Lyngstad <tone.lyngstad@hotmail.com>\nSendt: søndag 15. februar 2026 10:48\nTil: postmottak@fjordvik.kommune.no\nEmne: Ventetid legevakta\n\n" + B,
   sens=True, notes="threaded follow-up (In-Reply-To own message) quoting the full original: still sensitive")

B = """Til sosialtjenesten ved NAV Fjordvik

Jeg vil klage på hvordan jeg ble behandlet da jeg var på NAV-kontoret 2. mars for å levere søknad om nødhjelp. Jeg har vært uten inntekt siden desember og har to barn boende hos meg annenhver uke. Veilederen sa høyt i skranken, så alle på venterommet hørte det, at jeg "måtte selge bilen først" og at jeg hadde fått avslag før. Jeg følte meg ydmyket.

Jeg ønsker at dette blir tatt opp med den ansatte. Jeg ønsker også å få svar på søknaden min som jeg leverte den dagen.

Fødselsnummer: {f}

Stein Ove Pettersen""".format(f=fnr("220483", 307))
M("nb_d17", lang="nb", kind="deviation", area="social_services", sens=True, frm=("Stein Ove Pettersen", "steinove.p@outlook.com"), to=PM,
  subj="Klage på behandling ved NAV", date="2026-03-04 09:20", body=B,
  notes="complaint about treatment (deviation), mentions a pending application; fødselsnummer and financial-aid details: sensitive")

B = """Lysløypa rundt Fjordvikvatnet har vært mørk hele helga, og sporene er ikke kjørt siden forrige søndag. Det står på nettsiden at løypene kjøres to ganger i uka. Mange som bruker løypa etter jobb.

Mvh Kristian Ødegård"""
M("nb_d18", lang="nb", kind="deviation", area="culture_sports", frm=("Kristian Ødegård", "kristian.odegard@example.no"), to=PM,
  subj="Lysløypa", date="2026-01-19 08:07", client="roundcube", cs="iso-8859-1", cte="qp", subj_enc="q", subj_cs="iso-8859-1",
  body=B, notes="ISO-8859-1 quoted-printable body and subject")
NEAR("nb_d18n", "nb_d18", date="2026-01-26 07:55", repl=[("hele helga", "hele helga igjen"), ("siden forrige søndag", "siden 17. januar")],
     notes="near duplicate a week later: same text, two small edits, same subject")

# ---------------------------------------------------------------- suggestions
B = """Hei!

Jeg går tur langs Elvestien nesten hver dag. Det er en flott sti, men det er ingen benker på hele strekningen fra brua til sagbruket, ca. 2,5 km. For oss eldre hadde det vært fint med et par benker å hvile på underveis. Kanskje pensjonistforeningen kan hjelpe til med å sette dem opp?

Vennlig hilsen
Gudrun Aalvik (78)"""
M("nb_s09", lang="nb", kind="suggestion", area="roads_traffic", frm=("Gudrun Aalvik", "gudrun.aalvik@gmail.com"), to=PM,
  subj="Benker langs Elvestien", date="2026-06-16 10:34", body=B, notes="suggestion, age given but no health details; path = roads/trails area arguable")

B = """Hei

Mange kommuner har innført gratis skolefrokost eller et enkelt måltid på skolen. Jeg er lærer selv og ser at en del elever kommer på skolen uten å ha spist. Kunne ikke Fjordvik prøve ut dette på ungdomsskolen, for eksempel havregrøt før første time?

Mvh Sunniva Kleppe"""
M("nb_s10", lang="nb", kind="suggestion", area="school", frm=("Sunniva Kleppe", "sunniva.kleppe@example.no"), to=PM,
  subj="Skolefrokost", date="2026-09-03 21:00", client="apple", body=B, notes="suggestion")
FU("nb_s10f", "nb_s10", threaded=None, date="2026-09-04 06:45", subj="Skolefrokost - et tillegg",
   body="""Glemte å nevne i går: Frivilligsentralen har sagt at de kan stille med folk to morgener i uka hvis kommunen tar kostnaden til mat. Det kan gjøre det billigere å prøve.

Sunniva""", notes="unthreaded addition next morning ('glemte å nevne i går')")

B = """hei. vi er en gjeng på 14-15 år som skater og det finnes ingen skatepark i fjordvik. vi skater på parkeringsplassen bak rådhuset og blir jaget vekk hele tida. kunne kommunen laget en liten park med noen ramper og rails?? det er masse plass på den gamle grusbanen ved ungdomsskolen. vi kan hjelpe til å bygge

mvh Sander og resten av gjengen"""
M("nb_s11", lang="nb", kind="suggestion", area="culture_sports", frm=("Sander", "sanderskate09@gmail.com"), to=PM,
  subj="skatepark", date="2026-05-21 16:55", body=B, notes="teenager register, lowercase")
NEAR("nb_s11n", "nb_s11", date="2026-06-02 15:12", subj_new="skatepark!!",
     repl=[("vi kan hjelpe til å bygge", "vi kan hjelpe til å bygge. har ikke fått svar på forrige mail")],
     notes="near duplicate: subject with !!, one sentence added at the end")

B = """Hei,

Forslag: kan kommunestyremøtene strømmes med automatisk teksting? I dag er det bare lyd av dårlig kvalitet, og for oss som hører dårlig er det umulig å følge med. Mange andre kommuner har teksting. Opptakene bør også ligge ute etterpå.

Mvh
Jostein Fagerli"""
M("nb_s12", lang="nb", kind="suggestion", area="other", frm=("Jostein Fagerli", "jostein.fagerli@online.no"), to=PM,
  subj="=?UTF-8?Q?Str=C3=B8mming_av_kommunestyret?=".replace("=?UTF-8?Q?Str=C3=B8mming_av_kommunestyret?=", "Strømming av kommunestyret"),
  subj_enc="b", date="2026-04-14 19:25", client="thunderbird", body=B,
  notes="'hører dårlig' is a general remark, not health details; UTF-8 B-encoded subject")

# ---------------------------------------------------------------- praise
B = """Hei!

Vi vil takke Lia barnehage, avdeling Ekorn, for en fin tilvenning for Ola. Han har aldri vært borte fra oss før, og vi var spente. De ansatte tok seg tid, sendte bilder den første uka og ringte oss da han hadde sovnet i vogna. Nå løper han inn om morgenen.

Tusen takk!
Hilde og Kristoffer"""
M("nb_p07", lang="nb", kind="praise", area="kindergarten", frm=("Hilde Sunde", "hilde.sunde@example.no"), to=PM,
  subj="Takk til Lia barnehage", date="2026-09-01 20:45", client="android", body=B, notes="praise, base64 body")
FU("nb_p07f", "nb_p07", threaded=None, date="2026-09-02 07:30", subj="Takk til Lia barnehage - navn",
   body="Hei igjen, de ansatte vi særlig vil takke er Mari og Erlend på Ekorn. Fint om de får beskjed. Hilde Sunde",
   notes="unthreaded follow-up adding names")

B = """Hei,

Jeg heter Olena og kom til Fjordvik fra Kharkiv i 2023. Jeg vil si stor takk til flyktningtjenesten og spesielt til Ingrid. Hun hjalp oss med alt, med bolig, skole for barna og norskkurs. Nå har jeg fått fast jobb på sykehjemmet som assistent og vi klarer oss selv. Uten dere det var ikke mulig.

Med vennlig hilsen
Olena Kovalenko"""
M("nb_p08", lang="nb", kind="praise", area="social_services", frm=("Olena Kovalenko", "olena.kovalenko@gmail.com"), to=PM,
  subj="Takk", date="2026-12-03 18:10", body=B,
  notes="second-language writer; mentions working at a nursing home (trap: not care details)")

B = """Til byggesaksavdelingen

Bare en liten takk: vi sendte søknad om tilbygg 2. mars og fikk vedtak 19. mars. Saksbehandler Line ringte og forklarte hva som manglet i stedet for å sende søknaden i retur. Det setter vi stor pris på.

Vennlig hilsen
Trond og Mette Hagen"""
M("nb_p09", lang="nb", kind="praise", area="building_planning", frm=("Trond Hagen", "trond.hagen@example.no"), to=PM,
  subj="Takk for rask behandling", date="2026-03-20 12:40", client="outlook", body=B, notes="praise mentions an application (trap)")

B = """Hei,

Vil bare gi en stor ros til Servicetorget. Jeg kom innom for å få hjelp med å logge inn på Min side, og damen i skranken brukte nesten en halvtime på å hjelpe meg uten å vise det minste tegn til utålmodighet.

Med vennlig hilsen

Harald Nygård
Seniorrådgiver
Nordlys Regnskap AS
Tlf: 71 23 45 67 | www.nordlys-regnskap.example.no

Denne e-posten kan inneholde konfidensiell informasjon og er kun ment for mottakeren. Dersom du har mottatt e-posten ved en feil, vennligst gi beskjed til avsender og slett e-posten."""
M("nb_p10", lang="nb", kind="praise", area="other", frm=("Harald Nygård", "harald.nygard@nordlys.example.no"), to=PM,
  subj="Ros til Servicetorget", date="2026-08-12 11:08", client="outlook", body=B,
  notes="praise with corporate signature and confidentiality disclaimer (not sensitive)")

# ---------------------------------------------------------------- questions
B = """Hei

Tilbyr helsestasjonen HPV-vaksine til voksne, eller må man gå til fastlegen? Og hva koster det i så fall?

Mvh Julie"""
M("nb_q11", lang="nb", kind="question", area="health_care", frm=("Julie Strøm", "julie.strom@outlook.com"), to=PM,
  subj="HPV-vaksine", date="2026-05-28 12:30", body=B, notes="trap: vaccination question without personal health details")

B = """Hei

Sønnen min Jonas begynner i 1. klasse og på SFO til høsten. Han har diabetes type 1 og bruker insulinpumpe og sensor. Han må ha hjelp til å telle karbohydrater til måltidene og noen må kunne reagere hvis blodsukkeret blir lavt.

Hvordan er dette organisert på SFO på Fjordvik barneskole? Får de ansatte opplæring, og hvem skal vi snakke med før oppstart?

Mvh Silje Rød"""
M("nb_q12", lang="nb", kind="question", area="school", sens=True, frm=("Silje Rød", "silje.rod@gmail.com"), to=PM,
  subj="Diabetes og SFO", date="2026-06-11 22:14", body=B, notes="question containing child's diagnosis: sensitive")
NEAR("nb_q12n", "nb_q12", date="2026-06-24 21:05", subj_prefix="Påminnelse: ",
     prefix="Hei, jeg har ikke fått svar på dette og skolestart nærmer seg.\n\n", notes="near duplicate: Påminnelse with new first line; still sensitive")

B = """Hei. Er Gamle Kirkevei kommunal vei eller privat? Det er store hull og vi vet ikke hvem vi skal ringe. Velforeningen sier kommunen, kommunen sa forrige gang at det var privat.

Mvh Rune"""
M("nb_q13", lang="nb", kind="question", area="roads_traffic", frm=("Rune Hjelmeland", "rune.hjelmeland@example.no"), to=PM,
  subj="Hvem eier Gamle Kirkevei?", date="2026-04-24 07:31", client="android", body=B, notes="question mixed with a deviation")
EXACT("nb_q13x", "nb_q13", mode="resend", date="2026-04-25 07:40", notes="exact duplicate: same body from the same sender the next day, new Message-ID")

B = """Hei,

Hvordan melder jeg inn vannmåleravlesningen i år? Lenken i brevet fungerer ikke, den går til en side som sier "siden finnes ikke".

Målernummer 0412-7781, Myrveien 4.

Hilsen
Torill Bakke"""
M("nb_q14", lang="nb", kind="question", area="water_sewage", frm=("Torill Bakke", "torill.bakke@gmail.com"), to=PM,
  subj="Avlesning av vannmåler", date="2026-12-01 09:45", body=B, notes="question; meter number is not an id")
FU("nb_q14f", "nb_q14", threaded="via", date="2026-12-02 13:20", subj="Re: Avlesning av vannmåler",
   body="""Takk for svar. Jeg har nå lagt inn avlesningen på Min side: 1283 kubikk. Håper det kom fram.

Torill

Den ons. 2. des. 2026 kl. 10:05 skrev Fjordvik kommune <postmottak@fjordvik.kommune.no>:
> Hei Torill,
> Lenken var dessverre feil i brevet. Du kan melde avlesningen på Min side
> under «Mine eiendommer», eller svare på denne e-posten med målerstanden.
>
> Med vennlig hilsen
> Servicetorget, Fjordvik kommune""", notes="threaded reply to the municipality's answer; References holds the original Message-ID")

# ---------------------------------------------------------------- formal: access requests
B = """Innsynsbegjæring

Med hjemmel i offentleglova ber jeg om innsyn i:

1. Kontrakten mellom Fjordvik kommune og renovasjonsselskapet for innsamling av husholdningsavfall fra 2025.
2. Tilbudene som kom inn i konkurransen, med evaluering.
3. Eventuelle avviksrapporter fra 2025 og 2026.

Jeg er kjent med at deler kan unntas etter § 13 jf. fvl. § 13 (forretningshemmeligheter), og ber i så fall om meroffentlighetsvurdering.

Vennlig hilsen
Marius Hegge"""
M("nb_a07", lang="nb", kind="formal", ftype="access_request", area="waste", frm=("Marius Hegge", "marius.hegge@example.org"), to=PM,
  subj="Innsynsbegjæring - renovasjonskontrakt", date="2026-10-05 08:42", body=B, notes="formal access request citing § 13 (trap: legal § reference, not sensitive)")
NEAR("nb_a07n", "nb_a07", date="2026-10-15 09:10", subj_prefix="Purring - ",
     repl=[("Innsynsbegjæring\n", "Innsynsbegjæring (sendt 5. oktober, ikke besvart)\n")],
     notes="near duplicate: reminder marked in first line and subject")

M("nb_a08", lang="nb", kind="formal", ftype="access_request", area="health_care", sens=True,
  frm=("Hanna Lie", "hanna.lie@online.no"), to=PM, subj="Begjæring om kopi av journal", date="2026-07-22 14:00", client="thunderbird",
  body="""Hei

Vedlagt følger begjæring om innsyn i egen journal fra legevakten og helsestasjonen. Jeg ber om at svaret sendes i posten til adressen i brevet, ikke på e-post.

Hanna Lie""",
  att=[{"name": "begjaering_innsyn_journal.pdf", "type": "pdf", "title": "Begjæring om innsyn", "content": [
      "Begjæring om innsyn i egen pasientjournal",
      "",
      "Jeg ber om innsyn i og kopi av min journal fra Fjordvik legevakt og helsestasjon,",
      "jf. pasient- og brukerrettighetsloven § 5-1.",
      "",
      "Navn: Hanna Lie",
      "Fødselsnummer: %s" % fnr("090395", 226),
      "Adresse: Kaiveien 3 B, 6520 Fjordvik",
      "",
      "Periode: 2019 til i dag.",
      "",
      "Fjordvik, 21. juli 2026",
      "Hanna Lie"]}],
  notes="access to own health record; the fødselsnummer is only in the PDF attachment")

B = """Hei,

Jeg gikk på Fjordvik ungdomsskole 2009–2012. Jeg ber om et registerutdrag over hvilke opplysninger om meg som fortsatt er lagret hos kommunen fra skoletiden, både i elevarkiv og i fagsystemer. Jeg ber også om å få vite hvor lenge dere har tenkt å lagre dette.

Mitt navn da var Ida Marie Solberg (i dag Ida Marie Solberg Aune), født 1996.

Mvh
Ida Marie Solberg Aune"""
M("nb_a09", lang="nb", kind="formal", ftype="access_request", area="school", frm=("Ida Marie Solberg Aune", "idamarie.aune@gmail.com"), to=PM,
  subj="Registerutdrag", date="2026-11-24 20:33", body=B, notes="request for own data using 'registerutdrag'; only birth year")

# ---------------------------------------------------------------- formal: applications
B = """Søknad om kommunal bolig

Jeg søker om kommunal utleiebolig. Jeg ble separert i januar og har bodd hos en venn siden da. Jeg har vært sykmeldt siden i fjor høst på grunn av depresjon og er nå på arbeidsavklaringspenger, så jeg får ikke lån i banken. Jeg har en datter på 9 år som skal bo hos meg halve tiden, så jeg trenger minst to soverom.

Jeg kan flytte inn med en gang.

Med vennlig hilsen
Geir Arne Tveit
tlf. 46 81 22 09"""
M("nb_ap06", lang="nb", kind="formal", ftype="application", area="social_services", sens=True, frm=("Geir Arne Tveit", "geirarne.tveit@gmail.com"), to=PM,
  subj="Søknad kommunal bolig", date="2026-02-25 13:13", body=B, notes="application with mental-health and benefits details: sensitive")
FU("nb_ap06f", "nb_ap06", threaded=None, date="2026-02-26 09:02", subj="kommunal bolig - Geir Arne Tveit",
   body="""Hei, en ting jeg glemte å skrive i søknaden i går: jeg har hund (liten, 8 kg). Håper det går an. Geir Arne""",
   notes="unthreaded addition to an application; adds a non-sensitive detail")

M("nb_ap07", lang="nb", kind="formal", ftype="application", area="roads_traffic",
  frm=("Fjordvik Graveservice AS", "post@graveservice.example.no"), to=PM, subj="Søknad om gravetillatelse - Elvegata 19", date="2026-08-31 07:10",
  client="outlook",
  body="""Hei

Vi søker om gravetillatelse i kommunal vei for tilkobling av fiber til Elvegata 19. Detaljer i vedlagt fil.

Mvh
Roger Hovde
Fjordvik Graveservice AS""",
  att=[{"name": "gravemelding_elvegata19.txt", "type": "txt", "cs": "iso-8859-1", "content": """GRAVEMELDING / SØKNAD OM GRAVETILLATELSE

Tiltakshaver: Fjordvik Graveservice AS (org.nr 915 882 301)
Ansvarlig: Roger Hovde, tlf 905 12 448
Sted: Elvegata 19, fortau og 1,5 m av kjørebane
Arbeid: grøft 0,4 x 0,8 m, lengde 14 m, fiberrør
Periode: 14.09.2026 - 18.09.2026
Trafikkavvikling: manuell dirigering ved behov, arbeidsvarslingsplan vedlegges ettersendt
"""}],
  notes="application details in an ISO-8859-1 .txt attachment")

M("nb_ap08", lang="nb", kind="formal", ftype="application", area="building_planning",
  frm=("Lars Ødegård", "lars.odegard@example.no"), to=PM, subj="Søknad om dispensasjon – garasje i byggegrense", date="2026-05-11 21:30",
  client="outlook", fmt="html", cs="windows-1252", subj_enc="b",
  body="""Til Fjordvik kommune, plan og bygg

Jeg søker om dispensasjon fra byggegrensen mot kommunal vei i reguleringsplanen for Lia boligfelt, for å sette opp en garasje på 38 m² på gnr. 17 bnr. 204 (Lia 33).

Garasjen vil ligge 3 meter fra vegkant i stedet for 5 meter. Tomta er bratt, og dette er det eneste flate stedet. Statens vegvesen har ingen merknader, se e-post videresendt tidligere.

Nabovarsel er sendt 30. april uten merknader.

Med vennlig hilsen
Lars Ødegård
Lia 33""", notes="Outlook HTML-only in windows-1252, base64 subject with en dash")

# ---------------------------------------------------------------- formal: appeal
B = """Klage på vedtak om barnehageplass

Vi har fått tilbud om plass i Fjellheim barnehage for vår datter Mia fra august. Vi søkte Solbakken som førsteprioritet, som ligger 400 meter fra hjemmet vårt, og har et eldre søsken der. Fjellheim ligger 9 km unna i motsatt retning av jobbene våre.

Vi klager på vedtaket og viser til at søskenprioritet står i opptaksreglene. Vi tar imot plassen i Fjellheim i mellomtiden, men ønsker overføring til Solbakken så snart som mulig.

Med vennlig hilsen
Ane og Thomas Rød"""
M("nb_k05", lang="nb", kind="formal", ftype="appeal", area="kindergarten", frm=("Ane Rød", "ane.rod@example.no"), to=PM,
  subj="Klage på opptak - Mia Rød", date="2026-04-30 16:25", body=B, notes="appeal against an admission decision")
NEAR("nb_k05n", "nb_k05", date="2026-05-12 19:48", subj_new="Klage på opptak - Mia Rød (sendt 30.4)",
     prefix="Vi har ikke fått bekreftelse på at klagen er mottatt, så vi sender den igjen.\n\n",
     notes="near duplicate of an appeal: new first line and subject")

# ---------------------------------------------------------------- formal: other
B = """Oppsigelse av SFO-plass

Vi sier med dette opp SFO-plassen til Nora Berg, 2B på Fjordvik barneskole. Hun skal gå hjem sammen med storebror etter skolen fra nå av.

Mvh
Vegard Berg"""
M("nb_o02", lang="nb", kind="formal", ftype="other_formal", area="school", frm=("Vegard Berg", "vegard.berg@gmail.com"), to=PM,
  subj="Oppsigelse SFO", date="2026-06-01 08:20", body=B, notes="formal notice (termination of after-school place): other_formal")
FU("nb_o02f", "nb_o02", threaded=None, date="2026-06-01 12:44", subj="Oppsigelse SFO - Nora Berg",
   body="Hei, glemte å skrive dato: siste dag på SFO blir 30. juni. Vegard Berg", notes="unthreaded addition the same day adding the last date")
