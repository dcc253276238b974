"""A small OpenID Connect provider on 127.0.0.1 for the browser test, written from the
specifications with the standard library only: discovery, an RS256 key set (a 2048-bit RSA
key made at start, PKCS #1 v1.5 signatures), an authorization endpoint that signs in the
configured person at once (as a provider where the person is already signed in), and a token
endpoint that checks the code (once), the client, the redirect URI and the PKCE verifier."""
import base64
import hashlib
import json
import secrets
import threading
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


def b64url(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _probable_prime(n, rounds=40):
    if n < 2:
        return False
    for p in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47):
        if n % p == 0:
            return n == p
    d, r = n - 1, 0
    while d % 2 == 0:
        d, r = d // 2, r + 1
    for _ in range(rounds):
        x = pow(secrets.randbelow(n - 3) + 2, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(r - 1):
            x = pow(x, 2, n)
            if x == n - 1:
                break
        else:
            return False
    return True


def _prime(bits):
    while True:
        candidate = secrets.randbits(bits) | (3 << (bits - 2)) | 1
        if _probable_prime(candidate):
            return candidate


class RSAKey:
    def __init__(self, bits=2048):
        self.e = 65537
        while True:
            p, q = _prime(bits // 2), _prime(bits // 2)
            phi = (p - 1) * (q - 1)
            if p != q and phi % self.e != 0:
                break
        self.n, self.d = p * q, pow(self.e, -1, phi)
        self.size = (self.n.bit_length() + 7) // 8

    def jwk(self, kid):
        return {"kty": "RSA", "use": "sig", "alg": "RS256", "kid": kid,
                "n": b64url(self.n.to_bytes(self.size, "big")), "e": b64url(self.e.to_bytes(3, "big"))}

    def sign(self, data):
        """RSASSA-PKCS1-v1_5 with SHA-256 (RFC 8017 §8.2)."""
        info = bytes.fromhex("3031300d060960864801650304020105000420") + hashlib.sha256(data).digest()
        encoded = b"\x00\x01" + b"\xff" * (self.size - len(info) - 3) + b"\x00" + info
        return pow(int.from_bytes(encoded, "big"), self.d, self.n).to_bytes(self.size, "big")


class Provider:
    def __init__(self, client_id="postmottak", person=None):
        self.client_id = client_id
        self.person = person or {"sub": "s-1", "preferred_username": "tove", "roles": ["Postmottak.Mottak"]}
        self.key = RSAKey()
        self.grants = {}
        self.lock = threading.Lock()
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.issuer = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def start(self):
        self.thread.start()
        return self

    def stop(self):
        self.server.shutdown()

    def id_token(self, grant):
        now = int(time.time())
        claims = {"iss": self.issuer, "aud": self.client_id, "sub": grant["person"]["sub"], "nonce": grant["nonce"],
                  "iat": now, "exp": now + 300, **{k: v for k, v in grant["person"].items() if k != "sub"}}
        signing_input = (b64url(json.dumps({"alg": "RS256", "typ": "JWT", "kid": "k1"}).encode()) + "."
                         + b64url(json.dumps(claims).encode()))
        return signing_input + "." + b64url(self.key.sign(signing_input.encode()))

    def _handler(self):
        provider = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def answer(self, status, body=None, headers=()):
                data = json.dumps(body).encode() if body is not None else b""
                self.send_response(status)
                for name, value in headers:
                    self.send_header(name, value)
                if body is not None:
                    self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def do_GET(self):
                url = urllib.parse.urlsplit(self.path)
                q = dict(urllib.parse.parse_qsl(url.query))
                if url.path == "/.well-known/openid-configuration":
                    i = provider.issuer
                    return self.answer(200, {"issuer": i, "authorization_endpoint": i + "/auth", "token_endpoint": i + "/token",
                                             "jwks_uri": i + "/certs", "response_types_supported": ["code"],
                                             "code_challenge_methods_supported": ["S256"]})
                if url.path == "/certs":
                    return self.answer(200, {"keys": [provider.key.jwk("k1")]})
                if url.path == "/auth":
                    needed = ("client_id", "redirect_uri", "state", "nonce", "code_challenge")
                    if q.get("response_type") != "code" or q.get("code_challenge_method") != "S256" or not all(k in q for k in needed):
                        return self.answer(400, {"error": "invalid_request"})
                    code = secrets.token_urlsafe(24)
                    with provider.lock:
                        provider.grants[code] = {**q, "person": dict(provider.person)}
                    back = q["redirect_uri"] + "?" + urllib.parse.urlencode({"code": code, "state": q["state"]})
                    return self.answer(302, headers=[("Location", back)])
                return self.answer(404, {"error": "not_found"})

            def do_POST(self):
                length = int(self.headers.get("Content-Length", "0"))
                form = dict(urllib.parse.parse_qsl(self.rfile.read(length).decode()))
                with provider.lock:
                    grant = provider.grants.pop(form.get("code", ""), None)
                verifier = form.get("code_verifier", "")
                if (self.path != "/token" or grant is None or form.get("grant_type") != "authorization_code"
                        or form.get("client_id") != grant["client_id"] or grant["client_id"] != provider.client_id
                        or form.get("redirect_uri") != grant["redirect_uri"]
                        or b64url(hashlib.sha256(verifier.encode()).digest()) != grant["code_challenge"]):
                    return self.answer(400, {"error": "invalid_grant"})
                return self.answer(200, {"access_token": secrets.token_urlsafe(16), "token_type": "Bearer", "expires_in": 300,
                                         "id_token": provider.id_token(grant)})

        return Handler
