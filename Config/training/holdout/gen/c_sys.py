from lib import *

def ack_id(tag, dom="fjordvik.kommune.no"):
    return "<%s@%s>" % (hexid(tag, 24, False), dom)

# =============================================================== auto-replies
M("ar01", lang="nb", kind="auto_reply", frm=("Hege Solstad", "hege.solstad@nordlys.example.no"), to=PM, client="outlook",
  subj="Automatisk svar: Vi har mottatt henvendelsen din", date="2026-07-08 10:14", return_path="",
  hdrs=["In-Reply-To: " + ack_id("ar01"), "Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All",
        "X-MS-Exchange-Inbox-Rules-Loop: hege.solstad@nordlys.example.no"],
  body="""Takk for e-posten din. Jeg har ferie til og med 2. august og leser ikke e-post i denne perioden.

Ved hastesaker kan du kontakte sentralbordet på 71 23 45 00.

Med vennlig hilsen
Hege Solstad""", notes="Exchange out-of-office, 'Automatisk svar:' subject, Auto-Submitted: auto-generated")

M("ar02", lang="nb", kind="auto_reply", frm=("Ola Brekken", "ola.brekken@gmail.com"), to=PM,
  subj="Ferie", date="2026-07-21 16:02", return_path="", fmt="alt",
  hdrs=["In-Reply-To: " + ack_id("ar02"), "References: " + ack_id("ar02"), "Auto-Submitted: auto-replied", "Precedence: bulk"],
  body="""Hei! Jeg er på ferie uten dekning frem til 10. august. Svarer når jeg er tilbake.
Ola""", notes="Gmail vacation responder with a custom subject ('Ferie'); Auto-Submitted: auto-replied")

M("ar03", lang="nb", kind="auto_reply", frm=("Guri Haugen", "guri.haugen@example.no"), to=PM, client="roundcube",
  subj="Autosvar: Re: Hull i veien", date="2026-04-02 09:30", return_path="",
  hdrs=["In-Reply-To: " + ack_id("ar03"), "Auto-Submitted: auto-replied (vacation)", "X-Autoreply: yes", "Precedence: junk"],
  body="""Jeg er borte fra kontoret frem til tirsdag 7. april (påske). Henvendelser om regnskap kan sendes til regnskap@example.no.

Guri Haugen""", notes="sieve vacation reply: X-Autoreply, Auto-Submitted: auto-replied (vacation)")

M("ar04", lang="nb", kind="auto_reply", frm=("Mathilde Sørensen", "mathilde.sorensen@bygg.example.no"), to=PM, client="outlook",
  subj="Automatisk svar: Innsynskrav - svar", date="2026-09-15 08:01", return_path="",
  hdrs=["In-Reply-To: " + ack_id("ar04"), "Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All"],
  body="""Hei,

Jeg er i foreldrepermisjon fra 1. september 2026 til 30. juni 2027.

Byggesaker jeg har hatt ansvar for er overført til Espen Lie (espen.lie@bygg.example.no). Andre henvendelser kan sendes til post@bygg.example.no.

Vennlig hilsen
Mathilde Sørensen
Arkitekt MNAL""", notes="long-term leave auto-reply that redirects to a colleague")

M("ar05", lang="nb", kind="auto_reply", frm=("Havbygd kommune", "postmottak@havbygd.kommune.example.no"), to=PM,
  client="roundcube", subj="Kvittering for mottatt e-post", date="2026-03-13 13:45", return_path="",
  hdrs=["In-Reply-To: " + ack_id("ar05"), "Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
  body="""Havbygd kommune har mottatt e-posten din. Dette er et automatisk svar.

Henvendelser blir registrert og fordelt til rett enhet i løpet av to virkedager. Saker som gjelder innsyn, blir behandlet fortløpende.

Du trenger ikke å svare på denne e-posten.

Med vennlig hilsen
Dokumentsenteret, Havbygd kommune""", notes="another municipality's automatic receipt: looks like a formal message but is an auto-reply")

M("ar06", lang="nn", kind="auto_reply", frm=("Sigrun Tveit", "sigrun.tveit@example.no"), to=PM, client="outlook",
  subj="Automatisk svar: Spørsmål om kulturskulen", date="2026-07-29 19:20", return_path="",
  hdrs=["In-Reply-To: " + ack_id("ar06"), "Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All"],
  body="""Takk for e-posten. Eg har ferie fram til 12. august og les ikkje e-post. Viktige saker kan sendast til kontoret@example.no.

Helsing
Sigrun Tveit""", notes="Nynorsk out-of-office (Exchange)")

M("ar07", lang="sv", kind="auto_reply", frm=("Anders Nyman", "anders.nyman@foretag.example.se"), to=KS, client="outlook",
  subj="Automatiskt svar: Vi har tagit emot ditt ärende", date="2026-07-13 11:11", return_path="",
  hdrs=["In-Reply-To: " + ack_id("ar07", "alvsby.kommun.se"), "Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All"],
  body="""Hej!

Jag har semester till och med den 9 augusti och läser inte min e-post. Vid brådskande ärenden, ring växeln 0929-170 00.

Vänliga hälsningar
Anders Nyman""", notes="Swedish Exchange OOF")

M("ar08", lang="sv", kind="auto_reply", frm=("Karin Berg", "karin.berg@telia.com"), to=KS, client="roundcube",
  subj="Frånvaro", date="2026-12-22 15:40", return_path="",
  hdrs=["In-Reply-To: " + ack_id("ar08", "alvsby.kommun.se"), "Auto-Submitted: auto-replied", "X-Autoreply: yes"],
  body="""God jul! Jag är ledig till den 7 januari och svarar på mejl när jag är tillbaka.

/Karin""", notes="short Swedish vacation reply, subject 'Frånvaro'")

M("ar09", lang="sv", kind="auto_reply", frm=("Kundtjänst Norrvärme", "kundtjanst@norrvarme.example.se"), to=KS, client="roundcube",
  subj="[Ärende #48213] Vi har tagit emot ditt meddelande", date="2026-05-06 09:02", return_path="",
  hdrs=["In-Reply-To: " + ack_id("ar09", "alvsby.kommun.se"), "Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All", "Precedence: bulk"],
  body="""Hej,

Tack för ditt meddelande. Ditt ärende har fått nummer 48213. Vi besvarar normalt ärenden inom tre arbetsdagar.

Svara på detta mejl om du vill lägga till information i ärendet.

Med vänliga hälsningar
Kundtjänst, Norrvärme AB

Detta är ett automatiskt genererat meddelande.""", notes="ticket-system auto-acknowledgement with a case number (auto_reply, not a submission)")

M("ar10", lang="sv", kind="auto_reply", frm=("Lotta Sjödin", "lotta.sjodin@example.se"), to=KS, client="outlook",
  subj="Automatiskt svar: Svar på din fråga om förskolekö", date="2026-08-24 07:15", return_path="",
  hdrs=["In-Reply-To: " + ack_id("ar10", "alvsby.kommun.se"), "Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All"],
  body="""Hej,

Jag är föräldraledig under hösten 2026 och läser inte denna e-post regelbundet. Kontakta gärna min kollega Per Sandin, per.sandin@example.se.

Lotta""", notes="Swedish parental-leave OOF")

M("ar11", lang="sv", kind="auto_reply", frm=("Stefan Lundin", "stefan.lundin@bredband.example.se"), to=KS, client="apple",
  subj="Autosvar: Tack för ditt mejl", date="2026-02-19 20:30", return_path="",
  hdrs=["In-Reply-To: " + ack_id("ar11", "alvsby.kommun.se"), "X-Autoreply: yes", "X-Autorespond: yes"],
  body="""Jag är på fjällen vecka 8 utan täckning. Hörs efter sportlovet!

Stefan""", notes="auto-reply with X-Autoreply/X-Autorespond but no Auto-Submitted")

M("ar12", lang="sv", kind="auto_reply", frm=("Ekonomiavdelningen Bygg & Mark AB", "ekonomi@byggmark.example.se"), to=KS, client="outlook",
  subj="Automatiskt svar: Faktura", date="2026-12-28 10:05", return_path="",
  hdrs=["In-Reply-To: " + ack_id("ar12", "alvsby.kommun.se"), "Auto-Submitted: auto-generated"],
  body="""Tack för ditt mejl. Kontoret är stängt mellan jul och nyår och öppnar igen måndag 4 januari 2027.

Fakturor som skickas till denna adress behandlas efter att vi öppnat igen.""", notes="office closed auto-reply")

M("ar13", lang="en", kind="auto_reply", frm=("Oliver Bennett", "oliver.bennett@example.co.uk"), to=PM, client="outlook", tz="uk",
  subj="Automatic reply: Your enquiry has been received", date="2026-08-11 09:45", return_path="",
  hdrs=["In-Reply-To: " + ack_id("ar13"), "Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All"],
  body="""Thank you for your email. I am out of the office until Monday 24 August with limited access to email.

For urgent matters please contact my colleague Rachel on +44 20 7946 0321.

Kind regards,
Oliver""", notes="English Exchange 'Automatic reply:'")

M("ar14", lang="en", kind="auto_reply", frm=("Sarah Mitchell", "s.mitchell@example.org"), to=KS, client="thunderbird",
  subj="Out of Office: Re: Request for official documents", date="2026-10-07 12:00", return_path="",
  hdrs=["In-Reply-To: " + ack_id("ar14", "alvsby.kommun.se"), "Auto-Submitted: auto-replied", "X-Autoreply: yes"],
  body="""I'm currently travelling for fieldwork and will be back on 19 October. I will reply to your message then.

Sarah""", notes="'Out of Office:' subject")

M("ar15", lang="en", kind="auto_reply", frm=("Support", "support@helpdesk.example.com"), to=PM,
  subj="[Ticket #20261188] We've received your request", date="2026-06-30 14:22", client="roundcube", fmt="html", return_path="",
  hdrs=["In-Reply-To: " + ack_id("ar15"), "Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All", "Precedence: auto_reply"],
  body="""Hello,

Thanks for contacting us. Your request (#20261188) has been received and is being reviewed by our support staff.

To add additional comments, reply to this email.

This is an automated message.""", notes="HTML helpdesk auto-acknowledgement, Precedence: auto_reply")

M("ar16", lang="en", kind="auto_reply", frm=("Jonathan Reed", "jonathan.reed@example.com"), to=PM, client="iphone",
  subj="Out of office", date="2026-12-18 17:35",
  hdrs=["In-Reply-To: " + ack_id("ar16")],
  body="""Hi, I'm away on holiday until 5 January and will have very limited access to email. Merry Christmas!

Jonathan""", notes="hard: out-of-office without any auto headers, only the subject and the text tell")

# =============================================================== bounces
def orig_ack(lang, to, subj, date, tag, dom="fjordvik.kommune.no", body=None):
    bodies = {
        "nb": "Hei,\n\nTakk for henvendelsen til Fjordvik kommune. Den er registrert og sendt videre til riktig enhet. Du vil få svar så snart som mulig.\n\nMed vennlig hilsen\nPostmottak, Fjordvik kommune\n\nDette er en automatisk kvittering. Ikke svar på denne e-posten.",
        "sv": "Hej,\n\nTack för ditt meddelande till Älvsby kommun. Det har registrerats och skickats vidare till rätt verksamhet.\n\nMed vänlig hälsning\nÄlvsby kommun\n\nDetta är en automatisk bekräftelse.",
        "en": "Hello,\n\nThank you for contacting Fjordvik kommune. Your message has been registered and forwarded to the right department.\n\nKind regards,\nFjordvik kommune\n\nThis is an automatic receipt.",
    }
    frm = "Fjordvik kommune <postmottak@fjordvik.kommune.no>" if dom == "fjordvik.kommune.no" else "Älvsby kommun <kommun@alvsby.kommun.se>"
    return {"frm": frm, "to": to, "subj": subj, "date": date, "mid": ack_id(tag, dom), "body": body or bodies[lang], "auto": True}

M("bo01", lang="en", kind="bounce", frm=("Mail Delivery System", "MAILER-DAEMON@mx1.fjordvik.kommune.no"), to=PM, client="roundcube",
  subj="Undelivered Mail Returned to Sender", date="2026-02-04 08:12", return_path="", no_mailer=True,
  hdrs=["Auto-Submitted: auto-replied"],
  bounce={"human": """This is the mail system at host mx1.fjordvik.kommune.no.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<lisemarit84@icloud.con>: Host or domain name not found. Name service error
    for name=icloud.con type=A: Host not found""",
          "status": """Reporting-MTA: dns; mx1.fjordvik.kommune.no
X-Postfix-Queue-ID: 4F2A1C0B12
X-Postfix-Sender: rfc822; postmottak@fjordvik.kommune.no
Arrival-Date: Wed, 4 Feb 2026 08:11:58 +0100 (CET)

Final-Recipient: rfc822; lisemarit84@icloud.con
Original-Recipient: rfc822;lisemarit84@icloud.con
Action: failed
Status: 5.4.4
Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error
    for name=icloud.con type=A: Host not found""",
          "orig": orig_ack("nb", "lisemarit84@icloud.con", "Vi har mottatt henvendelsen din", "Wed, 4 Feb 2026 08:11:57 +0100", "bo01")},
  notes="Postfix bounce (English text) for the acknowledgement to a mistyped address; original in Norwegian")

M("bo02", lang="nb", kind="bounce", frm=("Microsoft Outlook", "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@fjordvik.kommune.no"), to=PM,
  client="outlook", subj="Kan ikke leveres: Vi har mottatt henvendelsen din", date="2026-05-07 19:40", return_path="", no_mailer=True,
  hdrs=["Auto-Submitted: auto-replied", "X-MS-Exchange-Message-Is-Ndr:", "X-MS-Exchange-Organization-SCL: -1"],
  bounce={"human": """Leveringen mislyktes for disse mottakerne eller gruppene:

kristin.lunde.b@gmail.com
E-postadressen du skrev inn, finnes ikke. Kontroller mottakerens e-postadresse og prøv å sende meldingen på nytt. Kontakt brukerstøtte hvis problemet fortsetter.

Diagnostikkinformasjon for administratorer:

Genererer server: AM7PR07MB6231.eurprd07.prod.outlook.com

kristin.lunde.b@gmail.com
Ekstern server returnerte '550 5.1.1 The email account that you tried to reach does not exist.'""",
          "human_html": """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
<p><b><font color="#000066" size="3" face="Arial">Leveringen mislyktes for disse mottakerne eller gruppene:</font></b></p>
<p><a href="mailto:kristin.lunde.b@gmail.com">kristin.lunde.b@gmail.com</a><br>E-postadressen du skrev inn, finnes ikke. Kontroller mottakerens e-postadresse og prøv å sende meldingen på nytt.</p>
<p><font color="#808080" size="2" face="Tahoma">Diagnostikkinformasjon for administratorer:</font></p>
<p><font color="#808080" size="2" face="Tahoma">Genererer server: AM7PR07MB6231.eurprd07.prod.outlook.com</font></p>
</body></html>""",
          "status": """Reporting-MTA: dns;AM7PR07MB6231.eurprd07.prod.outlook.com
Received-From-MTA: dns;AM7PR07MB6231.eurprd07.prod.outlook.com
Arrival-Date: Thu, 7 May 2026 17:40:02 +0000

Final-Recipient: rfc822;kristin.lunde.b@gmail.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp;550-5.1.1 The email account that you tried to reach does not exist.
Remote-MTA: dns;gmail-smtp-in.l.google.com""",
          "orig": orig_ack("nb", "kristin.lunde.b@gmail.com", "Vi har mottatt henvendelsen din", "Thu, 7 May 2026 19:39:58 +0200", "bo02")},
  notes="Exchange Online NDR in Norwegian ('Kan ikke leveres:')")

M("bo03", lang="nb", kind="bounce", frm=("Microsoft Outlook", "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@fjordvik.kommune.no"), to=PM,
  client="outlook", subj="Levering mislyktes: Svar på henvendelse om vannmåler", date="2026-12-02 10:30", return_path="", no_mailer=True,
  hdrs=["Auto-Submitted: auto-replied", "X-MS-Exchange-Message-Is-Ndr:"],
  bounce={"human": """Meldingen kunne ikke leveres til mottakeren fordi postboksen er full.

torill.bakke.privat@online.no
Postboksen til mottakeren er full og kan ikke ta imot meldinger nå. Prøv å sende meldingen på nytt senere, eller kontakt mottakeren direkte.

Diagnostikkinformasjon for administratorer:
Ekstern server returnerte '552 5.2.2 Mailbox full'""",
          "status": """Reporting-MTA: dns;DB9P194MB1422.EURP194.PROD.OUTLOOK.COM
Arrival-Date: Wed, 2 Dec 2026 09:29:44 +0000

Final-Recipient: rfc822;torill.bakke.privat@online.no
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp;552 5.2.2 Mailbox full""",
          "orig": orig_ack("nb", "torill.bakke.privat@online.no", "Svar på henvendelse om vannmåler", "Wed, 2 Dec 2026 10:29:40 +0100", "bo03",
                           body="Hei Torill,\n\nLenken var dessverre feil i brevet. Du kan melde avlesningen på Min side.\n\nMed vennlig hilsen\nServicetorget")},
  notes="Norwegian NDR, mailbox full (5.2.2); original is a caseworker reply, not an auto ack")

M("bo04", lang="en", kind="bounce", frm=("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), to=PM, client="gmail",
  subj="Delivery Status Notification (Failure)", date="2026-03-21 14:05", return_path="", no_mailer=True,
  hdrs=["Auto-Submitted: auto-replied"],
  bounce={"human": """** Address not found **

Your message wasn't delivered to olemartin.gronli@gmail.com because the address couldn't be found, or is unable to receive mail.

Learn more here: https://support.google.com/mail/?p=NoSuchUser

The response was:

The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces.""",
          "status": """Reporting-MTA: dns; googlemail.com
Arrival-Date: Sat, 21 Mar 2026 06:05:11 -0700 (PDT)
X-Original-Message-ID: """ + ack_id("bo04") + """

Final-Recipient: rfc822; olemartin.gronli@gmail.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; gmail-smtp-in.l.google.com. (142.250.74.26, the server for the domain gmail.com.)
Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist.
Last-Attempt-Date: Sat, 21 Mar 2026 06:05:12 -0700 (PDT)""",
          "orig": orig_ack("nb", "olemartin.gronli@gmail.com", "Vi har mottatt henvendelsen din", "Sat, 21 Mar 2026 14:05:08 +0100", "bo04")},
  notes="Gmail-style DSN (English)")

M("bo05", lang="en", kind="bounce", frm=("Mail Delivery System", "Mailer-Daemon@mx.fjordnett.example"), to=PM, client="roundcube",
  subj="Mail delivery failed: returning message to sender", date="2026-06-10 09:20", return_path="", no_mailer=True,
  hdrs=["Auto-Submitted: auto-replied", "X-Failed-Recipients: b.aage.sandvik@fjordnett.example"],
  bounce={"human": """This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  b.aage.sandvik@fjordnett.example
    No Such User Here""",
          "status": """Reporting-MTA: dns; mx.fjordnett.example

Action: failed
Final-Recipient: rfc822;b.aage.sandvik@fjordnett.example
Status: 5.0.0""",
          "orig": orig_ack("nb", "b.aage.sandvik@fjordnett.example", "Vi har mottatt henvendelsen din", "Wed, 10 Jun 2026 09:19:50 +0200", "bo05")},
  notes="Exim bounce, remote server")

M("bo06", lang="en", kind="bounce", frm=("Mail Delivery System", "MAILER-DAEMON@mx1.fjordvik.kommune.no"), to=PM, client="roundcube",
  subj="Delayed Mail (still being retried)", date="2026-08-29 09:15", return_path="", no_mailer=True,
  hdrs=["Auto-Submitted: auto-replied"],
  bounce={"human": """This is the mail system at host mx1.fjordvik.kommune.no.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

                   The mail system

<mona.grimstad@havnenett.example>: connect to mx.havnenett.example[203.0.113.25]:25:
    Connection timed out""",
          "status": """Reporting-MTA: dns; mx1.fjordvik.kommune.no
X-Postfix-Queue-ID: 8B21D0C344
X-Postfix-Sender: rfc822; postmottak@fjordvik.kommune.no
Arrival-Date: Sat, 29 Aug 2026 05:12:40 +0200 (CEST)

Final-Recipient: rfc822; mona.grimstad@havnenett.example
Original-Recipient: rfc822;mona.grimstad@havnenett.example
Action: delayed
Status: 4.4.1
Diagnostic-Code: X-Postfix; connect to mx.havnenett.example[203.0.113.25]:25:
    Connection timed out
Will-Retry-Until: Thu, 3 Sep 2026 05:12:40 +0200 (CEST)""",
          "orig": orig_ack("nb", "mona.grimstad@havnenett.example", "Innsynskrav mottatt", "Sat, 29 Aug 2026 05:12:39 +0200", "bo06"), "headers_only": True},
  notes="delay DSN (Action: delayed), only the original headers attached (text/rfc822-headers)")

M("bo07", lang="en", kind="bounce", frm=("Microsoft Outlook", "postmaster@outlook.com"), to=PM, client="outlook",
  subj="Undeliverable: Your enquiry has been received", date="2026-09-25 08:40", return_path="", no_mailer=True,
  hdrs=["Auto-Submitted: auto-replied", "X-MS-Exchange-Message-Is-Ndr:"],
  bounce={"human": """Delivery has failed to these recipients or groups:

jen.olsen.ca@outlook.com
The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message. If the problem continues, please contact your helpdesk.

Diagnostic information for administrators:
Generating server: DB9P194MB1100.EURP194.PROD.OUTLOOK.COM
jen.olsen.ca@outlook.com
Remote Server returned '550 5.5.0 Requested action not taken: mailbox unavailable (S2017062302).'""",
          "status": """Reporting-MTA: dns;DB9P194MB1100.EURP194.PROD.OUTLOOK.COM
Arrival-Date: Fri, 25 Sep 2026 06:40:01 +0000

Final-Recipient: rfc822;jen.olsen.ca@outlook.com
Action: failed
Status: 5.5.0
Diagnostic-Code: smtp;550 5.5.0 Requested action not taken: mailbox unavailable (S2017062302).""",
          "orig": orig_ack("en", "jen.olsen.ca@outlook.com", "Your enquiry has been received", "Fri, 25 Sep 2026 08:39:58 +0200", "bo07")},
  notes="Outlook.com NDR (English)")

M("bo08", lang="en", kind="bounce", frm=("MAILER-DAEMON", "MAILER-DAEMON@mail.alvsby.kommun.se"), to=KS, client="roundcube",
  subj="Undelivered Mail Returned to Sender", date="2026-03-03 21:00", return_path="", no_mailer=True,
  hdrs=["Auto-Submitted: auto-replied"],
  bounce={"human": """This is the mail system at host mail.alvsby.kommun.se.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

                   The mail system

<jessica.larsson@gmail.co>: host gmail.co[198.51.100.80] said: 550 5.7.1
    Relaying denied (in reply to RCPT TO command)""",
          "status": """Reporting-MTA: dns; mail.alvsby.kommun.se
X-Postfix-Queue-ID: 3D1E2A0F77
X-Postfix-Sender: rfc822; kommun@alvsby.kommun.se
Arrival-Date: Tue, 3 Mar 2026 20:59:55 +0100 (CET)

Final-Recipient: rfc822; jessica.larsson@gmail.co
Original-Recipient: rfc822;jessica.larsson@gmail.co
Action: failed
Status: 5.7.1
Remote-MTA: dns; gmail.co
Diagnostic-Code: smtp; 550 5.7.1 Relaying denied""",
          "orig": orig_ack("sv", "jessica.larsson@gmail.co", "Vi har tagit emot ditt ärende", "Tue, 3 Mar 2026 20:59:54 +0100", "bo08", dom="alvsby.kommun.se")},
  notes="Postfix bounce at the Swedish municipality; English text, Swedish original attached")

M("bo09", lang="sv", kind="bounce", frm=("Microsoft Outlook", "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@alvsby.kommun.se"), to=KS,
  client="outlook", subj="Det gick inte att leverera: Vi har tagit emot ditt ärende", date="2026-05-05 08:20", return_path="", no_mailer=True,
  hdrs=["Auto-Submitted: auto-replied", "X-MS-Exchange-Message-Is-Ndr:"],
  bounce={"human": """Det gick inte att leverera till följande mottagare eller grupper:

karin.oberg.lund@gmaill.com
Det gick inte att hitta den e-postadress som du angav. Kontrollera mottagarens e-postadress och försök att skicka meddelandet igen. Kontakta supportavdelningen om problemet kvarstår.

Diagnostisk information för administratörer:
Genererande server: AM7PR07MB7712.eurprd07.prod.outlook.com
karin.oberg.lund@gmaill.com
Fjärrservern returnerade '550 5.4.1 Recipient address rejected: Access denied.'""",
          "human_html": """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
<p><b><font color="#000066" size="3" face="Arial">Det gick inte att leverera till följande mottagare eller grupper:</font></b></p>
<p><a href="mailto:karin.oberg.lund@gmaill.com">karin.oberg.lund@gmaill.com</a><br>Det gick inte att hitta den e-postadress som du angav.</p>
</body></html>""",
          "status": """Reporting-MTA: dns;AM7PR07MB7712.eurprd07.prod.outlook.com
Arrival-Date: Tue, 5 May 2026 06:19:40 +0000

Final-Recipient: rfc822;karin.oberg.lund@gmaill.com
Action: failed
Status: 5.4.1
Diagnostic-Code: smtp;550 5.4.1 Recipient address rejected: Access denied.""",
          "orig": orig_ack("sv", "karin.oberg.lund@gmaill.com", "Vi har tagit emot ditt ärende", "Tue, 5 May 2026 08:19:38 +0200", "bo09", dom="alvsby.kommun.se")},
  notes="Swedish Exchange NDR")

M("bo10", lang="sv", kind="bounce", frm=("Microsoft Outlook", "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@alvsby.kommun.se"), to=KS,
  client="outlook", subj="Olevererbart: Svar på din begäran om allmän handling", date="2026-04-09 13:10", return_path="", no_mailer=True,
  hdrs=["Auto-Submitted: auto-replied", "X-MS-Exchange-Message-Is-Ndr:"],
  bounce={"human": """Meddelandet kunde inte levereras eftersom mottagarens postlåda är full.

karl.mattsson.privat@telia.example
Mottagarens postlåda är full och kan inte ta emot meddelanden just nu. Försök att skicka meddelandet senare eller kontakta mottagaren på annat sätt.

Fjärrservern returnerade '552 5.2.2 Mailbox quota exceeded'""",
          "status": """Reporting-MTA: dns;AM7PR07MB7712.eurprd07.prod.outlook.com
Arrival-Date: Thu, 9 Apr 2026 11:09:50 +0000

Final-Recipient: rfc822;karl.mattsson.privat@telia.example
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp;552 5.2.2 Mailbox quota exceeded""",
          "orig": orig_ack("sv", "karl.mattsson.privat@telia.example", "Svar på din begäran om allmän handling", "Thu, 9 Apr 2026 13:09:48 +0200", "bo10", dom="alvsby.kommun.se",
                           body="Hej Karl,\n\nHär kommer de handlingar du begärt. Protokollet bifogas.\n\nMed vänlig hälsning\nRegistrator, Älvsby kommun")},
  notes="Swedish 'Olevererbart' NDR, mailbox full")

M("bo11", lang="sv", kind="bounce", frm=("Systemadministratören", "MAILER-DAEMON@mail.alvsby.kommun.se"), to=KS, client="roundcube",
  subj="Returnerat e-postmeddelande: användaren okänd", date="2026-10-28 16:45", return_path="", no_mailer=True,
  hdrs=["Auto-Submitted: auto-replied"],
  bounce={"human": """Ditt meddelande kunde inte levereras till en eller flera mottagare.

Ämne: Vi har tagit emot ditt ärende
Skickat: 2026-10-28 16:44

Följande mottagare kunde inte nås:

ebba.hedlund@skolnet.example den 2026-10-28 16:44
    550 5.1.1 <ebba.hedlund@skolnet.example>: Recipient address rejected: User unknown""",
          "cs": "iso-8859-1", "cte": "quoted-printable",
          "status": """Reporting-MTA: dns; mail.alvsby.kommun.se

Final-Recipient: rfc822; ebba.hedlund@skolnet.example
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown""",
          "orig": orig_ack("sv", "ebba.hedlund@skolnet.example", "Vi har tagit emot ditt ärende", "Wed, 28 Oct 2026 16:44:20 +0100", "bo11", dom="alvsby.kommun.se")},
  notes="Swedish-language bounce text in ISO-8859-1 QP")

M("bo12", lang="en", kind="bounce", frm=("Mail Delivery System", "MAILER-DAEMON@smtp.example.org"), to=PM, client="roundcube",
  subj="Undelivered Mail Returned to Sender", date="2026-01-15 07:55", return_path="", no_mailer=True,
  hdrs=["Auto-Submitted: auto-replied"],
  bounce={"human": """This is the mail system at host smtp.example.org.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

                   The mail system

<torstein.aasen.old@example.org>: user unknown""",
          "status": """Reporting-MTA: dns; smtp.example.org
Arrival-Date: Thu, 15 Jan 2026 07:55:01 +0100 (CET)

Final-Recipient: rfc822; torstein.aasen.old@example.org
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 user unknown""",
          "orig": orig_ack("nb", "torstein.aasen.old@example.org", "Vi har mottatt henvendelsen din", "Thu, 15 Jan 2026 07:54:57 +0100", "bo12")},
  notes="remote Postfix bounce")

M("bo13", lang="en", kind="bounce", frm=("postmaster", "postmaster@mail.example.net"), to=PM, client="roundcube",
  subj="Returned mail: see transcript for details", date="2026-11-11 22:30", return_path="", no_mailer=True,
  bounce={"human": """The original message was received at Wed, 11 Nov 2026 22:29:10 +0100
from mx1.fjordvik.kommune.no [192.0.2.10]

   ----- The following addresses had permanent fatal errors -----
<hanna.lie@example.net>
    (reason: 550 5.2.1 Mailbox disabled, not accepting messages)

   ----- Transcript of session follows -----
... while talking to mail.example.net.:
>>> DATA
<<< 550 5.2.1 Mailbox disabled, not accepting messages
550 5.1.1 <hanna.lie@example.net>... User unknown""",
          "status": """Reporting-MTA: dns; mail.example.net
Received-From-MTA: DNS; mx1.fjordvik.kommune.no
Arrival-Date: Wed, 11 Nov 2026 22:29:10 +0100

Final-Recipient: RFC822; hanna.lie@example.net
Action: failed
Status: 5.2.1
Remote-MTA: DNS; mail.example.net
Diagnostic-Code: SMTP; 550 5.2.1 Mailbox disabled, not accepting messages
Last-Attempt-Date: Wed, 11 Nov 2026 22:30:02 +0100""",
          "orig": orig_ack("en", "hanna.lie@example.net", "Your enquiry has been received", "Wed, 11 Nov 2026 22:29:08 +0100", "bo13")},
  notes="sendmail-style bounce without Auto-Submitted header")

# =============================================================== spam
M("sp01", lang="en", kind="spam", frm=("Euro Millions Promo", "claims.dept@euromillions-award.example.net"), to=PM,
  reply_to="claims.agent.rodriguez@gmail.com", subj="CONGRATULATIONS!!! YOU HAVE WON €850,000.00", date="2026-01-18 03:12",
  client="roundcube", subj_enc="b",
  body="""ATTENTION: WINNER

Your email address was selected in the EURO MILLIONS INTERNATIONAL E-MAIL PROMOTION held on 15th January 2026. You have been awarded the sum of €850,000.00 (Eight Hundred and Fifty Thousand Euros).

To claim your prize, contact our claims agent immediately with the following:
1. Full Name
2. Address
3. Phone number
4. Copy of ID / Passport

Agent: Mr. Carlos Rodriguez
Email: claims.agent.rodriguez@gmail.com

Congratulations once again!
Mrs. Maria Gonzalez
Promotions Manager""", notes="prize spam with Reply-To to free mail")

M("sp02", lang="en", kind="spam", frm=("Microsoft 365 Admin", "no-reply@m365-security-alert.example.net"), to=PM,
  subj="Action required: Your mailbox password expires today", date="2026-02-23 06:40", client="roundcube", fmt="html",
  html="""<html><body style="font-family:Segoe UI,Arial,sans-serif;">
<table width="600" style="border:1px solid #ddd;"><tr><td style="background:#0078d4;color:#fff;padding:12px;font-size:18px;">Microsoft 365</td></tr>
<tr><td style="padding:16px;">
<p>Dear postmottak@fjordvik.kommune.no,</p>
<p>The password for your mailbox <b>postmottak@fjordvik.kommune.no</b> expires <b>today</b>. To keep using your current password and avoid losing access to incoming messages, please confirm it below.</p>
<p style="text-align:center;"><a href="http://fjordvik-kommune-no.m365-security-alert.example.net/owa/login?u=postmottak" style="background:#0078d4;color:#fff;padding:10px 20px;text-decoration:none;">Keep Current Password</a></p>
<p style="font-size:11px;color:#666;">This message was sent from an unmonitored mailbox. &copy; 2026 Microsoft Corporation.</p>
</td></tr></table></body></html>""", body="", notes="credential phishing, HTML-only")

M("sp03", lang="en", kind="spam", frm=("DocuSign via Fjordvik", "dse@docusign-envelope.example.com"), to=PM,
  subj="Fjordvik kommune - Please review and sign: Invoice_2026_0321", date="2026-03-21 11:05", client="roundcube",
  body="""You have received a document to review and sign.

Sender: Accounts Payable
Document: Invoice_2026_0321.pdf

Open the attached secure document to view. You will need to sign in with your email account to authenticate.

Do not share this email.
DocuSign Electronic Signature Service""",
  att=[{"name": "Secure_Document_0321.html", "type": "html", "content": """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Sign in to your account</title></head>
<body style="font-family:Arial;background:#f2f2f2;">
<div style="width:360px;margin:80px auto;background:#fff;padding:30px;">
<h2>Sign in</h2><p>to view your secure document</p>
<form action="https://collect.docusign-envelope.example.com/p.php" method="post">
<input type="email" name="u" placeholder="Email" style="width:100%"><br><br>
<input type="password" name="p" placeholder="Password" style="width:100%"><br><br>
<button type="submit">Sign in</button></form></div></body></html>
"""}], notes="phishing with an HTML login page as attachment")

M("sp04", lang="en", kind="spam", frm=("Ryan | SEO Expert", "ryan.seoexpert@outlook.com"), to=PM, subj="Website Ranking on Google",
  date="2026-04-11 08:17",
  body="""Hi Team,

I was checking your website fjordvik.kommune.no and noticed it is not ranking on the first page of Google for many important keywords. Your competitors are getting more traffic and leads.

We can help you:
- Rank on 1st page of Google
- Increase organic traffic by 300%
- Fix technical SEO errors
- Build high quality backlinks

Shall I send you a FREE audit report and our affordable packages?

Thanks & Regards,
Ryan
Digital Marketing Consultant

If you are not interested, reply with "NO" """, notes="SEO offer spam")

M("sp05", lang="en", kind="spam", frm=("Crypto Profit Daily", "news@cryptoprofit-daily.example.net"), to=KS,
  subj="Turn 250 EUR into 12 000 EUR in 30 days – Bitcoin AI Trader", date="2026-05-02 23:45", client="roundcube", fmt="html",
  hdrs=["List-Unsubscribe: <https://cryptoprofit-daily.example.net/unsub?id=88213>", "Precedence: bulk"],
  html="""<html><body><div style="max-width:600px;margin:auto;font-family:Arial">
<h1 style="color:#f7931a">Bitcoin AI Trader</h1>
<p>Our artificial intelligence trades <b>24/7</b> for you. Members made an average of <b>4 800%</b> last year.</p>
<p>Start with just <b>250 EUR</b>. No experience needed. Limited places in Sweden!</p>
<p><a href="https://cryptoprofit-daily.example.net/r/se?c=alvsby">CLAIM YOUR SPOT NOW &raquo;</a></p>
<p style="font-size:10px;color:#999">You receive this email because you subscribed to our partners. Unsubscribe.</p>
</div></body></html>""", body="", notes="crypto investment spam, HTML-only with List-Unsubscribe")

M("sp06", lang="en", kind="spam", frm=("Priya Sharma", "priya.sharma.appdev@gmail.com"), to=PM, subj="Mobile App Development for your business",
  date="2026-06-06 05:30",
  body="""Hello,

Hope you are doing well.

We are a leading mobile app development company with 10+ years of experience. We develop iOS and Android apps, e-commerce websites, CRM and ERP solutions at very affordable prices (starting $15/hour).

Can we schedule a quick call to discuss your requirement?

Regards,
Priya Sharma
Business Development Executive""", notes="outsourcing offer spam")

M("sp07", lang="en", kind="spam", frm=("Accounts Department", "billing@nordic-supply-invoices.example.com"), to=PM,
  subj="Overdue invoice INV-20931 - final notice", date="2026-07-14 09:02", client="outlook",
  body="""Dear customer,

Please find attached the overdue invoice INV-20931. Payment was due 30 June 2026. To avoid collection fees, please pay within 48 hours to the new bank account stated in the invoice.

Best regards
Accounts Department""",
  att=[{"name": "INV-20931.pdf", "type": "pdf", "title": "Invoice INV-20931", "content": [
      "INVOICE INV-20931",
      "",
      "Nordic Supply Solutions",
      "Customer: Fjordvik kommune",
      "Description: Office consumables Q2 2026",
      "Amount due: EUR 4 870.00",
      "NEW BANK DETAILS: IBAN LT12 1000 0111 0100 1000  BIC EXAMLT2X",
      "Payment due immediately."]}],
  notes="fake-invoice spam with a PDF attachment (invoice fraud)")

M("sp08", lang="en", kind="spam", frm=("Emma Collins", "emma.collins.outreach@gmail.com"), to=KS,
  subj="Guest post opportunity on alvsby.kommun.se", date="2026-08-09 14:48",
  body="""Hi there,

I'm Emma, a content writer. I would love to contribute a high-quality article to your website on topics like travel, finance or health. In return I only ask for one do-follow link.

If you prefer, we can also pay for a sponsored post. What is your price?

Cheers,
Emma""", notes="link-building spam")

M("sp09", lang="en", kind="spam", frm=("Barrister James Okafor", "j.okafor.chambers@yahoo.com"), to=PM,
  subj="URGENT BUSINESS PROPOSAL", date="2026-09-02 02:10",
  body="""Dear Friend,

I am Barrister James Okafor, the personal attorney to the late Engr. Hans Fjordvik, a foreign contractor who died in a car accident in 2019 with his entire family. He left behind a deposit of US$12,500,000.00 (Twelve Million Five Hundred Thousand United States Dollars) with a bank here.

Since you share the same last name/location, I want to present you as next of kin so the funds can be released to you. We will share 50/50. This transaction is 100% risk free.

Reply urgently with your full name, telephone and address.

Yours faithfully,
Barrister James Okafor""", notes="advance-fee scam")

M("sp10", lang="en", kind="spam", frm=("DHL Express", "noreply@dhl-parcel-tracking.example.net"), to=PM,
  subj="Your parcel is on hold - customs fee unpaid", date="2026-10-10 07:33", client="roundcube", fmt="alt",
  body="""DHL Express

Your shipment 7730 2211 04 is on hold at our facility because of an unpaid customs fee of 2.99 EUR.

Pay the fee within 24 hours to schedule delivery:
https://dhl-parcel-tracking.example.net/pay/77302211

If the fee is not paid, the parcel will be returned to the sender.""", notes="fake parcel phishing (multipart/alternative)")

M("sp11", lang="en", kind="spam", frm=("European Business Directory", "update@eu-business-register.example.org"), to=KS,
  subj="Update of your company data 2026 (free of charge)", date="2026-11-04 10:20",
  body="""Dear Sir/Madam,

To keep the European Business Register up to date, please check and correct your data on the enclosed form. The update is free of charge.

Return the signed form by e-mail or fax.

(By signing you order a three-year listing at EUR 1 195 per year, see terms.)

European Business Register""", notes="directory-listing scam; 'free of charge' with hidden fee")

M("sp12", lang="en", kind="spam", frm=("MetaMask Support", "support@metamask-wallet-verify.example.com"), to=PM,
  subj="Wallet verification required", date="2026-12-09 04:05", client="roundcube", fmt="html",
  html="""<html><body><p>Dear user,</p><p>Due to new EU regulations all wallets must be verified before <b>15 December 2026</b>. Unverified wallets will be suspended.</p>
<p><a href="https://metamask-wallet-verify.example.com/verify">Verify my wallet</a></p><p>You will be asked for your Secret Recovery Phrase.</p><p>MetaMask Team</p></body></html>""",
  body="", notes="crypto wallet phishing")

M("sp13", lang="nb", kind="spam", frm=("Posten Norge", "varsel@posten-sporing.example.net"), to=PM,
  subj="Pakken din kan ikke leveres", date="2026-02-13 08:44", client="roundcube", fmt="html",
  html="""<html><body style="font-family:Arial"><div style="background:#e32d22;color:#fff;padding:10px"><b>Posten</b></div>
<p>Hei,</p><p>Vi har forsøkt å levere pakken din (sporingsnummer <b>70722150284611</b>), men adressen var ufullstendig. For å få levert pakken må du bekrefte adressen og betale et gebyr på <b>19 kr</b>.</p>
<p><a href="https://posten-sporing.example.net/no/bekreft">Bekreft levering</a></p><p>Med vennlig hilsen<br>Posten Norge</p></body></html>""",
  body="", notes="Norwegian parcel phishing; tracking number is not an id")

M("sp14", lang="nb", kind="spam", frm=("BankID", "sikkerhet@bankid-fornyelse.example.com"), to=PM,
  subj="Din BankID utløper om 24 timer", date="2026-05-19 22:10", client="roundcube", cs="iso-8859-1", cte="qp",
  body="""Kjære kunde,

Din BankID utløper om 24 timer. For å unngå at tilgangen til nettbanken sperres, må du fornye BankID nå.

Forny her: https://bankid-fornyelse.example.com/forny

Du trenger personnummer og passord.

Med vennlig hilsen
BankID Norge""", notes="Norwegian BankID phishing, ISO-8859-1 QP")

M("sp15", lang="nb", kind="spam", frm=("Markus fra Synlig Nett", "markus@synlignett.example.no"), to=PM,
  subj="Flere kunder til fjordvik.kommune.no?", date="2026-08-25 10:30",
  body="""Hei!

Jeg tok en titt på nettsiden deres og ser at dere ikke kommer opp på Google når folk søker etter "kommune Fjordvik". Vi hjelper bedrifter med å få flere kunder gjennom Google Ads og SEO.

Har dere 15 minutter til en uforpliktende prat denne uka?

Mvh
Markus
Synlig Nett AS

Vil du ikke få flere e-poster fra oss? Svar STOPP.""", notes="Norwegian SEO sales spam")

M("sp16", lang="nb", kind="spam", frm=("Kundeundersøkelse", "vinner@norsk-kundeklubb.example.net"), to=PM,
  subj="Gratulerer! Du er valgt ut til å motta en iPhone 17 Pro", date="2026-10-31 13:13", client="roundcube", fmt="html", subj_enc="b",
  html="""<html><body><center><h2>GRATULERER!!</h2><p>Din e-post adresse er valgt ut blant 1000 heldige deltakere. Svar på 3 korte spørsmål og motta en helt ny <b>iPhone 17 Pro</b> for bare 1 kr frakt!</p>
<p><a href="https://norsk-kundeklubb.example.net/vinn">SVAR NÅ</a></p><p>Tilbudet gjelder kun i dag.</p></center></body></html>""",
  body="", notes="Norwegian prize spam with machine-translated phrasing")

M("sp17", lang="sv", kind="spam", frm=("PostNord", "info@postnord-leverans.example.net"), to=KS,
  subj="Ditt paket väntar på leverans", date="2026-01-25 07:20", client="roundcube", fmt="html",
  html="""<html><body style="font-family:Arial"><div style="background:#00a0d6;color:#fff;padding:10px"><b>PostNord</b></div>
<p>Hej,</p><p>Ditt paket kunde inte levereras eftersom tullavgiften (<b>24 kr</b>) inte är betald.</p>
<p><a href="https://postnord-leverans.example.net/betala">Betala och boka leverans</a></p><p>Om avgiften inte betalas inom 48 timmar returneras paketet.</p></body></html>""",
  body="", notes="Swedish parcel phishing")

M("sp18", lang="sv", kind="spam", frm=("Skatteverket", "aterbaring@skatteverket-se.example.com"), to=KS,
  subj="Du har en skatteåterbäring på 4 382 kr", date="2026-04-28 18:50", client="roundcube", cs="windows-1252", cte="8bit",
  body="""Hej,

Efter den senaste beräkningen av din deklaration har du rätt till en skatteåterbäring på 4 382 kr.

För att få pengarna utbetalda måste du bekräfta dina kortuppgifter via länken nedan inom 3 dagar:
https://skatteverket-se.example.com/aterbaring

Med vänliga hälsningar
Skatteverket""", notes="Swedish tax-refund phishing, windows-1252 8bit")

M("sp19", lang="sv", kind="spam", frm=("Johan på Toppsök", "johan@toppsok.example.se"), to=KS,
  subj="Vi hjälper er synas på Google", date="2026-07-02 09:15",
  body="""Hej!

Vi på Toppsök hjälper företag och organisationer att synas högre upp på Google. Just nu erbjuder vi en gratis analys av er hemsida alvsby.kommun.se.

Ska jag skicka över ett förslag?

Mvh Johan
Toppsök AB""", notes="Swedish SEO spam")

M("sp20", lang="sv", kind="spam", frm=("Nyheter Idag", "redaktion@nyheter-idag24.example.net"), to=SYN,
  subj="Zlatan avslöjar: så blev han rik på Bitcoin", date="2026-09-19 21:40", client="roundcube", fmt="html",
  hdrs=["List-Unsubscribe: <mailto:unsub@nyheter-idag24.example.net>"],
  html="""<html><body><h1>Zlatan avslöjar hemligheten i direktsändning</h1><p>Under en intervju berättade han om plattformen som gör vanliga svenskar rika. Banken försökte stoppa sändningen!</p>
<p><a href="https://nyheter-idag24.example.net/zlatan">Läs hela artikeln och börja idag med 2 500 kr</a></p></body></html>""",
  body="", notes="fake-celebrity crypto spam")

M("sp21", lang="sv", kind="spam", frm=("IT-support", "it-support@alvsby-kommun-se.example.net"), to=KS,
  subj="Din inkorg är full – åtgärd krävs", date="2026-11-21 06:05", client="roundcube", subj_enc="q",
  body="""Hej kommun@alvsby.kommun.se,

Din inkorg har nått 99 % av sin lagringsgräns. Nya meddelanden kommer att returneras till avsändaren.

Uppgradera din lagring kostnadsfritt här:
https://alvsby-kommun-se.example.net/owa/uppgradera

IT-support
Älvsby kommun""", notes="Swedish mailbox-quota phishing impersonating the municipality's IT")
