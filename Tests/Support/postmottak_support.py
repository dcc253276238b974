"""What the system tests share (Tests/System, run under pytest; Tests/Bench may use it too):
running the built binary, writing configurations, free ports, building RFC 5322 messages,
reading exports and archive packages, local servers (aiosmtpd, HTTP) and waiting.

Nothing here knows pytest except `Checks`, whose failures the system tests' conftest turns
into a failed test; the module imports only the standard library at load time."""

import base64
import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time

REPO = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
DEFAULT_TIMEOUT = 600


# -- checks ----------------------------------------------------------------------------------------

class Checks:
    """Soft checks for a scenario that is set up once and then checked many times: each
    check prints `ok` or `FAIL` with its message, and a failure is kept, so that every check
    of the scenario runs and the test fails at its end listing all that failed."""

    def __init__(self):
        self.failures = []

    def __call__(self, condition, message):
        print(("ok   " if condition else "FAIL ") + message, flush=True)
        if not condition:
            self.failures.append(message)
        return bool(condition)

    def include(self, other):
        """Takes over the failures of checks made elsewhere (in a fixture's set-up)."""
        self.failures.extend(other.failures)


# -- the binary ------------------------------------------------------------------------------------

class Postmottak:
    """The built binary. `run` and `popen` take the command's arguments, then `data`
    (--data-dir) and `config` (--config) when given; `env` is laid over this process's
    environment (or `base_env`), `without` names variables to leave out."""

    def __init__(self, path, base_env=None):
        self.path = os.path.abspath(path)
        self.base_env = base_env

    def __str__(self):
        return self.path

    def command(self, *args, data=None, config=None):
        cmd = [self.path, *map(str, args)]
        if config is not None:
            cmd += ["--config", str(config)]
        if data is not None:
            cmd += ["--data-dir", str(data)]
        return cmd

    def env(self, env=None, without=()):
        base = dict(self.base_env) if self.base_env is not None else dict(os.environ)
        base.update(env or {})
        for name in without:
            base.pop(name, None)
        return base

    def run(self, *args, data=None, config=None, env=None, without=(), timeout=DEFAULT_TIMEOUT, cwd=None, measure=False,
            text=True):
        """Runs to the end and captures stdout and stderr. With `measure`, /usr/bin/time
        adds `TIME s PEAK KB` to stderr (read back by `measured`)."""
        cmd = self.command(*args, data=data, config=config)
        if measure:
            cmd = ["/usr/bin/time", "-f", "TIME %e s PEAK %M KB"] + cmd
        return subprocess.run(cmd, capture_output=True, text=text, env=self.env(env, without), timeout=timeout, cwd=cwd)

    def popen(self, *args, data=None, config=None, env=None, without=(), stdout=subprocess.DEVNULL,
              stderr=subprocess.DEVNULL, text=None):
        return subprocess.Popen(self.command(*args, data=data, config=config), env=self.env(env, without),
                                stdout=stdout, stderr=stderr, text=text)

    def export(self, data=None, config=None, env=None, fmt="jsonl", strict=True):
        """The export's JSON Lines as dicts. `strict` asserts that export exited 0; without
        it a failed export reads as what it printed (often nothing)."""
        args = ["export"] if fmt is None else ["export", "--format", fmt]
        out = self.run(*args, data=data, config=config, env=env)
        if strict:
            assert out.returncode == 0, out.stderr
        return [json.loads(line) for line in out.stdout.splitlines() if line.strip()]


def measured(run):
    """(seconds, peak MiB) from a run with measure=True, or (None, None)."""
    import re
    m = re.search(r"TIME ([0-9.]+) s PEAK ([0-9]+) KB", run.stderr)
    return (float(m.group(1)), int(m.group(2)) / 1024) if m else (None, None)


def stop(proc, timeout=20, sig=signal.SIGTERM):
    """Sends `sig` and waits; a process that does not end in time is killed and -1 returned."""
    if proc.poll() is None:
        proc.send_signal(sig)
    try:
        return proc.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
        return -1


# -- files -----------------------------------------------------------------------------------------

def write_file(path, content):
    """Writes text (UTF-8, line ends as given) or bytes; makes the folder; returns the path."""
    os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
    if isinstance(content, bytes):
        with open(path, "wb") as f:
            f.write(content)
    else:
        with open(path, "w", encoding="utf-8", newline="") as f:
            f.write(content)
    return path


def write_config(folder, name, text):
    """Writes `text` as folder/name.toml and returns its path."""
    return write_file(os.path.join(folder, name + ".toml"), text)


def toml_value(value):
    """A TOML value for a string, number, boolean or list of them (JSON's spelling is TOML's)."""
    return json.dumps(value)


def toml_table(header, values):
    """`[header]` (or `[[header]]` when header is given as `[[...]]`) and `key = value` lines."""
    head = header if header.startswith("[") else f"[{header}]"
    return head + "\n" + "".join(f"{k} = {toml_value(v)}\n" for k, v in values.items())


def write_messages(folder, messages):
    """Writes {file name: bytes or text} into folder (made if missing)."""
    os.makedirs(folder, exist_ok=True)
    for name, content in messages.items():
        write_file(os.path.join(folder, name), content)
    return folder


def folder_under(root, *parts):
    """root/parts..., made."""
    path = os.path.join(root, *parts)
    os.makedirs(path, exist_ok=True)
    return path


# -- messages --------------------------------------------------------------------------------------

def message(headers, body, *, transfer_encoding="8bit", end="\r\n", attachment=None, filename=None, boundary="b1"):
    """An RFC 5322 message as bytes, CRLF line ends: the header fields in the order given
    (pairs, or a dict), `MIME-Version: 1.0`, then a text/plain UTF-8 body (with
    `Content-Transfer-Encoding` when one is given) followed by `end`. With `attachment`
    (bytes), a multipart/mixed of the text and the attachment in base64 under `filename`."""
    pairs = headers.items() if isinstance(headers, dict) else headers
    head = "".join(f"{k}: {v}\r\n" for k, v in pairs) + "MIME-Version: 1.0\r\n"
    cte = f"Content-Transfer-Encoding: {transfer_encoding}\r\n" if transfer_encoding else ""
    if attachment is None:
        return (head + "Content-Type: text/plain; charset=utf-8\r\n" + cte + "\r\n" + body + end).encode()
    b64 = base64.encodebytes(attachment).decode().replace("\n", "\r\n")
    return (head + f'Content-Type: multipart/mixed; boundary="{boundary}"\r\n\r\n--{boundary}\r\n'
            "Content-Type: text/plain; charset=utf-8\r\n" + cte + "\r\n" + body + f"\r\n--{boundary}\r\n"
            "Content-Type: application/octet-stream\r\n"
            f'Content-Disposition: attachment; filename="{filename}"\r\nContent-Transfer-Encoding: base64\r\n\r\n'
            + b64 + f"--{boundary}--\r\n").encode()


# -- exports and packages --------------------------------------------------------------------------

def by_source(rows):
    """Export rows keyed by their source (file name, or mailbox and UID)."""
    return {r["source"]: r for r in rows}


def bags(data):
    """The archive packages' names in a data folder, sorted (none when there is no archive)."""
    archive = os.path.join(data, "archive")
    return sorted(n for n in os.listdir(archive) if not n.startswith(".")) if os.path.isdir(archive) else []


def validate_bags(data):
    """`name: error` for every archive package that bagit does not validate."""
    import bagit
    bad = []
    for name in bags(data):
        try:
            bagit.Bag(os.path.join(data, "archive", name)).validate()
        except Exception as e:  # noqa: BLE001 - report every invalid bag
            bad.append(f"{name}: {e}")
    return bad


def db_rows(data, sql, args=()):
    """Rows of a read-only query on the data folder's SQLite store."""
    import sqlite3
    con = sqlite3.connect(f"file:{os.path.join(data, 'postmottak.sqlite')}?mode=ro", uri=True, timeout=30)
    try:
        return con.execute(sql, args).fetchall()
    finally:
        con.close()


# -- servers and waiting ---------------------------------------------------------------------------

def free_port():
    """A TCP port on 127.0.0.1 that nothing listens on now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(predicate, timeout, interval=0.2):
    """True as soon as predicate() is; False after `timeout` seconds."""
    deadline = time.time() + timeout
    while time.time() < deadline:
        if predicate():
            return True
        time.sleep(interval)
    return False


def port_open(port, host="127.0.0.1", timeout=0.2):
    try:
        socket.create_connection((host, port), timeout).close()
        return True
    except OSError:
        return False


def serve_in_thread(handler, server_class=None):
    """A threading server on 127.0.0.1 (any free port) serving `handler` on a daemon thread;
    its address is server.server_address, and server.shutdown() stops it."""
    if server_class is None:
        import http.server
        server_class = http.server.ThreadingHTTPServer
    server = server_class(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


class SMTPServer:
    """aiosmtpd on 127.0.0.1:port keeping what it receives in a Maildir."""

    def __init__(self, maildir, port=None):
        self.maildir = maildir
        self.port = port or free_port()
        self.proc = None

    def start(self):
        self.proc = subprocess.Popen([sys.executable, "-m", "aiosmtpd", "-n", "-l", f"127.0.0.1:{self.port}",
                                      "-c", "aiosmtpd.handlers.Mailbox", self.maildir],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for _ in range(100):
            if port_open(self.port):
                return self
            time.sleep(0.1)
        self.proc.kill()
        raise RuntimeError("aiosmtpd did not start")

    def stop(self):
        if self.proc is not None:
            self.proc.terminate()
            self.proc.wait(10)
            self.proc = None

    def received(self):
        import mailbox
        return [m for m in mailbox.Maildir(self.maildir, factory=None)]

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc):
        self.stop()
