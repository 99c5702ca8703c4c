"""The grouping engine shared by quotations and articles: exact buckets, MinHash/LSH, then checking.

Three steps keep it fast and precise at national scale:

1. texts with the same normalised words fall into one bucket without any hashing (wire copy printed
   unchanged is the common case, so most printings stop here);
2. one representative per bucket gets a MinHash signature (``datasketch``) and is queried against a
   ``MinHashLSH`` index of the earlier ones, which proposes candidates whose shingle sets overlap;
3. each candidate pair is checked exactly (shingle containment, speaker agreement) before a
   union-find joins the two groups; so LSH only decides what is compared, never what is grouped.
"""

from __future__ import annotations

import zlib
from collections.abc import Sequence
from dataclasses import dataclass

from datasketch import MinHash, MinHashLSH

from sitat.reuse.text import containment, same_speaker, shingles


@dataclass(frozen=True, slots=True)
class GroupingSettings:
    """How alike two texts must be to count as one.

    ``shingle_size`` words per shingle; ``lsh_threshold`` the estimated Jaccard similarity above which
    LSH proposes a pair (low, so trimmed printings are still proposed); ``min_containment`` the share of
    the shorter text's shingles that must occur in the longer one; texts shorter than ``min_words`` are
    grouped only when their words are identical (a short phrase is too common to judge by overlap).
    """

    shingle_size: int = 2
    lsh_threshold: float = 0.3
    min_containment: float = 0.6
    min_words: int = 5
    num_perm: int = 64
    seed: int = 1
    check_speaker: bool = True


def _hash32(shingle: bytes) -> int:
    # crc32 is stable across processes (unlike hash()) and far cheaper than datasketch's default sha1
    return zlib.crc32(shingle)


class _UnionFind:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        parent = self.parent
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            # the smaller index stays the root, so roots follow input order
            if rb < ra:
                ra, rb = rb, ra
            self.parent[rb] = ra


def group_indices(
    tokens: Sequence[list[str]],
    speakers: Sequence[tuple[str, ...]] | None,
    settings: GroupingSettings,
    *,
    chunk: int = 20_000,
) -> list[list[int]]:
    """Partition item indices into groups of near-duplicates; groups and members in input order."""
    n = len(tokens)
    if speakers is None or not settings.check_speaker:
        speakers = [()] * n

    # 1. exact buckets: identical words and a speaker that agrees with the bucket's first member
    uf = _UnionFind(n)
    buckets: dict[tuple[str, ...], list[int]] = {}
    reps: list[int] = []
    for i in range(n):
        key = tuple(tokens[i])
        heads = buckets.setdefault(key, [])
        for head in heads:
            if same_speaker(speakers[head], speakers[i]):
                uf.union(head, i)
                break
        else:
            heads.append(i)
            if len(tokens[i]) >= settings.min_words:
                reps.append(i)

    # 2. + 3. near-duplicates among the representatives
    lsh = MinHashLSH(threshold=settings.lsh_threshold, num_perm=settings.num_perm)
    for begin in range(0, len(reps), chunk):
        part = reps[begin : begin + chunk]
        sets = [shingles(tokens[i], settings.shingle_size) for i in part]
        signatures = MinHash.bulk(
            [[s.encode("utf-8") for s in sh] for sh in sets],
            num_perm=settings.num_perm,
            seed=settings.seed,
            hashfunc=_hash32,
        )
        for i, sh, sig in zip(part, sets, signatures, strict=True):
            for j in lsh.query(sig):
                if uf.find(i) == uf.find(j):
                    continue
                if not same_speaker(speakers[i], speakers[j]):
                    continue
                # recomputed rather than kept: a million stored sets would cost gigabytes
                if containment(sh, shingles(tokens[j], settings.shingle_size)) >= settings.min_containment:
                    uf.union(i, j)
            lsh.insert(i, sig, check_duplication=False)

    groups: dict[int, list[int]] = {}
    for i in range(n):
        groups.setdefault(uf.find(i), []).append(i)
    return list(groups.values())
