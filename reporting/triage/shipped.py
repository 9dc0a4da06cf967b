"""Lists as earlier releases shipped them: a release can tell an untouched list from an edited one.

A migration that ships better defaults replaces a list only when its text is exactly one that a
release shipped (the editor never changed it); an editor's copy is always kept. When the defaults
change again, add the fingerprints of the lists as they were (`fingerprint` of each) here.
"""

import hashlib

from .defaults import LISTS


def as_seeded(phrases: str) -> str:
    """A list's text as the migrations store it: one phrase a line, no surrounding blanks."""
    return "\n".join(line.strip() for line in (phrases or "").strip().splitlines())


def fingerprint(phrases: str) -> str:
    return hashlib.sha256(as_seeded(phrases).encode()).hexdigest()[:16]


# Every list of every earlier version of defaults.py (`git log -- reporting/triage/defaults.py`).
SHIPPED = frozenset(
    {
        "00edba7c70cf42fb",
        "0160953999475811",
        "039744d5f1f5e1fa",
        "140bedbf9c3f6d56",
        "16517203060522f3",
        "18603ddfee8d1a50",
        "202453f1c75ea29f",
        "270ecf846f7a5dfb",
        "2836390f445fce7b",
        "28f5235221d558bc",
        "3356f70b0e532e8b",
        "43c70351e8a10b43",
        "461da788e5a571d3",
        "4ce4f9e0eae95030",
        "4defccba40ff7794",
        "4f9c8af7b89d73df",
        "5272cf84abc69546",
        "57bb00374c91265d",
        "57e38a78bb1f1cf5",
        "5d46fe3b0eb0837e",
        "63fa50cc38318bf1",
        "6495fbdecb0a05c6",
        "64f3db91a9ef788c",
        "66cb3fbca837c608",
        "68b8b4cc6bf0d7ea",
        "68b9b773b2c7dcbe",
        "694c0b822350ad53",
        "6c008c42f15464cb",
        "700ba52529528c0a",
        "7096fe4d2ca8e718",
        "71e575b9924202c2",
        "780d3b19ab016ce1",
        "7a2058b1b495dce0",
        "7d4c1e644896baea",
        "827199e5219a3571",
        "84c54357e682964d",
        "85cd5bbaa5b604d0",
        "8d69279855f4abb0",
        "8dec4cbca4fbd911",
        "9a38b85ee08c0908",
        "9d98f89387634975",
        "9e50e04501968d9a",
        "9fce903976f90a77",
        "a236d654ffdd4607",
        "a264f09bfb1b424e",
        "aaedefad19bbbf3f",
        "acccc84a1bac3db6",
        "b44b54c2d0dc58b5",
        "b62d364f7ccf3133",
        "b7bd7742b3cb01e3",
        "c4028ea556e73448",
        "c96784fa8c88c9e6",
        "cd99827ae80bc9e6",
        "d0446be2d8d28b46",
        "d789b2346e127356",
        "d895d744bf80d9ec",
        "d9c36966318726cb",
        "dbfcf5e0899c87e4",
        "ddeca35b15f82b78",
        "e06dc48a75803dec",
        "e1a59fff2e4e0e91",
        "e4484f3e91ce2b13",
        "e9d4dcc2691e7481",
        "f6677ae07565f3b6",
        "f97dddbe5e5f73d9",
        "09e6af31ae1faac0",
        "0e61c82e1cd9e0db",
        "15114ee8fb86f767",
        "1661738b5bc77a88",
        "223305801c3ebecf",
        "26263561a3f5033a",
        "28b62c524db90fb4",
        "299dc2dc2a19e276",
        "2a23ba842d53514e",
        "2f3cf1a462221ef2",
        "30707206662870c8",
        "3ee1fcc3cae9a295",
        "41341066ea983e07",
        "4198438c5b6e87b8",
        "4b171bf81cb57a6c",
        "517fead3124f4363",
        "51ebd79996d29b0c",
        "5aaad29fa962c253",
        "6095337c2a4b8f20",
        "64a38b9c9bb3fdef",
        "69a942b3bfa357e3",
        "6bbef7850f1780cb",
        "72519f3e419567cb",
        "85621a35d9bb0342",
        "86807b11b3af178a",
        "86bb398530f9049d",
        "92e0a9f0678ed637",
        "9b5cbd704f00cdee",
        "9bebbb7e8075c8ac",
        "9bf667c37664f168",
        "a645cff4dbf713d2",
        "a74f22be8e467fe8",
        "bf66347330528151",
        "c1148108abea8584",
        "c683c62867e2c7cc",
        "c9bcdf3444a5bae9",
        "cce5e6892e6ddd7b",
        "d83d6e018eac6f04",
        "d87a033d51abd626",
        "e0d3d74a2b117228",
        "e2b2935330801de8",
        "e73876da43795f3b",
        "eb1f86eafc2e2f01",
        "fb9011c53c2eef93",
        "050516a8f5fd655c",
        "0bcbf5bdf338134b",
        "16461ed6e24a8299",
        "24b2f4ce66d047a6",
        "2fe952319980408a",
        "3048d9c5ccee3818",
        "390d52a9012e8775",
        "42f476ad75a349da",
        "43080b0f0974837d",
        "4a9af614e66cfa51",
        "4bed352a7c9c7262",
        "50a17f72ab4e4682",
        "580a5895ca567b52",
        "5cd295179610a70e",
        "5eb8c6601602bbe3",
        "6a6a311ab427000c",
        "6fbeb5d2cb6a181e",
        "70e278ae130cdd2b",
        "72b2f1ce6e877988",
        "76f67e6392aa9255",
        "7c3450d582dcfe8f",
        "7fee45e29e6b0422",
        "8021a3c1e9fbb416",
        "893494d665c7221d",
        "8c3f7524ade02d3f",
        "91f4b85047fd1342",
        "9f6bfa3d64cc9f4a",
        "9ffc588d4c56157a",
        "a7542458b1041a88",
        "b06a8c70b719ff29",
        "bb756af077af6719",
        "bba5c7eb6eb5cfd4",
        "bc9ac9ceac99d3c9",
        "bfa4f1b8562e2b8f",
        "c1083a50292fc9f9",
        "c483ab3e29a9e64f",
        "c81bd3c7f55fbb41",
        "ca1c1727de833b22",
        "d27e2849b5f8e694",
        "d2a676bdb691ede4",
        "d56935699b6ba8b1",
        "d5de0411c69e0bf6",
        "dd612cdc8146ff4b",
        "e4db7d3b5d375184",
        "eee01806038db80b",
        "ef34d2e46108b5f8",
        "f3ce6b9c5a93432b",
        "f7787a3643c54265",
        "fa3f27456eed512d",
        "fde2b315b01da5c4",
        "43737785d96b9567",
        "c1212213f80c4c48",
        "fa2e46b3aec02bed",
        "2fae668e3922a8f9",
        "98303d66eb5e6df1",
        "4dafc894412512a8",
        "2636ac971d54b141",
        "402bba6fa6bfb47a",
        "9c29ed202e2568cb",
        "fb04767e2ac54b81",
        "fdf8bfe343e9cc7f",
        "c73ad9c09c982c18",
        "7169e706f81059a3",
        "512cac058d9eb8b6",
        "2a8abdf9213cc53f",
        "b39dd6a6576e4b2d",
        "95167b0a16cdc3a7",
        "94beb594a7177aec",
        "7fc275dece69c5b0",
        "b561adf50e77fa16",
        "2666f4aee5f751e1",
        "60a83331b360ba25",
        "dcc5c0b28754e0e4",
        "0111f25bc00cd960",
        "04c24ad8b5e3dc8c",
        "261d56717ef1fb61",
        "69aeaaa03192dc3f",
        "a283c9efdec6ea42",
        "7d7a4309ad24fcfe",
        "1d6d8b509c2da77a",
        "98b63d52e0f66cb2",
        "54f89fced22a6906",
        "8e98d68b56557bd9",
        "32c78c2099e221b2",
        "315baa2328ba6017",
    }
)


def refresh_untouched_lists(TriageList) -> int:
    """Create lists not yet in the database; bring never-edited ones up to today's defaults.

    Runs after every migrate, so a release that improves the defaults needs no migration of its
    own: add the fingerprints of the lists it replaces to SHIPPED. Returns how many changed.
    """
    changed = 0
    rows = {(row.kind, row.language): row for row in TriageList.objects.all()}
    for kind, by_language in LISTS.items():
        for language, phrases in by_language.items():
            text = as_seeded(phrases)
            row = rows.get((kind, language))
            if row is None:
                TriageList.objects.create(kind=kind, language=language, phrases=text)
                changed += 1
            elif row.phrases != text and fingerprint(row.phrases) in SHIPPED:
                row.phrases = text
                row.save(update_fields=["phrases"])
                changed += 1
    return changed
