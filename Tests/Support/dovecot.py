"""A private Dovecot for the tests and the benchmark: 127.0.0.1 only, high ports, its own
folder, plain IMAP with STARTTLS, IMAPS with a generated certificate, password logins from a
passwd-file and, optionally, OAuth2 (XOAUTH2/OAUTHBEARER) validated locally against an HS256
key, so no identity provider is needed.

Used as a library (`DovecotServer`) by Tests/System and Tests/Bench."""

import base64
import hashlib
import hmac
import json
import os
import shutil
import signal
import socket
import subprocess
import time
import uuid

from postmottak_support import free_port

MAIL_UID = 65534


def b64url(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


class DovecotServer:
    def __init__(self, root, users=None, oauth2_key=None):
        self.root = os.path.abspath(root)
        self.users = users or {"intake": "intake-password"}
        self.oauth2_key = oauth2_key
        self.imap_port = free_port()
        self.imaps_port = free_port()
        self.proc = None
        self.running_as_root = os.geteuid() == 0
        self.mail_uid = MAIL_UID if self.running_as_root else os.geteuid()
        self.mail_gid = MAIL_UID if self.running_as_root else os.getegid()
        self.conf = os.path.join(self.root, "dovecot.conf")
        self.cert = os.path.join(self.root, "cert.pem")
        self._write_config()

    # -- set-up -----------------------------------------------------------------------------
    def _write_config(self):
        for d in ("run", "state", "mail", "keys"):
            os.makedirs(os.path.join(self.root, d), exist_ok=True)
        os.chmod(self.root, 0o755)
        key = os.path.join(self.root, "key.pem")
        if not os.path.exists(self.cert):
            subprocess.run(
                ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=127.0.0.1",
                 "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost", "-keyout", key, "-out", self.cert],
                check=True, capture_output=True)
        with open(os.path.join(self.root, "users"), "w") as f:
            for user, password in self.users.items():
                f.write(f"{user}:{{PLAIN}}{password}::::::\n")
        internal = "dovecot" if self.running_as_root else os.environ.get("USER", "nobody")
        login = "dovenull" if self.running_as_root else internal
        mechanisms = "plain login"
        oauth = ""
        if self.oauth2_key is not None:
            mechanisms += " xoauth2 oauthbearer"
            keydir = os.path.join(self.root, "keys", "default", "HS256")
            os.makedirs(keydir, exist_ok=True)
            with open(os.path.join(keydir, "default"), "w") as f:
                f.write(base64.b64encode(self.oauth2_key).decode())
            with open(os.path.join(self.root, "oauth2.conf"), "w") as f:
                f.write(f"introspection_mode = local\nlocal_validation_key_dict = fs:posix:prefix={self.root}/keys/\n"
                        "username_attribute = sub\ndebug = yes\n")
            oauth = f"""
passdb {{
  driver = oauth2
  mechanisms = xoauth2 oauthbearer
  args = {self.root}/oauth2.conf
}}"""
        with open(self.conf, "w") as f:
            f.write(f"""
base_dir = {self.root}/run
state_dir = {self.root}/state
log_path = {self.root}/dovecot.log
protocols = imap
listen = 127.0.0.1
default_internal_user = {internal}
default_login_user = {login}
first_valid_uid = 0
disable_plaintext_auth = no
auth_mechanisms = {mechanisms}
ssl = yes
ssl_cert = <{self.cert}
ssl_key = <{key}
mail_location = maildir:{self.root}/mail/%u
mail_fsync = never
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {self.root}/users
}}{oauth}
userdb {{
  driver = static
  args = uid={self.mail_uid} gid={self.mail_gid} home={self.root}/mail/%u
}}
service imap-login {{
  inet_listener imap {{
    address = 127.0.0.1
    port = {self.imap_port}
  }}
  inet_listener imaps {{
    address = 127.0.0.1
    port = {self.imaps_port}
    ssl = yes
  }}
  service_count = 0
  process_min_avail = 1
}}
service imap {{
  process_limit = 64
}}
protocol imap {{
  mail_max_userip_connections = 200
  imap_idle_notify_interval = 29 mins
}}
""")

    def token(self, user, lifetime=3600):
        """An HS256 JWT that this server accepts for `user` (as an identity provider would issue)."""
        header = b64url(json.dumps({"alg": "HS256", "typ": "JWT"}).encode())
        now = int(time.time())
        payload = b64url(json.dumps({"sub": user, "iat": now, "nbf": now - 5, "exp": now + lifetime}).encode())
        signature = hmac.new(self.oauth2_key, f"{header}.{payload}".encode(), hashlib.sha256).digest()
        return f"{header}.{payload}.{b64url(signature)}"

    # -- process ----------------------------------------------------------------------------
    def start(self):
        # A session of its own, so that stop() ends the imap processes too, as a real
        # restart (systemd's cgroup) does; Dovecot's master alone leaves them serving.
        self.proc = subprocess.Popen(["dovecot", "-F", "-c", self.conf], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                                     start_new_session=True)
        deadline = time.time() + 20
        while time.time() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError("dovecot exited: " + self.proc.stderr.read().decode(errors="replace") + self.log_tail())
            try:
                with socket.create_connection(("127.0.0.1", self.imap_port), timeout=1) as s:
                    if s.recv(100).startswith(b"* OK"):
                        return self
            except OSError:
                time.sleep(0.05)
        raise RuntimeError("dovecot did not start: " + self.log_tail())

    def stop(self):
        if self.proc and self.proc.poll() is None:
            pgid = os.getpgid(self.proc.pid)
            os.killpg(pgid, signal.SIGTERM)
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
            try:
                os.killpg(pgid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        self.proc = None
        # Wait until the port is free again, so a restart can bind it.
        deadline = time.time() + 10
        while time.time() < deadline:
            try:
                socket.create_connection(("127.0.0.1", self.imap_port), timeout=0.2).close()
                time.sleep(0.05)
            except OSError:
                return

    def restart(self):
        self.stop()
        return self.start()

    def log_tail(self, n=20):
        try:
            with open(os.path.join(self.root, "dovecot.log"), errors="replace") as f:
                return "".join(f.readlines()[-n:])
        except OSError:
            return ""

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc):
        self.stop()

    # -- mail -------------------------------------------------------------------------------
    def maildir(self, user, folder="INBOX"):
        base = os.path.join(self.root, "mail", user)
        return base if folder == "INBOX" else os.path.join(base, "." + folder)

    def deliver(self, user, messages, folder="INBOX"):
        """Writes messages (bytes) straight into the Maildir, the way an MTA does; far faster
        than `doveadm save`. Dovecot assigns UIDs in the order of the file names."""
        path = self.maildir(user, folder)
        for sub in ("tmp", "new", "cur"):
            os.makedirs(os.path.join(path, sub), exist_ok=True)
        base = int(time.time() * 1000)
        for i, data in enumerate(messages):
            name = f"{base}.M{i:07d}P{os.getpid()}.{uuid.uuid4().hex[:8]},S={len(data)}"
            tmp = os.path.join(path, "tmp", name)
            with open(tmp, "wb") as f:
                f.write(data)
            os.rename(tmp, os.path.join(path, "new", name))
        self._own(os.path.join(self.root, "mail", user))

    def _own(self, top):
        if not self.running_as_root:
            return
        for dirpath, dirnames, filenames in os.walk(top):
            os.chown(dirpath, self.mail_uid, self.mail_gid)
            for name in filenames:
                os.chown(os.path.join(dirpath, name), self.mail_uid, self.mail_gid)
        parent = os.path.dirname(top)
        os.chown(parent, self.mail_uid, self.mail_gid)

    def doveadm(self, *args):
        return subprocess.run(["doveadm", "-c", self.conf, *args], check=True, capture_output=True, text=True).stdout

    def set_uidvalidity(self, user, folder, value):
        self.doveadm("mailbox", "update", "-u", user, "--uid-validity", str(value), folder)

    def reset_mailbox(self, user, folder="INBOX"):
        """Forgets the folder's UIDs (as a server rebuild does): a new UIDVALIDITY, UIDs from 1."""
        path = self.maildir(user, folder)
        for name in os.listdir(path):
            if name.startswith("dovecot") and os.path.isfile(os.path.join(path, name)):
                os.remove(os.path.join(path, name))
        for name in os.listdir(os.path.join(path, "cur")):
            os.rename(os.path.join(path, "cur", name), os.path.join(path, "new", name.split(":")[0]))
