#!/usr/bin/env python3
"""Writes Config/training/composed.jsonl: labelled examples composed from the phrase banks
below (written for this project; no sample text is used). Each area has, per language, the
problems, ideas, things to praise and questions citizens actually write about; each kind has
several frames per language. Hand-written hard cases live in Config/training/hard-cases.jsonl.

    python3 scripts/training/compose.py && postmottak train
"""
import json, os, random

random.seed(7)

# area -> language -> (problems, ideas, praised, questions)
AREAS = {
 "roads_traffic": {
  "nb": (["det er et stort hull i veien ved Storgata", "gatelyset på Fjellveien har vært slukket i to uker", "veien er ikke brøytet og bilene sklir", "fortauet er fullt av is og ingen har strødd", "skiltet ved krysset er veltet"],
         ["sette opp fartsdumper i Skoleveien", "lage gangfelt ved butikken", "få flere sykkelstativer ved stasjonen", "senke fartsgrensen til 30 i boligfeltet"],
         ["brøytingen i vinter", "den nye gang- og sykkelveien", "at hullet i veien ble tettet så raskt"],
         ["når blir veien asfaltert", "hvem har ansvar for brøyting av privat vei", "når kommer gatelyset tilbake"]),
  "nn": (["det er eit stort hol i vegen ved Storgata", "gatelyset på Fjellvegen har vore sløkt i to veker", "vegen er ikkje brøyta og bilane sklir", "fortauet er fullt av is og ingen har strødd"],
         ["setje opp fartsdumpar i Skulevegen", "lage gangfelt ved butikken", "få fleire sykkelstativ ved stasjonen"],
         ["brøytinga i vinter", "den nye gang- og sykkelvegen"],
         ["når blir vegen asfaltert", "kven har ansvar for brøyting av privat veg"]),
  "sv": (["det är ett stort hål i vägen vid Storgatan", "gatubelysningen på Fjällvägen har varit släckt i två veckor", "vägen är inte plogad och bilarna halkar", "trottoaren är full av is och ingen har sandat", "skylten vid korsningen har vält"],
         ["sätta upp farthinder på Skolvägen", "göra ett övergångsställe vid affären", "fler cykelställ vid stationen", "sänka hastigheten till 30 i bostadsområdet"],
         ["snöröjningen i vinter", "den nya gång- och cykelvägen", "att hålet i vägen lagades så snabbt"],
         ["när asfalteras vägen", "vem ansvarar för snöröjning av enskild väg", "när kommer gatubelysningen tillbaka"]),
  "en": (["there is a big pothole in the road by the high street", "the street light on Hill Road has been out for two weeks", "the road has not been ploughed and cars are sliding", "the pavement is icy and nobody has gritted it"],
         ["put speed bumps on School Road", "add a pedestrian crossing by the shop", "more bicycle racks at the station"],
         ["the snow clearing this winter", "the new cycle path"],
         ["when will the road be resurfaced", "who is responsible for clearing snow on a private road"]),
 },
 "water_sewage": {
  "nb": (["vannet i springen er brunt", "det lukter kloakk fra kummen utenfor huset", "vi har ikke hatt vann siden i morges", "det renner vann opp av en kum i gata", "vannmåleren lekker"],
         ["varsle på SMS før vannet stenges", "skifte de gamle vannrørene i sentrum"],
         ["at vannlekkasjen ble reparert om natten", "god informasjon om kokevarselet"],
         ["er vannet trygt å drikke nå", "hvorfor har vannavgiften økt", "når blir vi koblet til det kommunale avløpet"]),
  "nn": (["vatnet i springen er brunt", "det luktar kloakk frå kummen utanfor huset", "vi har ikkje hatt vatn sidan i morgon tidleg"],
         ["varsle på SMS før vatnet blir stengt"],
         ["at vasslekkasjen vart reparert om natta"],
         ["er vatnet trygt å drikke no", "kvifor har vassavgifta auka"]),
  "sv": (["vattnet i kranen är brunt", "det luktar avlopp från brunnen utanför huset", "vi har inte haft vatten sedan i morse", "det forsar upp vatten ur en brunn på gatan"],
         ["skicka sms innan vattnet stängs av", "byta de gamla vattenledningarna i centrum"],
         ["att vattenläckan lagades under natten", "bra information om kokningsrekommendationen"],
         ["är vattnet säkert att dricka nu", "varför har VA-taxan höjts", "när blir vi anslutna till det kommunala avloppet"]),
  "en": (["the tap water is brown", "there is a sewage smell from the drain outside", "we have had no water since this morning"],
         ["send a text message before the water is shut off"],
         ["how quickly the water leak was fixed"],
         ["is the water safe to drink now", "why has the water charge gone up"]),
 },
 "waste": {
  "nb": (["søppelet er ikke tømt på tre uker", "papirdunken ble ikke hentet i dag", "glassigloen ved butikken er full og det ligger glass overalt", "renovasjonsbilen knuste dunken min", "noen har dumpet avfall i skogen"],
         ["sette opp flere returpunkter for plast", "tømme dunkene oftere om sommeren", "få en app som varsler om tømmedager"],
         ["renovatørene som alltid er blide", "den nye gjenvinningsstasjonen"],
         ["når er neste tømming av matavfall", "hvordan bestiller jeg en større dunk", "hva koster det å levere hageavfall"]),
  "nn": (["bosset er ikkje tømt på tre veker", "papirdunken vart ikkje henta i dag", "bosbilen knuste dunken min"],
         ["tømme dunkane oftare om sommaren"],
         ["renovatørane som alltid er blide"],
         ["når er neste tømming av matavfall", "korleis bestiller eg ein større dunk"]),
  "sv": (["soporna har inte hämtats på tre veckor", "pappersinsamlingen missade oss idag", "glasigloon vid affären är full och det ligger glas överallt", "sopbilen förstörde mitt kärl", "någon har dumpat skräp i skogen"],
         ["fler återvinningsstationer för plast", "tömma kärlen oftare på sommaren"],
         ["sophämtarna som alltid är glada", "den nya återvinningscentralen"],
         ["när töms matavfallet nästa gång", "hur beställer jag ett större kärl", "vad kostar det att lämna trädgårdsavfall"]),
  "en": (["the rubbish has not been collected for three weeks", "the paper bin was missed today", "someone has dumped waste in the woods"],
         ["collect the bins more often in summer"],
         ["the friendly bin collectors"],
         ["when is the next food waste collection", "how do I order a larger bin"]),
 },
 "school": {
  "nb": (["det er mobbing i klassen til sønnen min og skolen gjør ingenting", "skolebussen kom ikke i dag", "det er mugg i klasserommet", "læreren har vært borte i flere uker uten vikar"],
         ["innføre gratis skolemat", "ha flere leksehjelptimer", "lage en tryggere skolevei"],
         ["lærerne på Nordby skole", "skoleavslutningen i går", "den nye skolebiblioteket"],
         ["hvordan søker jeg skoleskyss", "når starter skolen etter ferien", "hvilken skole hører vi til"]),
  "nn": (["det er mobbing i klassen til sonen min og skulen gjer ingenting", "skulebussen kom ikkje i dag", "det er mugg i klasserommet"],
         ["innføre gratis skulemat", "ha fleire leksehjelptimar"],
         ["lærarane på Nordby skule", "skuleavslutninga i går"],
         ["korleis søkjer eg skuleskyss", "kva skule høyrer vi til"]),
  "sv": (["det förekommer mobbning i min sons klass och skolan gör ingenting", "skolbussen kom inte idag", "det finns mögel i klassrummet", "läraren har varit borta i flera veckor utan vikarie"],
         ["införa läxhjälp efter skolan", "göra skolvägen säkrare"],
         ["lärarna på Norrby skola", "skolavslutningen igår"],
         ["hur ansöker jag om skolskjuts", "när börjar skolan efter lovet", "vilken skola tillhör vi"]),
  "en": (["my son is being bullied at school and nothing is done", "the school bus did not come today", "there is mould in the classroom"],
         ["offer homework help after school"],
         ["the teachers at Northby school"],
         ["how do I apply for school transport", "when does school start after the holidays"]),
 },
 "kindergarten": {
  "nb": (["barnehagen har for få ansatte", "datteren min kom hjem med blåmerker fra barnehagen", "barnehagen stengte uten varsel", "uteområdet i barnehagen er farlig"],
         ["utvide åpningstiden i barnehagen", "ha mer utetid for barna"],
         ["de ansatte i Solsikken barnehage", "tilvenningen i barnehagen"],
         ["når får vi svar på barnehageplass", "hva koster barnehageplass", "kan vi bytte barnehage"]),
  "nn": (["barnehagen har for få tilsette", "barnehagen stengde utan varsel"],
         ["utvide opningstida i barnehagen"],
         ["dei tilsette i Solsikken barnehage"],
         ["når får vi svar på barnehageplass", "kva kostar barnehageplass"]),
  "sv": (["förskolan har för lite personal", "min dotter kom hem med blåmärken från förskolan", "förskolan stängde utan förvarning"],
         ["förlänga öppettiderna på förskolan", "mer utevistelse för barnen"],
         ["personalen på Solrosens förskola", "inskolningen på förskolan"],
         ["när får vi besked om förskoleplats", "vad kostar förskolan", "kan vi byta förskola"]),
  "en": (["the kindergarten is understaffed", "the kindergarten closed without notice"],
         ["longer opening hours at the kindergarten"],
         ["the staff at Sunflower kindergarten"],
         ["when will we hear about a kindergarten place", "what does a kindergarten place cost"]),
 },
 "health_care": {
  "nb": (["min mor på sykehjemmet får ikke hjelp til å spise", "hjemmesykepleien kom ikke i går", "det er umulig å få time hos fastlegen", "legevakten ventetid var fem timer"],
         ["flere ansatte på sykehjemmet om kvelden", "tilby vaksine på biblioteket"],
         ["hjemmesykepleien som tar så godt vare på faren min", "personalet på sykehjemmet", "helsesykepleieren på skolen"],
         ["hvordan søker jeg om sykehjemsplass", "hvordan bytter jeg fastlege", "når er det vaksinering"]),
  "nn": (["mor mi på sjukeheimen får ikkje hjelp til å ete", "heimesjukepleia kom ikkje i går"],
         ["fleire tilsette på sjukeheimen om kvelden"],
         ["heimesjukepleia som tek så godt vare på far min"],
         ["korleis søkjer eg om sjukeheimsplass", "korleis byter eg fastlege"]),
  "sv": (["min mamma på äldreboendet får ingen hjälp att äta", "hemtjänsten kom inte igår", "det är omöjligt att få tid på vårdcentralen"],
         ["mer personal på äldreboendet på kvällarna"],
         ["hemtjänsten som tar så väl hand om min pappa", "personalen på äldreboendet"],
         ["hur ansöker jag om plats på äldreboende", "hur byter jag vårdcentral"]),
  "en": (["my mother at the nursing home is not helped to eat", "home nursing did not come yesterday"],
         ["more staff at the nursing home in the evenings"],
         ["the home nurses who care so well for my father"],
         ["how do I apply for a nursing home place", "how do I change my GP"]),
 },
 "social_services": {
  "nb": (["NAV har ikke svart på søknaden min om sosialhjelp", "vi har ikke fått bostøtte denne måneden", "barnevernet har ikke fulgt opp meldingen vår"],
         ["ha åpen kontortid hos NAV på kvelden"],
         ["saksbehandleren min på NAV", "støttekontakten til sønnen min"],
         ["hvordan søker jeg om kommunal bolig", "hvem kan hjelpe meg med gjeld", "hvordan får jeg støttekontakt"]),
  "nn": (["NAV har ikkje svart på søknaden min om sosialhjelp", "barnevernet har ikkje følgt opp meldinga vår"],
         ["ha open kontortid hjå NAV om kvelden"],
         ["sakshandsamaren min på NAV"],
         ["korleis søkjer eg om kommunal bustad", "kven kan hjelpe meg med gjeld"]),
  "sv": (["socialtjänsten har inte svarat på min ansökan om försörjningsstöd", "vi har inte fått bostadsbidrag denna månad"],
         ["ha öppet på socialkontoret på kvällen"],
         ["min handläggare på socialtjänsten", "kontaktpersonen till min son"],
         ["hur ansöker jag om kommunal bostad", "vem kan hjälpa mig med skulder"]),
  "en": (["social services have not answered my application for benefits", "child welfare has not followed up our report"],
         ["evening opening hours at the social services office"],
         ["my case worker at social services"],
         ["how do I apply for council housing", "who can help me with debt"]),
 },
 "building_planning": {
  "nb": (["naboen bygger uten tillatelse", "byggesaken min har ligget i et halvt år", "det nye bygget tar all utsikt", "anleggsstøyen starter klokka seks om morgenen"],
         ["bevare den gamle trehusbebyggelsen", "lage en park i stedet for parkeringsplass"],
         ["den raske behandlingen av byggesøknaden", "veiledningen fra byggesaksavdelingen"],
         ["trenger jeg å søke for å bygge en garasje", "hva sier reguleringsplanen for tomta vår", "hvor lang er saksbehandlingstiden for byggesaker"]),
  "nn": (["naboen byggjer utan løyve", "byggjesaka mi har lege i eit halvt år"],
         ["ta vare på den gamle trehusbusetnaden"],
         ["rettleiinga frå byggjesaksavdelinga"],
         ["treng eg å søkje for å byggje ein garasje", "kva seier reguleringsplanen for tomta vår"]),
  "sv": (["grannen bygger utan bygglov", "mitt bygglovsärende har legat i ett halvår", "byggbullret börjar klockan sex på morgonen"],
         ["bevara den gamla trähusbebyggelsen", "göra en park i stället för parkering"],
         ["den snabba handläggningen av bygglovet"],
         ["behöver jag bygglov för ett garage", "vad säger detaljplanen för vår tomt"]),
  "en": (["my neighbour is building without a permit", "my planning application has waited six months"],
         ["keep the old wooden houses"],
         ["the quick handling of my planning application"],
         ["do I need a permit to build a garage", "what does the zoning plan say for our plot"]),
 },
 "culture_sports": {
  "nb": (["svømmehallen har vært stengt i månedsvis", "lysløypa er ikke preparert", "biblioteket har kuttet åpningstiden", "garderobene i idrettshallen er skitne"],
         ["lage en skatepark", "åpne biblioteket på søndager", "flere konserter i parken om sommeren"],
         ["den flotte kulturnatta", "de ansatte på biblioteket", "den nye kunstgressbanen"],
         ["når åpner svømmehallen igjen", "hvordan leier jeg idrettshallen", "hva er åpningstidene på biblioteket"]),
  "nn": (["symjehallen har vore stengd i månadsvis", "lysløypa er ikkje preparert", "biblioteket har kutta opningstida"],
         ["lage ein skatepark", "opne biblioteket på søndagar"],
         ["den flotte kulturnatta", "dei tilsette på biblioteket"],
         ["når opnar symjehallen att", "korleis leiger eg idrettshallen"]),
  "sv": (["simhallen har varit stängd i månader", "elljusspåret är inte preparerat", "biblioteket har dragit ner på öppettiderna"],
         ["bygga en skatepark", "ha biblioteket öppet på söndagar", "fler konserter i parken på sommaren"],
         ["den fina kulturnatten", "personalen på biblioteket", "den nya konstgräsplanen"],
         ["när öppnar simhallen igen", "hur hyr jag idrottshallen", "vilka är bibliotekets öppettider"]),
  "en": (["the swimming pool has been closed for months", "the ski trail has not been groomed"],
         ["build a skate park", "open the library on Sundays"],
         ["the wonderful culture night", "the library staff"],
         ["when does the swimming pool reopen", "how do I book the sports hall"]),
 },
 "other": {
  "nb": (["nettsiden til kommunen virker ikke", "ingen svarer på telefonen på servicetorget", "jeg har ventet i en måned på svar fra kommunen"],
         ["ha chat på nettsiden", "sende fakturaer på e-post"],
         ["den hyggelige damen på servicetorget", "den gode informasjonen på nettsiden"],
         ["hva er åpningstidene på rådhuset", "hvordan endrer jeg adresse for fakturaen", "hvem kan jeg snakke med om eiendomsskatt"]),
  "nn": (["nettsida til kommunen verkar ikkje", "ingen svarar på telefonen på servicetorget"],
         ["ha chat på nettsida"],
         ["den hyggelege dama på servicetorget"],
         ["kva er opningstidene på rådhuset", "korleis endrar eg adresse for fakturaen"]),
  "sv": (["kommunens webbplats fungerar inte", "ingen svarar i telefon på kontaktcenter", "jag har väntat en månad på svar från kommunen"],
         ["ha chatt på webbplatsen", "skicka fakturor via e-post"],
         ["den trevliga damen på kontaktcenter"],
         ["vilka är öppettiderna i kommunhuset", "hur ändrar jag fakturaadress"]),
  "en": (["the council website does not work", "nobody answers the phone at the service desk"],
         ["add a chat on the website"],
         ["the helpful lady at the service desk"],
         ["what are the town hall opening hours", "how do I change my billing address"]),
 },
}


# More of what citizens write per area (problems, ideas, praise, questions), added to the banks above.
EXTRA = {
 "water_sewage": {"nb": (["det renner vann opp av bakken i gata, sikkert et rør som har sprukket", "kjelleren er full av vann etter regnet fordi overvannet ikke renner unna", "fakturaen for vann og avløp er altfor høy", "vannmåleren viser feil forbruk", "det er lavt vanntrykk i hele boligfeltet", "kummen i veien har løftet seg"],
                          [], [], ["hvorfor er vann- og avløpsgebyret så høyt i år", "kan dere sjekke KID-nummeret på fakturaen for kommunale avgifter", "når kommer vannet tilbake", "hvem kontakter jeg ved vannlekkasje utenom arbeidstid"]),
                  "sv": (["det forsar upp vatten ur marken vid gångvägen, troligen ett läckande rör", "källaren är full av vatten efter regnet eftersom dagvattnet inte rinner undan", "fakturan för vatten och avlopp är alldeles för hög", "vattentrycket är lågt i hela området"],
                          [], [], ["varför är VA-avgiften så hög i år", "kan ni kontrollera OCR-numret på fakturan för vatten och avlopp", "vem kontaktar jag vid en vattenläcka på kvällen"]),
                  "en": (["water is coming up through the pavement, probably a burst pipe", "the water bill is far too high"], [], [], ["why is the water and sewage charge so high this year"])},
 "culture_sports": {"nb": (["husken på lekeplassen er ødelagt og barna kan skade seg", "det er bråk og høy musikk fra arrangementene i hallen til langt på natt", "kunstgressbanen er full av glasskår", "lekeplassen i parken har ikke blitt vedlikeholdt"],
                           ["sette opp flere benker og en grillplass i parken", "lage en ballbinge ved skolen"], [], ["hvordan booker jeg banen for fotballtrening", "kan vi låne scenen til 17. mai-arrangementet"]),
                    "sv": (["gungan på lekplatsen är trasig och barnen kan skada sig", "det är oväsen och hög musik från evenemangen i hallen till långt in på natten", "lekplatsen i parken har inte underhållits"],
                           ["sätta upp fler bänkar och en grillplats i parken"], [], ["hur bokar jag planen för fotbollsträning"]),
                    "en": (["the swing in the playground is broken and a child could get hurt", "loud music from events at the sports hall goes on past midnight"], [], [], ["how do I book the football pitch"])},
 "school": {"nb": (["datteren min blir utestengt og kalt stygge ting av klassekamerater", "SFO har ikke plass til sønnen min", "det er ikke nok lærere i matematikk", "skolen har ikke svart på meldingen om krenkelser"],
                   [], [], ["hvordan melder jeg fra om krenkende behandling på skolen", "når får vi svar om plass i SFO"]),
            "sv": (["min dotter blir utfryst och kallad fula saker av klasskamrater", "fritids har ingen plats för min son", "skolan har inte svarat på anmälan om kränkande behandling"],
                   [], [], ["hur anmäler jag kränkande behandling i skolan", "när får vi besked om plats på fritids"])},
 "health_care": {"nb": (["faren min har falt to ganger og trygghetsalarmen virker ikke", "mor fikk ikke besøk av hjemmesykepleien i går kveld", "det tar tre uker å få time på helsestasjonen"],
                        [], [], ["hvordan får jeg trygghetsalarm til faren min", "kan dere øke hjemmesykepleien for mor"]),
                 "sv": (["pappa har ramlat två gånger och trygghetslarmet fungerar inte", "mamma fick inget besök av hemtjänsten i går kväll"],
                        [], [], ["hur får jag trygghetslarm till min pappa"])},
 "other": {"nb": (["jeg har fått faktura for eiendomsskatt på en eiendom jeg har solgt", "ingen har svart på e-posten min på tre uker", "meldekortet kunne ikke leveres på biblioteket fordi de ikke har postkasse"],
                  [], [], ["hvordan får jeg tilgang til Min side", "hvem skal jeg sende fakturaen til"]),
           "sv": (["vi har fått en faktura för en lokal vi sålt för ett år sedan", "ingen har svarat på mitt mejl på tre veckor"], [], [], ["vem ska jag skicka fakturan till"])},
 "roads_traffic": {"nb": (["bussholdeplassen mangler leskur", "bilene kjører altfor fort forbi skolen", "det er parkert biler på fortauet hele dagen"], [], [], ["hvorfor fikk jeg parkeringsbot utenfor mitt eget hus"]),
                   "sv": (["busshållplatsen saknar väderskydd", "bilarna kör alldeles för fort förbi skolan"], [], [], ["varför fick jag en parkeringsbot utanför mitt eget hus"])},
 "waste": {"nb": (["søppeldunkene ble stående uten å bli tømt etter at henteruta ble endret", "det flyter med søppel ved returpunktet"], [], [], ["hvorfor er hentedagen endret"]),
           "sv": (["soptunnorna töms inte sedan hämtningsschemat ändrades", "det skräpar ner vid återvinningsstationen"], [], [], ["varför har hämtningsdagen ändrats"])},
 "building_planning": {"nb": (["naboen har satt opp en mur på tomtegrensen uten å spørre", "jeg har ikke fått svar på byggesøknaden etter åtte uker"], [], [], ["må jeg sende nabovarsel for et tilbygg"]),
                       "sv": (["grannen har byggt ett plank på tomtgränsen utan lov", "jag har inte fått svar på bygglovsansökan efter åtta veckor"], [], [], ["behöver jag grannehörande för en tillbyggnad"])},
}
for area, langs in EXTRA.items():
    for lang, banks in langs.items():
        base = AREAS[area][lang]
        AREAS[area][lang] = tuple(list(b) + list(e) for b, e in zip(base, banks))

GREET = {"nb": ["Hei", "Hei!", "Til kommunen", "Hallo"], "nn": ["Hei", "Hei!", "Til kommunen"], "sv": ["Hej", "Hej!", "Till kommunen", "Hejsan"], "en": ["Hello", "Dear council", "Hi"]}
SIGN = {"nb": ["Mvh Kari", "Hilsen Ola", "Med vennlig hilsen Per", ""], "nn": ["Helsing Kari", "Venleg helsing Ola", ""], "sv": ["Mvh Anna", "Hälsningar Erik", "Med vänlig hälsning Lena", ""], "en": ["Regards, John", "Best wishes, Sarah", ""]}

FRAMES = {
 "deviation": {
  "nb": ["Jeg vil klage: {p}. Dette er ikke godt nok.", "{P}. Kan dere ordne dette snart?", "Jeg må melde fra om at {p}. Det har vært slik lenge.", "Nå er jeg lei! {P}, og ingen gjør noe.", "Avvik: {p}."],
  "nn": ["Eg vil klage: {p}. Dette er ikkje godt nok.", "{P}. Kan de ordne dette snart?", "Eg må melde frå om at {p}. Det har vore slik lenge.", "No er eg lei! {P}, og ingen gjer noko."],
  "sv": ["Jag vill klaga: {p}. Det här är inte acceptabelt.", "{P}. Kan ni åtgärda det snart?", "Jag vill anmäla att {p}. Det har varit så länge.", "Nu är jag trött på det här! {P} och ingen gör något."],
  "en": ["I want to complain: {p}. This is not good enough.", "{P}. Can you fix this soon?", "I am reporting that {p}. It has been like this for a long time."],
 },
 "suggestion": {
  "nb": ["Jeg har et forslag: kunne dere {i}?", "Forslag til kommunen: {i}. Det ville gjort mye for oss som bor her.", "Hva med å {i}? Jeg tror mange ville satt pris på det.", "Det hadde vært fint om kommunen kunne {i}."],
  "nn": ["Eg har eit forslag: kunne de {i}?", "Forslag til kommunen: {i}. Det ville gjort mykje for oss som bur her.", "Det hadde vore fint om kommunen kunne {i}."],
  "sv": ["Jag har ett förslag: kunde ni {i}?", "Förslag till kommunen: {i}. Det skulle betyda mycket för oss som bor här.", "Det vore bra om kommunen kunde {i}."],
  "en": ["I have a suggestion: could you {i}?", "A suggestion for the council: {i}. It would make a big difference.", "It would be great if the council could {i}."],
 },
 "praise": {
  "nb": ["Jeg vil bare si tusen takk for {r}. Dere gjør en fantastisk jobb!", "Ros til kommunen for {r}.", "Takk for {r}, det setter vi stor pris på.", "Skryt til alle som sto bak {r}!"],
  "nn": ["Eg vil berre seie tusen takk for {r}. De gjer ein fantastisk jobb!", "Ros til kommunen for {r}.", "Takk for {r}, det set vi stor pris på."],
  "sv": ["Jag vill bara säga stort tack för {r}. Ni gör ett fantastiskt jobb!", "Beröm till kommunen för {r}.", "Tack för {r}, det uppskattar vi verkligen."],
  "en": ["I just want to say thank you for {r}. You are doing a fantastic job!", "Praise to the council for {r}.", "Thanks for {r}, we really appreciate it."],
 },
 "question": {
  "nb": ["Jeg lurer på {q}?", "Kan dere fortelle meg {q}?", "Et spørsmål: {q}?", "{Q}? Jeg finner det ikke på nettsiden."],
  "nn": ["Eg lurer på {q}?", "Kan de fortelje meg {q}?", "Eit spørsmål: {q}?"],
  "sv": ["Jag undrar {q}?", "Kan ni berätta {q}?", "En fråga: {q}?", "{Q}? Jag hittar det inte på webbplatsen."],
  "en": ["I wonder {q}?", "Could you tell me {q}?", "A question: {q}?"],
 },
}

FORMAL = {
 "application": {
  "nb": ["Søknad om {a}. Jeg søker herved om {a} og legger ved dokumentasjon.", "Jeg vil søke om {a}. Vedlagt er søknadsskjema."],
  "nn": ["Søknad om {a}. Eg søkjer med dette om {a} og legg ved dokumentasjon."],
  "sv": ["Ansökan om {a}. Jag ansöker härmed om {a} och bifogar underlag.", "Jag vill ansöka om {a}. Bifogat finns ansökningsblanketten."],
  "en": ["Application for {a}. I hereby apply for {a} and attach the documents."],
  "things": {"roads_traffic": {"nb": "parkeringstillatelse for forflytningshemmede", "nn": "parkeringsløyve for rørslehemma", "sv": "parkeringstillstånd för rörelsehindrade", "en": "a disabled parking permit"},
             "school": {"nb": "skoleskyss for datteren min", "nn": "skuleskyss for dottera mi", "sv": "skolskjuts för min dotter", "en": "school transport for my daughter"},
             "kindergarten": {"nb": "barnehageplass fra august", "nn": "barnehageplass frå august", "sv": "förskoleplats från augusti", "en": "a kindergarten place from August"},
             "building_planning": {"nb": "tillatelse til å bygge en garasje", "nn": "løyve til å byggje ein garasje", "sv": "bygglov för ett garage", "en": "a permit to build a garage"},
             "culture_sports": {"nb": "kulturmidler til korpset", "nn": "kulturmidlar til korpset", "sv": "föreningsbidrag till kören", "en": "a culture grant for our choir"},
             "health_care": {"nb": "plass på sykehjem for min far", "nn": "plass på sjukeheim for far min", "sv": "plats på äldreboende för min far", "en": "a nursing home place for my father"},
             "social_services": {"nb": "økonomisk sosialhjelp", "nn": "økonomisk sosialhjelp", "sv": "försörjningsstöd", "en": "financial assistance"}},
 },
 "appeal": {
  "nb": ["Klage på vedtak om {a}. Jeg påklager vedtaket datert 3. mars og ber om at det omgjøres.", "Jeg klager herved på vedtaket om {a}. Begrunnelsen følger under."],
  "nn": ["Klage på vedtak om {a}. Eg klagar på vedtaket datert 3. mars og ber om at det blir gjort om."],
  "sv": ["Överklagande av beslut om {a}. Jag överklagar beslutet daterat den 3 mars och begär att det ändras.", "Jag överklagar härmed beslutet om {a}."],
  "en": ["Appeal against the decision on {a}. I appeal the decision dated 3 March and ask that it be reversed."],
  "things": None,
 },
 "access_request": {
  "nb": ["Innsynsbegjæring: jeg ber om innsyn i {d} etter offentleglova.", "Jeg ber om kopi av {d}, jf. offentleglova § 3.", "Krav om innsyn i {d}."],
  "nn": ["Innsynskrav: eg ber om innsyn i {d} etter offentleglova.", "Eg ber om kopi av {d}, jf. offentleglova § 3."],
  "sv": ["Begäran om allmän handling: jag begär att få ta del av {d}.", "Jag begär ut {d} enligt offentlighetsprincipen.", "Jag vill ta del av {d}, som är allmän handling."],
  "en": ["Request for access to public records: I ask for a copy of {d}.", "Under freedom of information I request {d}."],
  "docs": {"nb": ["kontrakten med brøyteentreprenøren", "postjournalen for uke 12", "saksdokumentene i byggesaken", "møtereferatet fra formannskapet"],
           "nn": ["kontrakten med brøyteentreprenøren", "postjournalen for veke 12", "saksdokumenta i byggjesaka"],
           "sv": ["avtalet med snöröjningsentreprenören", "diariet för vecka 12", "handlingarna i bygglovsärendet", "protokollet från kommunstyrelsen"],
           "en": ["the snow clearing contract", "the records register for week 12", "the documents in the planning case"]},
 },
 "other_formal": {
  "nb": [("Erstatningskrav", "Jeg fremmer herved et erstatningskrav mot kommunen for skaden på bilen min, og legger ved kvittering fra verkstedet.", "roads_traffic"),
         ("Krav om erstatning", "Kjelleren vår ble oversvømt da kommunens avløpsledning sprakk. Vi krever erstatning for skadene.", "water_sewage"),
         ("Varsel om søksmål", "Dette er et formelt varsel om søksmål dersom kommunen ikke retter feilen innen fristen.", "building_planning"),
         ("Klage til Sivilombudet", "Jeg har sendt saken til Sivilombudet og ber kommunen sende over saksdokumentene.", "other")],
  "nn": [("Erstatningskrav", "Eg set med dette fram eit erstatningskrav mot kommunen for skaden på bilen min.", "roads_traffic"),
         ("Krav om erstatning", "Kjellaren vår vart oversymd då avløpsleidninga til kommunen sprakk. Vi krev erstatning.", "water_sewage")],
  "sv": [("Skadeståndsanspråk", "Jag framställer härmed ett skadeståndsanspråk mot kommunen för skadan på min bil och bifogar kvittot.", "roads_traffic"),
         ("Krav på ersättning", "Vår källare översvämmades när kommunens avloppsledning brast. Vi kräver ersättning för skadorna.", "water_sewage"),
         ("Anmälan till JO", "Jag har anmält kommunens handläggning till Justitieombudsmannen.", "other")],
  "en": [("Compensation claim", "I hereby submit a compensation claim against the council for the damage to my car, with the garage receipt attached.", "roads_traffic"),
         ("Claim", "Our basement flooded when the council's sewer burst. We claim compensation for the damage.", "water_sewage")],
 },
}

SUBJECTS = {
 "deviation": {"nb": ["Klage", "Avvik", "Problem", None], "nn": ["Klage", "Problem", None], "sv": ["Klagomål", "Problem", None], "en": ["Complaint", None]},
 "suggestion": {"nb": ["Forslag", None], "nn": ["Forslag", None], "sv": ["Förslag", None], "en": ["Suggestion", None]},
 "praise": {"nb": ["Ros", "Takk", None], "nn": ["Ros", "Takk", None], "sv": ["Beröm", "Tack", None], "en": ["Thank you", None]},
 "question": {"nb": ["Spørsmål", None], "nn": ["Spørsmål", None], "sv": ["Fråga", None], "en": ["Question", None]},
}

def cap(s): return s[:1].upper() + s[1:]

def wrap(lang, body):
    parts = [random.choice(GREET[lang]), body, random.choice(SIGN[lang])]
    return "\n\n".join(p for p in parts if p)

out = []
for area, langs in AREAS.items():
    for lang, (problems, ideas, praised, questions) in langs.items():
        for kind, slot, items in (("deviation", "p", problems), ("suggestion", "i", ideas), ("praise", "r", praised), ("question", "q", questions)):
            frames = FRAMES[kind][lang]
            for n, item in enumerate(items):
                frame = frames[n % len(frames)]
                body = frame.replace("{" + slot + "}", item).replace("{" + slot.upper() + "}", cap(item))
                out.append({"subject": random.choice(SUBJECTS[kind][lang]), "text": wrap(lang, body), "kind": kind,
                            "service_area": area, "language": lang})
                if len(items) <= 3:  # a second phrasing for the thinner banks
                    frame = frames[(n + 1) % len(frames)]
                    body = frame.replace("{" + slot + "}", item).replace("{" + slot.upper() + "}", cap(item))
                    out.append({"subject": None, "text": wrap(lang, body), "kind": kind, "service_area": area, "language": lang})

for lang in ("nb", "nn", "sv", "en"):
    for area, things in FORMAL["application"]["things"].items():
        for frame in FORMAL["application"][lang]:
            out.append({"subject": ("Søknad" if lang in ("nb", "nn") else "Ansökan" if lang == "sv" else "Application"),
                        "text": wrap(lang, frame.replace("{a}", things[lang])), "kind": "formal", "formal_type": "application",
                        "service_area": area, "language": lang})
            for frame in FORMAL["appeal"][lang]:
                out.append({"subject": ("Klage på vedtak" if lang in ("nb", "nn") else "Överklagande" if lang == "sv" else "Appeal"),
                            "text": wrap(lang, frame.replace("{a}", things[lang])), "kind": "formal", "formal_type": "appeal",
                            "service_area": area, "language": lang})
    for doc, area in zip(FORMAL["access_request"]["docs"][lang], ["roads_traffic", "other", "building_planning", "other"]):
        for frame in FORMAL["access_request"][lang]:
            out.append({"subject": ("Innsyn" if lang in ("nb", "nn") else "Allmän handling" if lang == "sv" else "FOI request"),
                        "text": wrap(lang, frame.replace("{d}", doc)), "kind": "formal", "formal_type": "access_request",
                        "service_area": area, "language": lang})
    for subject, body, area in FORMAL["other_formal"][lang]:
        out.append({"subject": subject, "text": wrap(lang, body), "kind": "formal", "formal_type": "other_formal",
                    "service_area": area, "language": lang})

# Deduplicate exact texts, keep order.
seen, rows = set(), []
for r in out:
    if r["text"] in seen: continue
    seen.add(r["text"]); rows.append({k: v for k, v in r.items() if v is not None})
path = os.path.join(os.path.dirname(__file__), "..", "..", "Config", "training", "composed.jsonl")
os.makedirs(os.path.dirname(path), exist_ok=True)
with open(path, "w") as f:
    f.write("// Composed by scripts/training/compose.py; edit the phrase banks there, not this file.\n")
    for r in rows: f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(f"{len(rows)} examples -> {os.path.normpath(path)}")
