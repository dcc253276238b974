"""The workbench in a real headless Chromium (Debian's chromium and chromedriver, driven by
Selenium) against `postmottak serve` with [web] on 127.0.0.1:
1. A page asks for a session; a wrong password is refused with a message; the right one lands
   on the review queue.
2. A mail the machine was unsure of: its text beside the proposal; the clerk picks the service
   area with the keyboard and approves; the queue shows the number given, and the item's
   events name the clerk.
3. A card (the shared sample cards; skipped, saying so, when ../shared is absent): the scanned
   page and the crops load as pictures, the first flagged field has the focus, Tab goes to the
   next field, Ctrl+Enter approves and the queue names the outcome.
4. On every page visited: lang="nb", one h1, a label for every form control, an alt for every
   picture, and no serious or critical violation found by axe-core (axe-selenium-python). Screenshots of the pages are written beside the test's data (workbench-*.png), or
   into $POSTMOTTAK_SCREENSHOTS.
"""
import os
import shutil
import subprocess

import pytest

from postmottak_support import db_rows, free_port, port_open, stop, wait_for, write_config, write_file, write_messages, message

CHROMIUM = shutil.which("chromium")
CHROMEDRIVER = shutil.which("chromedriver")
PASSWORD = "et langt passord for testen"


@pytest.fixture(scope="module")
def browser():
    pytest.importorskip("selenium", reason="Selenium is not installed (scripts/install-deps.sh --test installs it)")
    pytest.importorskip("axe_selenium_python", reason="axe-selenium-python is not installed (scripts/install-deps.sh --test installs it)")
    if not CHROMIUM or not CHROMEDRIVER:
        pytest.skip("chromium and chromedriver are not installed (scripts/install-deps.sh --test installs them)")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--window-size=1400,1000",
                "--lang=nb-NO"):
        options.add_argument(arg)
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.implicitly_wait(2)
    yield driver
    driver.quit()


@pytest.fixture(scope="module")
def identity_provider():
    """The municipality's identity provider, on 127.0.0.1 (oidc_provider.py)."""
    from oidc_provider import Provider
    provider = Provider().start()
    yield provider
    provider.stop()


@pytest.fixture(scope="module")
def workbench(postmottak, tmp_root, identity_provider):
    """A serve with the workbench on a free port, everything unsure sent to review, a clerk;
    sign-in also through the identity provider."""
    port = free_port()
    data = os.path.join(tmp_root, "web-data")
    config = write_config(tmp_root, "web", f"""
[web]
listen = "127.0.0.1:{port}"
[web.openid]
issuer = "{identity_provider.issuer}"
client_id = "postmottak"
[[web.openid.roles]]
claim = "Postmottak.Arkiv"
role = "archivist"
[[web.openid.roles]]
claim = "Postmottak.Mottak"
role = "mailroom"
[classify]
review_below = 0.999
[intake.drop_folder]
poll_interval_seconds = 0.2
""")
    pw = write_file(os.path.join(tmp_root, "pw"), PASSWORD + "\n")
    for name, role in (("mari", "mailroom"), ("arne", "archivist"), ("kari", "quality"), ("lise", "mailroom")):
        out = postmottak.run("users", "add", name, "--role", role, "--password-file", pw, data=data, config=config)
        assert out.returncode == 0, out.stderr
    proc = postmottak.popen("serve", data=data, config=config)
    assert wait_for(lambda: port_open(port), 30), "the workbench listens"
    yield {"url": f"http://127.0.0.1:{port}", "data": data, "config": config, "root": tmp_root}
    stop(proc)


def page_problems(driver):
    """What a page lacks for a keyboard or screen-reader user (empty when nothing)."""
    return driver.execute_script("""
        const problems = [];
        if (document.documentElement.lang !== 'nb') problems.push('lang is not nb');
        if (document.querySelectorAll('h1').length !== 1) problems.push('not exactly one h1');
        for (const c of document.querySelectorAll('input:not([type=hidden]), select, textarea')) {
            const labelled = (c.id && document.querySelector('label[for="' + c.id + '"]')) || c.closest('label') || c.getAttribute('aria-label');
            if (!labelled) problems.push('no label: ' + (c.name || c.id));
        }
        for (const i of document.images) if (!i.getAttribute('alt')) problems.push('no alt: ' + i.src);
        return problems;
    """)


def axe_violations(driver):
    """axe-core's serious and critical violations on the page (rule id: how many nodes)."""
    from axe_selenium_python import Axe
    axe = Axe(driver)
    axe.inject()
    results = axe.run()
    return {v["id"]: len(v["nodes"]) for v in results["violations"] if v.get("impact") in ("serious", "critical")}


def shoot(driver, workbench, name):
    """A screenshot in the test's folder, or in $POSTMOTTAK_SCREENSHOTS when set (to keep them)."""
    folder = os.environ.get("POSTMOTTAK_SCREENSHOTS") or workbench["root"]
    os.makedirs(folder, exist_ok=True)
    driver.save_screenshot(os.path.join(folder, f"workbench-{name}.png"))


def wait_for_next_page(driver, act, timeout=60):
    """Does `act` (a click or a key press that sends a form) and waits until the next page has
    replaced this one and is loaded: a mark left on this page's window is gone."""
    from selenium.common.exceptions import WebDriverException
    driver.execute_script("window.__postmottakOldPage = true")
    act()

    def replaced():
        try:
            return driver.execute_script("return window.__postmottakOldPage === undefined && document.readyState === 'complete'")
        except WebDriverException:
            return False  # between the two pages
    assert wait_for(replaced, timeout, interval=0.1), "the next page did not come"


def submit(driver, button):
    """Clicks a form's button and waits until the next page has replaced this one."""
    wait_for_next_page(driver, button.click)


def sign_in(driver, workbench, password=PASSWORD, name="mari"):
    from selenium.webdriver.common.by import By
    driver.delete_all_cookies()
    driver.get(workbench["url"] + "/review")
    driver.find_element(By.ID, "name").send_keys(name)
    driver.find_element(By.ID, "password").send_keys(password)
    submit(driver, driver.find_element(By.CSS_SELECTOR, "form.login button[type=submit]"))


def test_sign_in(browser, workbench, check):
    from selenium.webdriver.common.by import By
    browser.delete_all_cookies()
    browser.get(workbench["url"] + "/review")
    check("/login" in browser.current_url, f"without a session the queue sends to sign-in ({browser.current_url})")
    check(page_problems(browser) == [], f"the sign-in page is labelled ({page_problems(browser)})")
    check(axe_violations(browser) == {}, f"axe-core: no serious or critical violation on sign-in ({axe_violations(browser)})")
    shoot(browser, workbench, "login")
    sign_in(browser, workbench, password="ikke dette passordet")
    alert = browser.find_elements(By.CSS_SELECTOR, "[role=alert]")
    check(alert and "Feil brukernavn eller passord" in alert[0].text, "a wrong password is refused with a message")
    sign_in(browser, workbench)
    check(browser.current_url.endswith("/review"), f"the right password lands on the queue ({browser.current_url})")
    check(browser.find_element(By.TAG_NAME, "h1").text == "Til kontroll", "the queue's heading")
    check(axe_violations(browser) == {}, f"axe-core: no serious or critical violation on the queue ({axe_violations(browser)})")
    for path in ("/quarantine", "/search", "/search?status=review"):
        browser.get(workbench["url"] + path)
        check(page_problems(browser) == [] and axe_violations(browser) == {},
              f"{path}: labelled, and no serious or critical axe violation ({page_problems(browser)}, {axe_violations(browser)})")


def test_sign_in_with_the_municipalitys_account(browser, workbench, identity_provider, postmottak, check):
    from selenium.webdriver.common.by import By
    identity_provider.person = {"sub": "e-4711", "preferred_username": "Tove.Berg@kommune.example",
                                "roles": ["Alle ansatte", "Postmottak.Mottak"]}
    browser.delete_all_cookies()
    browser.get(workbench["url"] + "/search")
    link = browser.find_elements(By.CSS_SELECTOR, "p.openid a")
    check(link and link[0].text == "Logg inn med kommunens konto", "the sign-in page offers the municipality's account")
    check(axe_violations(browser) == {}, f"axe-core: the sign-in page with both ways ({axe_violations(browser)})")
    wait_for_next_page(browser, link[0].click)
    assert wait_for(lambda: browser.current_url.endswith("/search"), 20), browser.current_url
    check(browser.find_element(By.TAG_NAME, "h1").text == "Søk",
          f"through the provider and back, signed in where the person was going ({browser.current_url})")
    header = browser.find_element(By.TAG_NAME, "header").text
    check("tove.berg@kommune.example" in header, f"the header names the person ({header!r})")
    browser.get(workbench["url"] + "/review")
    check(browser.find_element(By.TAG_NAME, "h1").text == "Til kontroll", "the role from the claim: mailroom")
    rows = db_rows(workbench["data"], "SELECT role, password_hash, external_id FROM account WHERE name = 'tove.berg@kommune.example'")
    check(rows == [("mailroom", None, identity_provider.issuer + "#e-4711")], f"an account tied to the issuer and subject ({rows})")
    listed = postmottak.run("users", "list", data=workbench["data"], config=workbench["config"]).stdout
    check("tove.berg@kommune.example\tmailroom\tactive\tidentity provider" in listed, f"users list shows where it comes from ({listed!r})")
    identity_provider.person = {"sub": "e-4712", "preferred_username": "gjest", "roles": ["Alle ansatte"]}
    browser.delete_all_cookies()
    browser.get(workbench["url"] + "/login/openid")
    alert = browser.find_elements(By.CSS_SELECTOR, "[role=alert]")
    check(alert and "ingen rolle" in alert[0].text, "a person without a role for Postmottak is told so")
    check(not db_rows(workbench["data"], "SELECT id FROM account WHERE name = 'gjest'"), "and gets no account")


def test_review_a_mail(browser, workbench, check):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    drop = os.path.join(workbench["data"], "inbox")
    write_messages(drop, {"lys.eml": message(
        {"From": "Per Hansen <per@example.org>", "Subject": "Gatelyset er mørkt", "Message-ID": "<lys-1@example.org>"},
        "Gatelyset ved krysset Kirkeveien og Skolegata har vært mørkt i to uker nå, og barna går der til skolen i mørket.")})
    assert wait_for(lambda: db_rows(workbench["data"], "SELECT id FROM intake_item WHERE status = 'review' AND source LIKE '%lys.eml'"), 30)
    item = db_rows(workbench["data"], "SELECT id FROM intake_item WHERE source LIKE '%lys.eml'")[0][0]
    browser.delete_all_cookies()
    sign_in(browser, workbench)
    link = browser.find_element(By.CSS_SELECTOR, f'a[href="/review/{item}"]')
    link.click()
    check("Gatelyset ved krysset" in browser.find_element(By.CSS_SELECTOR, "pre.text").text, "the mail's text beside the proposal")
    check(page_problems(browser) == [], f"the mail page is labelled ({page_problems(browser)})")
    check(axe_violations(browser) == {}, f"axe-core: no serious or critical violation on the mail page ({axe_violations(browser)})")
    check(browser.find_elements(By.CSS_SELECTOR, "ul.explanation li"), "the words that decided are listed")
    shoot(browser, workbench, "mail")
    area = browser.find_element(By.ID, "service_area")
    area.send_keys(Keys.HOME)  # Skole: the first area, chosen from the keyboard
    area.send_keys("V")        # then Vann og avløp / Vei og trafikk by typing
    chosen = browser.execute_script("return document.getElementById('service_area').value")
    submit(browser, browser.find_element(By.CSS_SELECTOR, "button.primary"))
    notice = browser.find_element(By.CSS_SELECTOR, "p.notice").text
    check(f"Sak #{item} er godkjent" in notice and "FJV-" in notice, f"the queue shows the number given ({notice})")
    shoot(browser, workbench, "queue")
    rows = db_rows(workbench["data"], "SELECT service_area, reference FROM intake_item WHERE id = ?", (item,))
    check(rows and rows[0][0] == chosen and rows[0][1], f"the area chosen is kept and the item numbered ({rows}, chose {chosen})")
    actors = [r[0] for r in db_rows(workbench["data"], "SELECT actor FROM item_event WHERE item_id = ? AND actor IS NOT NULL", (item,))]
    check("mari" in actors, f"the item's events name the clerk ({actors})")


def test_review_a_card(browser, workbench, need_shared, check):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    cards = need_shared("samples", "cards")
    scans = os.path.join(workbench["data"], "scans")
    os.makedirs(scans, exist_ok=True)
    picked = sorted(f for f in os.listdir(cards) if f.endswith(".png") and os.path.exists(os.path.join(cards, f + ".truth.json")))[:4]
    for f in picked:
        shutil.copy(os.path.join(cards, f), os.path.join(scans, f + ".part"))
        os.rename(os.path.join(scans, f + ".part"), os.path.join(scans, f))
    query = "SELECT id FROM intake_item WHERE status = 'review' AND channel = 'scan' AND review_state = 'card_fields' ORDER BY id"
    if not wait_for(lambda: db_rows(workbench["data"], query), 90):
        pytest.skip(f"none of the PNG cards {picked} waits with fields to check")
    item = db_rows(workbench["data"], query)[0][0]
    browser.delete_all_cookies()
    sign_in(browser, workbench)
    browser.get(workbench["url"] + f"/review/{item}")
    loaded = browser.execute_script("return Array.from(document.images).map(i => i.complete && i.naturalWidth > 0)")
    check(loaded and all(loaded), f"the scanned page and the crops load as pictures ({loaded})")
    check(page_problems(browser) == [], f"the card page is labelled ({page_problems(browser)})")
    # The boxes the reader found marked are drawn over the page where they are, and listed in words.
    drawn = browser.execute_script("""
        const img = document.querySelector('figure.page img').getBoundingClientRect();
        return Array.from(document.querySelectorAll('svg.marks rect')).map(r => {
          const b = r.getBoundingClientRect();
          return [r.getAttribute('class'), b.width > 2 && b.height > 2 && b.left >= img.left - 1 && b.right <= img.right + 1
                  && b.top >= img.top - 1 && b.bottom <= img.bottom + 1]; })""")
    listed = [li.text for li in browser.find_elements(By.CSS_SELECTOR, "ul.boxes li")]
    check(len(drawn) == len(listed) and all(inside for _, inside in drawn),
          f"each marked box is drawn on the page and named beside it ({drawn}, {listed})")
    ticks = db_rows(workbench["data"], "SELECT fields FROM intake_item WHERE id = ?", (item,))
    check(not ticks or '"kind"' not in ticks[0][0] or any(c == "ticked" for c, _ in drawn),
          f"a card whose kind was read from a tick shows the tick ({ticks}, {drawn})")
    check(axe_violations(browser) == {}, f"axe-core: no serious or critical violation on the card page ({axe_violations(browser)})")
    first = browser.execute_script("const a = document.activeElement; return [a.id, !!a.closest('.field.flagged')]")
    check(first[0].startswith("f-") and first[1], f"the first flagged field has the focus ({first})")
    shoot(browser, workbench, "card")
    browser.execute_script("document.querySelector('figure.page').scrollIntoView()")
    shoot(browser, workbench, "card-page")
    browser.execute_script("document.activeElement.scrollIntoView({block: 'center'})")
    browser.switch_to.active_element.send_keys(Keys.TAB)
    after_tab = browser.execute_script("return document.activeElement.id")
    check(after_tab.startswith("f-") and after_tab != first[0], f"Tab goes to the next field ({after_tab})")
    focused = browser.switch_to.active_element
    wait_for_next_page(browser, lambda: focused.send_keys(Keys.CONTROL, Keys.ENTER))
    notice = browser.find_elements(By.CSS_SELECTOR, "p.notice")
    check(notice and f"Sak #{item}" in notice[0].text, f"Ctrl+Enter approves and the queue names the outcome ({notice[0].text if notice else browser.current_url})")
    state = db_rows(workbench["data"], "SELECT review_state FROM intake_item WHERE id = ?", (item,))
    check(state and state[0][0] == "checked_by_person", f"the card is checked by a person ({state})")


def test_search_by_a_number_written_with_ocr_confusions(browser, workbench, check):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    rows = db_rows(workbench["data"], "SELECT id, reference FROM intake_item WHERE reference IS NOT NULL ORDER BY id LIMIT 1")
    if not rows:
        pytest.skip("no numbered item yet (test_review_a_mail numbers one)")
    item, reference = rows[0]
    sign_in(browser, workbench, name="kari")
    browser.get(workbench["url"] + "/search")
    written = reference.lower().replace("-", " ").replace("0", "O")
    field = browser.find_element(By.ID, "q")
    field.send_keys(written)
    wait_for_next_page(browser, lambda: field.send_keys(Keys.ENTER))
    check(browser.current_url.endswith(f"/items/{item}") and reference in browser.find_element(By.TAG_NAME, "h1").text,
          f"{written!r} finds {reference} ({browser.current_url})")
    check(page_problems(browser) == [] and axe_violations(browser) == {},
          f"the item page: labelled, and no serious or critical axe violation ({page_problems(browser)}, {axe_violations(browser)})")
    shoot(browser, workbench, "item")


def test_roles_and_sign_in_limits(browser, workbench, check):
    from selenium.webdriver.common.by import By
    drop = os.path.join(workbench["data"], "inbox")
    write_messages(drop, {"omsorg.eml": message(
        {"From": "Eva Berg <eva@example.org>", "Subject": "Far", "Message-ID": "<far-1@example.org>"},
        "Far min har demens og får hjemmesykepleie, men de har glemt medisinene hans fire ganger denne måneden.")})
    assert wait_for(lambda: db_rows(workbench["data"], "SELECT id FROM intake_item WHERE source LIKE '%omsorg.eml' AND status NOT IN ('captured','extracted')"), 30)
    item, sensitive = db_rows(workbench["data"], "SELECT id, sensitive FROM intake_item WHERE source LIKE '%omsorg.eml'")[0]
    check(sensitive == 1, "the care message is sensitive")
    sign_in(browser, workbench)
    browser.get(workbench["url"] + f"/items/{item}/original")
    check("403" in browser.find_element(By.TAG_NAME, "h1").text, f"the mailroom cannot open a sensitive item's original ({browser.title})")
    browser.get(workbench["url"] + f"/items/{item}")
    body = browser.find_element(By.TAG_NAME, "main").text
    check("medisinene" not in body and "bare for arkivarer" in body, "the mailroom sees no sensitive text")
    sign_in(browser, workbench, name="kari")
    browser.get(workbench["url"] + f"/items/{item}")
    check("medisinene" not in browser.find_element(By.TAG_NAME, "main").text, "the quality team sees no sensitive text")
    sign_in(browser, workbench, name="arne")
    browser.get(workbench["url"] + f"/items/{item}")
    check("medisinene" in browser.find_element(By.TAG_NAME, "main").text, "an archivist reads it")
    for _ in range(5):
        sign_in(browser, workbench, name="lise", password="feil passord hver gang")
    sign_in(browser, workbench, name="lise")
    alert = browser.find_elements(By.CSS_SELECTOR, "[role=alert]")
    check("/login" in browser.current_url and alert and "For mange mislykkede forsøk" in alert[0].text,
          f"after five wrong passwords even the right one waits ({alert[0].text if alert else browser.current_url})")


def test_quarantine_processed_again(browser, workbench, check):
    from selenium.webdriver.common.by import By
    drop = os.path.join(workbench["data"], "inbox")
    write_messages(drop, {"rot.eml": "bare noen ord\nuten hoder\n"})
    query = "SELECT id FROM intake_item WHERE source LIKE '%rot.eml' AND status = 'quarantined'"
    assert wait_for(lambda: db_rows(workbench["data"], query), 30)
    item = db_rows(workbench["data"], query)[0][0]
    sign_in(browser, workbench)
    browser.get(workbench["url"] + "/quarantine")
    browser.find_element(By.CSS_SELECTOR, f'a[href="/quarantine/{item}"]').click()
    check("not an e-mail message" in browser.find_element(By.CSS_SELECTOR, "p.why").text, "the reason is shown")
    check(page_problems(browser) == [] and axe_violations(browser) == {}, "the quarantine page is labelled and passes axe")
    submit(browser, browser.find_element(By.CSS_SELECTOR, f'form[action="/quarantine/{item}/release"] button'))
    notice = browser.find_element(By.CSS_SELECTOR, "p.notice").text
    check(f"Sak #{item} er lest på nytt" in notice, f"processed again, and the page says how it stands ({notice})")
    releases = db_rows(workbench["data"], "SELECT actor FROM item_event WHERE item_id = ? AND step = 'release'", (item,))
    check(releases and releases[0][0] == "mari", f"the release names the clerk ({releases})")
