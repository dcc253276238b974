"""English: residents, newcomers and visitors writing to both municipalities."""
from lib import *

def _b(key):
    return next(s for s in REG if s["key"] == key)["body"]

# ------------------------------------------------------------------ access requests
M("en-ar01", lang="en", kind="formal", ftype="access_request", area="other",
  frm=("Tomasz Kowalczyk", "tomasz.kowalczyk@gmail.com"), to=PM, date="2026-01-15 18:20",
  subj="Subject access request",
  sens=True,
  body="""Dear Sir or Madam,

Under Article 15 of the GDPR I am asking for a copy of all personal data Fjordvik kommune holds about me, including e-mails and notes from my contact with the housing office and the refugee and integration service in 2024 and 2025.

To help you find me: my D-number is %s, and my address is Sjøgata 11, 4870 Fjordvik.

Kind regards,
Tomasz Kowalczyk
""" % fnr("220391", 312, d_number=True),
  notes="Subject access request with a valid D-number.")

M("en-ar02", lang="en", kind="formal", ftype="access_request", area="roads_traffic",
  frm=("Oliver Grant", "oliver.grant@outlook.com"), to=PM, date="2026-02-06 10:55",
  subj="Parking ticket 3 Feb",
  body="""Hello,

I received a parking ticket at Kaigata on 3 February at 14:02. I had paid in the app until 14:30 and have the receipt. I'm not sure yet whether I will appeal, because I don't understand what the warden saw.

Before I decide, please send me the photos the warden took, the notes on the ticket and the log from your app provider showing my payment.

Oliver Grant
""",
  notes="Access request explicitly before an appeal; not an appeal yet.")

M("en-ar03", lang="en", kind="formal", ftype="access_request", area="school",
  frm=("Rebecca Lindahl", "rebecca.lindahl@gmail.com"), to=KS, date="2026-01-22 20:30",
  subj="Norrby school closure",
  body="""Hi,

I'm a parent at Norrbyskolan (we moved here from Canada two years ago, so sorry for writing in English). Could you send me the minutes of the education committee meeting where closing the school's years 7-9 was discussed, and the cost analysis the decision was based on?

Thanks,
Rebecca Lindahl
""",
  notes="Request for minutes and analysis, phrased 'could you send me'.")

M("en-ar04", lang="en", kind="formal", ftype="access_request", area="building_planning",
  frm=("James Whitfield", "j.whitfield@btinternet.com"), to=PM, date="2026-02-23 09:30", client="outlook",
  subj="Fjordparken development",
  body="""Dear planning department,

I own a holiday home at Fjordparken and have just heard that a developer plans 40 new cabins on the slope above us. Nobody has told the owners anything.

I would like copies of all correspondence between the planning department and the developer (Fjordhytter AS) since 2025, including meeting notes from the pre-application meeting.

Regards,
James Whitfield
""",
  notes="Request for correspondence; has a near duplicate ('chasing this up').")

M("en-ar05", lang="en", kind="formal", ftype="access_request", area="kindergarten",
  frm=("Priya Raman", "priya.raman@yahoo.com"), to="Fjellstua barnehage <fjellstua.bhg@fjordvik.kommune.no>",
  date="2026-03-04 19:05",
  subj="Observation forms for Anika",
  body="""Hi,

At the parent conversation last week you mentioned that you use observation forms for every child. I would like to read what has been written about Anika since she started in August, including the language assessment (TRAS) you referred to.

Can you send them by email or should I collect them?

Priya
""",
  notes="Own child's kindergarten records; no health or care details.")

M("en-ar06", lang="en", kind="formal", ftype="access_request", area="health_care",
  frm=("Margaret Holm", "margaret.holm@gmail.com"), to=KS, date="2026-03-13 15:40",
  subj="My father's records from Björkbacken",
  sens=True,
  body="""Dear Sir/Madam,

My father, Sven Holm, died at Björkbacken nursing home on 18 February. In the last month of his life he fell twice and broke his hip the second time, and we were only told the next morning. I am the executor of his estate.

I would like copies of his care records, the incident reports about the falls and the notes from the staff for January and February.

Yours faithfully,
Margaret Holm
""",
  notes="Request for a deceased father's care records; falls and fracture are sensitive.")

M("en-ar07", lang="en", kind="formal", ftype="access_request", area="waste",
  frm=("Dr. Laura Becker", "laura.becker@uni-hamburg.de"), to=KS, date="2026-04-07 11:10", client="thunderbird",
  subj="Household waste data 2019-2025",
  body="""Dear colleagues,

I am a researcher working on rural waste systems in northern Scandinavia. I would be grateful if you could share the annual reports on household waste quantities (tonnes per fraction) that the municipality has prepared for 2019-2025, and the most recent waste management plan.

Best regards,
Laura Becker
""",
  notes="Researcher's request for public reports.")

# ------------------------------------------------------------------ other formal
M("en-of01", lang="en", kind="formal", ftype="appeal", area="kindergarten",
  frm=("Daniel and Hannah Cole", "hannah.cole@gmail.com"), to=PM, date="2026-03-10 21:15",
  subj="Kindergarten place for Freya",
  body="""Dear admissions office,

We received your letter of 2 March saying Freya has been offered a place at Nordbyen kindergarten instead of Sandvika, which was our first choice. We disagree with this decision.

We live 300 m from Sandvika and neither of us drives. Nordbyen is a 50-minute bus ride with one change. We ask you to reconsider and offer Freya a place at Sandvika from August.

Kind regards,
Hannah and Daniel Cole
""",
  notes="Appeal without the word 'appeal'; has a threaded addition.")

M("en-of02", lang="en", kind="formal", ftype="appeal", area="water_sewage",
  frm=("Mark Jensen", "mark.jensen@gmail.com"), to=PM, date="2026-02-16 13:25",
  subj="Connection fee decision - cabin at Lauvdalen",
  body="""Hello,

I am appealing against the decision of 28 January to charge a connection fee of NOK 42,000 for my cabin at Lauvdalen 9. The cabin was connected to the public water supply in 1998 by the previous owner, and the fee was paid then. The receipt from 1998 is attached.

Mark Jensen
""",
  att=[{"name": "kvittering_1998.pdf", "type": "pdf", "title": "Kvittering 1998",
        "content": ["Fjordvik kommune, teknisk etat", "Kvittering for tilknytningsavgift vann", "Eiendom: Lauvdalen 9",
                    "Betalt: kr 18 500,-", "Dato: 14.08.1998"]}],
  notes="Appeal with the keyword, in English, with a scanned receipt.")

M("en-of03", lang="en", kind="formal", ftype="application", area="other",
  frm=("Street Bites Nordic", "hello@streetbites.no"), to=PM, date="2026-03-17 12:45",
  subj="Food truck on the town square",
  body="""Hi!

We run a small food truck (Thai street food) and would like permission to park on the town square in Fjordvik on Saturdays from May to September, 11:00-18:00. We have our own generator and the food safety approval from Mattilsynet.

What do you need from us to get this approved, and what does it cost?

Best,
Noi and Erik, Street Bites Nordic
""",
  notes="Application for use of public space phrased as 'would like permission'.")

M("en-of04", lang="en", kind="formal", ftype="application", area="school",
  frm=("Fiona MacLeod", "fiona.macleod@gmail.com"), to=PM, date="2026-04-01 20:40",
  subj="School place for Callum from August",
  body="""Hello,

We are moving from Inverness to Fjordvik in July (my husband starts at the shipyard). I would like to register our son Callum (born 2016) at the local primary school from the start of the school year in August. We will live at Solbakken 21.

He speaks no Norwegian yet. Is there any introductory class?

Fiona MacLeod
""",
  notes="School enrolment (application) phrased 'register'.")

M("en-of05", lang="en", kind="formal", ftype="other_formal", area="other",
  frm=("Ahmad Karimi", "ahmad.karimi@hotmail.com"), to=PM, date="2026-03-20 16:05",
  subj="Ending my lease",
  body="""Hello,

I am writing to give notice that I am ending my lease of the municipal flat at Havnegata 8, flat 304, from 30 April 2026. I have found a flat in Kristiansand near my new job.

Please tell me when I should hand in the keys and how the inspection works.

Ahmad Karimi
""",
  notes="Notice terminating a municipal lease (other_formal).")

# ------------------------------------------------------------------ sensitive
M("en-s01", lang="en", kind="question", area="school",
  frm=("Claire Dubois", "claire.dubois@gmail.com"), to="Fjordvik ungdomsskole <fjordvik.us@fjordvik.kommune.no>",
  date="2026-01-21 08:05",
  subj="Leo has not been in school",
  sens=True,
  body="""Dear Mrs Andersen,

As you will have noticed, Leo has not been at school for two weeks. He has been struggling with anxiety since we moved here in the summer. He has panic attacks in the morning and says he can't breathe when he gets near the school. Our GP has referred him to the child psychiatry service but there is a waiting list.

What can the school do to help him come back, even for one hour a day?

Claire Dubois
""",
  notes="Child's anxiety and psychiatric referral.")

M("en-s02", lang="en", kind="deviation", area="health_care",
  frm=("Susan Bakke", "susan.bakke@btinternet.com"), to=PM, date="2026-02-01 17:50", client="outlook",
  subj="My mother's home care",
  sens=True,
  body="""Dear Sir or Madam,

I am writing from England about my mother, Eldrid Bakke (national ID %s), who lives alone at Fjellveien 30. She is 86, has diabetes and her eyesight is failing.

The carers come twice a day but stay only five minutes. When I visited last week her fridge was empty, her insulin pen was lying on the kitchen floor and she had lost a lot of weight. She told me nobody checks whether she eats.

I would like a meeting, by video if possible, with whoever is responsible for her care plan.

Susan Bakke
""" % fnr("110439", 236),
  notes="Relative abroad about mother's home care; valid fødselsnummer; has a near duplicate.")

M("en-s03", lang="en", kind="question", area="social_services",
  frm=("Grace Okafor", "grace.okafor@gmail.com"), to=PM, date="2026-02-09 22:35", client="android",
  subj="help with food",
  sens=True,
  body="""Hello, my husband lost his job in December and we have two small children. We have used all our savings and there is almost no food left in the house. We are not sure if we can get help because we have only lived in Norway for one year. Who can we talk to? Please, we don't know what to do.

Grace
""",
  notes="Money for food; has an unthreaded follow-up.")

M("en-s04", lang="en", kind="question", area="kindergarten",
  frm=("Lukas Schneider", "lukas.schneider@web.de"), to="Trollskogen barnehage <trollskogen.bhg@fjordvik.kommune.no>",
  date="2026-02-26 14:15",
  subj="Mila starting in March",
  body="""Hello,

Mila will start with you on 16 March. Attached is the letter from the hospital in Bergen about her condition, so that you know what to look for. Can we meet before she starts?

Best regards,
Lukas Schneider
""",
  sens=True,
  att=[{"name": "letter_Haukeland_Mila.pdf", "type": "pdf", "title": "Epikrise",
        "content": ["Haukeland universitetssjukehus, Barneklinikken", "Epikrise", "",
                    "Pasient: Mila Schneider, D-nr. %s" % fnr("030323", 618, d_number=True),
                    "Mila was born with a ventricular septal defect and had heart surgery at 6 months.",
                    "She is now doing well, but tires quickly. Staff should watch for blue lips or unusual breathlessness",
                    "and call 113 if she faints."]}],
  notes="Body neutral; heart condition and D-number only in the PDF.")

M("en-s05", lang="en", kind="praise", area="health_care",
  frm=("Ruth Andersson", "ruth.andersson@icloud.com"), to=KS, date="2026-03-06 11:20",
  subj="Thank you to the staff on Lärkan",
  body="""Dear all,

My aunt Greta lived on Lärkan, the dementia ward at Björkbacken, for the last two years of her life. Towards the end she no longer knew who we were, but the staff always knew what made her calm: her radio, her blue cardigan, a cup of warm milk.

Thank you for treating her with such kindness until the very end.

Ruth Andersson
""",
  sens=True,
  notes="Praise mentioning dementia care: sensitive.")

M("en-s06", lang="en", kind="question", area="social_services",
  frm=("Adam Novak", "adam.novak.se@gmail.com"), to=KS, date="2026-03-22 07:45",
  subj="Nowhere to live",
  sens=True,
  body="""Hello,

I have been sleeping in my car since January after my relationship ended. I work at the sawmill, but I can't find anywhere to rent and my savings went on the deposit I lost. I'm not sleeping and feel very low, some days I don't get out of the car.

Is there any emergency housing in Älvsby, or someone I can talk to?

Adam Novak
""",
  notes="Homelessness and low mood.")

# ------------------------------------------------------------------ traps
M("en-t01", lang="en", kind="question", area="health_care",
  frm=("Helen Price", "helen.price@gmail.com"), to=PM, date="2026-01-09 12:40",
  subj="Flu vaccine for visitors?",
  body="""Hi,

We are spending the winter at our cabin in Fjordvik. Does the municipality offer the flu vaccine to people who are not registered residents, and where and when is it given?

Helen Price
""",
  notes="Trap: vaccine question, nothing personal.")

M("en-t02", lang="en", kind="suggestion", area="culture_sports",
  frm=("Mia Thornton", "mia.thornton@outlook.com"), to=KS, date="2026-02-20 18:30",
  subj="Yoga classes at the culture house",
  body="""Hi!

I'm a qualified yoga teacher and I'd love to see low-cost yoga and breathing classes at the culture house, as part of the municipality's public health work. Many people say they'd like something for stress and mental wellbeing in the dark months. I'm happy to help run them.

Mia
""",
  notes="Trap: mental wellbeing as a general topic.")

M("en-t03", lang="en", kind="praise", area="social_services",
  frm=("Rev. Paul Hart", "paul.hart@anglican-scandinavia.org"), to=PM, date="2026-04-12 13:00",
  subj="The food collection at the town hall",
  body="""Dear friends,

Thank you for hosting the Easter food collection in the town hall foyer. Your staff were wonderfully helpful, and we collected more than 600 kg of food for families in the region who are struggling to make ends meet.

With gratitude,
Paul Hart
""",
  notes="Trap: food aid in general.")

# ------------------------------------------------------------------ ordinary
M("en-o01", lang="en", kind="deviation", area="roads_traffic",
  frm=("Sam Taylor", "sam.taylor@gmail.com"), to=PM, date="2026-01-20 08:50",
  subj="Cycle lane blocked every morning",
  body="""Hi,

The new cycle lane on Storgata is blocked by parked delivery vans every morning between 7 and 9, especially outside the bakery. I have to swerve into the traffic with my child on the back of the bike. Can this be enforced?

Sam Taylor
""",
  notes="Also delivered to dialog@ with the same Message-ID.")

M("en-o02", lang="en", kind="question", area="roads_traffic",
  frm=("Anna Kowalski", "anna.kowalski@wp.pl"), to=KS, date="2026-03-08 17:20",
  subj="Residents parking permit",
  body="""Hello,

I live on Skolgatan and have a car with Polish plates. Can I get a resident parking permit, and how much does it cost?

Thank you,
Anna
""")

M("en-o03", lang="en", kind="deviation", area="water_sewage",
  frm=("Chris Evans", "chris.evans@hotmail.co.uk"), to=PM, date="2026-03-04 09:15",
  subj="Boil water notice only in Norwegian",
  body="""Hello,

The boil water notice for Nordbyen was sent by SMS only in Norwegian. There are many foreign workers at the fish plant here who did not understand it and drank the tap water for two days. Please send such warnings in English too.

Chris Evans
""")

M("en-o04", lang="en", kind="question", area="water_sewage",
  frm=("Jan de Vries", "jan.devries@ziggo.nl"), to=KS, date="2026-04-16 10:25", fmt="html", client="apple",
  subj="Drinking water at the campsite",
  body="""Hello,

We are coming to Älvsby with our camper in June. Is the tap water at the municipal campsite drinkable, or should we bring our own?

Regards,
Jan de Vries
""",
  notes="HTML-only.")

M("en-o05", lang="en", kind="deviation", area="waste",
  frm=("Karen Mills", "karen.mills@gmail.com"), to=PM, date="2026-02-02 19:40",
  subj="Bins at our cabin",
  body="""Hello,

The shared bins at the cabin area in Lauvdalen have not been emptied since New Year. They are full and people are leaving bags on the ground, which the foxes tear open. Could someone come and empty them?

Karen Mills (cabin 14)
""")

M("en-o06", lang="en", kind="suggestion", area="waste",
  frm=("Ben Carter", "ben.carter@outlook.com"), to=SYN, date="2026-01-28 21:05",
  subj="Recycling guide in English",
  body="""Hi,

Could the recycling guide be translated into English? I'm trying to do the right thing, but the symbols on the bins and the leaflet don't help much when you can't read Swedish.

Ben
""")

M("en-o07", lang="en", kind="question", area="building_planning",
  frm=("Sophie Turner", "sophie.turner@gmail.com"), to=PM, date="2026-02-18 14:50",
  subj="Solar panels on an old house",
  body="""Hello,

Our house at Kirkegata 4 is from 1870 and I believe it is in a conservation area. Do we need to apply for permission to put solar panels on the back of the roof, which can't be seen from the street?

Sophie Turner
""",
  notes="Question about whether to apply; not an application.")

M("en-o08", lang="en", kind="praise", area="culture_sports",
  frm=("Nils Meyer", "nils.meyer@gmx.de"), to=KS, date="2026-02-15 20:10",
  subj="Wonderful ski trails",
  body="""Hello,

We spent a week in Älvsby and skied every day on the trails at Vistberget. They were perfectly prepared, lit in the evening and free to use. Thank you to whoever takes care of them. We will be back!

Nils and Katrin Meyer
""")

M("en-o09", lang="en", kind="suggestion", area="culture_sports",
  frm=("Emily Zhang", "emily.zhang@gmail.com"), to="Fjordvik bibliotek <bibliotek@fjordvik.kommune.no>",
  date="2026-03-12 16:35",
  subj="More English books",
  body="""Hi,

The library is lovely, but the English section is small and mostly old crime novels. Could you buy some newer fiction and children's books in English? There are many international families here now. I'm happy to suggest titles.

Emily
""")

M("en-o10", lang="en", kind="deviation", area="school",
  frm=("Robert Hughes", "robert.hughes@gmail.com"), to=PM, date="2026-03-19 08:25",
  subj="School bus left early",
  body="""Hello,

The school bus from Haugen left four minutes early this morning, at 07:36 instead of 07:40. My daughter and two other children missed it and had to walk along the main road. This is the second time this month.

Robert Hughes
""")

M("en-o11", lang="en", kind="praise", area="kindergarten",
  frm=("Aisha Bello", "aisha.bello@yahoo.com"), to=KS, date="2026-04-09 17:00",
  subj="Thank you Blåbäret",
  body="""Dear staff at Blåbäret preschool,

Thank you for making our son feel so welcome. He didn't know a word of Swedish when he started in January, and now he sings Swedish songs at home and asks to go to preschool at the weekend!

Aisha Bello
""")

M("en-o12", lang="en", kind="deviation", area="other",
  frm=("Peter Lang", "peter.lang@gmail.com"), to=PM, date="2026-04-13 10:40",
  subj="The chat on your website",
  body="""Hello,

The chat assistant on fjordvik.kommune.no told me the tip was open on Sundays. It isn't. I drove 40 minutes with a full trailer for nothing. Please check what it tells people.

Peter Lang
""")

M("en-o13", lang="en", kind="suggestion", area="other",
  frm=("Marta Silva", "marta.silva@gmail.com"), to=KS, date="2026-04-21 19:15",
  body="""Hi! Suggestion: an information evening for newcomers in English, maybe twice a year, about how things work here - school, healthcare, taxes, waste, where to find help. It took us months to figure it all out.

Marta
""",
  notes="No subject.")

# ------------------------------------------------------------------ derived
NEAR("en-n01", "en-ar04", date="2026-03-05 09:05", subj_prefix="Chasing: ",
     prefix="I am chasing this up as I have had no reply, not even an acknowledgement.\n\n",
     notes="Reminder with a new first line.")

NEAR("en-n02", "en-s02", date="2026-02-03 08:30",
     repl=[("stay only five minutes", "stay only five or ten minutes"),
           ("I would like a meeting, by video if possible,", "I would like a video meeting")],
     notes="Re-sent with phrases changed; sensitive.")

EXACT("en-x01", "en-o01", delay_min=4, second_box=DIALOG)

FU("en-f01", "en-of01", date="2026-03-12 07:55", threaded=True,
   subj="Re: Kindergarten place for Freya",
   body="""Further to our message below: we attach a letter from Hannah's employer confirming that she starts work at 07:30 in Sandvika, which would be impossible with the bus from Nordbyen.

Hannah Cole

""" + quote(_b("en-of01")),
   att=[{"name": "employer_letter.pdf", "type": "pdf", "title": "Employer letter",
         "content": ["Sandvika Marine AS", "To whom it may concern", "",
                     "Hannah Cole is employed full time from 1 August 2026, working hours 07:30-15:30 at our office in Sandvika.",
                     "Kind regards, HR department"]}],
   notes="Threaded addition to the appeal with a PDF.")

FU("en-f02", "en-o05", date="2026-02-11 18:10",
   subj="Bins at Lauvdalen again",
   body="""Hello,

following up my email last week about the bins at the Lauvdalen cabins: still nothing has happened, and now one of the bins has blown over into the stream.

Karen Mills
""",
   notes="Unthreaded follow-up.")

FU("en-f03", "en-s03", date="2026-02-12 09:20",
   subj="help with food - more information",
   sens=True,
   body="""Hello again, further to my email on Monday. I forgot to say that our youngest is 10 months old and we have run out of baby formula. My husband is now also sick with depression and does not leave the bed. My phone is 466 12 903.

Grace Okafor
""",
   notes="Unthreaded follow-up; sensitive.")
