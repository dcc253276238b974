"""Bokmål: sensitive messages told in everyday words, and non-sensitive traps with care words."""
from lib import *

# ------------------------------------------------------------------ sensitive
M("nb-s01", lang="nb", kind="question", area="kindergarten",
  frm=("Thea Kristiansen", "thea.kristiansen@gmail.com"), to="Trollskogen barnehage <trollskogen.bhg@fjordvik.kommune.no>",
  date="2026-01-08 06:52",
  subj="Jonas og utetid",
  sens=True,
  body="""Hei!

Jonas har vært mye syk denne vinteren, og legen tror nå at det er astma. Han hoster voldsomt når han har vært lenge ute i kulda, og i helgen måtte vi på legevakten fordi han pustet så tungt.

Er det mulig at han får være inne når det er kaldere enn minus ti, eller at han kommer inn tidligere enn de andre? Han har fått en inhalator som han skal ta før han går ut, kan dere hjelpe ham med den?

Hilsen Thea (mamma til Jonas på Ekorn)
""",
  notes="Parent describing a child's illness (asthma, out-of-hours clinic, inhaler) in everyday words.")

M("nb-s02", lang="nb", kind="deviation", area="health_care",
  frm=("Tone Vik", "tone.vik@outlook.com"), to=PM, date="2026-01-19 21:30",
  subj="Ingen kom til mamma",
  sens=True,
  body="""Hei.

Mamma, Aslaug Vik (%s), bor alene i Furulia 3 og skal ha hjelp hjemme morgen og kveld: hjelp til å stå opp, til medisinene og til å få i seg mat. I forrige uke kom ingen på tirsdag kveld, og hun ble sittende i stolen til morgenen etter uten kveldsmedisinene sine. Hun har hjertesvikt og blir fort tung i pusten når hun ikke får vanndrivende.

Dette er andre gang siden jul. Jeg bor i Bergen og kan ikke rykke ut. Hvem har ansvaret for at dette ikke skjer igjen?

Tone Vik (datter)
tlf. 470 18 332
""" % fnr("120339", 164),
  notes="Relative about a mother's care at home (medication, heart failure); valid fødselsnummer in the body.")

M("nb-s03", lang="nb", kind="question", area="social_services",
  frm=("Marte", "marte.h92@gmail.com"), to=PM, date="2026-01-26 23:17", client="android",
  subj="trenger hjelp",
  sens=True,
  body="""hei. vet ikke om dette er riktig sted å skrive men jeg har ikke penger til mat resten av måneden. har tre barn og lønna kommer ikke før den 20. strømregninga tok alt. hvem kan jeg snakke med? jeg har aldri bedt om noe sånt før og skammer meg

Marte
""",
  notes="Money for food, written in lower case from a phone; no care jargon.")

M("nb-s04", lang="nb", kind="deviation", area="school",
  frm=("Gunnhild Ravndal", "gunnhild.ravndal@online.no"), to="Fjordvik ungdomsskole <fjordvik.us@fjordvik.kommune.no>",
  date="2026-02-05 12:44", client="outlook",
  subj="Oppfølging av Ida",
  sens=True,
  body="""Hei Kristin,

som du vet har Ida hatt det veldig tungt siden i høst. Hun har sluttet å spise ordentlig, har gått ned over åtte kilo, og vi har nå fått time hos psykolog på BUP. Legen sa at hun må ha det så rolig som mulig på skolen.

Likevel fikk hun i forrige uke to prøver på én dag og ble hengt ut foran klassen for at hun ikke hadde levert. Vi ba i desember om at skolen skulle lage en plan for henne, men ingenting har skjedd.

Vi forventer et møte denne uken.

Gunnhild Ravndal
""",
  notes="Eating problems and psychologist appointment told by a parent; deviation about missing follow-up.")

M("nb-s05", lang="nb", kind="question", area="health_care",
  frm=("Kristoffer Aune", "kristoffer.aune@icloud.com"), to=PM, date="2026-02-10 02:11",
  subj="Samtaletilbud",
  sens=True,
  body="""Hei

Jeg har slitt med nervene og søvnen siden i høst. Noen dager klarer jeg ikke å gå ut av leiligheten, og jeg har vært sykmeldt i fem uker. Fastlegen sa jeg kunne ta kontakt med kommunen om å få noen å snakke med.

Hvor lang er ventetiden, og må jeg ha henvisning?

Kristoffer
""",
  notes="Mental health told in everyday words, sent at night.")

M("nb-s06", lang="nb", kind="deviation", area="social_services",
  frm=("Eva Marie Strand", "evamarie.strand@lyse.net"), to=PM, date="2026-02-18 09:03", reply_to="evamarie.strand@lyse.nett",
  subj="Ingen svarer",
  sens=True,
  body="""Til den det gjelder

Sønnen min Tobias (31) har ruset seg i mange år. Forrige uke ble han kastet ut av leiligheten og sover nå hos kamerater eller ute. Han vil ha hjelp, det har han sagt til meg for første gang.

Jeg har ringt kommunens rustjeneste fire ganger og lagt igjen beskjed, men ingen ringer tilbake. Det er kaldt ute, og jeg er redd for ham.

Hva skal vi gjøre?

Eva Marie Strand
""",
  notes="Mother about adult son's drug problem and homelessness; complaint about no answer.")

M("nb-s07", lang="nb", kind="deviation", area="health_care",
  frm=("Hanne Lillevik", "hanne.lillevik@gmail.com"), to=PM, date="2026-02-24 18:26",
  subj="Pappa på Fjordtun",
  sens=True,
  body="""Hei,

vedlagt er et notat om hva vi har opplevd med pappa på Fjordtun de siste ukene. Vi ønsker et møte med avdelingslederen.

Hanne Lillevik
""",
  att=[{"name": "Notat om pappa.docx", "type": "docx",
        "content": [[("Notat om Kjell Lillevik, født 1938", "b")],
                    "Fødselsnummer: %s" % fnr("050238", 427),
                    "Pappa har demens og bor på skjermet avdeling på Fjordtun. Siden januar har vi sett at han er urolig, har blåmerker på armene og ofte har på seg de samme klærne flere dager.",
                    "Lørdag 14. februar lå han i sengen med våt bleie da vi kom klokken 13. Ingen av de ansatte visste når han sist hadde fått hjelp.",
                    "Han har gått ned i vekt, og vi er usikre på om han får hjelp til å spise.",
                    "Hanne og Rune Lillevik"]}],
  notes="Body is neutral; dementia, bruises and the father's fødselsnummer are only in the DOCX.")

M("nb-s08", lang="nb", kind="deviation", area="school",
  frm=("Ahmed Hassan", "ahmed.hassan@hotmail.com"), to=PM, date="2026-03-03 08:15",
  subj="SFO og blodsukker",
  sens=True,
  body="""Hei.

Sønnen min Yusuf går i 1. klasse og har diabetes type 1. Han må ha hjelp til å måle blodsukkeret og noen ganger få insulin i løpet av dagen. På skolen går det bra, men på SFO sier de at de ikke har folk som kan gjøre dette, og at vi må hente ham klokken 13.

Vi jobber begge til 16. Dette kan ikke være riktig. Skolen har fått opplæring fra sykehuset, hvorfor ikke SFO?

Ahmed Hassan
""",
  notes="Child's diabetes; complaint about after-school care.")

M("nb-s09", lang="nb", kind="question", area="social_services",
  frm=("Linda Pettersen", "linda.pettersen@telia.no"), to=PM, date="2026-03-10 11:49",
  subj="Husleie mars",
  sens=True,
  body="""Hei

I desember fikk jeg hjelp fra dere til å betale husleia, men nå har jeg fått ny purring fra utleier. Jeg er fortsatt uten jobb og har bare arbeidsavklaringspenger som ikke holder. Husleiekontrakten og brevet fra utleier ligger ved.

Kan jeg få hjelp igjen, og hvem skal jeg snakke med?

Linda Pettersen
""",
  att=[{"name": "husleie_og_purring.pdf", "type": "pdf", "title": "Husleiekontrakt",
        "content": ["Husleiekontrakt", "Utleier: Fjordgården Eiendom AS", "Leietaker: Linda Pettersen",
                    "Fødselsnr.: %s" % fnr("290784", 335), "Adresse: Havnegata 4B, 4870 Fjordvik",
                    "Månedlig leie: 11 200 kr", "", "PURRING: Husleie for februar og mars er ikke betalt. Samlet utestående: 22 400 kr."]}],
  notes="Financial help; the fødselsnummer is only in the PDF.")

M("nb-s10", lang="nb", kind="praise", area="health_care",
  frm=("Solveig Brekke", "solveig.brekke@online.no"), to=PM, date="2026-03-17 13:30", client="apple",
  subj="Takk til hjemmesykepleien",
  sens=True,
  body="""Til hjemmesykepleien i sone nord

Mannen min Arne døde hjemme 2. mars, slik han ønsket, etter et halvt år med kreft. Dere kom opp til fem ganger i døgnet de siste ukene, stelte ham, ga ham smertestillende og satt med meg om natten når jeg ikke klarte mer.

Jeg vil at lederen deres skal vite hvor mye det betydde. Spesielt takk til Nina og Abdi.

Solveig Brekke
""",
  notes="Praise that is sensitive: terminal illness and home nursing.")

# ------------------------------------------------------------------ traps (care words, nothing sensitive)
M("nb-t01", lang="nb", kind="suggestion", area="health_care",
  frm=("Jorunn Aas", "jorunn.aas@gmail.com"), to=PM, date="2026-01-22 15:10",
  subj="Parkering ved sykehjemmet",
  body="""Hei

Parkeringsplassen ved Fjordtun sykehjem er altfor liten. På søndager må besøkende parkere langs Sykehusveien, og det er ikke fortau der. Kunne kommunen merke opp flere plasser på grusplassen bak kjøkkenet, eller åpne plassen ved rådhuset i helgene?

Jorunn Aas
""",
  notes="Trap: nursing home and visitors, but only about parking.")

M("nb-t02", lang="nb", kind="question", area="culture_sports",
  frm=("Frivillighetssentralen", "post@fjordvik-frivilligsentral.no"), to="Fjordvik bibliotek <bibliotek@fjordvik.kommune.no>",
  date="2026-03-19 10:20", client="outlook",
  subj="Verdensdagen for psykisk helse",
  body="""Hei!

Vi i Frivillighetssentralen planlegger en åpen dag på Verdensdagen for psykisk helse 10. oktober, med foredrag og kafé. Har biblioteket noe på programmet den uken, og kan vi eventuelt låne salen i andre etasje?

Vennlig hilsen
Gro Hamre
daglig leder
""",
  notes="Trap: 'psykisk helse' as the name of a public event.")

M("nb-t03", lang="nb", kind="suggestion", area="social_services",
  frm=("Petter Rønning", "petter.ronning@hotmail.com"), to=PM, date="2026-02-13 19:05",
  subj="Kjøleskap for matdeling",
  body="""Hei

Matprisene har gått kraftig opp, og mange familier sliter nok mer enn vi tror. I Sandnes har de satt opp et offentlig kjøleskap der butikker og folk kan legge igjen mat som ellers ville blitt kastet.

Kunne Fjordvik gjort noe lignende, for eksempel ved servicetorget eller frivilligsentralen? Jeg stiller gjerne opp som frivillig.

Petter Rønning
""",
  notes="Trap: money for food as a general social issue, nobody's own situation.")

M("nb-t04", lang="nb", kind="question", area="health_care",
  frm=("Sara Nilsen", "sara.nilsen01@gmail.com"), to=PM, date="2026-02-27 14:37",
  subj="Sommerjobb",
  body="""Hei!

Jeg er sykepleierstudent på andre året og lurer på om hjemmesykepleien eller sykehjemmet tar inn sommervikarer i år. Hvor søker man, og når er fristen?

Mvh Sara Nilsen
""",
  notes="Trap: care words and 'søker' in a job question; nothing personal, not an application to the municipality's case register.")

M("nb-t05", lang="nb", kind="praise", area="school",
  frm=("Anders Fossum", "anders.fossum@online.no"), to="Fjordvik skole <fjordvik.skole@fjordvik.kommune.no>",
  date="2026-03-13 08:30", fmt="html",
  subj="Foreldremøtet om søvn og skjerm",
  body="""Hei!

Takk for et veldig godt foreldremøte i går om skjermtid og søvn. Helsesykepleieren var konkret og morsom, og mange av oss foreldre fikk noe å tenke på. Flere i klassen vil gjerne ha lysarkene, kan de legges ut på Visma?

Anders (pappa i 4A)
""",
  notes="Trap: school nurse and sleep in a general parents' meeting; HTML-only.")
