"""Linking dev set: English (en), to Fjordvik and Älvsby. Every text written by hand for this set."""
from lib import *

# ---------------------------------------------------------------- en01 street light Fjellveien
M("L-en01", lang="en", kind="deviation", area="roads_traffic",
  frm=("Tom Wilson", "tom.wilson@gmail.com"), to=PM, client="gmail",
  date="2026-01-12 18:30", subj="Broken street light on Fjellveien",
  body="""Hi,

The street light outside Fjellveien 22 has been out for about two weeks. It's on a bend with no pavement and it's completely dark there after 4pm now. I walk my dog there every evening and cars come round the corner quite fast.

Could someone take a look?

Thanks,
Tom Wilson
""", notes="original")

M("L-en-hn01", lang="en", kind="deviation", area="roads_traffic",
  frm=("Priya Nair", "priya.nair@outlook.com"), to=PM,
  date="2026-01-14 09:50", subj="Street lamp out - Fjellveien",
  body="""Hello, the lamp post near number 22 on Fjellveien is not working and it is very dark on the bend. Please fix it soon, it is dangerous for pedestrians.
Kind regards, Priya Nair
""", notes="hard negative: a different sender about the same street light as Tom Wilson's report two days earlier; not a duplicate")

FU("L-en01-fu", "L-en01", date="2026-01-15 08:00", subj="Street light Fjellveien - one more thing",
   body="""Hi again,

One more thing about the broken street light I reported on Monday - the pole itself is leaning quite badly, I think it was hit by the snow plough. So it might not just be the bulb.

Tom
""", notes="follow-up without threading headers, three days later")

# ---------------------------------------------------------------- en02 school enrolment (exact copy via Cc, forwarded again)
M("L-en02", lang="en", kind="question", area="school",
  frm=("Sarah Mitchell", "sarah.mitchell@btinternet.com"), to=PM, cc=DIALOG, client="apple",
  date="2026-04-08 20:15", subj="Enrolling our children in school - moving in August",
  body="""Hello,

We are a British family moving to Fjordvik in late July because of my husband's job at the hospital. We have two children, Oliver (9) and Lily (6), and we will be living in Sjøgata.

Could you tell us:
- which school they would go to and how we register them
- whether there is any extra Norwegian language support for children who don't speak Norwegian yet
- if Lily can go to SFO (I think that is the after school club?)

We don't have a Norwegian ID number yet, so we can't log in to the online forms.

Many thanks,
Sarah Mitchell
""", notes="original, to postmottak with dialog in Cc")

EXACT("L-en02-x", "L-en02", second_box=DIALOG, delay_min=1,
      notes="exact duplicate: the same message (same Message-ID) delivered to the dialog mailbox via Cc")

FU("L-en02-fu", "L-en02", date="2026-04-10 08:20", subj="School registration - our address",
   body="""Hi, I realise I didn't give our new address in my email on Wednesday: it's Sjøgata 18. We arrive on 25 July, so the children could start on the first day of school.

Sarah
""", notes="follow-up without threading headers, two days later")

NEAR("L-en02-n1", "L-en02", date="2026-04-17 09:00", subj_prefix="Fwd: ",
     prefix="""Hello again, I'm forwarding my email below as I haven't heard anything yet. We would really like to know before the summer holidays.

Sarah

Begin forwarded message:

From: Sarah Mitchell <sarah.mitchell@btinternet.com>
Subject: Enrolling our children in school - moving in August
Date: 8 April 2026 at 20:15:00 CEST
To: postmottak@fjordvik.kommune.no
Cc: dialog@fjordvik.kommune.no

""", notes="near duplicate: Apple Mail forward of the original with a note on top, nine days later")

# ---------------------------------------------------------------- en03 access request (FOI), threaded clarification
EN03_BODY = """Dear Sir or Madam,

Under the Norwegian Freedom of Information Act (offentleglova), I request copies of the following:

1. The contract between Fjordvik municipality and the company operating the waste collection service, signed in 2024, including appendices.
2. Any deviation reports or complaint logs concerning missed collections in 2025.

I would prefer to receive the documents electronically. If any part is exempted, please state the legal basis.

Yours faithfully,
James Carter
"""
M("L-en03", lang="en", kind="formal", ftype="access_request", area="waste",
  frm=("James Carter", "james.carter@protonmail.com"), to=PM, client="thunderbird",
  date="2026-02-10 11:00", subj="Request for access to documents (offentleglova)", body=EN03_BODY,
  notes="original")

FU("L-en03-re", "L-en03", threaded=True, date="2026-02-12 09:00",
   subj="Re: Request for access to documents (offentleglova)",
   body="""Hello,

To clarify my request: for item 2, a summary or statistics would be fine if the individual complaints contain personal data.

Best regards,
James Carter

On 10/02/2026 11:00, James Carter wrote:
""" + quote(EN03_BODY), notes="follow-up with In-Reply-To/References: clarifies the request")

NEAR("L-en03-n1", "L-en03", date="2026-02-17 11:30", subj_prefix="Reminder: ",
     prefix="""Dear Sir or Madam,

I have not yet received a reply to my request below, sent on 10 February. I understand such requests should be handled without undue delay.

--- original message ---

""", repl=[("Dear Sir or Madam,\n\nUnder", "Under")],
     notes="near duplicate: reminder a week later, greeting moved into the new text on top")

# ---------------------------------------------------------------- en04 bins (Älvsby)
M("L-en04", lang="en", kind="deviation", area="waste",
  frm=("Michael Brown", "michael.brown@gmail.com"), to=KS, client="gmail",
  date="2026-05-11 17:30", subj="Bins not collected - Älvgatan",
  body="""Hi, our bins haven't been emptied for two weeks at Älvgatan 40. The food waste bin is overflowing and it's starting to smell. Our neighbours' bins were emptied so I'm not sure why ours were skipped. Could you check?

Thanks
Michael Brown
""", notes="original")

FU("L-en04-fu", "L-en04", date="2026-05-13 19:00", subj="Bins",
   body="""Just to add to my email from Monday - there's a sticker on the bin that says "felsorterat" but I don't know what we did wrong. Can someone explain?
Michael
""", notes="follow-up without threading headers, two days later")

M("L-en-hn02", lang="en", kind="suggestion", area="culture_sports",
  frm=("Michael Brown", "michael.brown@gmail.com"), to=SYN, client="gmail",
  date="2026-05-15 12:10", subj="Playground in Älvparken",
  body="""Hi, would it be possible to add some equipment for toddlers at the Älvparken playground? Everything there is for bigger kids. A small slide and some baby swings would make a big difference.
Cheers, Michael
""", notes="hard negative: same sender as the bins report four days earlier, a different matter")

NEAR("L-en04-n1", "L-en04", date="2026-05-18 08:00", repl=[("two weeks", "three weeks")],
     notes="near duplicate: the same text a week later, one word changed")

# ---------------------------------------------------------------- en05 library story time
M("L-en05", lang="en", kind="suggestion", area="culture_sports",
  frm=("Anna Schmidt", "anna.schmidt@web.de"), to=PM, client="roundcube",
  date="2026-03-24 13:00", subj="Suggestion: English story time at the library",
  body="""Dear library team,

There are quite a few international families in Fjordvik now, many working at the hospital and the fish farm. Would it be possible to have a story time in English (or other languages) once a month at the library? I would happily volunteer to read, I'm a teacher.

Best wishes,
Anna Schmidt
""", notes="original")

M("L-en-hn07", lang="en", kind="auto_reply",
  frm=("Anna Schmidt", "anna.schmidt@web.de"), to=PM, client="roundcube",
  date="2026-03-27 10:02", subj="Out of office: Re: Suggestion: English story time at the library",
  hdrs=["In-Reply-To: <%s@fjordvik.kommune.no>" % hexid("L-en05-muni-answer", 28, False),
        "References: %s <%s@fjordvik.kommune.no>" % (make_msgid("L-en05", "roundcube", "web.de"), hexid("L-en05-muni-answer", 28, False)),
        "Auto-Submitted: auto-replied", "X-Autoreply: yes"],
  body="""Thank you for your email. I am away until 30 March with limited access to email and will reply when I am back.

Anna Schmidt
""", notes="hard negative: the sender's out-of-office answering the library's reply; References point to her suggestion, but an auto-reply is never a follow-up")

FU("L-en05-fu", "L-en05", date="2026-03-31 10:00", subj="Story time - follow up",
   body="""Hi again, I forgot to mention that I've talked to two other parents who can read in Polish and Lithuanian, if you like the idea.
Anna
""", notes="follow-up without threading headers, a week later")

# ---------------------------------------------------------------- en06 praise health centre (sensitive)
M("L-en06", lang="en", kind="praise", area="health_care", sens=True,
  frm=("Robert Evans", "robert.evans@yahoo.co.uk"), to=PM,
  date="2026-03-20 15:00", subj="Thank you to the staff at Fjordvik health centre",
  body="""Dear all,

I want to thank the staff at the health centre and the emergency team who looked after my husband David when he had a stroke on 3 March. The ambulance was there in minutes and everyone was calm and kind, even though we could hardly speak Norwegian. He is now home and doing rehab.

With gratitude,
Robert Evans
""", notes="original; sensitive (a named person's stroke)")

NEAR("L-en06-n1", "L-en06", date="2026-03-27 16:40", to=DIALOG,
     prefix="I'm not sure this reached the right people, so I'm sending it again - please pass it on to the team.\n\n",
     notes="near duplicate: praise re-sent to another mailbox with a line on top")

# ---------------------------------------------------------------- en07 appeal parking fine
M("L-en07", lang="en", kind="formal", ftype="appeal", area="roads_traffic",
  frm=("Liam Murphy", "liam.murphy@hotmail.com"), to=PM,
  date="2026-02-06 09:20", subj="Appeal against parking fine",
  body="""Hello,

I would like to appeal the parking fine I received on 4 February at the car park by the town hall (the ticket is in the photo I will send). I had paid for parking in the app, but the app crashed and the payment didn't go through until 10 minutes later. I have the receipt showing the payment at 14:12.

I think it is unfair to be fined when I had clearly tried to pay. Please cancel the fine.

Regards,
Liam Murphy
""", notes="original")

FU("L-en07-fu", "L-en07", date="2026-02-06 12:45", subj="Parking fine appeal - photos",
   body="""Here are the photos of the ticket and the payment receipt from the app, as mentioned in my appeal this morning.
Liam
""", att=[{"name": "ticket.png", "type": "png"}, {"name": "receipt.png", "type": "png"}],
   notes="follow-up without threading headers: the promised photos, same day")

NEAR("L-en07-n1", "L-en07", date="2026-02-16 08:10", fmt="plain", client="iphone",
     prefix="Sending my appeal again as I've had no reply and the deadline for paying is coming up.\n\n",
     repl=[("Regards,\nLiam Murphy", "Regards,\nLiam Murphy\n\nSent from my iPhone")],
     notes="near duplicate: plain-text re-send from the phone of an HTML original, ten days later")

# ---------------------------------------------------------------- en08 kindergarten fees
M("L-en08", lang="en", kind="question", area="kindergarten",
  frm=("Wei Chen", "wei.chen@gmail.com"), to=PM, client="gmail",
  date="2026-04-14 21:00", subj="Kindergarten fees - reduced rate?",
  body="""Hello,

Our son goes to Lia kindergarten. We recently heard that families with low income can pay less. My wife is studying and I work part time, so our income is not high. How do we apply, and can it be backdated to January?

Thank you,
Wei Chen
""", notes="original")

M("L-en-hn05", lang="en", kind="question", area="kindergarten",
  frm=("Zhang Li Na", "lina.zhang@outlook.com"), to=PM,
  date="2026-04-15 11:35", subj="Question about kindergarten price",
  body="""Hi, my husband maybe already wrote to you. We want to know about lower price for kindergarten because of low income. Our son is in Lia kindergarten. Where is the form?
Thank you, Zhang Li Na
""", notes="hard negative: the spouse of Wei Chen asking the same thing the next day from her own address; different sender, so not a near duplicate by rule")

FU("L-en08-fu", "L-en08", date="2026-04-16 07:30", subj="Kindergarten fees",
   body="""Sorry, forgot to mention in my last email: we also have a daughter who will start at Lia in August. Does the reduction apply to both children?
Wei
""", notes="follow-up without threading headers, two days later")

# ---------------------------------------------------------------- en09 low water pressure (Älvsby)
EN09_BODY = """Hi,

Since Saturday the water pressure in our house on Kyrkvägen 18 has been really low - the shower is just a trickle and the washing machine gives an error. We've checked with a plumber and he says the problem is not inside the house.

Is there any work going on in the area?

Thanks,
Emily Clarke

Sent from my iPhone
"""
M("L-en09", lang="en", kind="deviation", area="water_sewage",
  frm=("Emily Clarke", "emily.clarke@icloud.com"), to=KS,
  date="2026-03-03 08:30", subj="Very low water pressure", body=EN09_BODY,
  notes="original")

FU("L-en09-re", "L-en09", threaded=True, date="2026-03-05 07:00", subj="Re: Very low water pressure",
   body="""It's getting worse, this morning there was no water at all for an hour.

Sent from my iPhone

> On 3 Mar 2026, at 08:30, Emily Clarke <emily.clarke@icloud.com> wrote:
> 
""" + quote(EN09_BODY), notes="follow-up with In-Reply-To/References, two days later")

M("L-en-hn03", lang="en", kind="deviation", area="water_sewage",
  frm=("Lucas Meyer", "lucas.meyer@gmx.net"), to=KS, client="thunderbird",
  date="2026-03-09 18:20", subj="Following up - water",
  body="""Hi, following up on my email from last week about the water. We still have very low pressure on Kyrkvägen, number 22. Has anyone looked at it yet?
Lucas Meyer
""", notes="hard negative: reads like a follow-up and is about low water pressure on the same street as Emily Clarke's report, but a different sender whose earlier mail is not in this set")

NEAR("L-en09-n1", "L-en09", date="2026-03-11 19:00", subj_new="Low water pressure Kyrkvägen 18 - still no answer",
     prefix="Second time writing about this.\n\n",
     repl=[("Since Saturday the water pressure in our house on Kyrkvägen 18 has been really low - the shower is just a trickle and the washing machine gives an error. We've checked with a plumber and he says the problem is not inside the house.\n\nIs there any work going on in the area?",
            "Is there any work going on in the area? Since Saturday the water pressure in our house on Kyrkvägen 18 has been really low - the shower is just a trickle and the washing machine gives an error.\n\nWe've had a plumber here and he says the problem is not inside the house.")],
     notes="near duplicate: eight days later, new subject, sentences reordered and one reworded (~25 %)")

# ---------------------------------------------------------------- en10 street party application (Älvsby)
M("L-en10", lang="en", kind="formal", ftype="application", area="roads_traffic",
  frm=("Olivia Turner", "olivia.turner@hotmail.com"), to=KS,
  date="2026-05-06 20:00", subj="Application for permission to close Tallvägen for a street party",
  body="""Hello,

On behalf of the residents of Tallvägen, I'd like to apply for permission to close the street between number 1 and 15 on Saturday 22 August from 12:00 to 20:00 for a neighbourhood party. There will be a barbecue, games for children and some tables in the street. No alcohol will be sold.

All the households on the stretch have agreed, and we will make sure emergency vehicles can get through.

Please let me know if I need to fill in a form or apply to the police as well.

Best regards,
Olivia Turner
Tallvägen 6
""", notes="original")

FU("L-en10-fu", "L-en10", date="2026-05-08 10:00", subj="Street party Tallvägen - extra info",
   body="""Hi, a small addition to my application: we would also like to put up a small bouncy castle, powered by a generator. Hope that's OK.
Olivia Turner
""", notes="follow-up without threading headers, two days later")

NEAR("L-en10-n1", "L-en10", date="2026-05-15 21:10", subj_prefix="Fw: ",
     prefix="""Hi, resending this as I haven't heard back. The party is in August but we need to know soon to plan.

Olivia

________________________________
From: Olivia Turner <olivia.turner@hotmail.com>
Sent: 06 May 2026 20:00
To: kommun@alvsby.kommun.se
Subject: Application for permission to close Tallvägen for a street party

""", notes="near duplicate: Outlook.com forward ('Fw:') of the original with a note on top, nine days later")

# ---------------------------------------------------------------- en11 construction noise
M("L-en11", lang="en", kind="deviation", area="building_planning",
  frm=("Ben Harris", "ben.harris@outlook.com"), to=PM,
  date="2026-03-06 08:00", subj="Construction noise at night - Sjøgata 5",
  body="""Hi,

The building site at Sjøgata 5 has been working late into the evening all week - last night they were using a concrete pump until 23:30. There are families with small children living right next to it. I thought there were rules about noise after 21:00?

Please could someone look into this.

Ben Harris
Sjøgata 7
""", notes="original (same site as the journalist's access request in nb, a different matter)")

FU("L-en11-fu", "L-en11", date="2026-03-07 22:40", subj="Noise Sjøgata 5",
   body="""Adding to my email from yesterday: they're at it again tonight, I've attached a screenshot from my noise app showing 78 dB at 22:30.
Ben
""", att=[{"name": "noise_sjogata.png", "type": "png"}],
   notes="follow-up without threading headers, next evening, with a screenshot")

M("L-en-hn04", lang="en", kind="question", area="roads_traffic",
  frm=("Ben Harris", "ben.harris@outlook.com"), to=PM,
  date="2026-03-10 12:15", subj="Residents' parking permit",
  body="""Hello, how do I apply for a residents' parking permit for Sjøgata? We just got a second car. Is there a waiting list?
Thanks, Ben
""", notes="hard negative: same sender and street as the construction-noise report four days earlier, a different matter")

NEAR("L-en11-n1", "L-en11", date="2026-03-13 23:50",
     subj_new="Second time I'm writing - noise at Sjøgata 5 again tonight",
     repl=[("has been working late into the evening all week - last night they were using a concrete pump until 23:30",
            "is still working late into the evening - tonight they've been drilling since 21:00 and it's now almost midnight")],
     notes="near duplicate: a week later, new subject, one sentence rewritten with new facts (~25 %)")

# ---------------------------------------------------------------- en12 housing support, reply via acknowledgement
M("L-en12", lang="en", kind="question", area="social_services",
  frm=("Fatima Rahimi", "fatima.rahimi@hotmail.com"), to=PM,
  date="2026-02-18 19:00", subj="How to apply for housing support",
  body="""Hello,

I moved to Fjordvik six months ago with my two children. I work in a shop but the rent is very high. A friend told me I can get help with the rent from the municipality. Can you tell me how to apply, and if there is information in English?

Thank you
Fatima Rahimi
""", notes="original")

FU("L-en12-re", "L-en12", threaded="via", date="2026-02-25 12:00", subj="RE: How to apply for housing support",
   body="""Thank you for your answer. I have tried to apply on the website, but it asks for BankID which I don't have yet. Can I send the application on paper?

Fatima
""", notes="follow-up answering the municipality's reply (In-Reply-To the reply, References with her question)")

# ---------------------------------------------------------------- en13 preschool closed (Älvsby)
M("L-en13", lang="en", kind="deviation", area="kindergarten",
  frm=("Grace Lee", "grace.lee@gmail.com"), to=KS, client="gmail",
  date="2026-04-21 09:00", subj="Preschool closed without notice",
  body="""Hi,

This morning we arrived at Solrosen preschool at 7:15 and it was closed - there was just a note on the door saying staff were ill and to come back at 9. No message in the app, no email. I had to take a day off work, and so did several other parents.

This is not acceptable. We need to be told the night before, or at least early in the morning.

Grace Lee
""", notes="original")

FU("L-en13-fu", "L-en13", date="2026-04-22 07:05", subj="Solrosen",
   body="""Forgot to say in my email yesterday: this is the third time this term, it also happened on 3 March and 17 March.
Grace
""", notes="follow-up without threading headers, next morning")

NEAR("L-en13-n1", "L-en13", date="2026-04-24 12:00", subj_new="Solrosen preschool closed without notice (2nd email)",
     repl=[("This is not acceptable.", "This is really not acceptable.")],
     notes="near duplicate: three days later, new subject, one word added")

# ---------------------------------------------------------------- en14 bike lane (HTML only), and its late re-send
M("L-en14", lang="en", kind="suggestion", area="roads_traffic",
  frm=("Kevin Patel", "kevin.patel@yahoo.com"), to=PM, fmt="html",
  date="2026-05-07 07:45", subj="Suggestion: bike lane on Nordre Ringvei",
  body="""Hello,

I cycle to work every day along Nordre Ringvei and it is really dangerous between the roundabout and the school, with no space for bikes and lots of trucks. A painted bike lane or even a wider shoulder would help a lot. More people would cycle if it felt safe.

Kind regards,
Kevin Patel
""", notes="original, HTML only")

M("L-en-hn08", lang="en", kind="suggestion", area="roads_traffic",
  frm=("Kevin Patel", "kevin.patel@yahoo.com"), to=PM, fmt="html",
  date="2026-06-11 07:50", subj="Suggestion: bike lane on Nordre Ringvei (sent last month)",
  body="""Hello,

I sent this last month but never heard back. I cycle to work every day along Nordre Ringvei and it is really dangerous between the roundabout and the school, with no space for bikes and lots of trucks. A painted bike lane or even a wider shoulder would help a lot.

Kind regards,
Kevin Patel
""", notes="hard negative (window edge): a re-send 35 days after the original, outside the 14-day window, so a new submission by the default rule")

# ---------------------------------------------------------------- en15 other_formal: address change
M("L-en15", lang="en", kind="formal", ftype="other_formal", area="other",
  frm=("Helen Ward", "helen.ward@live.co.uk"), to=PM, client="outlookcom",
  date="2026-04-29 10:00", subj="Change of address for property tax invoices",
  body="""Dear Sir/Madam,

Please note that from 1 May our postal address for all invoices regarding the property at Strandvegen 4 (our holiday home) is:

14 Mill Lane
Harrogate
United Kingdom

The property tax invoice for the first half of the year was sent to our old address and we only received it by chance. Please also send invoices by email if possible.

Kind regards,
Helen Ward
""", notes="original")

NEAR("L-en15-n1", "L-en15", date="2026-05-08 10:30",
     repl=[("Please note that from 1 May", "I wrote on 29 April but haven't had a confirmation. Please note that from 1 May")],
     notes="near duplicate: nine days later, one sentence added")

# ---------------------------------------------------------------- en16 swimming pool changing room
M("L-en16", lang="en", kind="deviation", area="culture_sports",
  frm=("Paul Novak", "paul.novak@gmail.com"), to=PM, client="android",
  date="2026-03-30 11:00", subj="Dirty changing rooms at the swimming pool",
  body="""The men's changing room at Fjordvik swimming pool was disgusting on Sunday. Hair and plasters on the floor, two showers not working and the toilet was blocked. I pay for a yearly card and expect better. Is anyone cleaning during the weekend??
""", notes="original, no greeting or signature")

FU("L-en16-fu", "L-en16", date="2026-04-02 20:00", subj="Swimming pool again",
   body="""Just adding to what I wrote on Monday: the lockers in the men's room still don't lock either. Someone had their phone stolen yesterday.
Paul
""", notes="follow-up without threading headers, three days later")

# ---------------------------------------------------------------- en17 GP question, bounce of the answer
M("L-en17", lang="en", kind="question", area="health_care",
  frm=("Maria Garcia", "maria.garcia@gmail.com"), to=PM, client="gmail",
  date="2026-05-05 14:00", subj="How do I get a GP?",
  body="""Hi, I just moved to Fjordvik from Spain and I got my D-number last week. How do I get a fastlege (GP)? Do I need to call the health centre or is it online? I need to renew a prescription soon.

Thanks!
Maria Garcia
""", notes="original")

EN17_MID = make_msgid("L-en17", "gmail", "gmail.com")
ANSWER_MID = "<%s@fjordvik.kommune.no>" % hexid("L-en17-muni-answer", 28, False)
M("L-en-hn06", lang="en", kind="bounce",
  frm=("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), to=PM, client="gmail",
  return_path="", hdrs=["Auto-Submitted: auto-replied"],
  date="2026-05-06 09:01", subj="Delivery Status Notification (Failure)",
  bounce={"human": """Your message wasn't delivered to maria.garcia@gmail.com because the recipient's inbox is out of storage space. Please try resending your message at a later time.
""",
          "status": """Reporting-MTA: dns; googlemail.com
Arrival-Date: Wed, 06 May 2026 00:00:41 -0700 (PDT)

Final-Recipient: rfc822; maria.garcia@gmail.com
Action: failed
Status: 5.2.2
Remote-MTA: dns; gmail-smtp-in.l.google.com
Diagnostic-Code: smtp; 552-5.2.2 The recipient's inbox is out of storage space.
Last-Attempt-Date: Wed, 06 May 2026 00:01:02 -0700 (PDT)
""",
          "orig": {"frm": "Fjordvik kommune <postmottak@fjordvik.kommune.no>", "to": "maria.garcia@gmail.com",
                   "subj": "Re: How do I get a GP?", "date": "Wed, 6 May 2026 09:00:37 +0200",
                   "mid": ANSWER_MID, "irt": EN17_MID,
                   "body": """Hi Maria,

You can choose a GP (fastlege) at helsenorge.no once you have a D-number. Fjordvik legesenter has free places at the moment.

Best regards,
Fjordvik kommune
"""}},
  notes="hard negative: bounce of the municipality's answer to Maria Garcia; the returned message has In-Reply-To her question, but a bounce is never a follow-up")

FU("L-en17-fu", "L-en17", date="2026-05-07 16:30", subj="GP",
   body="""Forgot to say: if possible I'd like a female doctor, and one who speaks English or Spanish.
Maria
""", notes="follow-up without threading headers, two days later")

NEAR("L-en17-n1", "L-en17", date="2026-05-12 14:30", subj_new="How do I get a GP? (sent again)",
     repl=[("I need to renew a prescription soon.", "I need to renew a prescription soon, so it is a bit urgent.")],
     notes="near duplicate: a week later (she never got the bounced answer), new subject, one sentence extended")
