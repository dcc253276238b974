"""Issue 5's targets as assertions: `postmottak-dev eval mail` on ../shared/samples/mail (skipped
with a clear message when it is absent) must reach every threshold. The evaluation runs once;
each target is a test of its own, and every figure is printed in the run's summary."""
import functools
import json

import pytest

TARGETS = {
    "kind_macro_f1": 0.92, "formal_recall": 0.97, "access_request_recall": 1.0,
    "auto_reply_precision": 0.99, "bounce_precision": 0.99, "spam_precision": 0.99,
    "sensitive_recall": 1.0, "duplicate_exact_f1": 1.0, "duplicate_near_f1": 0.9,
    "followup_f1": 0.95, "service_area_macro_f1": 0.85,
}


@pytest.fixture(scope="module")
def mail_samples(need_shared):
    need_shared("samples", "mail", "labels.jsonl")
    return need_shared("samples", "mail")


@pytest.fixture(scope="module")
def evaluation(postmottak_dev, mail_samples, module_figures):
    out = postmottak_dev.run("eval", "mail", mail_samples, "--json")
    if out.returncode != 0:
        print(out.stdout, out.stderr)
        pytest.fail("eval mail failed")
    figures = json.loads(out.stdout.strip().splitlines()[-1])
    for name, target in TARGETS.items():
        value = figures.get(name, 0)
        module_figures(f"{'ok  ' if value >= target - 1e-9 else 'FAIL'} {name} {value:.3f} (target {target})")

    @functools.cache
    def verbose():
        """The per-message reasons, read once when a target is missed."""
        return postmottak_dev.run("eval", "mail", mail_samples, "--verbose").stdout

    return figures, verbose


@pytest.mark.parametrize("name", list(TARGETS))
def test_classification_target(name, evaluation):
    figures, verbose = evaluation
    target = TARGETS[name]
    value = figures.get(name, 0)
    if not value >= target - 1e-9:
        print(verbose())
    assert value >= target - 1e-9, f"{name} {value:.3f} (target {target}): classification target missed"
