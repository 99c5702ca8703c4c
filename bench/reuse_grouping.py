"""How well and how fast printings of one quotation are grouped.

    python bench/reuse_grouping.py [--data ../shared/data/news/train.jsonl] [--scale 1000000] [--json OUT]

Quality: sentences of the training articles (read at run time, never stored) serve as quotations;
all sentences of one article get one speaker, so a speaker's other quotations are on the same topic
(the hard case for precision). Each quotation is printed by its first outlet unchanged and by others
trimmed at the start or end, re-punctuated, with a word changed, or trimmed and changed. Pairwise
precision and recall compare the groups found with the true ones; recall is also given per edit.

Speed: ``--scale`` printings (default one million) made the same way, from distinct quotations spliced
from two sentence halves, each printed one to seven times; the time of ``group_quotations`` on them.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))

from sitat.records import Article  # noqa: E402
from sitat.reuse import Printing, group_articles, group_quotations  # noqa: E402
from sitat.reuse.text import words  # noqa: E402

OUTLETS = ["NTB", "Aftenposten", "VG", "Dagbladet", "Nordlys", "Bergens Tidende", "Adresseavisen", "iTromsø"]
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[«\"–A-ZÆØÅ0-9])")


def sentences(path: Path) -> list[tuple[str, list[str]]]:
    """(article id, its sentences of 6 to 60 words) for every training article."""
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        found = []
        for paragraph in record["text"].split("\n\n"):
            for s in SENTENCE_END.split(paragraph.strip()):
                s = s.strip(' –-«»"')
                if 6 <= len(s.split()) <= 60:
                    found.append(s)
        # the articles repeat some sentences verbatim (a headline again in the lede): such a repeat is
        # the same quotation, not an unrelated one, so it is kept once
        kept: list[str] = []
        seen: list[str] = []
        for s in found:
            norm = " " + " ".join(words(s)) + " "
            if not any(norm in k or k in norm for k in seen):
                seen.append(norm)
                kept.append(s)
        found = kept
        if found:
            out.append((record["id"], found))
    return out


def trim_start(words: list[str], rng: random.Random) -> list[str]:
    return words[max(1, int(len(words) * rng.uniform(0.15, 0.4))) :]


def trim_end(words: list[str], rng: random.Random) -> list[str]:
    return words[: len(words) - max(1, int(len(words) * rng.uniform(0.15, 0.4)))]


def repunctuate(words: list[str], rng: random.Random) -> list[str]:
    text = " ".join(words).replace(",", "").replace(".", ",")
    text = rng.choice(["«{}»", "– {}", "{}!", "{}..."]).format(text)
    return (text.upper() if rng.random() < 0.2 else text).split()


def change_word(words: list[str], rng: random.Random, vocabulary: list[str]) -> list[str]:
    out = list(words)
    out[rng.randrange(len(out))] = rng.choice(vocabulary)
    return out


EDITS = ["trimmed start", "trimmed end", "re-punctuated", "a word changed", "trimmed + a word changed"]


def perturb(words: list[str], edit: str, rng: random.Random, vocabulary: list[str]) -> list[str]:
    if edit == "trimmed start":
        return trim_start(words, rng)
    if edit == "trimmed end":
        return trim_end(words, rng)
    if edit == "re-punctuated":
        return repunctuate(words, rng)
    if edit == "a word changed":
        return change_word(words, rng, vocabulary)
    return change_word(trim_end(words, rng), rng, vocabulary)


def pair_counts(predicted: list[list[int]], truth: list[int]) -> tuple[int, int, int]:
    """(true positive pairs, predicted pairs, true pairs) of a clustering against labels."""
    tp = sum(n * (n - 1) // 2 for g in predicted for n in Counter(truth[i] for i in g).values())
    pred = sum(len(g) * (len(g) - 1) // 2 for g in predicted)
    true = sum(n * (n - 1) // 2 for n in Counter(truth).values())
    return tp, pred, true


def quality(corpus: list[tuple[str, list[str]]], rng: random.Random) -> dict:
    vocabulary = sorted({w for _, ss in corpus for s in ss for w in s.split()})
    printings: list[Printing] = []
    truth: list[int] = []
    edit_of: list[str | None] = []
    label = 0
    for aid, found in corpus:
        speaker = f"Taler {aid}"
        for s in found:
            words = s.split()
            printings.append(Printing(len(printings), s, speaker, source="NTB", date="2020-01-01"))
            truth.append(label)
            edit_of.append(None)
            for k, edit in enumerate(rng.sample(EDITS, 3)):
                text = " ".join(perturb(words, edit, rng, vocabulary))
                printings.append(
                    Printing(len(printings), text, speaker, source=OUTLETS[k + 1], date="2020-01-02")
                )
                truth.append(label)
                edit_of.append(edit)
            label += 1
    started = time.perf_counter()
    groups = group_quotations(printings)
    seconds = time.perf_counter() - started
    members = [[p.key for p in g.printings] for g in groups]
    tp, pred, true = pair_counts(members, truth)
    group_of = {key: n for n, keys in enumerate(members) for key in keys}
    first_of: dict[int, int] = {}
    for i, lab in enumerate(truth):
        first_of.setdefault(lab, i)
    per_edit: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for i, edit in enumerate(edit_of):
        if edit is not None:
            per_edit[edit][1] += 1
            per_edit[edit][0] += group_of[i] == group_of[first_of[truth[i]]]
    return {
        "quotations": label,
        "printings": len(printings),
        "groups_found": len(groups),
        "pair_precision": tp / pred if pred else 1.0,
        "pair_recall": tp / true if true else 1.0,
        "recall_by_edit": {e: ok / n for e, (ok, n) in sorted(per_edit.items())},
        "seconds": seconds,
    }


def articles_quality(path: Path, rng: random.Random) -> dict:
    """Copies of training articles (new first line, last paragraph cut, a word changed) vs the rest."""
    originals = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    articles, truth = [], []
    for n, record in enumerate(originals):
        text = record["text"]
        paragraphs = text.split("\n\n")
        copies = [
            text,
            "Oppdatert i dag\n\n" + text,
            "\n\n".join(paragraphs[:-1]) if len(paragraphs) > 3 else text,
        ]
        for k, copy in enumerate(copies):
            words = copy.split(" ")
            if k == 2 and len(words) > 10:
                words[rng.randrange(len(words))] = "endret"
            articles.append(
                Article(f"{record['id']}-{k}", " ".join(words), source=OUTLETS[k], date=f"2020-01-0{k + 1}")
            )
            truth.append(n)
    started = time.perf_counter()
    groups = group_articles(articles)
    seconds = time.perf_counter() - started
    index = {a.id: i for i, a in enumerate(articles)}
    tp, pred, true = pair_counts([[index[c.id] for c in g.copies] for g in groups], truth)
    return {
        "articles": len(articles),
        "stories": len(originals),
        "groups_found": len(groups),
        "pair_precision": tp / pred if pred else 1.0,
        "pair_recall": tp / true if true else 1.0,
        "seconds": seconds,
    }


def scale(corpus: list[tuple[str, list[str]]], n: int, rng: random.Random) -> dict:
    halves = [s.split() for _, ss in corpus for s in ss]
    vocabulary = sorted({w for ws in halves for w in ws})
    printings: list[Printing] = []
    made = 0
    while len(printings) < n:
        a, b = rng.choice(halves), rng.choice(halves)
        words = a[: len(a) // 2] + b[len(b) // 2 :]
        speaker = f"Taler {rng.randrange(20_000)}"
        copies = rng.randint(1, 7)
        printings.append(Printing(len(printings), " ".join(words), speaker, source="NTB", date="2020-01-01"))
        for k in range(copies - 1):
            edit = rng.choice([*EDITS, "unchanged", "unchanged"])
            text = words if edit == "unchanged" else perturb(words, edit, rng, vocabulary)
            printings.append(
                Printing(len(printings), " ".join(text), speaker, source=OUTLETS[k + 1], date="2020-01-02")
            )
        made += 1
    printings = printings[:n]
    started, cpu = time.perf_counter(), time.process_time()
    groups = group_quotations(printings)
    seconds, cpu_seconds = time.perf_counter() - started, time.process_time() - cpu
    return {
        "printings": len(printings),
        "quotations_made": made,
        "groups_found": len(groups),
        "seconds": seconds,
        "cpu_seconds": cpu_seconds,  # the machine is shared: CPU time is the fairer figure
        "printings_per_cpu_second": len(printings) / cpu_seconds,
    }


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--data", type=Path, default=REPO.parent / "shared/data/news/train.jsonl")
    parser.add_argument("--scale", type=int, default=1_000_000, help="printings for the timing (0: skip)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args()
    if not args.data.is_file():
        parser.error(f"{args.data} not found; pass --data with news articles as JSON Lines")
    corpus = sentences(args.data)
    figures = {
        "quotations": quality(corpus, random.Random(args.seed)),
        "articles": articles_quality(args.data, random.Random(args.seed)),
    }
    print(json.dumps(figures, indent=2, ensure_ascii=False), flush=True)
    if args.scale:
        figures["scale"] = scale(corpus, args.scale, random.Random(args.seed))
        print(json.dumps(figures["scale"], indent=2), flush=True)
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
