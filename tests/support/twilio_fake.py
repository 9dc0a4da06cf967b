"""A recording Twilio in front of Prism: what was really "sent", and Twilio's bad days on demand.

Prism validates every request against Twilio's own spec but remembers nothing and answers every
create with the same example SID, so it cannot tell a test how many texts a resident got, nor
answer a Messages list with what was sent. This proxy can:

- forward each Message/Call create to Prism (so it is still checked against the spec) and, when
  Prism accepts it, record it with a SID of its own and the time it was accepted;
- answer the Messages list (`To`, `From`, `DateSent`, `DateSent>`, `DateSent<`, paging) from its
  records, in the shape of the spec's list response (Prism still validates the query);
- on request, answer the next creates with Twilio-shaped 429/500/503 errors (from the error
  overlay in prism.py) before letting one through, or record a message as sent and answer only
  after a delay longer than the client's timeout, as Twilio does on a bad day.

It runs in the test process, so a worker in another process reaches it over HTTP
(TWILIO_API_BASE_URL=fake.url) while the test reads `fake.messages`.

`date_sent` is the moment the create was accepted, in whole seconds, so a `DateSent>` filter
built from a timestamp with a fraction still finds a message accepted in the same second. Real
Twilio sets it only when the message leaves its queue (null while "queued", which at a long
code's one message a second can be minutes, and the `DateSent` filters skip such messages): set
`fake.queued_for = seconds` to get that behaviour.
"""

import json
import secrets
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlencode, urlsplit

import requests

ACCOUNTS = "/2010-04-01/Accounts/"


@dataclass(frozen=True)
class Sent:
    """One create Twilio accepted."""

    kind: str  # "sms" or "call"
    sid: str
    to: str
    from_: str  # the From number, or the Messaging Service SID when that was used instead
    body: str  # the message body; for a call its Url or Twiml
    at: datetime  # accepted, UTC, whole seconds
    answered: bool  # False when its answer was held back (see TwilioFake.slow)


@dataclass
class _Plan:
    """What the next creates get before one is let through normally."""

    actions: deque = field(default_factory=deque)  # ("error", status) | ("slow", seconds)


class TwilioFake:
    def __init__(self, prism_url: str):
        self.prism_url = prism_url.rstrip("/")
        self._lock = threading.Lock()
        self._messages: list[Sent] = []
        self._plans: dict[str | None, _Plan] = {}
        self._in_flight = 0
        # Seconds a message stays "queued" (date_sent null) after it was accepted.
        self.queued_for = 0.0
        self.requests: list[dict] = []  # every request received, including refused ones
        self._session = requests.Session()
        self._session.trust_env = False  # loopback never goes through an HTTP(S)_PROXY
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler_class())
        self._server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}"
        self._thread: threading.Thread | None = None

    # --- Scripting, per test ---------------------------------------------------------------

    def fail(self, *statuses: int, to: str | None = None) -> None:
        """The next creates (to `to`, or to anyone) answer these error statuses in order."""
        self._plan(to).extend(("error", int(status)) for status in statuses)

    def slow(self, seconds: float, *, times: int = 1, to: str | None = None) -> None:
        """The next `times` creates are recorded as sent, then answered after `seconds`."""
        self._plan(to).extend(("slow", float(seconds)) for _ in range(times))

    def clear_plans(self) -> None:
        """Twilio is well again: creates not yet answered keep their plan, new ones get none."""
        with self._lock:
            self._plans.clear()

    def reset(self) -> None:
        with self._lock:
            self._messages.clear()
            self._plans.clear()
            self._in_flight = 0
            self.queued_for = 0.0
            self.requests.clear()

    def _plan(self, to):
        with self._lock:
            return self._plans.setdefault(to, _Plan()).actions

    def _next_action(self, to: str):
        with self._lock:
            for key in (to, None):
                plan = self._plans.get(key)
                if plan and plan.actions:
                    return plan.actions.popleft()
        return None

    # --- What was sent ---------------------------------------------------------------------

    @property
    def messages(self) -> list[Sent]:
        with self._lock:
            return [m for m in self._messages if m.kind == "sms"]

    @property
    def calls(self) -> list[Sent]:
        with self._lock:
            return [m for m in self._messages if m.kind == "call"]

    @property
    def in_flight(self) -> int:
        """Creates recorded as sent whose answer has not been written yet."""
        with self._lock:
            return self._in_flight

    def sent_to(self, to: str) -> list[Sent]:
        return [m for m in self.messages if m.to == to]

    # --- Lifecycle ---------------------------------------------------------------------------

    def start(self) -> "TwilioFake":
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._session.close()

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc):
        self.stop()

    # --- HTTP ------------------------------------------------------------------------------

    def _forward(self, method, path, *, query="", body=b"", headers=None):
        url = self.prism_url + path + (f"?{query}" if query else "")
        return self._session.request(method, url, data=body, headers=headers or {}, timeout=10)

    def _create(self, kind, path, body, headers):
        form = {k: v[-1] for k, v in parse_qs(body.decode(), keep_blank_values=True).items()}
        to = form.get("To", "")
        action = self._next_action(to)
        if action and action[0] == "error":
            # The overlay spec answers a Twilio-shaped error body; Prism still validates.
            response = self._forward(
                "POST", path, body=body, headers={**headers, "Prefer": f"code={action[1]}"}
            )
            return response.status_code, response.content, None
        response = self._forward("POST", path, body=body, headers=headers)
        if response.status_code != 201:
            return response.status_code, response.content, None
        now = datetime.now(UTC).replace(microsecond=0)
        prefix = "SM" if kind == "sms" else "CA"
        sent = Sent(
            kind=kind,
            sid=prefix + secrets.token_hex(16),
            to=to,
            from_=form.get("From") or form.get("MessagingServiceSid", ""),
            body=form.get("Body", "")
            if kind == "sms"
            else form.get("Url") or form.get("Twiml", ""),
            at=now,
            answered=not (action and action[0] == "slow"),
        )
        with self._lock:
            self._messages.append(sent)
            self._in_flight += 1
        account = path.removeprefix(ACCOUNTS).split("/")[0]
        payload = {**response.json(), **self._resource_fields(sent, account)}
        delay = action[1] if action else 0.0
        return 201, json.dumps(payload).encode(), delay

    def _sent_at(self, sent: Sent) -> datetime | None:
        """When the message left Twilio's queue; None while it is still queued."""
        if not self.queued_for:
            return sent.at
        left = sent.at + timedelta(seconds=self.queued_for)
        return left if datetime.now(UTC) >= left else None

    def _resource_fields(self, sent: Sent, account: str) -> dict:
        """What differs from Prism's example: this message's own values."""
        stamp = format_datetime(sent.at, usegmt=True)
        sent_at = self._sent_at(sent)
        by_service = sent.from_.startswith("MG")
        collection = "Messages" if sent.kind == "sms" else "Calls"
        fields = {
            "sid": sent.sid,
            "account_sid": account,
            "to": sent.to,
            "from": None if by_service else sent.from_,
            "date_created": stamp,
            "date_updated": stamp,
            "status": "sent" if self.queued_for and sent_at else "queued",
            "uri": f"{ACCOUNTS}{account}/{collection}/{sent.sid}.json",
        }
        if sent.kind == "sms":
            fields |= {
                "body": sent.body,
                "date_sent": format_datetime(sent_at.replace(microsecond=0), usegmt=True)
                if sent_at
                else None,
                "messaging_service_sid": sent.from_ if by_service else None,
                "direction": "outbound-api",
                "error_code": None,
                "error_message": None,
                "subresource_uris": {
                    "media": f"{ACCOUNTS}{account}/Messages/{sent.sid}/Media.json",
                    "feedback": f"{ACCOUNTS}{account}/Messages/{sent.sid}/Feedback.json",
                },
            }
        return fields

    def _list(self, path, query, headers):
        # Prism validates the query (and answers the spec's example, whose shape we keep).
        response = self._forward("GET", path, query=query, headers=headers)
        if response.status_code != 200:
            return response.status_code, response.content
        params = {k: v[-1] for k, v in parse_qs(query, keep_blank_values=True).items()}
        newest_first = reversed(self.messages)
        matches = [m for m in newest_first if _matches(m, params, self._sent_at(m))]
        page_size = int(params.get("PageSize", 50))
        page = int(params.get("Page", 0))
        chunk = matches[page * page_size : (page + 1) * page_size]

        def page_uri(n):
            keep = {k: v for k, v in params.items() if k not in ("Page", "PageToken")}
            return f"{path}?{urlencode({**keep, 'PageSize': page_size, 'Page': n})}"

        account = path.removeprefix(ACCOUNTS).split("/")[0]
        template = response.json()["messages"][0]
        payload = {
            **response.json(),
            "messages": [{**template, **self._resource_fields(m, account)} for m in chunk],
            "page": page,
            "page_size": page_size,
            "start": page * page_size,
            "end": page * page_size + max(len(chunk) - 1, 0),
            "uri": f"{path}?{query}",
            "first_page_uri": page_uri(0),
            "previous_page_uri": page_uri(page - 1) if page > 0 else None,
            "next_page_uri": page_uri(page + 1) if len(matches) > (page + 1) * page_size else None,
        }
        return 200, json.dumps(payload).encode()

    def _handler_class(self):
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):  # the test output stays readable
                pass

            def _headers(self):
                keep = ("Authorization", "Content-Type", "Accept")
                return {k: self.headers[k] for k in keep if self.headers.get(k)}

            def _answer(self, status, body, delay=0.0):
                if delay:
                    time.sleep(delay)
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body)
                except OSError:
                    pass  # the client gave up waiting, which is the point of a slow answer

            def do_POST(self):  # noqa: N802 - http.server's naming
                parts = urlsplit(self.path)
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                fake.requests.append({"method": "POST", "path": parts.path, "body": body})
                kind = _create_kind(parts.path)
                if kind:
                    status, content, delay = fake._create(kind, parts.path, body, self._headers())
                    try:
                        self._answer(status, content, delay)
                    finally:
                        if status == 201:
                            with fake._lock:
                                fake._in_flight = max(0, fake._in_flight - 1)
                else:
                    r = fake._forward(
                        "POST", parts.path, query=parts.query, body=body, headers=self._headers()
                    )
                    self._answer(r.status_code, r.content)

            def do_GET(self):  # noqa: N802
                parts = urlsplit(self.path)
                fake.requests.append({"method": "GET", "path": parts.path, "query": parts.query})
                if parts.path.startswith(ACCOUNTS) and parts.path.endswith("/Messages.json"):
                    self._answer(*fake._list(parts.path, parts.query, self._headers()))
                else:
                    r = fake._forward("GET", parts.path, query=parts.query, headers=self._headers())
                    self._answer(r.status_code, r.content)

        return Handler


def _create_kind(path: str) -> str | None:
    if not path.startswith(ACCOUNTS):
        return None
    if path.endswith("/Messages.json"):
        return "sms"
    if path.endswith("/Calls.json"):
        return "call"
    return None


def _parse_when(value: str) -> tuple[datetime, bool]:
    """A DateSent filter value and whether it names a whole day (YYYY-MM-DD)."""
    if len(value) == 10:
        return datetime.fromisoformat(value).replace(tzinfo=UTC), True
    when = datetime.fromisoformat(value.replace("Z", "+00:00"))
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return when.astimezone(UTC).replace(microsecond=0), False


def _matches(m: Sent, params: dict, sent_at: datetime | None) -> bool:
    if params.get("To") and m.to != params["To"]:
        return False
    if params.get("From") and m.from_ != params["From"]:
        return False
    for key, test in (
        ("DateSent", lambda at, w, day: at.date() == w.date() if day else at == w),
        ("DateSent>", lambda at, w, day: at.date() >= w.date() if day else at >= w),
        ("DateSent<", lambda at, w, day: at.date() <= w.date() if day else at <= w),
    ):
        if params.get(key):
            when, day = _parse_when(params[key])
            if sent_at is None or not test(sent_at.replace(microsecond=0), when, day):
                return False
    return True
