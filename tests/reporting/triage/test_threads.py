"""The web server runs several threads per process: the triage text code must be safe to share."""

import threading

from reporting.triage import text


def test_threads_stemming_at_once_get_the_same_stems_as_one_thread():
    words = [f"{stem}{n}ations" for n in range(3000) for stem in ("walk", "run")]
    words += [f"corriendo{n}mente" for n in range(3000)]
    expected = {w: text._stemmer("es" if w.startswith("corr") else "en").stemWord(w) for w in words}
    text.stem.cache_clear()
    got, errors = {}, []

    def work(chunk):
        try:
            for word in chunk:
                got[word] = text.stem(word, "es" if word.startswith("corr") else "en")
        except Exception as exc:  # the race shows as IndexError inside the stemmer
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(words[i::8],)) for i in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()

    assert errors == []
    assert got == expected
