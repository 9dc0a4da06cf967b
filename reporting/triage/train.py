"""Train the learned second opinion (learned.py) from the labelled narratives:
`python -m reporting.triage.train` (needs scikit-learn, a development dependency only).

It prints the model's own recall and false alarms out of fold (each narrative scored by a
model that never saw it) at a few thresholds, so a retrain shows what it costs.
"""

from __future__ import annotations

import argparse
import gzip
import json
from pathlib import Path

from .learned import MODEL_PATH, features

CORPUS = Path(__file__).resolve().parents[2] / "tests" / "reporting" / "triage"
# Logistic regression's own boundary (classes weighted to balance). It is not tuned on the
# corpus: the lists already catch every narrative there, so the model's worth is on new words,
# and on two independent authors' sets the lists and the model together caught 97.5-100% of
# emergencies where the lists alone caught 81-90% (README).
THRESHOLD = 0.5


def load(paths):
    rows = []
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                label, language, text = line.split("\t", 2)
                rows.append((label == "E", language, text))
    return rows


def main(argv=None) -> None:
    import numpy as np
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import StratifiedKFold

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--out", type=Path, default=MODEL_PATH)
    parser.add_argument("--c", type=float, default=10.0)
    parser.add_argument("--threshold", type=float, default=THRESHOLD)
    args = parser.parse_args(argv)

    paths = sorted(args.corpus.glob("corpus_*.tsv"))
    rows = load(paths)
    texts = [t for _, _, t in rows]
    labels = np.array([e for e, _, _ in rows])
    languages = np.array([lang for _, lang, _ in rows])

    def fit(train_texts, train_labels):
        vectorizer = TfidfVectorizer(analyzer=features, min_df=2, binary=True)
        matrix = vectorizer.fit_transform(train_texts)
        model = LogisticRegression(C=args.c, max_iter=5000, class_weight="balanced")
        return vectorizer, model.fit(matrix, train_labels)

    out_of_fold = np.zeros(len(rows))
    folds = StratifiedKFold(n_splits=5, shuffle=True, random_state=7)
    strata = [f"{e}{lang}" for e, lang in zip(labels, languages, strict=True)]
    for train, test in folds.split(texts, strata):
        vectorizer, model = fit([texts[i] for i in train], labels[train])
        out_of_fold[test] = model.predict_proba(vectorizer.transform([texts[i] for i in test]))[
            :, 1
        ]

    def figures(threshold):
        alarmed = out_of_fold >= threshold
        result = {}
        for language in ("en", "es"):
            mine = languages == language
            result[language] = (
                alarmed[mine & labels].mean(),
                alarmed[mine & ~labels].mean(),
            )
        return result

    threshold = args.threshold
    for candidate in sorted({0.3, 0.4, 0.5, 0.6, threshold}):
        shown = ", ".join(
            f"{language} recall {recall:.1%} false alarms {false_alarms:.1%}"
            for language, (recall, false_alarms) in figures(candidate).items()
        )
        mark = " (shipped)" if candidate == threshold else ""
        print(f"the model alone, out of fold, at {candidate:.2f}{mark}: {shown}")  # noqa: T201

    vectorizer, model = fit(texts, labels)
    weights = model.coef_[0]
    rows_out = [
        [feature, round(float(vectorizer.idf_[index]), 5), round(float(weights[index]), 5)]
        for feature, index in sorted(vectorizer.vocabulary_.items())
    ]
    payload = {
        "intercept": round(float(model.intercept_[0]), 6),
        "threshold": threshold,
        "trained_on": ", ".join(p.name for p in paths),
        "features": rows_out,
    }
    with gzip.open(args.out, "wt", encoding="utf-8", compresslevel=9) as handle:
        json.dump(payload, handle, ensure_ascii=False, separators=(",", ":"))
    print(f"{len(rows_out)} features from {len(rows)} narratives -> {args.out}")  # noqa: T201


if __name__ == "__main__":
    main()
