"""Linking dev set: Norwegian nynorsk (nn). Every text written by hand for this set."""
from lib import *

# ---------------------------------------------------------------- nn01 guard rail Elvebrua
M("L-nn01", lang="nn", kind="deviation", area="roads_traffic",
  frm=("Sigrid Haugland", "sigrid.haugland@gmail.com"), to=PM, client="gmail",
  date="2026-02-09 07:55", subj="Øydelagt rekkverk ved Elvebrua",
  body="""Hei

Rekkverket på austsida av Elvebrua er øydelagt etter at ein bil køyrde inn i det i helga. Det heng ut over gangvegen og det er fleire meter utan rekkverk no. Ungane går over her til skulen kvar dag.

Kan de sperre det av i alle fall til det vert reparert?

Helsing Sigrid Haugland
""", notes="original")

FU("L-nn01-fu", "L-nn01", date="2026-02-10 16:30", subj="Elvebrua",
   body="""Eg gløymde å skrive at det òg ligg glasbitar og bilrestar på gangvegen på brua. Nokon bør feie der.
Sigrid
""", notes="follow-up without threading headers, next day")

NEAR("L-nn01-n1", "L-nn01", date="2026-02-12 21:00", subj_prefix="Påminning: ",
     prefix="Sender dette ein gong til sidan eg ikkje har fått svar. No har nokon lagt ein pall der, men det er framleis ope.\n\n",
     notes="near duplicate: re-sent with 'Påminning:' and an update line on top")

M("L-nn-hn01", lang="nn", kind="deviation", area="roads_traffic",
  frm=("Sigrid Haugland", "sigrid.haugland@gmail.com"), to=PM, client="gmail",
  date="2026-02-17 19:12", subj="Gatelys Skulevegen",
  body="""Hei igjen
Det er tre gatelys som ikkje verkar i Skulevegen, mellom butikken og kyrkja. Det har vore slik sidan før jul.
Sigrid Haugland
""", notes="hard negative: same sender and area as the Elvebrua guard-rail report eight days earlier and opens with 'Hei igjen', but a different matter")

# ---------------------------------------------------------------- nn02 school transport question
M("L-nn02", lang="nn", kind="question", area="school",
  frm=("Øystein Myklebust", "oystein.myklebust@online.no"), to=PM, client="thunderbird", cs="iso-8859-1",
  date="2026-03-03 20:10", subj="Skuleskyss for sonen min frå hausten",
  body="""Hei.

Sonen min Lars byrjar i 1. klasse på Nordby skule til hausten. Vi bur på Myklebust, om lag 3,5 km frå skulen, og det er ikkje fortau langs heile vegen. Har han rett på skuleskyss, og må vi søkje om det sjølve eller går det automatisk?

Helsing
Øystein Myklebust
Myklebustvegen 40
""", notes="original")

FU("L-nn02-fu", "L-nn02", date="2026-03-04 07:40", subj="Skuleskyss - feil adresse",
   body="""Ser at eg skreiv feil adresse i går. Det er Myklebustvegen 14, ikkje 40. Då blir det vel nærare 4 km.

Øystein
""", notes="follow-up without threading headers: corrects the address")

M("L-nn-hn04", lang="nn", kind="deviation", area="school",
  frm=("Jorunn Skare", "jorunn.skare@gmail.com"), to=PM, client="android",
  date="2026-03-05 08:45", subj="Tillegg til meldinga mi",
  body="""Hei, tillegg til meldinga mi i går om skuleskyssen: bussen kom ti minutt for seint i dag òg, og ungane stod ute i regnet utan leskur.
Jorunn Skare
""", notes="hard negative: reads like a follow-up and is about school transport like Øystein Myklebust's question, but from a different sender whose earlier message is not in this set")

# ---------------------------------------------------------------- nn03 swimming hall suggestion
M("L-nn03", lang="nn", kind="suggestion", area="culture_sports",
  frm=("Ragnhild Vangsnes", "ragnhild.vangsnes@hotmail.com"), to=PM,
  date="2026-03-16 12:20", subj="Opningstider i symjehallen",
  body="""Hei!

Eg vil foreslå at symjehallen på Fjordvik har ope for publikum nokre morgonar i veka, til dømes frå kl. 06.30 før jobb. No er det berre ope på kveldane og i helgane, og då er det fullt av kurs og klubbtrening.

Fleire av oss som symjer fast hadde sett stor pris på dette. Eg trur det hadde vore nok med to morgonar, tysdag og torsdag.

Helsing Ragnhild Vangsnes
""", notes="original")

M("L-nn-hn02", lang="nn", kind="praise", area="culture_sports",
  frm=("Ragnhild Vangsnes", "ragnhild.vangsnes@hotmail.com"), to=PM,
  date="2026-03-23 17:30", subj="Ros til symjeinstruktøren",
  body="""Vil berre seie at Tone som har babysymjinga på laurdagane er heilt fantastisk. Vesle Ida har gått frå å gråte til å elske vatnet. Takk!
Ragnhild
""", notes="hard negative: same sender and same facility as the morning-swim suggestion a week earlier, a different matter (praise)")

NEAR("L-nn03-n1", "L-nn03", date="2026-03-26 19:45", to=DIALOG, subj_new="Forslag: morgonsymjing",
     repl=[("Fleire av oss som symjer fast hadde sett stor pris på dette. Eg trur det hadde vore nok med to morgonar, tysdag og torsdag.",
            "Eg trur det hadde vore nok med to morgonar, tysdag og torsdag. Fleire av oss som symjer fast hadde sett stor pris på dette, og eg har snakka med mange i garderoben som meiner det same.")],
     notes="near duplicate: sent again to dialog@ with a new subject, two sentences swapped and one extended")

# ---------------------------------------------------------------- nn04 water leak (threaded reply, exact copy)
NN04_BODY = """Hei
Det renn vatn opp av asfalten ved kumlokket utanfor Kvernhusvegen 3. Det har halde på sidan i morges og det dannar seg is nedover bakken. Trur det er ein leidning som har sprunge.
Knut Aasen
"""
M("L-nn04", lang="nn", kind="deviation", area="water_sewage",
  frm=("Knut Aasen", "knut.aasen@yahoo.no"), to=PM, cc="teknisk@fjordvik.kommune.no",
  date="2026-01-28 09:15", subj="Vasslekkasje i vegen ved Kvernhusvegen 3", body=NN04_BODY,
  notes="original, to postmottak with the technical unit in Cc")

EXACT("L-nn04-x", "L-nn04", second_box="teknisk@fjordvik.kommune.no", delay_min=2,
      notes="exact duplicate: the same message (same Message-ID) delivered to the technical unit's mailbox")

FU("L-nn04-re", "L-nn04", threaded=True, date="2026-01-28 15:40",
   subj="Re: Vasslekkasje i vegen ved Kvernhusvegen 3",
   body="""No har vi ikkje vatn i huset i det heile. Kjem det nokon i dag?
Knut

On onsdag 28. januar 2026 kl. 09:15:00 CET, Knut Aasen <knut.aasen@yahoo.no> wrote:

""" + quote(NN04_BODY), notes="follow-up with In-Reply-To/References, same day")

# ---------------------------------------------------------------- nn05 licence application (association)
M("L-nn05", lang="nn", kind="formal", ftype="application", area="other",
  frm=("Nordbygda bygdelag", "post@nordbygda-bygdelag.no"), to=PM, client="roundcube",
  date="2026-04-14 18:00", subj="Søknad om skjenkeløyve for ein enkelt anledning – Bygdedagen 13. juni",
  body="""Til Fjordvik kommune

Nordbygda bygdelag søkjer om skjenkeløyve for ein enkelt anledning i samband med Bygdedagen laurdag 13. juni 2026 på Grendahuset i Nordbygda.

Skjenketid: kl. 14.00–23.00
Alkoholgruppe: 1 (øl og cider)
Venta tal på gjester: ca. 250
Ansvarleg for skjenkinga: Magne Rygg, styreleiar
Stadfortredar: Kari Eide

Det vil vere vakthald ved inngangen og området vert gjerda inn. Vi legg ved kart over området.

Med helsing
Magne Rygg
styreleiar, Nordbygda bygdelag
""", att=[{"name": "kart_bygdedagen.pdf", "type": "pdf", "title": "Kart Bygdedagen",
           "content": ["Bygdedagen 13. juni 2026 – Grendahuset i Nordbygda", "",
                       "Skjenkeområde: inngjerda plass framfor grendahuset og storsalen",
                       "Inngang med vakt: sør, ved parkeringa", "Rømmingsveg: nord, mot idrettsbana"]}],
  notes="original: application with a PDF attachment")

FU("L-nn05-fu", "L-nn05", date="2026-04-16 11:20", subj="Skjenkeløyve Bygdedagen",
   body="""Hei, ei opplysning vi gløymde i søknaden: det er òg planlagt dans i grendahuset frå kl. 20, så skjenkestaden blir både ute og inne. Ta det med i vurderinga.

Magne
""", notes="follow-up without threading headers, two days later")

M("L-nn-hn05", lang="nn", kind="formal", ftype="other_formal", area="other",
  frm=("Nordbygda bygdelag", "post@nordbygda-bygdelag.no"), to=PM, client="roundcube",
  date="2026-04-20 09:40", subj="Ny kontaktperson for Nordbygda bygdelag",
  body="""Hei
Frå 1. mai er Kari Eide ny kontaktperson for bygdelaget i saker om utleige av Grendahuset og tilskot. Ho nås på kari.eide@nordbygda-bygdelag.no.

Helsing Magne Rygg
""", notes="hard negative: same sender (the association) six days after its licence application, a different formal matter")

NEAR("L-nn05-n1", "L-nn05", date="2026-04-24 09:10", subj_prefix="Fwd: ",
     prefix="""Hei. Vi sende søknaden under for ti dagar sidan, men har ikkje fått stadfesting på at han er motteken. Sender på nytt med vedlegg.

-------- Opphavleg melding --------
Emne: Søknad om skjenkeløyve for ein enkelt anledning – Bygdedagen 13. juni
Dato: 14.04.2026 18:00
Frå: post@nordbygda-bygdelag.no
Til: postmottak@fjordvik.kommune.no

""", notes="near duplicate: forwarded again (Roundcube block) with the same attachment, 10 days later")

# ---------------------------------------------------------------- nn06 praise kindergarten
M("L-nn06", lang="nn", kind="praise", area="kindergarten",
  frm=("Ingunn Bø", "ingunn.bo@icloud.com"), to=PM,
  date="2026-02-27 16:05", subj="Takk til Solsida",
  body="""Hei! Vil berre takke alle dei tilsette på Solsida barnehage for ein fin overgang for Jonas som byrja i januar. Han var så utrygg dei første vekene men no vil han nesten ikkje gå heim 😊 De gjer ein fantastisk jobb.

Helsing Ingunn

Sendt frå min iPhone
""", notes="original")

FU("L-nn06-fu", "L-nn06", date="2026-03-02 08:00", subj="Solsida",
   body="""Gløymde å nemne at det særleg er Ahmad på Blåbær-avdelinga som har vore god med han. Kan de seie det til han?

Sendt frå min iPhone
""", notes="follow-up without threading headers, three days later")

# ---------------------------------------------------------------- nn07 access request wind power
M("L-nn07", lang="nn", kind="formal", ftype="access_request", area="building_planning",
  frm=("Trond Lie", "trond.lie@protonmail.com"), to=PM, client="thunderbird",
  date="2026-03-17 21:30", subj="Innsyn – dokument i sak om vindkraft på Storfjellet",
  body="""Hei

Eg ber om innsyn i alle dokument kommunen har motteke frå eller sendt til utbyggjaren i saka om vindkraftverk på Storfjellet, frå 1. januar 2025 og fram til i dag. Eg ber òg om innsyn i postjournalen for same periode for denne saka.

Sjå offentleglova § 3. Svar kan sendast på e-post.

Trond Lie
""", notes="original")

FU("L-nn07-fu", "L-nn07", date="2026-03-19 07:30", subj="Innsyn Storfjellet",
   body="""Til innsynskravet mitt: det held med dokument frå 1. juni 2025, om det gjer det enklare.
Trond Lie
""", notes="follow-up without threading headers: narrows the request")

NEAR("L-nn07-n1", "L-nn07", date="2026-03-24 08:05", subj_prefix="PURRING: ",
     prefix="Viser til innsynskravet mitt under frå 17. mars. Eg har ikkje fått svar, og minner om at innsynskrav skal handsamast utan ugrunna opphald.\n\n",
     repl=[("Hei\n\n", "")],
     notes="near duplicate: PURRING a week later, greeting removed, reminder on top")

# ---------------------------------------------------------------- nn08 waste not collected
M("L-nn08", lang="nn", kind="deviation", area="waste",
  frm=("Astrid Rye", "astrid.rye@live.no"), to=PM,
  date="2026-04-09 10:10", subj="Bosset vart ikkje henta",
  body="""Hei. Restavfallet vårt vart ikkje henta i går, og heller ikkje hos naboane i Skreddarvegen. Dunken står ute framleis. Når kjem dei?
Astrid Rye, Skreddarvegen 6
""", notes="original")

FU("L-nn08-fu", "L-nn08", date="2026-04-10 12:00", subj="Bossdunk",
   body="""No har kråkene vore i dunken og det ligg boss over heile vegen. Tillegg til e-posten frå i går altså.
Astrid
""", notes="follow-up without threading headers, next day")

M("L-nn-hn03", lang="nn", kind="deviation", area="waste",
  frm=("Helge Sandvik", "helge.sandvik@gmail.com"), to=PM, client="gmail",
  date="2026-04-09 14:30", subj="Restavfall ikkje henta Skreddarvegen",
  body="""Hei. Restavfallet i Skreddarvegen vart ikkje henta i går. Gjeld fleire hus. Dunken står framleis ute.
Helge Sandvik
""", notes="hard negative: a neighbour about the same missed collection as Astrid Rye's report the same morning; different sender, not a duplicate")

NEAR("L-nn08-n1", "L-nn08", date="2026-04-14 18:20", repl=[("Når kjem dei?", "Når kjem dei???")],
     notes="near duplicate: the same text again five days later, only question marks added")

# ---------------------------------------------------------------- nn09 appeal home care (sensitive)
M("L-nn09", lang="nn", kind="formal", ftype="appeal", area="health_care", sens=True,
  frm=("Berit Aakre", "berit.aakre@gmail.com"), to=PM, client="gmail",
  date="2026-03-10 19:50", subj="Klage på vedtak om heimeteneste for mor mi",
  body="""Til Fjordvik kommune, helse og omsorg

Eg klagar på vedtaket av 2. mars om å redusere heimetenesta til mor mi, Ingeborg Aakre (89), frå tre til to besøk om dagen.

Mor har hjartesvikt og blir lett forvirra om kvelden, og ho har falle to gonger sidan nyttår. Ho klarer ikkje å ta medisinane sine sjølv. Utan kveldsbesøket er ho åleine frå kl. 14 til neste morgon. Vi pårørande bur over ein time unna.

Eg ber om at vedtaket blir gjort om, og at det blir gjort ei ny vurdering av behovet hennar, helst med heimebesøk.

Helsing
Berit Aakre (dotter)
""", notes="original; sensitive (health details of a named person)")

FU("L-nn09-fu", "L-nn09", date="2026-03-13 08:30", subj="Klage heimeteneste Ingeborg Aakre - tillegg", sens=True,
   body="""Hei. Tillegg til klaga eg sende tysdag: mor fall igjen i natt og vart liggjande til heimetenesta kom i morges. Ho har eit stygt blåmerke men er ikkje skadd elles. Dette viser kor viktig kveldsbesøket er.

Berit Aakre
""", notes="follow-up without threading headers; sensitive")

NEAR("L-nn09-n1", "L-nn09", date="2026-03-20 09:15", fmt="plain",
     prefix="Sender klaga på nytt då eg ikkje har fått stadfesting på at ho er motteken.\n\n",
     notes="near duplicate: plain-text re-send of the HTML original with one line on top")

# ---------------------------------------------------------------- nn10 standalone question
M("L-nn10", lang="nn", kind="question", area="building_planning",
  frm=("Eirik Grønvold", "eirik.gronvold@gmail.com"), to=PM, client="android",
  date="2026-04-28 22:10", subj="Må eg søkje om terrasse?",
  body="""hei, skal byggje ein terrasse på ca 25 m2, 1 meter over bakken, ca 6 m frå nabogrensa. må eg søkje eller er det unnateke? takk
eirik
""", notes="original, no related message")

# ---------------------------------------------------------------- nn11 suggestion housing benefit info
M("L-nn11", lang="nn", kind="suggestion", area="social_services",
  frm=("Solveig Tveito", "solveig.tveito@online.no"), to=PM, client="outlook", fmt="html",
  date="2026-05-05 11:00", subj="Betre informasjon om bustøtte",
  body="""Hei

Eg jobbar frivillig i Frivilligsentralen og hjelper ein del eldre og nokre flyktningar med søknader. Mange veit ikkje at dei kan ha rett på bustøtte, og informasjonen på nettsida til kommunen er vanskeleg å finne.

Forslag: lag eit enkelt ark på fleire språk som kan liggje på servicetorget og på legekontoret, og ha gjerne ein fast dag i månaden der nokon frå NAV-kontoret er på Frivilligsentralen og hjelper.

Helsing
Solveig Tveito
""", notes="original, HTML only")

NEAR("L-nn11-n1", "L-nn11", date="2026-05-12 10:05", subj_new="Forslag: betre informasjon om bustøtte (sender på nytt)",
     repl=[("Mange veit ikkje", "Svært mange veit ikkje"),
           ("på servicetorget og på legekontoret", "på servicetorget, biblioteket og på legekontoret")],
     notes="near duplicate: a week later with a new subject and two small edits")
