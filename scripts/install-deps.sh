#!/usr/bin/env bash
# Installs what Postmottak needs on Debian 12: the C libraries it links, Tesseract's
# language data, Dovecot and SQLite for the tests, and the Python validators the tests use.
# Used by `make demo`, `make test` and docker/Dockerfile. Idempotent: installs only what is missing.
set -euo pipefail

usage() { echo "usage: $0 [--build|--runtime] [--test]"; }
mode=build; with_test=0
for arg in "$@"; do
  case "$arg" in
    --build) mode=build ;;
    --runtime) mode=runtime ;;
    --test) with_test=1 ;;
    *) usage; exit 2 ;;
  esac
done

runtime_pkgs=(libcurl4 zlib1g libtesseract5 liblept5 libgmime-3.0-0 libsqlite3-0 poppler-utils util-linux libpng16-16 libjpeg62-turbo
  tesseract-ocr-nor tesseract-ocr-swe tesseract-ocr-eng ca-certificates tzdata)
build_pkgs=(pkg-config zlib1g-dev libcurl4-openssl-dev libtesseract-dev libleptonica-dev
  libgmime-3.0-dev poppler-utils util-linux libpng-dev libjpeg62-turbo-dev libsqlite3-dev tesseract-ocr-nor tesseract-ocr-swe tesseract-ocr-eng
  ca-certificates tzdata)
test_pkgs=(dovecot-imapd sqlite3 libxml2-utils python3 python3-venv libpython3.11-testsuite tesseract-ocr chromium chromium-driver)

pkgs=("${runtime_pkgs[@]}")
[ "$mode" = build ] && pkgs=("${build_pkgs[@]}")
[ "$with_test" = 1 ] && pkgs+=("${test_pkgs[@]}")

missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
  echo "install-deps: installing ${missing[*]}"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if [ "$with_test" = 1 ]; then
  # Python tools for the tests (pytest runs them; bagit validator, SMTP server, Selenium to
  # drive Debian's headless Chromium through its chromedriver, axe-core for accessibility),
  # in a private virtualenv. A venv
  # made before a tool was listed gets it on the next run.
  venv="${POSTMOTTAK_VENV:-.venv-test}"
  if [ ! -x "$venv/bin/bagit.py" ] || [ ! -x "$venv/bin/pytest" ] || ! "$venv/bin/python" -c "import selenium, axe_selenium_python" 2>/dev/null; then
    [ -x "$venv/bin/python" ] || python3 -m venv "$venv"
    "$venv/bin/pip" install -q --disable-pip-version-check bagit==1.8.1 aiosmtpd pytest==8.3.4 selenium==4.27.1 axe-selenium-python==2.1.6
  fi
fi
echo "install-deps: ok"
