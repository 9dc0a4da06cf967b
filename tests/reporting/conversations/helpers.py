"""A resident's phone for the tests: posts signed inbound texts as Twilio would and reads the
reply from the TwiML the webhook answers with."""

import itertools

from defusedxml import ElementTree

from tests.reporting.messaging.conftest import sign

INBOUND = "/twilio/sms/inbound/"
AGENCY = "+15005550006"
RESIDENT = "+12025550177"
_sids = itertools.count(1)


class Phone:
    def __init__(self, client, sender: str = RESIDENT):
        self.client = client
        self.sender = sender
        self.replies: list[str] = []

    def __call__(self, body: str, *, media=(), sender: str | None = None) -> str:
        params = {
            "MessageSid": f"SM{next(_sids):032d}",
            "AccountSid": "AC" + "a" * 32,
            "From": sender or self.sender,
            "To": AGENCY,
            "Body": body,
            "NumMedia": str(len(media)),
        }
        for n, url in enumerate(media):
            params[f"MediaUrl{n}"] = url
            params[f"MediaContentType{n}"] = "image/jpeg"
        signature = sign(f"http://testserver{INBOUND}", params)
        response = self.client.post(INBOUND, params, HTTP_X_TWILIO_SIGNATURE=signature)
        assert response.status_code == 200
        found = ElementTree.fromstring(response.content).findall("Message")
        reply = (found[0].text or "") if found else ""
        self.replies.append(reply)
        return reply

    def file_report(self, *, name: str = "Alex Resident", language_word: str = "REPORT"):
        """A whole short report (a category with no questions of its own, listed first)."""
        self(language_word)
        for answer in ("no", "no", "no", "no", "1", "My bicycle was taken from the rack.",
                       "12 Oak Street", "today", "skip", name, "send"):  # fmt: skip
            self(answer)
