"""Latency of the check on a 2,000-character narrative: `python -m reporting.triage.benchmark`
(and the "triage" section of `make bench`, through .ci/bench_triage.py).

A benchmark, not a test: the target is p99 under 5 ms on one core once the lists are compiled
and the dictionaries loaded (the first call in a process pays for both).
"""

import random
import statistics
import time

from . import default_lexicon, detect

_SENTENCES = [
    "Someone keeps parking a white van in front of my driveway on weekday mornings.",
    "I called the landlord twice about the broken gate and nobody came to fix it.",
    "Mi vecino pone la música muy fuerte todas las noches y no deja dormir a los niños.",
    "The streetlight by the bus stop has been out since last month and it is very dark.",
    "Ayer en la tarde alguien rayó la puerta de mi carro en el estacionamiento del súper.",
    "My neighbor's dog barks for hours, and they leave trash bags by the fence all week.",
    "There were kids on bikes riding on the sidewalk, nearly hitting my grandmother.",
    "Quiero saber si hay patrullas en la zona porque ha habido robos de paquetes.",
]


def narrative(rng: random.Random, length: int = 2000) -> str:
    parts: list[str] = []
    while sum(len(p) + 1 for p in parts) < length:
        parts.append(rng.choice(_SENTENCES))
    return " ".join(parts)[:length]


def measure(runs: int = 2000) -> dict:
    rng = random.Random(11)  # noqa: S311  (repeatable sample text, not secrets)
    lexicon = default_lexicon()
    texts = [narrative(rng) for _ in range(50)]
    detect(texts[0], lexicon)  # compile and load once, as a running worker has
    timings = []
    for index in range(runs):
        text = texts[index % len(texts)] + f" ref {index}"  # defeat any per-text caching
        start = time.thread_time()
        detect(text, lexicon)
        timings.append((time.thread_time() - start) * 1000)
    timings.sort()
    return {
        "runs": runs,
        "characters": len(texts[0]),
        "p50_ms": round(statistics.median(timings), 2),
        "p99_ms": round(timings[int(len(timings) * 0.99) - 1], 2),
        "max_ms": round(timings[-1], 2),
    }


def main(runs: int = 2000) -> None:
    figures = measure(runs)
    print(  # noqa: T201
        f"{runs} runs, 2,000 characters: median {figures['p50_ms']:.2f} ms, "
        f"p99 {figures['p99_ms']:.2f} ms, max {figures['max_ms']:.2f} ms"
    )


if __name__ == "__main__":
    main()
