"""pytest set-up for the system tests against the built binary (`make system-test`):

    python -m pytest Tests/System -p no:cacheprovider -q -rs --binary=.build/debug/postmottak

Options: --binary (default .build/debug/postmottak), --samples (default Samples), --shared
(default ../shared, the shared folder beside the clone; tests that need it are skipped,
saying so, when it is absent), --chaos-count (submissions in the Noark 5 chaos part).

Fixtures: `postmottak` (the binary, Tests/Support/postmottak_support.Postmottak), `samples`,
`shared_root`, `need_shared` (a path in the shared folder, or a skip saying what is absent),
`tmp_root` (a folder per module), `check` (soft checks that fail the test at its end),
`figures` (lines printed, and repeated in the run's summary), `dovecot` (a factory for
private Dovecot servers, Tests/Support/dovecot.py)."""

import os
import shutil
import sys
import tempfile

import pytest

SUPPORT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Support")
sys.path.insert(0, os.path.abspath(SUPPORT))

from postmottak_support import Checks, Postmottak  # noqa: E402

_FIGURES = pytest.StashKey[list]()
_CHECKS = pytest.StashKey[Checks]()


def pytest_addoption(parser):
    group = parser.getgroup("postmottak")
    group.addoption("--binary", default=".build/debug/postmottak", help="the built postmottak binary")
    group.addoption("--dev-binary", default=".build/debug/postmottak-dev",
                    help="the built postmottak-dev binary (evaluations and benchmarks)")
    group.addoption("--release-binary", default=None,
                    help="a release build of postmottak, for the install test (default: --binary)")
    group.addoption("--samples", default="Samples", help="the repository's sample folder")
    group.addoption("--shared", default="../shared", help="the shared folder (samples, specs, tools) beside the clone")
    group.addoption("--chaos-count", type=int, default=200, help="submissions in the Noark 5 chaos part")


def pytest_configure(config):
    config.stash[_FIGURES] = []


# -- soft checks: a test's failed checks fail it at its end ----------------------------------------

def _failed_checks(item):
    checks = item.stash.get(_CHECKS, None)
    if checks is None or not checks.failures:
        return None
    lines = "\n".join("  FAIL " + m for m in checks.failures)
    return f"{len(checks.failures)} check(s) failed:\n{lines}"


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item):
    __tracebackhide__ = True
    try:
        result = yield
    except (Exception, pytest.skip.Exception, pytest.fail.Exception) as e:
        # A test that stopped (an exception, a skip) after failed checks reports them too.
        failed = _failed_checks(item)
        if failed is None:
            raise
        raise AssertionError(f"{failed}\nand then: {type(e).__name__}: {e}") from e
    failed = _failed_checks(item)
    if failed is not None:
        pytest.fail(failed, pytrace=False)
    return result


@pytest.fixture
def check(request):
    """check(condition, message): prints ok/FAIL, and the test fails at its end if any failed."""
    checks = Checks()
    request.node.stash[_CHECKS] = checks
    return checks


# -- figures: printed, and repeated after the run ----------------------------------------------------

class Figures:
    def __init__(self, sink, name):
        self.sink, self.name = sink, name

    def __call__(self, line=""):
        print(line, flush=True)
        self.sink.append((self.name, line))


@pytest.fixture
def figures(request):
    """figures(line): a figure the run reports (timings, shares, tables), shown in the summary."""
    return Figures(request.config.stash[_FIGURES], request.node.nodeid)


@pytest.fixture(scope="module")
def module_figures(request):
    return Figures(request.config.stash[_FIGURES], request.node.nodeid)


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    lines = config.stash.get(_FIGURES, [])
    if not lines:
        return
    terminalreporter.section("figures")
    last = None
    for name, line in lines:
        if name != last:
            terminalreporter.write_line(name)
            last = name
        terminalreporter.write_line("  " + line)


# -- the binary, folders and shared material ---------------------------------------------------------

@pytest.fixture(scope="session")
def postmottak(pytestconfig):
    return _binary(pytestconfig, "binary")


@pytest.fixture(scope="session")
def postmottak_dev(pytestconfig):
    """The developers' executable (`eval`, `bench`)."""
    return _binary(pytestconfig, "dev_binary")


@pytest.fixture(scope="session")
def postmottak_release(pytestconfig):
    """The release build the install test copies away, or the --binary when none is given."""
    return _binary(pytestconfig, "release_binary" if pytestconfig.getoption("release_binary") else "binary")


def _binary(pytestconfig, option):
    path = os.path.abspath(pytestconfig.getoption(option))
    if not os.access(path, os.X_OK):
        flag = "--" + option.replace("_", "-")
        pytest.fail(f"{path} is not an executable: build it first (swift build), or give {flag}", pytrace=False)
    return Postmottak(path)


@pytest.fixture(scope="session")
def samples(pytestconfig):
    return os.path.abspath(pytestconfig.getoption("samples"))


@pytest.fixture(scope="session")
def shared_root(pytestconfig):
    """The shared folder's path, present or not."""
    return os.path.abspath(pytestconfig.getoption("shared"))


@pytest.fixture(scope="session")
def need_shared(shared_root):
    """need_shared(*parts): shared_root/parts..., or a skip naming what is missing (the
    shared folder itself, or the part of it)."""
    def need(*parts):
        if not os.path.isdir(shared_root):
            pytest.skip(f"{shared_root} is absent (the shared folder is not beside this clone; give --shared)")
        path = os.path.join(shared_root, *parts)
        if not os.path.exists(path):
            pytest.skip(f"{path} is absent (the shared folder is not beside this clone; give --shared)")
        return path
    return need


@pytest.fixture(scope="module")
def tmp_root(request):
    """A temporary folder for the module's tests, readable by others (Dovecot's users),
    removed afterwards unless a test failed."""
    name = request.module.__name__.rsplit(".", 1)[-1].replace("_test", "")
    root = tempfile.mkdtemp(prefix=f"postmottak-{name}-")
    os.chmod(root, 0o755)
    failed_before = request.session.testsfailed
    yield root
    if request.session.testsfailed == failed_before:
        shutil.rmtree(root, ignore_errors=True)
    else:
        print(f"(left {root} for inspection)")


# -- Dovecot -------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def dovecot():
    """dovecot(root, users=..., oauth2_key=...): a started DovecotServer, stopped after the module.
    Dovecot missing is a failure, as scripts/install-deps.sh --test installs it."""
    if not shutil.which("dovecot"):
        pytest.fail("dovecot is not installed (scripts/install-deps.sh --test installs it)", pytrace=False)
    from dovecot import DovecotServer
    started = []

    def start(root, **kw):
        server = DovecotServer(root, **kw).start()
        started.append(server)
        return server

    yield start
    for server in started:
        server.stop()
