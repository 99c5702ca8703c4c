"""How fast the readers turn files into articles, per format (one process, warm imports).

    python bench/readers_speed.py [--articles N]

Writes N articles in each format to a temporary folder (built from the package's own test samples,
with the text varied so no two are equal) and times ``read_paths`` over it. Reading is rarely the
bottleneck of a batch; HTML through trafilatura is the costly one.
"""

from __future__ import annotations

import argparse
import gzip
import json
import shutil
import tempfile
import time
from pathlib import Path

from sitat.errors import InputError
from sitat.readers import read_paths

SAMPLES = Path(__file__).resolve().parent.parent / "tests" / "readers" / "samples"
SENTENCE = "– Vi har jobbet med saken i {n} uker, sier rådmann Nina Dahl til NTB."


def write_corpus(folder: Path, n: int) -> dict[str, list[Path]]:
    corpus: dict[str, list[Path]] = {}
    templates = {
        "newsml": (SAMPLES / "ntb-newsitem.xml").read_text(encoding="utf-8"),
        "nitf": (SAMPLES / "ntb-artikkel.nitf").read_text(encoding="utf-8"),
        "html": (SAMPLES / "nyhetsside.html").read_text(encoding="utf-8"),
    }
    for fmt, template in templates.items():
        (folder / fmt).mkdir()
        for i in range(n):
            marker = "<p>" + SENTENCE.format(n=i) + "</p>"
            text = template.replace("</p>", "</p>" + marker, 1)
            (folder / fmt / f"sak-{i}.xml" if fmt != "html" else folder / fmt / f"sak-{i}.html").write_text(
                text, encoding="utf-8"
            )
        corpus[fmt] = sorted((folder / fmt).iterdir())
    (folder / "text").mkdir()
    for i in range(n):
        (folder / "text" / f"sak-{i}.txt").write_text(
            f"date 2024-01-{i % 28 + 1:02d}\n" + (SENTENCE.format(n=i) + "\n\n") * 8, encoding="utf-8"
        )
    corpus["text"] = sorted((folder / "text").iterdir())
    lines = [json.dumps({"id": f"j{i}", "text": (SENTENCE.format(n=i) + "\n\n") * 8}) for i in range(n)]
    (folder / "artikler.jsonl").write_text("\n".join(lines), encoding="utf-8")
    corpus["jsonl"] = [folder / "artikler.jsonl"]
    with gzip.open(folder / "artikler.jsonl.gz", "wt", encoding="utf-8") as handle:
        handle.write("\n".join(lines))
    corpus["jsonl.gz"] = [folder / "artikler.jsonl.gz"]
    entry = (SAMPLES / "nyheter.atom").read_text(encoding="utf-8").split("<entry>", 1)[1].split("</entry>")[0]
    entries = "".join(f"<entry>{entry.replace('2024:ski', f'2024:ski-{i}')}</entry>" for i in range(n))
    feed = (
        '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>F</title>'
        + entries
        + "</feed>"
    )
    (folder / "feed.atom").write_text(feed, encoding="utf-8")
    corpus["feed"] = [folder / "feed.atom"]
    return corpus


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--articles", type=int, default=500, help="articles per format (default 500)")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="sitat-bench-"))
    try:
        corpus = write_corpus(folder, args.articles)
        list(read_paths([str(p) for p in corpus["html"][:3]]))  # warm up imports
        header = ("format", "articles", "errors", "MB read", "seconds", "articles/s", "MB/s")
        print("{:<10} {:>8} {:>6} {:>7} {:>8} {:>10} {:>6}".format(*header))
        for fmt, paths in corpus.items():
            size = sum(p.stat().st_size for p in paths) / 1e6
            start = time.perf_counter()
            items = list(read_paths([str(p) for p in paths]))
            seconds = time.perf_counter() - start
            errors = sum(isinstance(i, InputError) for i in items)
            count = len(items) - errors
            print(
                f"{fmt:<10} {count:>8} {errors:>6} {size:>7.2f} {seconds:>8.2f} {count / seconds:>10.0f} "
                f"{size / seconds:>6.1f}"
            )
    finally:
        shutil.rmtree(folder)


if __name__ == "__main__":
    main()
