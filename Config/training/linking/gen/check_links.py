"""Link checks for the linking development set (run after holdout's validate.py).

For every labelled link: same sender address as the target, later and within 14 days,
threading headers only where intended (near duplicates and plain follow-ups have none;
threaded follow-ups reference a message of the same case). Prints how much each near
duplicate differs from its original, and counts the hard negatives.
"""
import os, sys, json, re, html, difflib, email.utils
from email import policy
from email.parser import BytesParser

D = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "mail")
WINDOW_DAYS = 14
labels = [json.loads(l) for l in open(os.path.join(D, "labels.jsonl"), encoding="utf-8")]
by = {l["file"]: l for l in labels}
msg = {}
for l in labels:
    m = BytesParser(policy=policy.default).parsebytes(open(os.path.join(D, l["file"]), "rb").read())
    body = m.get_body(preferencelist=("plain", "html"))
    text = body.get_content() if body is not None else ""
    if body is not None and body.get_content_type() == "text/html":
        text = re.sub(r"(?is)<(head|style)\b.*?</\1>", " ", text)
        text = html.unescape(re.sub(r"<[^>]+>", " ", text))
    msg[l["file"]] = {
        "from": email.utils.parseaddr(str(m["From"]))[1].lower(),
        "date": email.utils.parsedate_to_datetime(str(m["Date"])),
        "mid": str(m["Message-ID"]).strip(),
        "irt": str(m["In-Reply-To"] or "").strip(),
        "refs": str(m["References"] or "").split(),
        "text": re.sub(r"\s+", " ", text).strip(),
    }

errors = []
case = {}  # file -> root file of its case
for l in labels:
    f = l["file"]
    tgt = l["duplicate_of"] or l["followup_of"]
    case[f] = case.get(tgt, tgt) if tgt else f
    if not tgt:
        continue
    a, b = msg[f], msg[tgt]
    if l["kind"] in ("auto_reply", "bounce", "spam"):
        errors.append(f + ": a non-submission carries a link")
    if a["from"] != b["from"]:
        errors.append(f + ": sender %s differs from %s's %s" % (a["from"], tgt, b["from"]))
    days = (a["date"] - b["date"]).total_seconds() / 86400
    if not ((0 <= days if l["duplicate_type"] == "exact" else 0 < days) and days <= WINDOW_DAYS):  # an exact copy keeps the Date
        errors.append(f + ": %.1f days after %s" % (days, tgt))
    threaded = bool(a["irt"] or a["refs"])
    if l["duplicate_type"] == "near" and threaded:
        errors.append(f + ": near duplicate with threading headers")
    if l["followup_of"] and threaded:
        mids = {msg[x]["mid"] for x in msg if case.get(x) == case[f] and x != f}
        if not (set(a["refs"]) | {a["irt"]}) & mids:
            errors.append(f + ": threading headers name no message of its case")

sim = []
for l in labels:
    if l["duplicate_type"] == "near":
        r = difflib.SequenceMatcher(None, msg[l["duplicate_of"]]["text"], msg[l["file"]]["text"], autojunk=False).ratio()
        sim.append((r, l["file"]))
sim.sort()

# hard negatives: unlinked submissions whose sender wrote an earlier message within the window
same_sender = 0
for l in labels:
    if l["duplicate_of"] or l["followup_of"] or l["kind"] in ("auto_reply", "bounce", "spam"):
        continue
    a = msg[l["file"]]
    if any(msg[x]["from"] == a["from"] and 0 < (a["date"] - msg[x]["date"]).total_seconds() <= WINDOW_DAYS * 86400 for x in msg if x != l["file"]):
        same_sender += 1
hn = [l for l in labels if l["notes"].startswith("hard negative")]
nf = [l for l in labels if l["followup_of"]]
print("links: near %d, exact %d, follow-ups %d (threaded %d)" % (
    sum(l["duplicate_type"] == "near" for l in labels), sum(l["duplicate_type"] == "exact" for l in labels),
    len(nf), sum(bool(msg[l["file"]]["irt"] or msg[l["file"]]["refs"]) for l in nf)))
print("unlinked: %d (hard negatives %d; unlinked submissions with an earlier mail from the same sender within %d days: %d)" % (
    sum(1 for l in labels if not (l["duplicate_of"] or l["followup_of"])), len(hn), WINDOW_DAYS, same_sender))
if sim:
    print("near-duplicate text similarity to the original: min %.2f (%s), median %.2f, max %.2f (%s)" % (
        sim[0][0], sim[0][1], sim[len(sim) // 2][0], sim[-1][0], sim[-1][1]))
print("link errors:", len(errors))
for e in errors[:60]:
    print("  ", e)
sys.exit(1 if errors else 0)
