"""Raw text for ``spacy pretrain``: the training articles (``news/train.jsonl``) and the treebank's
training documents, one JSON line ``{"text": ...}`` per paragraph or document.

Only the train split is read; ``news/dev.jsonl`` and ``dev.conll`` stay unseen, so the dev figures
remain held out. Run: ``python -m training.pretrain_text DATA_DIR OUT.jsonl`` (DATA_DIR is
``shared/data``, holding ``news/`` and ``ndt-ner/``).
"""

from __future__ import annotations

import argparse
import json
import logging
from pathlib import Path

from spacy.vocab import Vocab

from training.convert import file_sizes, sentence_docs

log = logging.getLogger(__name__)


def paragraphs(news_jsonl: Path) -> list[str]:
    """The paragraphs (blocks between blank lines) of each training article."""
    result: list[str] = []
    with news_jsonl.open(encoding="utf-8") as lines:
        for line in lines:
            if not line.strip():
                continue
            text = json.loads(line).get("text", "")
            result.extend(p.strip() for p in text.split("\n\n") if p.strip())
    return result


def write_pretrain_text(data_dir: Path, out: Path) -> int:
    """Write the pretraining corpus to ``out``; returns the number of texts."""
    texts = paragraphs(data_dir / "news" / "train.jsonl")
    ndt_dir = data_dir / "ndt-ner"
    sizes = file_sizes(ndt_dir / "files.tsv", "train")
    texts.extend(doc.text for doc in sentence_docs(ndt_dir / "train.conll", Vocab(), sizes))
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as handle:
        for text in texts:
            handle.write(json.dumps({"text": text}, ensure_ascii=False) + "\n")
    log.info("pretraining text: %d texts, %d characters", len(texts), sum(len(t) for t in texts))
    return len(texts)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data_dir", type=Path, help="shared/data (with news/ and ndt-ner/)")
    parser.add_argument("out", type=Path, help="the JSON Lines file to write")
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    write_pretrain_text(args.data_dir, args.out)


if __name__ == "__main__":
    main()
