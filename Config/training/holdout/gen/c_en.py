from lib import *

# ---------------------------------------------------------------- deviations
B = """Hello,

I am a British cyclist touring the west coast and rode through Fjordvik yesterday. The road from the ferry terminal to the town centre (I think it is Fjordvegen) has several deep potholes on the right-hand side, exactly where cyclists have to ride. I hit one at dusk and nearly came off the bike. There is no cycle lane and the lorries pass very close.

I thought you would want to know before someone gets hurt.

Kind regards,
Graham Whitfield
Leeds, UK"""
M("en_d01", lang="en", kind="deviation", area="roads_traffic", frm=("Graham Whitfield", "g.whitfield@example.org"), to=PM, tz="uk",
  subj="Dangerous potholes on the road into Fjordvik", date="2026-07-09 21:10", client="thunderbird", body=B,
  att=[{"name": "pothole_fjordvegen.png", "type": "png"}], notes="English tourist, photo attached, UK time zone")
NEAR("en_d01n", "en_d01", date="2026-07-16 20:05", tz="uk", subj_prefix="Re-sending: ",
     repl=[("rode through Fjordvik yesterday", "rode through Fjordvik last week")], att=[],
     notes="near duplicate re-sent a week later without the photo")

B = """Hi,

The recycling station by the train station in Älvsby has been overflowing for over a week. Cardboard and plastic bags are piled around the containers and the wind is spreading rubbish across the car park. It looks terrible for visitors arriving by train.

Regards,
Thomas Keller"""
M("en_d02", lang="en", kind="deviation", area="waste", frm=("Thomas Keller", "thomas.keller@gmail.com"), to=[KS, SYN],
  subj="Overflowing recycling station", date="2026-08-03 12:45", body=B, notes="English deviation to the Swedish municipality")
EXACT("en_d02x", "en_d02", mode="same_id", delay_min=2, second_box="synpunkter@alvsby.kommun.se",
      notes="exact duplicate: same Message-ID delivered to the second mailbox")

B = """Hello,

We moved to Fjordvik from Canada in August and our son is in 5th grade at Fjordvik barneskole. Almost all messages from the school come only in Norwegian, on the app, often with short deadlines. Last week we missed that the class was going on a trip and he was the only one without a packed lunch and proper clothes. He was very upset.

We are learning Norwegian, but we are not there yet. Could the school at least send important messages in English, or tell us who we can ask?

Best regards,
Jennifer and Mark Olsen"""
M("en_d03", lang="en", kind="deviation", area="school", frm=("Jennifer Olsen", "jen.olsen@outlook.com"), to=PM,
  subj="School information only in Norwegian", date="2026-09-22 19:30", body=B, notes="deviation with a request, expat parents")
FU("en_d03f", "en_d03", threaded="via", date="2026-09-24 21:02", subj="RE: School information only in Norwegian",
   body="""Dear Ms Nilsen,

Thank you so much for your quick and kind reply. Yes, a short summary in English for the trips and the days off would help a lot. Wednesday after school works for us for a meeting.

Best,
Jennifer

________________________________
From: Randi Nilsen <randi.nilsen@fjordvik.kommune.no>
Sent: Thursday, September 24, 2026 10:14
To: Jennifer Olsen <jen.olsen@outlook.com>
Subject: SV: School information only in Norwegian

Dear Jennifer,
I am the principal. I am sorry about the trip. We will add a short English note to important messages. Could you come to a meeting next Wednesday?
Kind regards, Randi Nilsen""", notes="threaded reply to the principal's answer")

B = """To whom it may concern,

My father, Göran Lindqvist, lives at Tallbacka nursing home (ward B). I live in Manchester, so I write in English, I hope that is fine.

On Sunday my cousin visited him and found large bruises on his arm and his face. The staff said he had fallen out of bed on Thursday night, but nobody called me or my cousin, even though we are listed as next of kin. Dad has Alzheimer's and cannot explain what happened. He also takes blood thinners, so a fall is serious, and we don't know if a doctor has examined him.

I would like to know what happened, whether he has been seen by a doctor, and why the family was not informed. Please call me on +44 7700 900 412.

Yours faithfully,
Helen Lindqvist Burke"""
M("en_d04", lang="en", kind="deviation", area="health_care", sens=True, frm=("Helen Lindqvist Burke", "helen.burke@example.co.uk"), to=KS, tz="uk",
  subj="My father at Tallbacka - fall not reported", date="2026-02-17 22:30", client="outlook", body=B,
  notes="sensitive: father's dementia, fall, bruises, anticoagulants; UK phone number")
NEAR("en_d04n", "en_d04", date="2026-02-24 21:15", tz="uk", subj_prefix="Second request: ",
     prefix="I have not had any response to my e-mail of 17 February below. Please could someone contact me.\n\n",
     notes="near duplicate: 'Second request' with a new first paragraph; sensitive")

B = """Hi,

We booked the large hall at Älvsby sporthall for our badminton club every Thursday 19-21 this autumn, and paid in advance. Last Thursday and today, when we arrived, there was a floorball team in the hall who also had a booking. The caretaker could not help us. This is the second time this month and 14 players went home.

I attach our booking confirmation.

Nikolai Petrov
Älvsby Badminton International"""
M("en_d05", lang="en", kind="deviation", area="culture_sports", frm=("Nikolai Petrov", "nikolai.petrov@example.se"), to=KS,
  subj="Double booking at the sports hall", date="2026-10-01 21:40", body=B,
  att=[{"name": "booking_confirmation.txt", "type": "txt", "content": """ÄLVSBY KOMMUN - BOKNINGSBEKRÄFTELSE
Bokningsnr: FB-26-10233
Anläggning: Älvsby sporthall, stora hallen
Tid: torsdagar 19:00-21:00, v.35-v.50
Kund: Älvsby Badminton International
Betalt: 7 200 kr
"""}], notes="deviation with a Swedish booking confirmation as .txt attachment")

B = """Hello,

Last week there was a boil-water notice in Nesbygda. We only found out from our neighbour two days later. The notice was on the Norwegian web page and on Facebook, in Norwegian only. Many of the seasonal workers at the fish plant do not read Norwegian and did not know either.

Please send SMS warnings in English too. This is about people's safety.

Piotr Wiśniewski"""
M("en_d06", lang="en", kind="deviation", area="water_sewage", frm=("Piotr Wiśniewski", "piotr.wisniewski@gmail.com"), to=PM,
  subj="Boil water notice not in English", date="2026-06-18 17:55", body=B, notes="deviation with a suggestion, second-language English")

B = """Hi, most of the links on the English pages of your website lead to "Page not found" (404). I tried "Moving to Fjordvik", "Kindergarten" and "Waste collection". The English pages also still show the opening hours for 2023.

Regards, A. Mensah"""
M("en_d07", lang="en", kind="deviation", area="other", frm=("Akosua Mensah", "akosua.mensah@example.org"), to=PM,
  subj="Broken links on English web pages", date="2026-01-27 14:05", client="roundcube", body=B, notes="short deviation about the website")

B = """Good day,

My name is Oksana Melnyk, I live in Fjordvik since 2024. In October the kindergarten office told me my daughter Sofiia will get place in Lia kindergarten from January. I said yes and found a job that starts in January. Now in December I get letter that place is from March, not January. Nobody explain why.

I can lose my job. Please help me, what I can do?

Oksana Melnyk"""
M("en_d08", lang="en", kind="deviation", area="kindergarten", frm=("Oksana Melnyk", "oksana.melnyk@gmail.com"), to=PM,
  subj="Kindergarten place moved to March", date="2026-12-04 11:20", body=B, notes="second-language English; deviation with question")

# ---------------------------------------------------------------- suggestions
B = """Dear library,

There are now quite a few international families in Älvsby, but the library has only one shelf of English books for adults and almost nothing for children. Would it be possible to buy more English children's books, and perhaps have a story hour in English once a month? I would be happy to volunteer.

Warm regards,
Priya Raman"""
M("en_s01", lang="en", kind="suggestion", area="culture_sports", frm=("Priya Raman", "priya.raman@gmail.com"), to=SYN,
  subj="English books and story hour", date="2026-02-05 10:15", body=B, notes="suggestion")

B = """Hi

Suggestion: please put up covered bike racks at Fjordvik train station. At the moment there are only six uncovered racks and people lock their bikes to the fence. In winter the bikes are covered in snow.

Thanks,
Daniel Hughes"""
M("en_s02", lang="en", kind="suggestion", area="roads_traffic", frm=("Daniel Hughes", "dan.hughes@example.org"), to=PM,
  subj="Bike racks at the station", date="2026-04-15 08:25", client="apple", body=B, notes="suggestion")
FU("en_s02f", "en_s02", threaded=None, date="2026-04-16 07:50", subj="Bike racks - one more thing",
   body="""Further to my e-mail yesterday: a charging point for e-bikes would also be great, a lot of commuters use them now. Daniel Hughes""",
   notes="unthreaded follow-up ('further to my e-mail yesterday')")

B = """Hello,

I have a suggestion for the municipality: could the "Min side" citizen portal be offered in English? Many of us who work in Norway have lived here for years but still find the official language in forms hard. Even a translated version of the main menu and the help texts would make a big difference.

Best regards,
Rahul Menon"""
M("en_s03", lang="en", kind="suggestion", area="other", frm=("Rahul Menon", "rahul.menon@gmail.com"), to=PM,
  subj="Citizen portal in English", date="2026-05-27 13:40", fmt="html", body=B, notes="Gmail HTML-only")
NEAR("en_s03n", "en_s03", date="2026-06-08 12:10", subj_prefix="Fwd: ",
     prefix="Sending this again as I didn't get any reply.\n\n", notes="near duplicate with Fwd: subject and a new first line")

B = """Hi there,

The waste sorting guide you send out is only in Swedish. A simple one-page version with pictures, in English and maybe Arabic and Somali, would help a lot of new residents sort correctly. I see a lot of wrong sorting in our building's bin room.

Cheers,
Liam O'Connor"""
M("en_s04", fmt="html", lang="en", kind="suggestion", area="waste", frm=("Liam O'Connor", "liam.oconnor@example.se"), to=SYN,
  subj="Sorting guide in more languages", date="2026-03-31 19:00", body=B, notes="suggestion")

B = """Dear planning department,

I'd like to suggest that the new zoning plan for Norrbyn allows small plots for tiny houses (under 30 m²). Young people and single adults can't afford the large plots on offer, and tiny houses would make it possible to stay in Älvsby.

Kind regards,
Emily Carter"""
M("en_s05", lang="en", kind="suggestion", area="building_planning", frm=("Emily Carter", "emily.carter@example.org"), to=KS,
  subj="Tiny houses in the Norrbyn plan", date="2026-04-02 16:50", body=B, notes="suggestion in a planning context (not a formal hearing statement)")

# ---------------------------------------------------------------- praise
B = """Hello,

I just wanted to say thank you to the staff at Tallbacka for the lovely summer party for the residents and their families last Saturday. The music, the strawberry cake, everything was so well organised. My aunt had a wonderful time.

Best wishes,
Susan Hall"""
M("en_p01", lang="en", kind="praise", area="health_care", frm=("Susan Hall", "susan.hall@example.org"), to=KS,
  subj="Thank you for the summer party", date="2026-06-23 09:10", body=B, notes="trap: nursing-home praise without any health details")

B = """Hi! We are Dutch tourists and our camper van got stuck on the icy road up to Kusberget. One of your road workers came by with a sand truck, helped us get free and even showed us a safer route. Please thank him from us!

Annelies & Joost"""
M("en_p02", lang="en", kind="praise", area="roads_traffic", frm=("Annelies de Vries", "annelies.devries@example.org"), to=KS,
  subj="Thank you!", date="2026-03-01 15:30", client="iphone", body=B, notes="tourist praise")

B = """Dear Fjordvik ungdomsskole,

Our son Yusuf started in the introduction class in August without knowing any Norwegian. The teachers have been amazing, patient and kind, and he now has friends and can already read short texts in Norwegian. Thank you for welcoming him.

With gratitude,
Amina Hassan"""
M("en_p03", lang="en", kind="praise", area="school", frm=("Amina Hassan", "amina.hassan@gmail.com"), to=PM,
  subj="Thank you", date="2026-11-26 20:20", body=B, notes="praise")
FU("en_p03f", "en_p03", threaded=None, date="2026-11-27 08:05", subj="Thank you - teacher names",
   body="Sorry, I forgot to write the names: Mr Bjørnar Vik and Ms Sahar Karimi. Amina Hassan",
   notes="unthreaded follow-up with names ('I forgot to write')")

B = """What a fantastic midsummer celebration in Älvsby! The dancing around the maypole, the music and the food stalls were all great, and it was our first real Swedish midsummer. Thank you to everyone who organised it.

Marco and Giulia Rossi"""
M("en_p04", fmt="html", lang="en", kind="praise", area="culture_sports", frm=("Marco Rossi", "marco.rossi@example.org"), to=SYN,
  subj="Midsummer", date="2026-06-20 22:45", body=B, notes="praise")

# ---------------------------------------------------------------- questions
B = """Hello, I just moved to Storgatan 12 and I don't have any bins for food waste. How do I get the brown bin and the paper bags? Also, where do I put batteries?

Thanks,
Chen Wei"""
M("en_q01", lang="en", kind="question", area="waste", frm=("Chen Wei", "chen.wei@example.se"), to=KS,
  subj="Food waste bin", date="2026-09-04 17:35", body=B, notes="new-resident question")
NEAR("en_q01n", "en_q01", date="2026-09-14 18:00", repl=[("Hello, I just moved", "Hello again, I moved")],
     notes="near duplicate: first words changed, same subject")

B = """Hi,

Do any of the preschools in Älvsby have English-speaking staff? Our daughter is 2 and only speaks English and Tamil. We want to apply but would like to choose a preschool where someone can understand her at the start.

Regards,
Arjun Krishnan"""
M("en_q02", lang="en", kind="question", area="kindergarten", frm=("Arjun Krishnan", "arjun.krishnan@gmail.com"), to=KS,
  subj="English-speaking preschool staff?", date="2026-01-08 12:50", body=B, notes="question mentioning intent to apply (trap)")

B = """Hello,

We have bought a holiday house at Hamna 5 in Fjordvik. We would like to build a small extension (about 15 m²) with a bathroom. Do we need a building permit, and can we use an architect from Germany to make the drawings?

Best regards,
Katrin Bauer"""
M("en_q03", lang="en", kind="question", area="building_planning", frm=("Katrin Bauer", "katrin.bauer@example.org"), to=PM,
  subj="Extension to holiday house", date="2026-05-07 09:00", client="thunderbird", body=B, notes="question")
FU("en_q03f", "en_q03", threaded="direct", date="2026-05-07 11:35", subj="Re: Extension to holiday house",
   body="""One more detail: the house is about 60 metres from the sea. I read that this may matter.

Katrin

On 07.05.2026 09:00, Katrin Bauer wrote:
""" + quote(B), notes="threaded follow-up to own message, > quote")

B = """Hi, I came to Norway with my husband in spring. How can I sign up for Norwegian classes through the municipality, and is it free? I have a residence permit as family member.

Thank you
Maria Santos"""
M("en_q04", lang="en", kind="question", area="social_services", frm=("Maria Santos", "maria.santos88@yahoo.com"), to=PM,
  subj="Norwegian classes", date="2026-03-19 14:25", body=B, notes="question; area social vs other arguable")

B = """Hello, how do I get a resident parking permit for the zone around Sjøgata? I live at Sjøgata 20 and have one car.

David Kim"""
M("en_q05", lang="en", kind="question", area="roads_traffic", frm=("David Kim", "david.kim@example.org"), to=PM,
  subj=None, date="2026-08-18 07:40", client="android", body=B, notes="short question")
EXACT("en_q05x", "en_q05", mode="resend", date="2026-08-18 07:41", notes="exact duplicate: same body re-sent a minute later, new Message-ID")

B = """Hi,

What are the opening hours of the health station in Fjordvik, and do they give travel vaccines? We are going to Kenya in February.

Thanks, Sarah"""
M("en_q06", lang="en", kind="question", area="health_care", frm=("Sarah Lund", "sarah.lund@outlook.com"), to=PM,
  subj="Health station opening hours", date="2026-11-30 12:00", body=B, notes="trap: health-station words, no personal health details")

# ---------------------------------------------------------------- formal
B = """Subject access request under Article 15 GDPR

Dear Data Protection Officer,

I am writing to make a subject access request. Please provide me with a copy of all personal data that Fjordvik kommune holds about me, the purposes of the processing, the recipients, and the retention period. This includes any data from when I worked as a seasonal employee at the harbour in 2023 and 2024.

Name: Tomasz Kowalczyk
D-number: {d}
Address: Havnegata 3, 6520 Fjordvik

I look forward to your reply within one month.

Yours sincerely,
Tomasz Kowalczyk""".format(d=fnr("140590", 611, d_number=True))
M("en_a01", lang="en", kind="formal", ftype="access_request", area="other", sens=True, frm=("Tomasz Kowalczyk", "tomasz.kowalczyk@gmail.com"), to=PM,
  subj="Subject access request - GDPR Art. 15", date="2026-03-11 10:30", body=B, notes="GDPR access request for own data with a valid D-number")
NEAR("en_a01n", "en_a01", date="2026-04-14 09:15", subj_prefix="REMINDER: ",
     prefix="Dear Sir or Madam, I sent the request below on 11 March and have received no answer. The one-month deadline has passed.\n\n",
     notes="near duplicate: REMINDER with a new first paragraph; still contains the D-number")

B = """Dear Sir or Madam,

Under the Swedish principle of public access to official documents (offentlighetsprincipen), I request copies of the following:

1. The tender documents and the signed contract for school transport in Älvsby municipality, 2025-2029.
2. The evaluation report of the tenders received.

I am a researcher at a university in Finland studying rural school transport. Electronic copies are preferred.

Yours faithfully,
Dr. Aino Virtanen"""
M("en_a02", lang="en", kind="formal", ftype="access_request", area="school", frm=("Aino Virtanen", "aino.virtanen@example.fi"), to=KS,
  subj="Request for official documents - school transport contract", date="2026-10-05 10:00", client="outlook", body=B,
  notes="English access request to the Swedish municipality; area school (school transport)")

M("en_a03", lang="en", kind="formal", ftype="access_request", area="building_planning",
  frm=("Robert Miles", "robert.miles@example.org"), to=PM, subj="Construction next door - again", date="2026-07-30 22:10", client="gmail",
  body="""Hello,

I'm writing again about the building works at Nordbakken 7, next to my holiday house at Nordbakken 5. I have attached a timeline of what has happened since April, because I feel nobody at the municipality is keeping track.

In short: the builders work on Sundays, they have blocked the shared driveway with a container for six weeks, and the new wall is much closer to my boundary than the drawings I was shown. I was never sent a neighbour notice.

I would like to see the permit and the approved drawings for Nordbakken 7, and any correspondence between the owner and the planning office. I need to know what was actually approved before I talk to a lawyer.

Please also tell me who the responsible case officer is.

Robert Miles""",
  att=[{"name": "timeline_nordbakken7.html", "type": "html", "content": """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Timeline Nordbakken 7</title></head>
<body>
<h1>Timeline - building works at Nordbakken 7</h1>
<table border="1" cellpadding="4">
<tr><th>Date</th><th>What happened</th></tr>
<tr><td>14 April 2026</td><td>Digging starts, no notice to neighbours</td></tr>
<tr><td>3 May 2026</td><td>Container placed on shared driveway</td></tr>
<tr><td>24 May 2026</td><td>Work on Sunday from 08:00 (noise, concrete mixer)</td></tr>
<tr><td>18 June 2026</td><td>New wall built about 2 m from my boundary</td></tr>
<tr><td>2 July 2026</td><td>E-mail to planning office, no reply</td></tr>
</table>
</body></html>
"""}], notes="access request inside a long complaint; HTML timeline attachment")

M("en_app01", lang="en", kind="formal", ftype="application", area="other",
  frm=("Northlight Films Ltd", "production@northlightfilms.example.co.uk"), to=PM, tz="uk",
  subj="Application for filming permit - Fjordvik harbour", date="2026-04-23 16:20", client="outlook",
  body="""Dear Fjordvik kommune,

Please find attached our application for permission to film at Fjordvik harbour and the town square on 8-10 June 2026, including drone shots.

Kind regards,
Charlotte Price
Line Producer, Northlight Films Ltd""",
  att=[{"name": "Filming_application_Fjordvik.pdf", "type": "pdf", "title": "Filming application", "content": [
      "Application for filming permission - Fjordvik harbour and town square",
      "",
      "Applicant: Northlight Films Ltd, London",
      "Production: 'The Quiet Coast' (TV drama, 6 episodes)",
      "Dates: 8-10 June 2026, 06:00-20:00",
      "Locations: Fjordvik harbour (quay 2), town square (Torget)",
      "Crew: approx. 35 people, 6 vehicles",
      "Drone: DJI Inspire 3, licensed operator, max height 120 m",
      "We request temporary parking for 6 vehicles and a 20-minute traffic stop on Havnegata on 9 June.",
      "",
      "Contact: Charlotte Price, Line Producer"]}],
  notes="application in a PDF attachment (filming permit): area other vs culture arguable")

M("en_app02", lang="en", kind="formal", ftype="application", area="kindergarten",
  frm=("Fatima Al-Sayed", "fatima.alsayed@gmail.com"), to=KS, subj="Application for preschool", date="2026-02-12 20:15",
  body="""Hello,

I could not log in to the e-service because I don't have BankID yet, so I send the application form as a Word file. Please tell me if you need anything else.

Fatima Al-Sayed""",
  att=[{"name": "preschool_application.docx", "type": "docx", "content": [
      [("Application for a preschool place")],
      "Child: Omar Al-Sayed, born 2023-05-30",
      "Requested start: 1 April 2026",
      "Preferred preschool: 1) Solrosen 2) Trollskogen",
      "Hours: about 35 hours per week (parent studying SFI)",
      "Parent: Fatima Al-Sayed, Järnvägsgatan 9, Älvsby",
      "Phone: 076-410 22 81"]}],
  notes="application in DOCX; body explains why; birth date only")
FU("en_app02f", "en_app02", threaded=None, date="2026-02-13 09:30", subj="Application for preschool - Omar",
   body="""Hello again, further to my e-mail yesterday: my husband Khaled Al-Sayed is also guardian and agrees with the application. He has a job at the sawmill from March, so we need the full hours.

Fatima""", notes="unthreaded addition to an application ('further to my e-mail yesterday')")

B = """Dear Sir/Madam,

I wish to appeal against the parking fee (kontrollsanksjon no. 7714 2093) issued on 12 August 2026 in the municipal car park at Torget.

I had paid for parking in the app from 10:02 to 12:00. The fee was issued at 11:40. It seems the app registered the wrong registration number, as I had just changed cars. The correct number is EL 72 991. A screenshot of the payment is available on request.

I ask that the fee be cancelled.

Yours faithfully,
James O'Brien"""
M("en_k01", lang="en", kind="formal", ftype="appeal", area="roads_traffic", frm=("James O'Brien", "james.obrien@example.org"), to=PM,
  subj="Appeal - parking fee 7714 2093", date="2026-08-14 18:40", body=B, notes="appeal against a parking fee; reference numbers not ids")
NEAR("en_k01n", "en_k01", date="2026-08-28 17:55", subj_prefix="2nd attempt: ",
     repl=[("I wish to appeal against", "I am writing again to appeal against")], notes="near duplicate: one phrase changed, subject prefixed")

B = """Appeal against decision on building permit

I appeal against the decision of the Environment and Building Committee of 22 April 2026 (reference BN 2026/201) to refuse a building permit for a sauna cabin on my property Lillträsk 6:3.

The committee states that the sauna is too close to the lake. The same distance (28 m) was accepted for the sauna at Lillträsk 6:5 in 2021. I also offered to move the building 5 metres further back, which was not considered.

I ask that the decision be overturned.

Henrik Andersen"""
M("en_k02", lang="en", kind="formal", ftype="appeal", area="building_planning", frm=("Henrik Andersen", "henrik.andersen@example.dk"), to=KS,
  subj="Appeal BN 2026/201", date="2026-05-08 11:15", body=B, notes="appeal in English by a Danish owner")
FU("en_k02f", "en_k02", threaded="via", date="2026-05-13 15:40", subj="Re: Appeal BN 2026/201",
   body="""Dear Ms Holm,

Yes, I confirm that the appeal is against the whole decision, not only the conditions. I was notified of the decision on 29 April, so the appeal is within the three weeks.

Best regards,
Henrik Andersen

> Hej Henrik,
> Vi har tagit emot ditt överklagande. Kan du bekräfta att det gäller hela
> beslutet och vilket datum du fick del av beslutet?
> Med vänlig hälsning, Sara Holm, registrator""", notes="threaded reply to the registrar's question; quote is Swedish, message English")

M("en_o01", lang="en", kind="formal", ftype="other_formal", area="roads_traffic",
  frm=("Michael Grant", "michael.grant@example.org"), to=PM, subj="Claim for damage to my car", date="2026-01-23 09:50", client="outlook",
  body="""Dear Fjordvik kommune,

Please find attached my formal claim for compensation for damage caused by a municipal snowplough.

Michael Grant""",
  att=[{"name": "Damage claim - M Grant.docx", "type": "docx", "content": [
      [("Claim for compensation")],
      "On 20 January 2026 at about 06:15, a snowplough working for Fjordvik kommune hit my parked car (VW Golf, EK 30 518) outside Bjørkeveien 12. The left mirror and the rear door are damaged.",
      "A neighbour saw it happen and can confirm. The driver did not stop.",
      "The repair estimate from Fjordvik Bil AS is NOK 14 300.",
      "I claim compensation for the full amount.",
      "Michael Grant, Bjørkeveien 12"]}],
  notes="damage claim only in the DOCX: other_formal")

M("en_o02", lang="en", kind="formal", ftype="other_formal", area="building_planning",
  frm=("Ingrid Holt", "ingrid.holt@example.org"), to=PM, subj="Authorisation for my son", date="2026-09-30 15:05",
  body="""Dear planning office,

I live abroad and cannot follow up the case about the boundary adjustment for my late father's property at Vikaveien 40 myself. I hereby authorise my son, Erik Holt, to act on my behalf in this case, to receive documents and to sign. The signed authorisation is attached.

Kind regards,
Ingrid Holt""",
  att=[{"name": "authorisation_Holt.docx", "type": "docx", "content": [
      [("Power of attorney")],
      "I, Ingrid Holt, residing in Edinburgh, hereby authorise Erik Holt to represent me in all matters concerning the boundary adjustment (oppmålingssak) for Vikaveien 40, Fjordvik.",
      "This authorisation is valid until 31 December 2027.",
      "Edinburgh, 28 September 2026",
      "Signed: Ingrid Holt"]}],
  notes="power of attorney (other_formal); 'late father' is not a health detail")
