"""The TwiML checker the line's tests rely on refuses what Twilio would refuse (or what would
leave a caller in silence), so a passing line test means something."""

import pytest

from tests.support.twiml import twiml_check

GOOD = (
    '<Response><Gather input="dtmf speech" action="/a/" numDigits="1" language="es-MX">'
    '<Say voice="Polly.Mia" language="es-MX">Hola</Say></Gather>'
    '<Redirect method="POST">/a/</Redirect></Response>'
)


def test_a_good_answer_passes():
    assert twiml_check(GOOD).tag == "Response"


@pytest.mark.parametrize(
    ("twiml", "breach"),
    [
        ('<Response><Say language="es-MX">Hola</Say></Response>', "can't speak es-MX"),
        (
            '<Response><Gather action="/a/"><Dial>+12025550100</Dial></Gather><Hangup/></Response>',
            "may not hold <Dial>",
        ),
        ('<Response><Gather action="/a/"><Say>Hi</Say></Gather></Response>', "ends in <Gather>"),
        ('<Response><Gather action="/a/" input="keys"/><Hangup/></Response>', "input"),
        ('<Response><Say colour="red">Hi</Say></Response>', "attributes Twilio does not know"),
        ("<Response><Hangup/><Say>Hi</Say></Response>", "never runs"),
        ("<Response><Dial><Number>555-0100</Number></Dial></Response>", "not E.164"),
        ('<Response><Say language="fr-FR" voice="man">Salut</Say></Response>', "fr-FR"),
        ("<Response/>", "empty"),
    ],
)
def test_a_breach_is_named(twiml, breach):
    with pytest.raises(AssertionError, match=breach):
        twiml_check(twiml)
