"""Scoring predicted quotations against gold ones, exactly as the quotation spec (section 6) defines it.

A predicted and a gold quotation match when their overlap covers at least half of each span; pairs
are made one-to-one, largest overlap first. Nested, optional and reporter-question gold records are
left out of the headline figures, and predictions that match only them are neither right nor wrong.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sitat.errors import InputError

#: Words that never name a speaker on their own: an unresolved pronoun is always wrong.
PRONOUNS = frozenset(
    {"han", "hun", "de", "den", "det", "vi", "jeg", "dere", "du", "ham", "henne", "dem", "seg"}
)

_NOT_WORD = re.compile(r"[^\w\s-]")
_JOINT = re.compile(r",| og ")

Record = Mapping[str, Any]


def load_quotation_file(path: str | Path) -> dict[str, list[dict[str, Any]]]:
    """Quotations by article id from a JSON Lines file of ``{"id": …, "quotes": […]}`` records."""
    docs: dict[str, list[dict[str, Any]]] = {}
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(str(path), f"cannot read: {exc}") from None
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(str(path), f"not JSON: {exc.msg}", line=number) from None
        if not isinstance(record, dict) or "id" not in record:
            raise InputError(str(path), "record has no id", line=number)
        quotes = record.get("quotes") or []
        if not isinstance(quotes, list):
            raise InputError(str(path), "'quotes' is not a list", line=number)
        docs.setdefault(str(record["id"]), []).extend(q for q in quotes if isinstance(q, dict))
    return docs


def normalise_name(name: str | None) -> str:
    """Case-folded, punctuation-free, single-spaced form of a speaker name."""
    if not name:
        return ""
    folded = unicodedata.normalize("NFC", name).casefold()
    return " ".join(_NOT_WORD.sub(" ", folded).split())


def speaker_is_right(predicted: str | None, gold: Record) -> bool:
    """The spec's speaker test: equal after normalising, or one is the other's trailing words."""
    pred = normalise_name(predicted)
    if not pred or pred in PRONOUNS:
        return False
    names = [normalise_name(gold.get("speaker"))]
    names += [normalise_name(alias) for alias in gold.get("speaker_aliases") or []]
    # a joint source is rightly named by any one of its members
    for name in list(names):
        if " og " in name or "," in name:
            names += [member.strip() for member in _JOINT.split(name)]
    pred_words = pred.split()
    for name in names:
        if not name:
            continue
        if pred == name:
            return True
        gold_words = name.split()
        shorter, longer = (
            (pred_words, gold_words) if len(pred_words) < len(gold_words) else (gold_words, pred_words)
        )
        if shorter and longer[-len(shorter) :] == shorter and shorter[-1] not in PRONOUNS:
            return True
    return False


def _overlap(a: Record, b: Record) -> int:
    return max(0, min(a["end"], b["end"]) - max(a["start"], b["start"]))


def match_spans(gold: list[Record], pred: list[Record]) -> list[tuple[int, int]]:
    """One-to-one (gold index, prediction index) pairs, largest overlap first."""
    candidates = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            ov = _overlap(g, p)
            if ov and 2 * ov >= g["end"] - g["start"] and 2 * ov >= p["end"] - p["start"]:
                candidates.append((ov, gi, pi))
    candidates.sort(reverse=True)
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs = []
    for _, gi, pi in candidates:
        if gi not in used_gold and pi not in used_pred:
            used_gold.add(gi)
            used_pred.add(pi)
            pairs.append((gi, pi))
    return pairs


def prf(tp: int, n_pred: int, n_gold: int) -> dict[str, Any]:
    precision = tp / n_pred if n_pred else 0.0
    recall = tp / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "f1": round(f1, 4),
        "tp": tp,
        "pred": n_pred,
        "gold": n_gold,
    }


@dataclass
class EvalResult:
    """The figures of one scoring run and the list of every miss, for ``--errors``."""

    figures: dict[str, Any]
    errors: list[str] = field(default_factory=list)


def _is_counted(g: Record) -> bool:
    return not (g.get("nested") or g.get("reporter") or g.get("optional"))


def score(
    gold_docs: Mapping[str, list[Record]],
    pred_docs: Mapping[str, list[Record]],
    texts: Mapping[str, str] | None = None,
) -> EvalResult:
    """Score predictions by article id against gold quotations by article id."""
    totals: Counter[str] = Counter()
    by_type: Counter[tuple[str, str]] = Counter()
    errors: list[str] = []
    texts = texts or {}
    for doc_id, gold_all in gold_docs.items():
        pred = [q for q in pred_docs.get(doc_id, []) if "start" in q and "end" in q]
        counted = [g for g in gold_all if _is_counted(g)]
        ignorable = [g for g in gold_all if (g.get("reporter") or g.get("optional")) and not g.get("nested")]
        nested = [g for g in gold_all if g.get("nested")]
        pairs = match_spans(counted, pred)
        matched_pred = {pi for _, pi in pairs}
        matched_gold = {gi for gi, _ in pairs}
        unmatched = [i for i in range(len(pred)) if i not in matched_pred]
        neutral: set[int] = set()
        for side in (ignorable, nested):
            for _, pj in match_spans(side, [pred[i] for i in unmatched]):
                neutral.add(unmatched[pj])
        totals["gold"] += len(counted)
        totals["pred"] += len(pred) - len(neutral)
        totals["matched"] += len(pairs)
        text = texts.get(doc_id, "")
        for gi, pi in pairs:
            g, p = counted[gi], pred[pi]
            kind = g.get("type", "?")
            by_type[(kind, "matched")] += 1
            if speaker_is_right(p.get("speaker"), g):
                totals["right_speaker"] += 1
                by_type[(kind, "right")] += 1
            else:
                errors.append(
                    f"{doc_id}\tWRONG SPEAKER\tgold={g.get('speaker')!r} pred={p.get('speaker')!r}"
                    f"\t{text[g['start'] : g['end']][:90]!r}"
                )
        for gi, g in enumerate(counted):
            by_type[(g.get("type", "?"), "gold")] += 1
            if gi not in matched_gold:
                errors.append(
                    f"{doc_id}\tMISSED {g.get('type')}\tgold={g.get('speaker')!r}"
                    f"\t{text[g['start'] : g['end']][:90]!r}"
                )
        for pi, p in enumerate(pred):
            if pi not in matched_pred and pi not in neutral:
                errors.append(
                    f"{doc_id}\tSPURIOUS {p.get('type')}\tpred={p.get('speaker')!r}"
                    f"\t{text[p['start'] : p['end']][:90]!r}"
                )
        totals["nested_gold"] += len(nested)
        totals["nested_found"] += len(match_spans(nested, pred))
    figures = {
        "articles": len(gold_docs),
        "quotes": prf(totals["matched"], totals["pred"], totals["gold"]),
        "attribution_accuracy": round(totals["right_speaker"] / totals["matched"], 4)
        if totals["matched"]
        else 0.0,
        "who_said_what": prf(totals["right_speaker"], totals["pred"], totals["gold"]),
        "recall_by_type": {
            t: round(by_type[(t, "matched")] / by_type[(t, "gold")], 4)
            for t in ("direct", "indirect", "mixed")
            if by_type[(t, "gold")]
        },
        "attribution_by_type": {
            t: round(by_type[(t, "right")] / by_type[(t, "matched")], 4)
            for t in ("direct", "indirect", "mixed")
            if by_type[(t, "matched")]
        },
        "nested_recall": round(totals["nested_found"] / totals["nested_gold"], 4)
        if totals["nested_gold"]
        else None,
        "predicted_articles_not_in_gold": len(set(pred_docs) - set(gold_docs)),
    }
    return EvalResult(figures, errors)


def format_report(figures: Mapping[str, Any]) -> str:
    """The figures as the few lines a person reads."""
    q, w = figures["quotes"], figures["who_said_what"]
    lines = [
        f"articles {figures['articles']}",
        f"quotations    P {q['precision']:.3f}  R {q['recall']:.3f}  F1 {q['f1']:.3f}  "
        f"(gold {q['gold']}, predicted {q['pred']})",
        f"attribution   accuracy {figures['attribution_accuracy']:.3f}",
        f"who-said-what P {w['precision']:.3f}  R {w['recall']:.3f}  F1 {w['f1']:.3f}",
        "recall by type     " + "  ".join(f"{k} {v:.3f}" for k, v in figures["recall_by_type"].items()),
        "attribution by type " + "  ".join(f"{k} {v:.3f}" for k, v in figures["attribution_by_type"].items()),
    ]
    return "\n".join(lines)


def load_texts(path: str | Path) -> dict[str, str]:
    """Article texts by id, to show the words of each error."""
    from sitat.readers import read_paths

    return {a.id: a.text for a in read_paths([str(path)]) if not isinstance(a, InputError)}


def score_files(gold: str | Path, pred: str | Path, articles: str | Path | None = None) -> EvalResult:
    return score(
        load_quotation_file(gold), load_quotation_file(pred), load_texts(articles) if articles else None
    )
