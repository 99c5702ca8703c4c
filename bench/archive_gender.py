"""Speaker gender in the archive, against hand labels of the people quoted in the dev articles.

    python3 bench/archive_gender.py [--data ../shared/data/news]

The dev articles are stored with their gold quotations (so extraction errors do not count here),
then every labelled speaker's archive entity is looked up and its gender compared with the label
(``archive_gender_labels.tsv``: names and genders only). Two runs: with the gold speaker mentions
(resolved pronouns count as evidence), and with pronoun mentions hidden (first names and role nouns
only). Reported: coverage (share of labelled people given a gender) and accuracy among those given
one; "unknown" is never counted as right or wrong.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

from sitat.archive import open_store
from sitat.archive.speakers import name_key
from sitat.records import Article, Quotation

HERE = Path(__file__).parent
GENDER = {"f": "female", "m": "male"}


def load_labels() -> dict[str, str]:
    rows = (
        line.split("\t")
        for line in (HERE / "archive_gender_labels.tsv").read_text("utf-8").splitlines()
        if line and not line.startswith("#")
    )
    return {name: GENDER[g] for name, g in rows}


def run(data: Path, hide_pronouns: bool) -> dict[str, object]:
    articles = {}
    for line in (data / "dev.jsonl").open(encoding="utf-8"):
        d = json.loads(line)
        articles[d["id"]] = Article.from_dict(d)
    labels = load_labels()
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(f"sqlite:///{tmp}/gender.db")
        for line in (data / "dev.gold.jsonl").open(encoding="utf-8"):
            d = json.loads(line)
            article = articles[d["id"]]
            quotes = []
            for g in d["quotes"]:
                mention = g.get("speaker_mention")
                if hide_pronouns and (mention or "").lower() in ("han", "hun", "ham", "henne"):
                    mention = None
                quotes.append(
                    Quotation(
                        start=g["start"],
                        end=g["end"],
                        type=g["type"],
                        text=article.text[g["start"] : g["end"]],
                        speaker=g.get("speaker"),
                        speaker_mention=mention,
                        cue=g.get("cue"),
                        reporter=bool(g.get("reporter")),
                    )
                )
            store.add(article, quotes)
        known = right = 0
        wrong: list[str] = []
        by_source: dict[str, int] = {}
        for name, gender in labels.items():
            found = [s for s in store.find_speakers(name, limit=50) if name_key(s.name) == name_key(name)]
            if not found:
                continue
            view = store.get_speaker(found[0].id)
            if view.gender == "unknown":
                continue
            known += 1
            by_source[view.gender_source] = by_source.get(view.gender_source, 0) + 1
            if view.gender == gender:
                right += 1
            else:
                wrong.append(f"{name}: {view.gender} from {view.gender_source}, labelled {gender}")
        store.close()
    return {
        "labelled": len(labels),
        "given_a_gender": known,
        "coverage": round(known / len(labels), 3),
        "accuracy_when_given": round(right / known, 3) if known else None,
        "evidence": by_source,
        "wrong": wrong,
    }


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--data", type=Path, default=HERE.parent.parent / "shared" / "data" / "news")
    args = parser.parse_args()
    out = {
        "with resolved pronouns": run(args.data, hide_pronouns=False),
        "names and roles only": run(args.data, hide_pronouns=True),
    }
    print(json.dumps(out, ensure_ascii=False, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
