"""The Norwegian Dependency Treebank's scheme, mapped to what spaCy users expect.

The model is trained on NDT, whose part of speech comes from the Oslo-Bergen tagger (``subst``,
``verb``, ``<komma>`` …). Users of spaCy look for Universal POS in ``token.pos_`` and UD features in
``token.morph``; the mapping lives in two lexicon files so it can be read and corrected without code.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

# NDT labels a sentence's root by its kind (finite verb, fragment, interjection); spaCy wants ROOT
ROOT_LABELS = frozenset({"FINV", "FRAG", "INTERJ", "ROOT"})
# punctuation's functions in NDT, which the attachment scores leave out
PUNCT_LABELS = frozenset({"IP", "IK"})


@dataclass(frozen=True)
class _PosRule:
    ndt_pos: str
    condition: str
    upos: str

    def matches(self, ndt_pos: str, feats: frozenset[str], form: str) -> bool:
        if self.ndt_pos != ndt_pos:
            return False
        if self.condition == "*":
            return True
        kind, _, value = self.condition.partition(":")
        if kind == "feat":
            return value in feats
        if kind == "form" and value == "digits":
            return any(ch.isdigit() for ch in form)
        raise ValueError(f"unknown condition {self.condition!r} in ndt_to_ud.tsv")


def _rows(name: str) -> list[list[str]]:
    text = resources.files("sitat.lexicons").joinpath(name).read_text("utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return rows[1:]  # the header


@lru_cache(maxsize=1)
def _pos_rules() -> tuple[_PosRule, ...]:
    return tuple(_PosRule(*row[:3]) for row in _rows("ndt_to_ud.tsv"))


@lru_cache(maxsize=1)
def _feature_map() -> dict[str, tuple[tuple[str, str], ...]]:
    mapping: dict[str, tuple[tuple[str, str], ...]] = {}
    for ndt_feature, ud in (row[:2] for row in _rows("ndt_feats_to_ud.tsv")):
        mapping[ndt_feature] = tuple(tuple(pair.split("=", 1)) for pair in ud.split("|"))  # type: ignore[misc]
    return mapping


def split_feats(feats: str) -> frozenset[str]:
    """NDT's FEATS column as a set (``_`` is none)."""
    return frozenset(f for f in feats.split("|") if f and f != "_")


def upos(ndt_pos: str, feats: str = "_", form: str = "") -> str:
    """The Universal POS for an NDT part of speech (``subst`` + ``prop`` → ``PROPN``); ``X`` if unknown."""
    feat_set = split_feats(feats)
    for rule in _pos_rules():
        if rule.matches(ndt_pos, feat_set, form):
            return rule.upos
    return "X"


def ud_morph(feats: str) -> str:
    """UD features for NDT's FEATS, in spaCy's ``Feature=Value|…`` string form (sorted, one value each)."""
    merged: dict[str, str] = {}
    for feature in split_feats(feats):
        for key, value in _feature_map().get(feature, ()):
            merged.setdefault(key, value)
    return "|".join(f"{key}={merged[key]}" for key in sorted(merged))


def spacy_dep(ndt_label: str, head: int) -> str:
    """NDT's dependency label as the model learns it: every root is ``ROOT``."""
    if head == 0:
        return "ROOT"
    return ndt_label
