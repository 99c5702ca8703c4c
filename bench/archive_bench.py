"""Archive speed: storage rate, search latency and size, on synthetic quotations.

    python3 bench/archive_bench.py --quotations 1000000 --db /tmp/bench.db
    python3 bench/archive_bench.py --quotations 100000 --db postgresql://sitat:sitat@127.0.0.1/sitat_bench

Synthetic articles (five quotations each, 8–45 words, Zipf-distributed vocabulary and speakers,
ten outlets, dates over ten years) are generated from word lists in this file. Extraction is not
timed: the quotation records are built directly and handed to ``Store.add_many``.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import time
from pathlib import Path

from sitat.archive import open_store
from sitat.records import Article, Quotation

STEMS = str.split("""regjering forsvar utgift skatt avgift skole lærer elev sykehus pasient lege helse kommune
fylke budsjett penger krone milliard million prosent økning kutt vekst rente bank bolig leie lønn
streik forhandling arbeid jobb bedrift næring olje gass strøm pris klima utslipp miljø natur skog
fisk laks bonde jord mat butikk handel eksport import toll krig fred alliance soldat våpen grense
flyktning asyl innvandring politi dom rett straff fengsel advokat sak vitne ulykke brann flom vei
tog buss fly ferge trafikk bil elbil tunnel bro by bygd sentrum distrikt valg parti velger stortinget
minister statsråd leder styre møte avtale forslag lov regel krav løfte plan strategi rapport
undersøkelse tall statistikk forskning studie universitet student barn familie eldre pensjon
trygd velferd sosial kultur idrett fotball landslag trener kamp seier tap mål sesong konsert film
bok musikk kunst teater avis medier nettet data sikkerhet angrep digital teknologi selskap aksje
marked investor energi vind sol kraft nett havvind batteri hydrogen karbon""")
ENDINGS = ["", "", "", "en", "er", "ene", "et", "a", "ar", "ane", "s", "ens"]
FUNCTION = str.split("""vi må det er at og i på for til med som har ikke kan vil skal en et den de så om men
også nå mer enn alle mange bare helt godt viktig nødvendig klart stor store ny nye hele denne
dette disse noe ingen hvor når hvis fordi likevel derfor sammen videre først""")
FIRST = str.split("""Kari Ola Anne Per Ingrid Lars Hilde Jon Marit Erik Liv Knut Silje Geir Tone Hans Eva Nils
Astrid Bjørn Hanne Tor Randi Svein Berit Arne Camilla Trond Heidi Espen Nina Morten Sofie Jonas""")
LAST = str.split("""Hansen Johansen Olsen Larsen Andersen Pedersen Nilsen Kristiansen Jensen Karlsen Johnsen
Pettersen Eriksen Berg Haugen Hagen Johannessen Andreassen Jacobsen Dahl Jørgensen Halvorsen Henriksen
Lund Sørensen Jakobsen Moen Gundersen Iversen Strand Solberg Svendsen Eide Knutsen Martinsen Paulsen
Bakken Kristoffersen Mathisen Lie Amundsen Nguyen Rasmussen Ali Lunde Solheim Berge Moe Nygård""")
OUTLETS = ["NTB", "Aftenposten", "VG", "Dagbladet", "NRK", "E24", "Bergens Tidende", "Adresseavisen",
           "Stavanger Aftenblad", "Nationen"]
ROLES = ["statsminister", "leder", "ordfører", "direktør", "forsker", "professor", "talsperson"]


def vocabulary(rng: random.Random) -> list[str]:
    words = list(FUNCTION) * 3
    for stem in STEMS:
        words += [stem + e for e in rng.sample(ENDINGS, 4)]
    return words


def zipf_weights(n: int, s: float = 1.05) -> list[float]:
    return [1 / (i + 1) ** s for i in range(n)]


class Generator:
    """Synthetic NTB-like articles with five quotations each."""

    def __init__(self, seed: int = 7, speakers: int = 20_000):
        self.rng = random.Random(seed)
        self.words = vocabulary(self.rng)
        self.rng.shuffle(self.words)
        self.word_cum = _cumulative(zipf_weights(len(self.words), 0.9))
        self.speakers = list({f"{self.rng.choice(FIRST)} {self.rng.choice(LAST)}" for _ in range(speakers)})
        self.speaker_cum = _cumulative(zipf_weights(len(self.speakers), 1.0))

    def quote(self) -> str:
        n = int(self.rng.triangular(8, 45, 18))
        words = self.rng.choices(self.words, cum_weights=self.word_cum, k=n)
        return (" ".join(words)).capitalize()

    def article(self, i: int) -> tuple[Article, list[Quotation]]:
        rng = self.rng
        day = f"{rng.randint(2015, 2024)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        parts: list[str] = []
        quotes: list[Quotation] = []
        pos = 0
        for _ in range(5):
            speaker = rng.choices(self.speakers, cum_weights=self.speaker_cum)[0]
            quote = self.quote()
            role = rng.choice(ROLES)
            para = f"– {quote}, sier {role} {speaker}."
            start = pos + 2
            quotes.append(Quotation(start=start, end=start + len(quote), type="direct", text=quote,
                                    speaker=speaker, speaker_mention=speaker, cue="sier", method="bench"))
            parts.append(para)
            pos += len(para) + 2
        text = "\n\n".join(parts)
        return Article(id=f"bench-{i}", text=text, title=f"Sak {i}", date=day,
                       source=rng.choice(OUTLETS)), quotes


def _cumulative(weights: list[float]) -> list[float]:
    out, total = [], 0.0
    for w in weights:
        total += w
        out.append(total)
    return out


def percentile(values: list[float], p: float) -> float:
    values = sorted(values)
    k = max(0, min(len(values) - 1, round(p / 100 * (len(values) - 1))))
    return values[k]


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quotations", type=int, default=100_000)
    parser.add_argument("--db", default="/tmp/sitat-bench.db")
    parser.add_argument("--batch", type=int, default=1000, help="articles per transaction (as sitat ingest)")
    parser.add_argument("--repeat", type=int, default=50, help="runs of each query shape")
    parser.add_argument("--skip-ingest", action="store_true", help="measure search on an existing archive")
    args = parser.parse_args()

    gen = Generator()
    if not args.skip_ingest and "://" not in args.db:
        for suffix in ("", "-wal", "-shm"):
            Path(args.db + suffix).unlink(missing_ok=True)
    store = open_store(args.db)
    figures: dict[str, object] = {"quotations": args.quotations, "db": store.dialect}
    if not args.skip_ingest:
        articles = args.quotations // 5
        took = cpu = 0.0  # only Store.add_many is timed, not generating the articles
        for first in range(0, articles, args.batch):
            batch = [gen.article(i) for i in range(first, min(articles, first + args.batch))]
            t0, c0 = time.perf_counter(), time.process_time()
            store.add_many(batch)
            took += time.perf_counter() - t0
            cpu += time.process_time() - c0
            if first and first % 20_000 == 0:
                print(f"{first * 5} quotations, {first * 5 / took:.0f}/s", file=sys.stderr)
        figures["ingest_quotations_per_s"] = round(articles * 5 / took)
        figures["ingest_seconds"] = round(took, 1)
        # the machine is shared: quotations per second of this process's own CPU time, too
        figures["ingest_quotations_per_cpu_s"] = round(articles * 5 / max(cpu, 1e-9))
        figures["load_average"] = os.getloadavg()[0]
        # searched as a user would after `sitat ingest`: in a new process, once the closing connection
        # has copied the write-ahead log into the database (reads through a 40 MB log are slower)
        store.close()
        store = open_store(args.db)
    if "://" not in args.db:
        size = sum(os.path.getsize(args.db + s) for s in ("", "-wal") if os.path.exists(args.db + s))
        figures["size_mb"] = round(size / 1e6, 1)

    rng = random.Random(11)
    content = [w for w in gen.words if w not in FUNCTION]
    top_speakers = [s.name for s in store.top_speakers(limit=200)]
    shapes = {
        "one word": lambda: rng.choice(content[:200]),
        "three words": lambda: " ".join(rng.sample(content[:60], 3)),
        "phrase": lambda: '"' + " ".join(gen.quote().split()[:2]) + '"',
    }
    latency: dict[str, dict[str, float]] = {}
    totals: dict[str, list[int]] = {}
    for name, make in shapes.items():
        for with_speaker in (False, True):
            label = name + (" + speaker" if with_speaker else "")
            times, cpu_times, hits = [], [], []
            for _ in range(args.repeat):
                query = make()
                speaker = rng.choice(top_speakers) if with_speaker else None
                t0, c0 = time.perf_counter(), time.process_time()
                result = store.search(query, speaker=speaker, limit=20)
                times.append((time.perf_counter() - t0) * 1000)
                cpu_times.append((time.process_time() - c0) * 1000)  # SQLite runs in this process
                hits.append(result.total)
            latency[label] = {
                "p50_ms": round(percentile(times, 50), 1),
                "p95_ms": round(percentile(times, 95), 1),
                "cpu_p50_ms": round(percentile(cpu_times, 50), 1),
                "cpu_p95_ms": round(percentile(cpu_times, 95), 1),
            }
            totals[label] = [int(statistics.median(hits))]
    figures["search"] = latency
    figures["search_load_average"] = os.getloadavg()[0]
    figures["median_matches"] = totals
    print(json.dumps(figures, ensure_ascii=False, indent=2))
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
