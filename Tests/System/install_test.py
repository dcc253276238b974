"""The binary runs anywhere (issue 13, point 5): the release build (`--release-binary`; `make
test` builds one), installed with scripts/install.sh into a temporary prefix and run from
`/`, behaves as the debug build in the repository. `demo` on the Samples
gives the same table (the model used, cards read as forms, acknowledgements written); a
configured model, forms folder or template folder that cannot be found stops it at start
with one message naming the key; `classify.model = "none"` is the keyword-only setting."""
import os
import re
import subprocess

from postmottak_support import REPO, Postmottak, write_config


def table(stdout):
    """The demo's rows and counts, with the data folder's paths taken out."""
    lines = [l for l in stdout.splitlines() if l.strip() and not l.startswith("reading the messages")]
    return [re.sub(r" in \S+", "", re.sub(r"--data-dir \S+", "", l)).rstrip() for l in lines]


def test_install(postmottak, postmottak_release, samples, tmp_root, check):
    root = tmp_root
    prefix = os.path.join(root, "prefix")
    run = subprocess.run(["bash", os.path.join(REPO, "scripts", "install.sh"), prefix, postmottak_release.path], capture_output=True, text=True)
    check(run.returncode == 0, f"scripts/install.sh installs into a prefix ({run.stdout.strip()[-120:]}{run.stderr.strip()[-200:]})")
    installed = Postmottak(os.path.join(prefix, "bin", "postmottak"))
    for part in ("model/classifier.json", "forms/MK-2.json", "acknowledgements/nb.txt", "postmottak.toml.example"):
        check(os.path.exists(os.path.join(prefix, "share", "postmottak", part)), f"share/postmottak/{part} is installed")
    unit = open(os.path.join(prefix, "lib", "systemd", "system", "postmottak.service")).read()
    check(f"{prefix}/bin/postmottak serve" in unit, "the systemd unit names the installed binary")

    here = postmottak.run("demo", "--samples", samples, data=os.path.join(root, "repo"), cwd=REPO)
    away = installed.run("demo", "--samples", samples, data=os.path.join(root, "away"), cwd="/")
    check(here.returncode == 0 and away.returncode == 0, f"demo runs in the repository and, installed, from / ({away.stderr.strip()[-200:]})")
    check(table(here.stdout) == table(away.stdout), "the installed binary run from / gives the same table as in the repository")
    log_path = os.path.join(root, "away", "demo.log")
    log = open(log_path, encoding="utf-8", errors="replace").read() if os.path.exists(log_path) else away.stderr
    check("keyword rules decide" not in log and "read as free text" not in log and "(the log: " in away.stdout,
          "no silent fallback (the model and forms are found), and the log is in demo.log, not on the screen")
    mail_out = os.path.join(root, "away", "mail-out")
    check(os.path.isdir(mail_out) and len(os.listdir(mail_out)) > 0, f"acknowledgements are written ({len(os.listdir(mail_out)) if os.path.isdir(mail_out) else 0})")

    empty = os.path.join(root, "empty")
    os.makedirs(empty)
    for key, section, value in [("classify.model", "classify", 'model = "Config/model/not-there.json"'),
                                ("scan.forms_dir", "scan", 'forms_dir = "Config/no-forms"'),
                                ("acknowledgement.templates_dir", "acknowledgement", 'templates_dir = "Config/no-templates"')]:
        config = write_config(root, key, f"[{section}]\n{value}\n")
        missing = installed.run("ingest", empty, config=config, data=os.path.join(root, "m-" + key), cwd="/")
        said = missing.stderr + missing.stdout
        check(missing.returncode != 0 and key in said and "looked in" in said,
              f"a missing {key} stops it at start, naming the key ({said.strip()[-150:]})")
    config = write_config(root, "none", '[classify]\nmodel = "none"\n')
    keyword = installed.run("ingest", empty, config=config, data=os.path.join(root, "none"), cwd="/")
    check(keyword.returncode == 0 and "keyword rules decide" in keyword.stderr, 'classify.model = "none" is the keyword-only setting, said in the log')
