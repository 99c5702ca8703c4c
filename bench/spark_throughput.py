"""Articles per second: Spark local[1] vs local[2] vs ``sitat extract --jobs 2`` on the same articles.

    python bench/spark_throughput.py [--articles 2000] [--data ../shared/data/news/train.jsonl] [--json OUT]
    python bench/spark_throughput.py --stand-in     # Spark's own overhead, with no model at all
    python bench/spark_throughput.py --breakdown 200  # model load and extraction per article, one process

The input is the training articles repeated (with new ids) up to ``--articles``, written to a
temporary folder at run time (never to the repository). Each run is a fresh command, so every
figure includes what a user waits for: process and JVM start, model loads, reading, extraction and
writing; Spark's own summary line gives the time inside the job as well.

``--stand-in`` replaces extraction with a trivial function (quotation marks only) and runs Spark in
this process: what is left is Spark's cost per article (Python workers, pickling, Parquet), the
part a cluster adds on top of the model.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))


def write_input(data: Path, n: int, folder: Path) -> Path:
    originals = [json.loads(line) for line in data.read_text(encoding="utf-8").splitlines() if line.strip()]
    path = folder / "artikler.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for i in range(n):
            record = dict(originals[i % len(originals)])
            record["id"] = f"{record['id']}-{i}"
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


def timed(command: list[str], env: dict[str, str]) -> tuple[float, str]:
    started = time.perf_counter()
    done = subprocess.run(
        command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, check=False
    )
    seconds = time.perf_counter() - started
    if done.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(command)} failed:\n{done.stderr[-2000:]}")
    return seconds, done.stderr


def with_model(source: Path, n: int, folder: Path) -> dict:
    env = {**os.environ, "SPARK_LOCAL_IP": os.environ.get("SPARK_LOCAL_IP", "127.0.0.1")}
    sitat = [sys.executable, "-m", "sitat.cli.main"]
    runs: dict[str, dict] = {}
    seconds, _ = timed([*sitat, "extract", "--jobs", "2", str(source)], env)
    runs["sitat extract --jobs 2"] = {"seconds": seconds, "articles_per_second": n / seconds}
    for master in ("local[1]", "local[2]"):
        out = folder / f"out-{master[6]}"
        seconds, err = timed(
            [
                *sitat,
                "spark-extract",
                "--master",
                master,
                "--overwrite",
                "--conf",
                "spark.ui.enabled=false",
                str(source),
                str(out),
            ],
            env,
        )
        inside = re.search(r"in ([\d.]+) s \(", err)
        runs[f"spark {master}"] = {
            "seconds": seconds,
            "articles_per_second": n / seconds,
            "job_seconds": float(inside.group(1)) if inside else None,
            "job_articles_per_second": n / float(inside.group(1)) if inside else None,
        }
    return runs


def stand_in(source: Path, n: int, folder: Path) -> dict:
    from sitat.batch.spark import extract_to_parquet, spark_session
    from sitat.records import ArticleQuotations, Quotation

    def extract(articles):
        for a in articles:
            quotes = [
                Quotation(m.start(1), m.end(1), "direct", text=m.group(1), method="stand-in")
                for m in re.finditer(r"«([^»]+)»", a.text)
            ]
            yield ArticleQuotations(a.id, quotes, a)

    runs = {}
    for master in ("local[1]", "local[2]"):
        started = time.perf_counter()
        spark = spark_session(master, conf={"spark.ui.enabled": "false"})
        spark.sparkContext.setLogLevel("ERROR")
        up = time.perf_counter() - started
        report = extract_to_parquet(
            spark, str(source), str(folder / f"s-{master[6]}"), extract=extract, overwrite=True
        )
        spark.stop()
        runs[f"spark {master} (stand-in)"] = {
            "session_start_seconds": up,
            "job_seconds": report.seconds,
            "job_articles_per_second": n / report.seconds,
        }
    return runs


def breakdown(source: Path, n: int) -> dict:
    """Model load and extraction per article in one process (CPU time, since the machine is shared)."""
    import sitat
    import sitat.nlp
    from sitat.readers import read_paths

    articles = [a for a in read_paths([str(source)]) if isinstance(a, sitat.Article)][:n]
    wall, cpu = time.perf_counter(), time.process_time()
    sitat.nlp.load()
    load = {
        "model_load_seconds": time.perf_counter() - wall,
        "model_load_cpu_seconds": time.process_time() - cpu,
    }
    wall, cpu = time.perf_counter(), time.process_time()
    quotes = sum(len(aq.quotes) for aq in sitat.extract_many(articles))
    cpu_used = time.process_time() - cpu
    return {
        **load,
        "articles": len(articles),
        "quotations": quotes,
        "extract_seconds": time.perf_counter() - wall,
        "extract_cpu_ms_per_article": 1000 * cpu_used / len(articles),
        "articles_per_cpu_second": len(articles) / cpu_used,
    }


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--data", type=Path, default=REPO.parent / "shared/data/news/train.jsonl")
    parser.add_argument("--stand-in", action="store_true", help="no model: measure Spark's own overhead")
    parser.add_argument(
        "--breakdown", type=int, metavar="N", help="only: model load and extraction of N articles"
    )
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
    with tempfile.TemporaryDirectory(prefix="sitat-spark-bench-") as tmp:
        folder = Path(tmp)
        source = write_input(args.data, args.articles, folder)
        if args.breakdown:
            figures = breakdown(source, args.breakdown)
            print(json.dumps(figures, indent=2))
            if args.json:
                args.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
            return
        runs = (
            stand_in(source, args.articles, folder)
            if args.stand_in
            else with_model(source, args.articles, folder)
        )
    figures: dict = {"articles": args.articles, "runs": runs}
    one, two = runs.get("spark local[1]"), runs.get("spark local[2]")
    if one and two:
        figures["scaling_local2_over_local1"] = two["articles_per_second"] / one["articles_per_second"]
        if one.get("job_seconds") and two.get("job_seconds"):
            figures["scaling_inside_job"] = one["job_seconds"] / two["job_seconds"]
    print(json.dumps(figures, indent=2))
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
