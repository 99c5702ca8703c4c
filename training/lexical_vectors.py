"""Lexical knowledge for the entity recogniser, as a small static-vectors table.

Each listed word form gets a vector of 0/1 features (male or female first name, surname, place,
organisation marker, role noun). The NER encoder reads them next to its hashed embeddings
(``include_static_vectors``), which lets it recognise a person it never saw in the treebank from a
known first name, for instance. The lists are sitat's own lexicons (``src/sitat/lexicons``); the table
is built at training time and saved inside the model, so nothing is looked up at run time.

    python -m training.lexical_vectors OUT_DIR
"""

from __future__ import annotations

import argparse
from importlib import resources
from pathlib import Path

import numpy

from sitat.nlp.tokenizer import blank

FEATURES = ("first_m", "first_f", "surname", "place", "organisation", "role", "role_title_case")


def _lines(name: str) -> list[str]:
    text = resources.files("sitat.lexicons").joinpath(name).read_text("utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


def lexicon() -> dict[str, set[str]]:
    """Word form → the features it carries."""
    table: dict[str, set[str]] = {}

    def add(form: str, feature: str) -> None:
        if form and " " not in form:
            table.setdefault(form, set()).add(feature)

    for line in _lines("first_names.tsv"):
        name, _, gender = line.partition("\t")
        if gender.strip() in ("m", "f"):
            add(name, f"first_{gender.strip()}")
    for name in _lines("surnames.txt"):
        add(name, "surname")
    for name in _lines("places.txt"):
        add(name, "place")
    for marker in _lines("organisation_suffixes.txt"):
        add(marker, "organisation")
        add(marker[0].upper() + marker[1:], "organisation")
    for name in ("titles.tsv", "speaker_roles.tsv"):
        for line in _lines(name):
            for form in line.split("\t")[:2]:
                form = form.strip()
                if form and form != "-" and form.islower():
                    add(form, "role")
                    add(form[0].upper() + form[1:], "role_title_case")
    return table


def build(out_dir: Path) -> int:
    """Save a blank pipeline holding the feature table to ``out_dir``; returns the number of forms."""
    nlp = blank()
    nlp.vocab.reset_vectors(width=len(FEATURES))
    for form, features in sorted(lexicon().items()):
        vector = numpy.array([1.0 if f in features else 0.0 for f in FEATURES], dtype="float32")
        nlp.vocab.set_vector(form, vector)
    nlp.to_disk(out_dir)
    return nlp.vocab.vectors.shape[0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir", type=Path)
    args = parser.parse_args()
    print(f"{build(args.out_dir)} word forms with lexical features → {args.out_dir}")


if __name__ == "__main__":
    main()
