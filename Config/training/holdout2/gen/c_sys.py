"""Not submissions: auto-replies, delivery status notifications and spam."""
from lib import *

def ref(seq, prefix="FJV", year=2026):
    digits = "%d%06d" % (year, seq)
    p = 0
    for ch in digits:
        p = ((p + int(ch)) * 2) % 11
    v = (12 - p) % 11
    return "%s-%d-%06d-%s" % (prefix, year, seq, "X" if v == 10 else str(v))

def ack_mid(tag, dom="fjordvik.kommune.no"):
    return "<%s@%s>" % (hexid("ack-" + tag, 28, False), dom)

ACK_NB = """Hei,

takk for henvendelsen din til Fjordvik kommune. Vi har registrert den med referansenummeret

    %s

Oppgi dette nummeret hvis du kontakter oss igjen om samme sak, så kommer det til riktig sted.

Dette er en automatisk bekreftelse. Du trenger ikke svare på den.

Med vennlig hilsen
Fjordvik kommune
"""

ACK_SV = """Hej,

tack för att du kontaktade Älvsby kommun. Vi har registrerat ditt ärende med referensnumret

    %s

Ange numret om du kontaktar oss igen i samma ärende, så hamnar det rätt.

Detta är en automatisk bekräftelse. Du behöver inte svara på den.

Med vänlig hälsning
Älvsby kommun
"""

ACK_EN = """Hello,

thank you for contacting Fjordvik kommune. We have registered your message with the reference number

    %s

Please quote this number if you contact us again about the same matter, so that it reaches the right place.

This is an automatic acknowledgement. There is no need to reply to it.

Kind regards
Fjordvik kommune
"""

# ------------------------------------------------------------------ auto-replies
r = ref(31)
M("sys-a01", lang="nb", kind="auto_reply", frm=("Tone Vik", "tone.vik@outlook.com"), to=PM,
  date="2026-01-19 21:31", return_path="",
  subj="Automatisk svar: Vi har mottatt henvendelsen din (%s)" % r,
  hdrs=["In-Reply-To: %s" % ack_mid("a01"), "Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All",
        "X-MS-Exchange-Inbox-Rules-Loop: tone.vik@outlook.com"],
  body="""Hei,

jeg er på reise til 2. februar og leser e-post bare sporadisk. Haster det, send SMS til 470 18 332.

Hilsen Tone
""",
  notes="Out-of-office from a citizen who has just written; quotes a reference number in the subject; must not be a follow-up.")

M("sys-a02", lang="nb", kind="auto_reply", frm=("Geir Haugland", "geir.haugland@online.no"), to=PM,
  date="2026-01-23 08:03", client="roundcube", return_path="",
  subj="Fravær: Purring: Brøytebilen har tatt gjerdet vårt igjen",
  hdrs=["In-Reply-To: %s" % ack_mid("a02"), "Auto-Submitted: auto-replied (vacation)", "Precedence: bulk"],
  body="""Takk for meldingen. Jeg er på hytta uten dekning fram til 26. januar og svarer når jeg kommer hjem.

Geir Haugland
""",
  notes="Vacation reply (Roundcube managesieve) to the acknowledgement.")

M("sys-a03", lang="nn", kind="auto_reply", frm=("Olav Flatebø", "olav.flatebo@online.no"), to=PM,
  date="2026-02-20 14:11", client="thunderbird",
  subj="Fråverande: Re: Vegen vår er grave opp for tredje gong",
  hdrs=["In-Reply-To: %s" % ack_mid("a03"), "X-Autoreply: yes"],
  body="""Hei. Eg er på sjøen og kjem heim att 1. mars. Ved hastesaker kan du ringje kona mi, Torill, på 915 30 224.

Olav
""",
  notes="Auto-reply without Auto-Submitted; only X-Autoreply and the subject tell.")

r = ref(58, "ALV")
M("sys-a04", lang="sv", kind="auto_reply", frm=("Göran Lindqvist", "goran.lindqvist@telia.com"), to=KS,
  date="2026-01-22 08:31", client="outlook", return_path="", no_mailer=True,
  subj="Automatiskt svar: Vi har tagit emot ditt ärende (%s)" % r,
  hdrs=["In-Reply-To: %s" % ack_mid("a04", "alvsby.kommun.se"), "Auto-Submitted: auto-replied",
        "X-Auto-Response-Suppress: All", "X-MS-Exchange-Organization-AutoResponseSuppress: All"],
  body="""Hej,

jag är tjänstledig till och med 31 januari. Brådskande ärenden: ring 0929-171 00.

Göran Lindqvist
""",
  notes="Exchange out-of-office quoting a reference number.")

M("sys-a05", lang="sv", kind="auto_reply", frm=("Mikael Forsberg", "mikael.forsberg@alvsbykuriren.se"), to="registrator@alvsby.kommun.se",
  date="2026-03-02 11:21", client="outlook", return_path="",
  subj="Frånvaro: Vi har tagit emot ditt ärende",
  hdrs=["In-Reply-To: %s" % ack_mid("a05", "alvsby.kommun.se"), "Auto-Submitted: auto-replied"],
  body="""Hej!

Jag är på semester vecka 10 och är tillbaka måndag 9 mars. Tips till redaktionen: nyheter@alvsbykuriren.se

Mikael Forsberg, Älvsby-Kuriren
""",
  notes="Journalist's out-of-office; the request before it is a real access request.")

M("sys-a06", lang="sv", kind="auto_reply", frm=("Älvsby Energi Kundservice", "kundservice@alvsbyenergi.se"), to=KS,
  date="2026-02-27 10:02", client="roundcube", no_mailer=True, return_path="bounces+4471@helpdesk.alvsbyenergi.se",
  subj="[Ärende #48213] Vi har mottagit ditt meddelande",
  hdrs=["Auto-Submitted: auto-generated", "Precedence: auto_reply", "X-Mailer: Zendesk Mailer"],
  body="""Hej,

tack för ditt meddelande till Älvsby Energi. Ditt ärende har fått nummer #48213. Vi svarar normalt inom tre arbetsdagar.

Svara på detta mejl om du vill lägga till något i ärendet.

Vänliga hälsningar
Kundservice, Älvsby Energi
""",
  notes="Helpdesk auto-acknowledgement with its own ticket number; not a submission.")

r = ref(102)
M("sys-a07", lang="en", kind="auto_reply", frm=("James Whitfield", "j.whitfield@btinternet.com"), to=PM,
  date="2026-02-23 09:31", client="outlook", return_path="",
  subj="Automatic reply: We have received your message (%s)" % r,
  hdrs=["In-Reply-To: %s" % ack_mid("a07"), "Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
  body="""Thank you for your email. I am travelling until 2 March with limited access to email. For urgent matters please call my office on +44 20 7946 0321.

James Whitfield
""",
  notes="Out-of-office to the acknowledgement, with a reference number.")

M("sys-a08", lang="en", kind="auto_reply", frm=("Laura Becker", "laura.becker@uni-hamburg.de"), to=KS,
  date="2026-04-07 11:12", client="thunderbird", no_mailer=True,
  subj="Out of office Re: We have received your message",
  hdrs=["Precedence: auto_reply", "X-Auto-Response-Suppress: OOF", "Auto-Submitted: auto-replied"],
  body="""Dear sender,

I am on a research trip until 20 April and will answer your message after my return. For questions about the project, please contact my colleague Dr. Jonas Weber (jonas.weber@uni-hamburg.de).

Best regards
Laura Becker
""",
  notes="Academic out-of-office.")

# ------------------------------------------------------------------ bounces
def postfix_status(mta, qid, arrival, rcpt, action, status, remote, diag):
    s = "Reporting-MTA: dns; %s\nX-Postfix-Queue-ID: %s\nX-Postfix-Sender: rfc822; postmottak@fjordvik.kommune.no\nArrival-Date: %s\n\nFinal-Recipient: rfc822; %s\nOriginal-Recipient: rfc822;%s\nAction: %s\nStatus: %s\n" % (mta, qid, arrival, rcpt, rcpt, action, status)
    if remote: s += "Remote-MTA: dns; %s\n" % remote
    if diag: s += "Diagnostic-Code: smtp; %s\n" % diag
    return s

M("sys-b01", lang="en", kind="bounce", frm=("Mail Delivery System", "MAILER-DAEMON@mx1.fjordvik.kommune.no"), to=PM,
  date="2026-02-16 22:15", client="roundcube", no_mailer=True, no_received=True,
  hdrs_top=["Return-Path: <>"], hdrs=["Auto-Submitted: auto-replied"],
  subj="Undelivered Mail Returned to Sender",
  bounce={"human": """This is the mail system at host mx1.fjordvik.kommune.no.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<camilla.dahl85@hotmail.com>: host hotmail-com.olc.protection.outlook.com[52.101.68.18]
    said: 552 5.2.2 Requested mail action aborted, mailbox full (in reply to RCPT TO command)
""",
          "status": postfix_status("mx1.fjordvik.kommune.no", "4R7kLm2xQpz9", "Mon, 16 Feb 2026 22:14:58 +0100",
                                   "camilla.dahl85@hotmail.com", "failed", "5.2.2",
                                   "hotmail-com.olc.protection.outlook.com",
                                   "552 5.2.2 Requested mail action aborted, mailbox full"),
          "orig": {"frm": "Fjordvik kommune <postmottak@fjordvik.kommune.no>", "to": "camilla.dahl85@hotmail.com",
                   "subj": "Vi har mottatt henvendelsen din (%s)" % ref(77), "date": "Mon, 16 Feb 2026 22:14:57 +0100",
                   "mid": ack_mid("b01"), "body": ACK_NB % ref(77), "auto": True}},
  notes="Postfix bounce of an acknowledgement (mailbox full); the returned message holds a reference number.")

M("sys-b02", lang="en", kind="bounce", frm=("Microsoft Outlook", "postmaster@fjordvik.onmicrosoft.com"), to=PM,
  date="2026-03-16 20:42", client="outlook", no_mailer=True, return_path="",
  hdrs=["Auto-Submitted: auto-replied", "X-MS-Exchange-Message-Is-Ndr:"],
  subj="Undeliverable: Vi har mottatt henvendelsen din",
  bounce={"human": """Delivery has failed to these recipients or groups:

post@strandparken-vel.no
The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message. If the problem continues, please contact your helpdesk.

Diagnostic information for administrators:

Generating server: AM7PR07MB6221.eurprd07.prod.outlook.com

post@strandparken-vel.no
Remote Server returned '550 5.1.1 <post@strandparken-vel.no>: Recipient address rejected: User unknown in virtual mailbox table'
""",
          "human_html": """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
<p><b><font color="#000066" size="3" face="Arial">Delivery has failed to these recipients or groups:</font></b></p>
<p><a href="mailto:post@strandparken-vel.no">post@strandparken-vel.no</a><br>
The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message.</p>
<p><font color="#808080" size="2" face="Tahoma">Diagnostic information for administrators:<br>Generating server: AM7PR07MB6221.eurprd07.prod.outlook.com<br>
Remote Server returned '550 5.1.1 &lt;post@strandparken-vel.no&gt;: Recipient address rejected: User unknown in virtual mailbox table'</font></p>
</body></html>""",
          "status": "Reporting-MTA: dns;AM7PR07MB6221.eurprd07.prod.outlook.com\nReceived-From-MTA: dns;mx1.fjordvik.kommune.no\nArrival-Date: Mon, 16 Mar 2026 19:41:55 +0000\n\nFinal-Recipient: rfc822;post@strandparken-vel.no\nAction: failed\nStatus: 5.1.1\nRemote-MTA: dns;mx.domeneshop.no\nDiagnostic-Code: smtp;550 5.1.1 <post@strandparken-vel.no>: Recipient address rejected: User unknown in virtual mailbox table\n",
          "orig": {"frm": "Fjordvik kommune <postmottak@fjordvik.kommune.no>", "to": "post@strandparken-vel.no",
                   "subj": "Vi har mottatt henvendelsen din (%s)" % ref(139), "date": "Mon, 16 Mar 2026 20:41:54 +0100",
                   "mid": ack_mid("b02"), "irt": "<%s@fjordvik.kommune.no>" % hexid("b02-irt", 20, False),
                   "body": ACK_NB % ref(139), "auto": True}},
  notes="Exchange Online NDR (user unknown) with HTML and plain text parts.")

M("sys-b03", lang="en", kind="bounce", frm=("Mail Delivery System", "MAILER-DAEMON@mx1.fjordvik.kommune.no"), to=PM,
  date="2026-04-02 00:45", client="roundcube", no_mailer=True, no_received=True,
  hdrs_top=["Return-Path: <>"], hdrs=["Auto-Submitted: auto-replied"],
  subj="Delayed Mail (still being retried)",
  bounce={"human": """This is the mail system at host mx1.fjordvik.kommune.no.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

For further assistance, please send mail to postmaster.

                   The mail system

<fiona.macleod@gmail.com>: connect to gmail-smtp-in.l.google.com[142.250.102.27]:25:
    Connection timed out
""",
          "status": postfix_status("mx1.fjordvik.kommune.no", "4R9pQw7ZkTz3", "Wed, 1 Apr 2026 20:41:02 +0200",
                                   "fiona.macleod@gmail.com", "delayed", "4.4.1", None,
                                   "connect to gmail-smtp-in.l.google.com[142.250.102.27]:25: Connection timed out"),
          "headers_only": True,
          "orig": {"frm": "Fjordvik kommune <postmottak@fjordvik.kommune.no>", "to": "fiona.macleod@gmail.com",
                   "subj": "We have received your message", "date": "Wed, 1 Apr 2026 20:41:01 +0200",
                   "mid": ack_mid("b03"), "body": ACK_EN % ref(166), "auto": True}},
  notes="Delay warning (Action: delayed) with only the original headers.")

M("sys-b04", lang="nb", kind="bounce", frm=("Microsoft Outlook", "postmaster@fjordvik.onmicrosoft.com"), to=PM,
  date="2026-02-18 09:05", client="outlook", no_mailer=True, return_path="",
  hdrs=["Auto-Submitted: auto-replied"],
  subj="Ikke levert: Vi har mottatt henvendelsen din",
  bounce={"human": """Leveringen mislyktes for disse mottakerne eller gruppene:

evamarie.strand@lyse.nett
Meldingen ble ikke levert. Domenenavnet du skrev inn finnes ikke. Kontroller at adressen er stavet riktig, og prøv å sende meldingen på nytt.

Diagnoseinformasjon for administratorer:

Genererer server: AM7PR07MB6221.eurprd07.prod.outlook.com
evamarie.strand@lyse.nett
Ekstern server returnerte '550 5.4.310 DNS domain lyse.nett does not exist'
""",
          "human_html": """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
<p><b>Leveringen mislyktes for disse mottakerne eller gruppene:</b></p>
<p>evamarie.strand@lyse.nett<br>Meldingen ble ikke levert. Domenenavnet du skrev inn finnes ikke.</p>
<p><font color="#808080" size="2">Diagnoseinformasjon for administratorer:<br>Ekstern server returnerte '550 5.4.310 DNS domain lyse.nett does not exist'</font></p>
</body></html>""",
          "status": "Reporting-MTA: dns;AM7PR07MB6221.eurprd07.prod.outlook.com\nArrival-Date: Wed, 18 Feb 2026 08:04:11 +0000\n\nFinal-Recipient: rfc822;evamarie.strand@lyse.nett\nAction: failed\nStatus: 5.4.310\nDiagnostic-Code: smtp;550 5.4.310 DNS domain lyse.nett does not exist\n",
          "orig": {"frm": "Fjordvik kommune <postmottak@fjordvik.kommune.no>", "to": "evamarie.strand@lyse.nett",
                   "subj": "Vi har mottatt henvendelsen din (%s)" % ref(84), "date": "Wed, 18 Feb 2026 09:04:10 +0100",
                   "mid": ack_mid("b04"), "body": ACK_NB % ref(84), "auto": True}},
  notes="Norwegian Exchange NDR; the acknowledgement went to a mistyped Reply-To domain.")

M("sys-b05", lang="nb", kind="bounce", frm=("Altibox e-post", "mailer-daemon@altibox.no"), to=PM,
  date="2026-01-27 10:10", client="roundcube", no_mailer=True, return_path="",
  hdrs=["Auto-Submitted: auto-replied"],
  subj="Meldingen kunne ikke leveres",
  bounce={"human": """Meldingen din til kari.berntsen@altibox.no kunne ikke leveres.

Mottakeradressen finnes ikke. Sjekk at adressen er skrevet riktig.

Dette er en automatisk melding fra e-posttjenesten. Ikke svar på denne.
""",
          "status": "Reporting-MTA: dns; smtp.altibox.no\nArrival-Date: Tue, 27 Jan 2026 10:09:40 +0100\n\nFinal-Recipient: rfc822; kari.berntsen@altibox.no\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 <kari.berntsen@altibox.no>: Recipient address rejected: User unknown\n",
          "headers_only": True,
          "orig": {"frm": "Fjordvik kommune <postmottak@fjordvik.kommune.no>", "to": "kari.berntsen@altibox.no",
                   "subj": "Vi har mottatt henvendelsen din (%s)" % ref(46), "date": "Tue, 27 Jan 2026 10:09:39 +0100",
                   "mid": ack_mid("b05"), "body": ACK_NB % ref(46), "auto": True}},
  notes="Norwegian ISP bounce with only the original headers (text/rfc822-headers).")

M("sys-b06", lang="sv", kind="bounce", frm=("Microsoft Outlook", "postmaster@alvsbykommun.onmicrosoft.com"), to=KS,
  date="2026-03-20 10:12", client="outlook", no_mailer=True, return_path="",
  hdrs=["Auto-Submitted: auto-replied"],
  subj="Det gick inte att leverera: Vi har tagit emot ditt ärende",
  bounce={"human": """Det gick inte att leverera till följande mottagare eller grupper:

fjarilen2026@protonmail.com
Mottagarens postlåda är full och kan inte ta emot meddelanden just nu. Försök att skicka meddelandet senare eller kontakta mottagaren direkt.

Diagnostisk information för administratörer:

Genererande server: GV0P278MB0412.CHEP278.PROD.OUTLOOK.COM
fjarilen2026@protonmail.com
Fjärrservern returnerade '552 5.2.2 Mailbox quota exceeded'
""",
          "human_html": """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
<p><b>Det gick inte att leverera till följande mottagare eller grupper:</b></p>
<p>fjarilen2026@protonmail.com<br>Mottagarens postlåda är full och kan inte ta emot meddelanden just nu.</p>
<p><font color="#808080" size="2">Fjärrservern returnerade '552 5.2.2 Mailbox quota exceeded'</font></p>
</body></html>""",
          "status": "Reporting-MTA: dns;GV0P278MB0412.CHEP278.PROD.OUTLOOK.COM\nArrival-Date: Fri, 20 Mar 2026 09:11:30 +0000\n\nFinal-Recipient: rfc822;fjarilen2026@protonmail.com\nAction: failed\nStatus: 5.2.2\nRemote-MTA: dns;mail.protonmail.ch\nDiagnostic-Code: smtp;552 5.2.2 Mailbox quota exceeded\n",
          "orig": {"frm": "Älvsby kommun <kommun@alvsby.kommun.se>", "to": "fjarilen2026@protonmail.com",
                   "subj": "Vi har tagit emot ditt ärende (%s)" % ref(121, "ALV"), "date": "Fri, 20 Mar 2026 10:11:29 +0100",
                   "mid": ack_mid("b06", "alvsby.kommun.se"), "body": ACK_SV % ref(121, "ALV"), "auto": True}},
  notes="Swedish Exchange NDR (mailbox full).")

# ------------------------------------------------------------------ spam
M("sys-sp01", lang="en", kind="spam", frm=("Fjordvik IT Helpdesk", "it-support@fjordvik-kommune-no.mailsecure-portal.com"), to=PM,
  date="2026-01-11 03:14", client="roundcube", fmt="html", no_mailer=True,
  subj="ACTION REQUIRED: Mailbox storage 99% full",
  body="""Dear postmottak@fjordvik.kommune.no,

Your mailbox has reached 99% of its storage limit. Incoming messages will be rejected within 24 hours.

To avoid losing emails, verify your account and increase your quota now:

https://fjordvik-kommune-no.mailsecure-portal.com/owa/verify?u=postmottak

IT Helpdesk
This is an automated message, do not reply.
""",
  notes="Phishing imitating the municipality's IT support.")

M("sys-sp02", lang="en", kind="spam", frm=("Ryan | Top Rank Digital", "ryan@toprank-digital-growth.co"), to=PM,
  date="2026-02-04 14:02", client="gmail",
  subj="Quick question about fjordvik.kommune.no",
  body="""Hi there,

I was looking at fjordvik.kommune.no and noticed it isn't ranking on page 1 of Google for several important keywords in your industry.

We are a team of SEO experts and can get you to the #1 spot within 30 days, guaranteed. Would you be open to a 15-minute call this week?

Best,
Ryan
Top Rank Digital

If you don't want to hear from me again, just reply "no thanks".
""",
  notes="Cold SEO pitch.")

M("sys-sp03", lang="en", kind="spam", frm=("Accounts Receivable", "billing@nordic-office-supplies-invoice.com"), to=KS,
  date="2026-02-25 06:40", client="outlook", no_mailer=True,
  subj="Overdue invoice INV-20931 - final notice",
  body="""Dear customer,

Our records show that invoice INV-20931 (SEK 18,450.00) is now 30 days overdue. Please see the attached invoice and arrange payment today to avoid collection fees.

Regards,
Accounts Receivable
""",
  att=[{"name": "INV-20931.html", "type": "html",
        "content": "<html><body><script>window.location='https://nordic-office-supplies-invoice.com/view?id=20931'</script><p>Loading invoice...</p></body></html>"}],
  notes="Invoice phishing with an HTML attachment.")

M("sys-sp04", lang="en", kind="spam", frm=("Smart Cities Nordic Summit", "events@smartcities-summit.eu"), to=PM,
  date="2026-03-09 10:00", client="roundcube", fmt="html", no_mailer=True,
  hdrs=["List-Unsubscribe: <https://smartcities-summit.eu/unsub?e=postmottak%40fjordvik.kommune.no>",
        "List-Unsubscribe-Post: List-Unsubscribe=One-Click", "Precedence: bulk"],
  subj="Last chance: Early bird tickets for Smart Cities Nordic 2026",
  body="""Smart Cities Nordic Summit 2026 - Copenhagen, 9-10 June

Join 1,200 public sector leaders to hear how AI, digital twins and smart mobility are transforming municipalities.

Early bird tickets end Friday: save 40%.

https://smartcities-summit.eu/register

You are receiving this email because you are a public sector professional. Unsubscribe at any time.
""",
  notes="Bulk marketing newsletter with List-Unsubscribe.")

M("sys-sp05", lang="en", kind="spam", frm=("International Lottery Board", "claims@int-lotteryboard.org"), to=KS,
  date="2026-04-04 23:55", client="yahoo",
  subj="Congratulations!!! Your email has won EUR 850,000",
  body="""Dear Winner,

Your email address was selected in the International Online Lottery draw held on 2 April 2026 and has won the sum of EUR 850,000.00.

To claim your prize, send your full name, address, phone number and a copy of your passport to our claims agent Mr. Peter Okoye: claims@int-lotteryboard.org

Congratulations once more.
""",
  notes="Lottery scam.")

M("sys-sp06", lang="nb", kind="spam", frm=("Posten Norge", "varsling@posten-sporing-no.top"), to=PM,
  date="2026-01-30 12:22", client="roundcube", fmt="html", no_mailer=True,
  subj="Pakken din venter: bekreft betaling av tollgebyr",
  body="""Hei,

Vi har en pakke til deg som ikke kan leveres før tollgebyret på 29 kr er betalt.

Sporingsnummer: NO4471239915

Betal her innen 48 timer, ellers returneres pakken til avsender:
https://posten-sporing-no.top/betal

Med vennlig hilsen
Posten Norge
""",
  notes="Parcel phishing.")

M("sys-sp07", lang="nb", kind="spam", frm=("Kommunekatalogen Norge", "faktura@kommunekatalogen-norge.net"), to=PM,
  date="2026-03-02 08:05", client="outlook", no_mailer=True,
  subj="Faktura 2026-4412 - oppføring i Kommunekatalogen",
  body="""Til Fjordvik kommune

Vedlagt følger faktura for deres årlige oppføring i Kommunekatalogen Norge 2026, kr 9 850 eks. mva.

Oppføringen fornyes automatisk i henhold til vilkårene dersom den ikke sies opp skriftlig innen forfall.

Betales til konto 9710.44.18822 innen 14 dager.

Med vennlig hilsen
Kommunekatalogen Norge
Fakturaavdelingen
""",
  att=[{"name": "Faktura_2026-4412.pdf", "type": "pdf", "title": "Faktura",
        "content": ["KOMMUNEKATALOGEN NORGE", "FAKTURA 2026-4412", "Kunde: Fjordvik kommune",
                    "Oppføring 2026, premium: kr 9 850,-", "Mva 25 %: kr 2 462,50", "Å betale: kr 12 312,50",
                    "Konto: 9710.44.18822"]}],
  notes="Directory scam invoice that looks like ordinary business mail.")

M("sys-sp08", lang="sv", kind="spam", frm=("BankID", "no-reply@bankid-sakerhet-se.com"), to=KS,
  date="2026-02-14 19:30", client="roundcube", fmt="html", no_mailer=True,
  subj="Ditt BankID upphör att gälla idag",
  body="""Hej,

Ditt BankID upphör att gälla idag. För att fortsätta använda BankID måste du förnya det inom 24 timmar.

Förnya här: https://bankid-sakerhet-se.com/fornya

Om du inte förnyar ditt BankID kommer det att spärras.

BankID Säkerhet
""",
  notes="BankID phishing.")

M("sys-sp09", lang="sv", kind="spam", frm=("Nordisk Inkasso", "inkasso@nordiskinkasso-krav.se"), to=SYN,
  date="2026-03-24 07:12", client="outlook", no_mailer=True,
  subj="Inkassokrav - sista påminnelse",
  body="""Hej,

Vi har fått i uppdrag att driva in en obetald skuld på 3 240 kr från E-Handelsgruppen AB. Betala senast 2026-03-27 för att undvika betalningsanmärkning och ärendet lämnas till Kronofogden.

Se kravet och betala via länken: https://nordiskinkasso-krav.se/krav/88213

Nordisk Inkasso
""",
  notes="Fake debt collection.")

M("sys-sp10", lang="sv", kind="spam", frm=("Kontorsproffsen", "nyhetsbrev@kontorsproffsen-erbjudanden.se"), to=KS,
  date="2026-04-08 09:00", client="roundcube", fmt="html", no_mailer=True,
  hdrs=["List-Unsubscribe: <mailto:unsubscribe@kontorsproffsen-erbjudanden.se>", "Precedence: bulk"],
  subj="Vårkampanj: 30 % på kopieringspapper och toner",
  body="""Vårkampanj hos Kontorsproffsen!

Kopieringspapper A4, 2 500 ark: nu 189 kr (ord. 279 kr)
Toner till alla vanliga skrivare: 30 % rabatt
Fri frakt över 1 500 kr

Beställ på kontorsproffsen-erbjudanden.se

Du får detta nyhetsbrev eftersom din organisation är kund hos oss. Avregistrera dig här.
""",
  notes="Marketing newsletter.")
