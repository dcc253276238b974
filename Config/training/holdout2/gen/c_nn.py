"""Nynorsk: all kinds, with near duplicate and follow-ups."""
from lib import *

def _b(key):
    return next(s for s in REG if s["key"] == key)["body"]

# ------------------------------------------------------------------ access requests
M("nn-ar01", lang="nn", kind="formal", ftype="access_request", area="health_care",
  frm=("Ingvild Tveit", "ingvild.tveit@gmail.com"), to=PM, date="2026-01-13 10:25",
  subj="Helsekortet til Sunniva",
  body="""Hei

Vi har flytta til Voss, og den nye helsestasjonen spør etter det som er skrive om Sunniva hos dykk sidan ho vart fødd i 2023. Kan de sende meg ein kopi av helsekortet og journalen hennar frå helsestasjonen i Fjordvik? Eller kan de sende det direkte til Voss?

Helsing Ingvild Tveit
""",
  notes="Request for own child's health-station record in Nynorsk; no health details told.")

M("nn-ar02", lang="nn", kind="formal", ftype="access_request", area="roads_traffic",
  frm=("Olav Flatebø", "olav.flatebo@online.no"), to=PM, date="2026-02-20 14:10", client="thunderbird",
  subj="Vegen vår er grave opp for tredje gong",
  body="""Hei

Sidan i fjor sommar har Nesvegen vore grave opp tre gonger, fyrst for fiber, så for vatn og no for straum. Kvar gong vert asfalten lappa dårlegare enn før, og no er det ein kant på fem centimeter midt i vegen.

Eg vil sjå kva kommunen har avtalt med entreprenørane om å setje vegen i stand att. Send meg avtalane og gravemeldingane, så skal eg lese dei sjølv.

Olav Flatebø
""",
  notes="Access request buried in a complaint about road works.")

M("nn-ar03", lang="nn", kind="formal", ftype="access_request", area="other",
  frm=("Brita Kleppe", "brita.kleppe@hotmail.com"), to=PM, date="2026-03-24 19:50",
  body="""Hei,

kan eg få tilsendt møteboka frå formannskapsmøtet 17. mars, og vedlegga til sak 14/26 om sal av tomta ved gamle skulen? Eg finn ikkje vedlegga på nettsida.

Brita Kleppe
""",
  notes="No subject. Asks for minutes and attachments.")

# ------------------------------------------------------------------ other formal
M("nn-of01", lang="nn", kind="formal", ftype="appeal", area="building_planning",
  frm=("Sigurd Nesheim", "sigurd.nesheim@gmail.com"), to=PM, date="2026-02-26 09:40",
  subj="Naustet på Nesheim",
  body="""Til plan- og byggesak

Eg har fått brev om at de ikkje gjev dispensasjon for naustet eg vil byggje i strandsona på gnr. 12 bnr. 4. Eg er ikkje samd i dette. Det har stått naust på same staden sidan 1800-talet, og tufta er der framleis. Det nye naustet vert mindre enn det gamle.

Eg ber om at vedtaket vert gjort om.

Sigurd Nesheim
""",
  notes="Appeal without the word 'klage'; has an unthreaded addition later.")

M("nn-of02", lang="nn", kind="formal", ftype="application", area="other",
  frm=("Solrun Hope", "solrun.hope@icloud.com"), to=PM, date="2026-03-03 11:30",
  subj="Kiosk på kaia i sommar",
  body="""Hei

Eg vil gjerne få løyve til å setje opp ein liten kiosk på kommunen sin del av kaia frå 15. juni til 15. august, der eg sel is, kaffi og vaflar. Kiosken er ein tilhengar på 2 x 3 meter som vert flytta kvar kveld.

Kva treng de frå meg?

Solrun Hope
""",
  notes="Application for use of municipal land without the word 'søknad'.")

M("nn-of03", lang="nn", kind="formal", ftype="other_formal", area="culture_sports",
  frm=("Torbjørn Lid", "torbjorn.lid@yahoo.no"), to="Fjordvik kulturskule <kulturskulen@fjordvik.kommune.no>",
  date="2026-02-14 17:05",
  subj="Plassen til Håkon",
  body="""Hei

Eg seier med dette opp plassen til Håkon Lid på gitar i kulturskulen frå 1. mars. Han har byrja på fotball og rekk ikkje begge delar.

Takk for to fine år!

Torbjørn Lid
""",
  notes="Formal termination of a municipal service (other_formal).")

# ------------------------------------------------------------------ sensitive
M("nn-s01", lang="nn", kind="question", area="health_care",
  frm=("Marit Øvrebø", "marit.ovrebo@gmail.com"), to=PM, date="2026-01-30 22:45",
  subj="Far min",
  sens=True,
  body="""Hei

Far min (84) bur åleine på Øvrebø. Han har vorte så gløymsk det siste halve året, gløymer å ete og å ta tablettane, og i går fann naboen han ute på tunet i berre tøflane i minus åtte. Han vil ikkje sjølv innsjå at han treng hjelp.

Kven skal vi snakke med for å få nokon til å kome heim til han? Eg bur i Oslo og kan berre kome annakvar helg.

Marit Øvrebø
""",
  notes="Dementia told as 'gløymsk'; relative asks for home care.")

M("nn-s02", lang="nn", kind="question", area="kindergarten",
  frm=("Kristin og Eirik Sæbø", "kristin.saebo@online.no"), to="Fjellstua barnehage <fjellstua.bhg@fjordvik.kommune.no>",
  date="2026-02-11 08:20", client="outlook",
  subj="Oppstart for Mathias",
  sens=True,
  body="""Hei

Mathias (fødd 14.09.2022, fnr. %s) har nyleg fått påvist autisme. Han snakkar lite og vert svært urolig når det er mykje lyd og mange born rundt han.

Før han byrjar hjå dykk i august vil vi gjerne ha eit møte om korleis oppstarten kan leggjast til rette, og om han kan få eit fast vaksen å halde seg til. Kva tid passar det?

Helsing Kristin og Eirik Sæbø
""" % fnr("140922", 513),
  notes="Child's diagnosis with a valid fødselsnummer in the body.")

M("nn-s03", lang="nn", kind="question", area="social_services",
  frm=("Hege", "hege.rundhaug@gmail.com"), to=PM, date="2026-03-08 21:30", client="android",
  subj="pengar",
  sens=True,
  body="""Hei. Eg er åleine med to born og pengane strekk ikkje til denne månaden. Straumrekninga er på nesten 5000 og eg har ikkje meir enn 2000 att til mat. Kven skal eg ringje til? Eg vil ikkje at borna skal merke noko.

Hege
""",
  notes="Money for food and electricity bill, everyday words.")

# ------------------------------------------------------------------ traps
M("nn-t01", lang="nn", kind="praise", area="health_care",
  frm=("Fjordvik songlag", "fjordvik.songlag@gmail.com"), to=PM, date="2026-01-16 12:00",
  subj="Takk for sist på omsorgssenteret",
  body="""Hei

Takk til personalet på Fjordtun omsorgssenter for at vi fekk halde konsert for bebuarane søndag. Det var fint å sjå at så mange kom, og kaffien og kaka var det siste ordet om! Vi kjem gjerne att til våren.

Helsing Fjordvik songlag
v/ Gudrun Hovland
""",
  notes="Trap: care home and residents, nothing about anyone's health.")

M("nn-t02", lang="nn", kind="question", area="school",
  frm=("Reidun Myklebust", "reidun.myklebust@lyse.net"), to="Fjordvik skule <fjordvik.skole@fjordvik.kommune.no>",
  date="2026-04-13 19:40",
  subj="Vaksinering i 7. klasse",
  body="""Hei

Når er det vaksinering for 7. klasse i år, og må vi foreldre gje samtykke på førehand? Vi fekk ikkje noko skriv om det i fjor heller.

Reidun
""",
  notes="Trap: vaccination programme in general.")

# ------------------------------------------------------------------ ordinary
M("nn-o01", lang="nn", kind="deviation", area="roads_traffic",
  frm=("Jostein Rørvik", "jostein.rorvik@gmail.com"), to=PM, date="2026-01-10 08:35",
  subj="Stein i vegen ved Kvernhusberget",
  body="""Hei

Det har kome ned stein frå berget ved Kvernhusberget på Fjellvegen i natt. Ein stor stein ligg i køyrebana, og rekkverket er bøygd. Bussen kom seg så vidt forbi.

Jostein Rørvik
""")

M("nn-o02", lang="nn", kind="suggestion", area="water_sewage",
  frm=("Eli Kvamme", "eli.kvamme@online.no"), to=PM, date="2026-02-02 13:05", cs="iso-8859-1", client="roundcube",
  subj="SMS ved vassbrot",
  body="""Hei

Då vatnet vart stengt i Kvamsgrenda sist veke, fekk vi ikkje vite noko på førehand. Kunne de sendt SMS til alle som bur i området når de må stengje vatnet, også når det er planlagt arbeid?

Eli Kvamme
""",
  notes="ISO-8859-1.")

M("nn-o03", lang="nn", kind="praise", area="culture_sports",
  frm=("Arnfinn Sande", "arnfinn.sande@hotmail.com"), to=PM, date="2026-03-01 22:10",
  subj="Bygdekinoen",
  body="""Hei

Takk til kulturhuset for at bygdekinoen kom att! Salen var full i kveld, og det var kjekt å sjå så mange born og besteforeldre saman. Håpar de held fram med dette.

Arnfinn
""")

M("nn-o04", lang="nn", kind="deviation", area="waste",
  frm=("Gunvor Dale", "gunvor.dale@gmail.com"), to=PM, date="2026-03-16 09:30",
  subj="Bosset er ikkje henta",
  body="""Hei

Bosset i Dalavegen 4 vart ikkje henta på tysdag, heller ikkje papiret. Spann og sekk stod ute ved vegen frå kvelden før. No har kråkene rive opp sekken og det ligg boss over heile vegen.

Gunvor Dale
""")

M("nn-o05", lang="nn", kind="question", area="kindergarten",
  frm=("Lars Hjelmeland", "lars.hjelmeland@icloud.com"), to=PM, date="2026-04-08 07:15",
  subj="Sommarope barnehage",
  body="""Hei

Kva barnehagar er opne i fellesferien i juli, og når må vi melde frå om kva veker Oda skal ha fri?

Lars Hjelmeland
""")

# ------------------------------------------------------------------ derived
NEAR("nn-n01", "nn-o04", date="2026-03-23 08:50", subj_prefix="Purring: ",
     prefix="Det er no gått ei veke og bosset er framleis ikkje henta.\n\n",
     notes="Reminder with a new first line.")

FU("nn-f01", "nn-s01", date="2026-02-01 10:15", threaded=True,
   subj="Re: Far min",
   sens=True,
   body="""Eg gløymde å skrive at han også har byrja å køyre bil igjen sjølv om fastlegen har sagt nei, og at han har falle to gonger i trappa sidan jul. Telefonnummeret mitt er 926 41 880.

Marit

""" + quote(_b("nn-s01")),
   notes="Threaded addition about the father; sensitive.")

FU("nn-f02", "nn-of01", date="2026-03-05 15:20",
   subj="Meir om naustet",
   body="""Hei igjen

Eg skreiv til dykk førre veke om at eg ikkje er samd i avslaget på dispensasjon for naustet på gnr. 12 bnr. 4. Eg har no funne eit flyfoto frå 1965 der det gamle naustet står, og legg det ved. Eg ber om at dette vert teke med når saka vert vurdert att.

Sigurd Nesheim
""",
   att=[{"name": "flyfoto_1965.png", "type": "png"}],
   notes="Addition to the appeal without threading headers, with a photo.")
