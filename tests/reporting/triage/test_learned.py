"""The learned second opinion: scored in pure Python from the shipped file, trained on every
corpus file, and heard when the lists find nothing (issue 11: new authors' words); where they
set a match aside, only when it is sure."""

from collections import Counter
from pathlib import Path

import pytest

from reporting.triage import default_lexicon, detect, engine
from reporting.triage.learned import Model, shipped_model
from tests.reporting.helpers import post_step, screen

from .test_corpus import FILES, load

# A model that knows one word: "zebra" is an emergency to it, nothing else is.
ZEBRA = Model(weights={"w:zebra": (1.0, 12.0)}, intercept=-4.0, threshold=0.5, trained_on="")


@pytest.fixture
def zebra_model(monkeypatch):
    monkeypatch.setattr(engine, "shipped_model", lambda: ZEBRA)
    return ZEBRA


def test_the_shipped_model_was_trained_on_every_corpus_file():
    model = shipped_model()
    assert model is not None
    # A narrative added to the corpus without retraining would teach it nothing (README:
    # `python -m reporting.triage.train`).
    assert sorted(model.trained_on.split(", ")) == sorted(p.name for p in FILES)


def test_scored_in_pure_python_the_model_separates_what_it_learned():
    # Guards the scoring arithmetic (features, tf-idf, the norm) against the trainer's: a slip
    # there would leave the file right and the opinions wrong.
    model = shipped_model()
    counts: Counter = Counter()
    for path in FILES:
        for label, _language, text in load(path):
            counts[label, model.alarms(text)] += 1
    assert counts["E", True] / (counts["E", True] + counts["E", False]) >= 0.97
    assert counts["N", True] / (counts["N", True] + counts["N", False]) <= 0.05


def test_when_the_lists_find_nothing_the_model_is_heard_and_its_sentence_shown(zebra_model):
    text = "Hello there. A zebra is standing right at the door! Thanks"
    result = detect(text, default_lexicon())
    [finding] = result.findings
    assert result.emergency and finding.concept == engine.LEARNED
    assert text[finding.start : finding.end] == "A zebra is standing right at the door!"
    assert (finding.sentence_start, finding.sentence_end) == (finding.start, finding.end)

    assert not detect(text, default_lexicon(), second_opinion=False).emergency
    assert not detect("Hello there. A horse is at the door!", default_lexicon()).emergency


def test_a_label_or_a_short_answer_is_left_to_the_lists(zebra_model):
    assert not detect("zebra by the garage", default_lexicon()).emergency
    # A text conversation's answers are short: "The wall and the back door" once alarmed.
    assert not detect("The zebra wall and the back door", default_lexicon()).emergency


def test_what_the_lists_set_aside_only_a_sure_model_overrules(monkeypatch):
    text = "Nobody was hurt last year, but a zebra is standing right at the door"
    assert detect(text, default_lexicon(), second_opinion=False).dismissed
    monkeypatch.setattr(engine, "shipped_model", lambda: ZEBRA)  # zebra: 0.9997
    [finding] = detect(text, default_lexicon()).findings
    assert finding.concept == engine.LEARNED
    # A model that gives a zebra 0.6: enough where the lists are silent, not to overrule them.
    unsure = Model(weights={"w:zebra": (1.0, 4.4)}, intercept=-4.0, threshold=0.5, trained_on="")
    monkeypatch.setattr(engine, "shipped_model", lambda: unsure)
    assert not detect(text, default_lexicon()).emergency
    assert detect(
        "Hello there, a zebra is standing right at the door of our house", default_lexicon()
    ).emergency


def test_a_list_finding_is_not_doubled_by_the_model(zebra_model):
    result = detect("The zebra has a gun and is shooting", default_lexicon())
    assert result.emergency
    assert engine.LEARNED not in result.concepts


def test_a_long_account_the_model_is_sure_is_ordinary_sets_the_lists_finding_aside(zebra_model):
    # To the zebra model anything without a zebra is an ordinary report (0.018): a harmless use
    # of an alarming word no list foresaw ("a true crime show about a murder").
    text = "There is a man with a gun standing at the corner of our street by the school bus stop"
    lexicon = default_lexicon()
    assert detect(text, lexicon, second_opinion=False).emergency
    result = detect(text, lexicon)
    assert not result.emergency
    assert {(d.finding.concept, d.reason) for d in result.dismissed} == {("weapon", engine.LEARNED)}
    # Where the model hears an emergency in the text, the lists' finding stands.
    assert detect(text.replace("a gun", "a gun and a zebra"), lexicon).concepts == ["weapon"]


def test_the_model_weighs_the_whole_account_not_the_sentence_that_fired(monkeypatch):
    # The sentence that fired alone scores 0.5 (a zebra), the account 0.001 (it is calm): the
    # account is what the model knows how to read ("he had a handgun in the nightstand" after
    # "my husband passed away last month at home, in hospice care").
    calm = Model(
        weights={"w:zebra": (1.0, 4.0), "w:calm": (1.0, -8.0)},
        intercept=-4.0,
        threshold=0.5,
        trained_on="",
    )
    monkeypatch.setattr(engine, "shipped_model", lambda: calm)
    text = (
        "Everything here is calm and quiet now, calm all week at our end of the street. "
        "A man had a gun and a zebra at the corner."
    )
    result = detect(text, default_lexicon())
    assert detect(text, default_lexicon(), second_opinion=False).emergency
    assert not result.emergency
    assert {d.reason for d in result.dismissed} == {engine.LEARNED}


def test_a_calm_suicide_note_is_never_set_aside_by_the_model(zebra_model):
    # A note that is calm by design reads as an ordinary report to a model (0.016 for one in
    # set H of round 7); the lists' self-harm finding stands whatever the model says.
    for text in (
        "I'm quite calm right now, please don't worry. I just want someone to know that "
        "tonight is the night. The dog is with my neighbor. Thank you for everything you do.",
        "Estoy tranquila, no se preocupen. Solo quiero que alguien sepa que esta noche es la "
        "noche. El perrito está con la vecina. Gracias por todo lo que hacen.",
    ):
        assert detect(text, default_lexicon()).concepts == ["self_harm"], text


def test_a_short_cry_is_never_set_aside_by_the_model(zebra_model):
    # Out of fold, the two emergencies the lists caught and the model was sure of were short
    # ("me quiero matar", "my son was taken by a stranger at the park").
    for text in ("A man with a gun is standing at the corner", "me quiero matar"):
        assert detect(text, default_lexicon()).emergency, text


def test_the_wizard_names_what_the_model_heard_in_the_residents_language(
    client, site, vandalism, zebra_model
):
    for prefix, said in (
        ("", "What you wrote sounds like an emergency happening now."),
        ("/es", "Lo que escribió parece una emergencia que está pasando ahora."),
    ):
        client.cookies.clear()
        screen(client, prefix=prefix)
        post_step(client, "category", prefix=prefix)
        narrative = {"narrative": "There is a zebra here by the gate of my house"}
        response = post_step(client, "what", narrative, prefix=prefix)
        assert response.status_code == 302
        page = client.get(response.url).content.decode()
        assert 'href="tel:911"' in page and said in page
        assert "There is a zebra here by the gate of my house" in page


def test_the_model_file_is_small_enough_to_ship():
    assert (Path(engine.__file__).with_name("learned_model.json.gz")).stat().st_size < 400_000
