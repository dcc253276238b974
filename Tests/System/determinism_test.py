"""The same input gives the same decision in every process (issue 14, point 5). Swift seeds
its hashing per process, so anything decided in a Dictionary's order (a tie between two
labels, a sum of floating-point scores) differs from run to run. Two processes, with
different hash seeds, read the same messages and cards; `explain` (its timestamps and the
data folder taken out) and `ocr` must come out byte for byte the same."""
import glob
import os
import re

TIMESTAMP = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ")


def explain_all(postmottak, data):
    items = sorted(int(row["id"]) for row in postmottak.export(data=data))
    return {i: decisions(postmottak.run("explain", i, data=data).stdout, data) for i in items}


def decisions(explained, data):
    """`explain` without what may differ between runs without being a decision: times, the
    data folder, and the order in which the outbox's lanes happened to finish (the deliveries
    themselves are kept, sorted, without the status each left behind)."""
    lines = [TIMESTAMP.sub("<time>", line).replace(data, "<data>") for line in explained.splitlines()]
    delivered = sorted(re.sub(r"dispatched → \w+: ", "", l) for l in lines if " deliver " in l)
    return "\n".join([l for l in lines if " deliver " not in l] + delivered)


def test_two_processes_explain_the_same_decisions(postmottak, samples, tmp_root, check):
    runs = []
    for n, seed in enumerate(["1", "2"]):
        data = os.path.join(tmp_root, f"run{n}")
        env = {"SWIFT_DETERMINISTIC_HASHING": "1"} if seed == "1" else {}
        out = postmottak.run("ingest", samples, data=data, env=env)
        check(out.returncode == 0, f"run {n}: ingest of the Samples ({out.stderr.strip()[-200:]})")
        runs.append(explain_all(postmottak, data))
    check(len(runs[0]) > 5 and runs[0].keys() == runs[1].keys(), f"both runs made the same items ({len(runs[0])})")
    differing = [i for i in runs[0] if runs[0][i] != runs[1].get(i)]
    check(not differing, f"explain is byte-identical in both processes (differing items: {differing[:5]})")
    check(all("why: kind:" in text for text in runs[0].values() if "→ classified" in text),
          "every classified item explains its kind")


def test_two_processes_read_cards_alike(postmottak, need_shared, check):
    cards = sorted(glob.glob(os.path.join(need_shared("samples", "cards"), "*.png")))[:6]
    check(len(cards) > 0, "sample cards to read")
    first = postmottak.run("ocr", *cards)
    second = postmottak.run("ocr", *cards, env={"SWIFT_DETERMINISTIC_HASHING": "1"})
    strip = lambda s: re.sub(r'"seconds"\s*:\s*[0-9.e-]+', '"seconds":0', s)
    check(first.returncode == second.returncode, "both runs end alike")
    check(strip(first.stdout) == strip(second.stdout), "ocr gives the same readings, kinds and confidences in both processes")
