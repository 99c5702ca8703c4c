"""Build the shipped Bokmål model: convert the treebank, train, assemble, and install it in the package.

    python -m training.build [--data ../shared/data/ndt-ner] [--work training/work] [--epochs-core 14]

Two networks are trained side by side, one per CPU core: ``core.cfg`` (tagger, morphology, lemmas and
the dependency parse over one shared encoder) and ``ner.cfg`` (named entities with an encoder of their
own, which pays several F points over sharing). On the second core the entity encoder is first
pretrained (``spacy pretrain`` with ``ner.cfg``'s ``[pretraining]`` block) on the raw text of the
training articles and treebank documents (``training/pretrain_text.py``), then the recogniser is
trained from those weights and refined in an averaged second stage (``ner_finetune.cfg``).
``sitat_person_consistency`` (``sitat.nlp.entities``) follows the recogniser. The assembled pipeline is
saved to ``src/sitat/nlp/model`` (``nlp.to_disk``), where ``sitat.nlp.load_model()`` finds it.
"""

from __future__ import annotations

import argparse
import logging
import os
import shutil
import subprocess
import sys
from pathlib import Path

from training.convert import convert
from training.pretrain_text import write_pretrain_text

log = logging.getLogger("training.build")

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
MODEL_DIR = REPO / "src" / "sitat" / "nlp" / "model"
MAX_MODEL_BYTES = 30 * 1024 * 1024


ONE_THREAD = {"OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}


def pretrain(raw_text: Path, out: Path, epochs: int, log_file: Path) -> Path:
    """Run ``spacy pretrain`` for ``epochs`` epochs (one thread); returns the last weights file."""
    if out.exists():
        shutil.rmtree(out)
    cmd = [
        sys.executable, "-m", "spacy", "pretrain", str(HERE / "ner.cfg"), str(out),
        "--code", str(HERE / "code.py"), "--paths.raw_text", str(raw_text),
        "--pretraining.max_epochs", str(epochs),
    ]  # fmt: skip
    log.info("pretraining the entity encoder for %d epochs (log: %s)", epochs, log_file)
    with log_file.open("w", encoding="utf-8") as handle:
        env = dict(os.environ, **ONE_THREAD)
        done = subprocess.run(cmd, stdout=handle, stderr=subprocess.STDOUT, env=env, cwd=REPO, check=False)
    weights = out / f"model{epochs - 1}.bin"
    if done.returncode != 0 or not weights.is_file():
        raise SystemExit(f"pretraining failed; see {log_file}")
    return weights


def train(config: Path, out: Path, corpus: Path, overrides: list[str], log_file: Path) -> subprocess.Popen:
    """Start ``spacy train`` in a child process with one thread, logging to ``log_file``."""
    env = dict(os.environ, **ONE_THREAD)
    cmd = [
        sys.executable, "-m", "spacy", "train", str(config), "--output", str(out),
        "--code", str(HERE / "code.py"),
        "--paths.train", str(corpus / "train.spacy"), "--paths.dev", str(corpus / "dev.spacy"),
        *overrides,
    ]  # fmt: skip
    log.info("training %s → %s (log: %s)", config.name, out, log_file)
    handle = log_file.open("w", encoding="utf-8")
    return subprocess.Popen(cmd, stdout=handle, stderr=subprocess.STDOUT, env=env, cwd=REPO)


def assemble(core_dir: Path, ner_dir: Path, target: Path) -> Path:
    """Join the core pipeline and the entity recogniser (with its own encoder) and save it to ``target``."""
    import spacy

    import sitat.nlp.tokenizer  # noqa: F401  (the configs name it)

    nlp = spacy.load(core_dir)
    ner_nlp = spacy.load(ner_dir)
    if "tok2vec" in ner_nlp.pipe_names:
        ner_nlp.replace_listeners("tok2vec", "ner", ["model.tok2vec"])
    nlp.add_pipe("ner", source=ner_nlp)
    if ner_nlp.vocab.vectors.shape[0]:
        # the entity recogniser reads the lexical feature table; the core pipeline has no vectors
        nlp.vocab.vectors = ner_nlp.vocab.vectors
    nlp.add_pipe("sitat_person_consistency", after="ner")
    nlp.add_pipe("sitat_paragraph_breaks", before="parser")
    nlp.meta.update(
        {
            "name": "sitat_nb_news",
            "version": "0.1.0",
            "description": "Bokmål pipeline for sitat, trained on NDT with NorNE entities",
            "license": "CC0-1.0 (annotations); model weights MIT",
            "sources": [
                {"name": "Norwegian Dependency Treebank (Språkbanken)", "license": "CC0 1.0"},
                {"name": "NorNE (LTG, University of Oslo)", "license": "CC0 1.0"},
            ],
        }
    )
    if target.exists():
        shutil.rmtree(target)
    nlp.to_disk(target)
    size = sum(p.stat().st_size for p in target.rglob("*") if p.is_file())
    log.info("model saved to %s: %.1f MB", target, size / 1e6)
    if size > MAX_MODEL_BYTES:
        raise SystemExit(f"the model is {size / 1e6:.1f} MB, over the 30 MB limit")
    return target


def main() -> None:
    parser = argparse.ArgumentParser(description="Convert NDT, train and install sitat's Bokmål model.")
    parser.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data" / "ndt-ner",
                        help="folder with train.conll, dev.conll and files.tsv")
    parser.add_argument("--work", type=Path, default=HERE / "work", help="corpus, logs and trained models")
    parser.add_argument("--epochs-core", type=int, default=14, help="epochs for tagger/lemmas/parser")
    parser.add_argument("--epochs-ner", type=int, default=8, help="epochs for the entity recogniser")
    parser.add_argument("--epochs-finetune", type=int, default=4, help="epochs of the averaged NER stage")
    parser.add_argument("--epochs-pretrain", type=int, default=8,
                        help="epochs of spacy pretrain for the entity encoder (0: no pretraining)")
    parser.add_argument("--seed-ner", type=int, default=1,
                        help="random seed of the entity recogniser's two stages (1: the shipped model's)")
    parser.add_argument("--steps-core", type=int, default=0, help="core step limit (0: none)")
    parser.add_argument("--steps-ner", type=int, default=0, help="NER step limit (0: none)")
    parser.add_argument("--skip-train", action="store_true", help="only assemble already trained models")
    parser.add_argument("--target", type=Path, default=MODEL_DIR, help="where the model is installed")
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")

    corpus = args.work / "corpus"
    core_out, ner_out, finetune_out = args.work / "core", args.work / "ner", args.work / "ner_finetune"
    if not args.skip_train:
        convert(args.data, corpus)
        core_limits = ["--training.max_epochs", str(args.epochs_core),
                       "--training.max_steps", str(args.steps_core)]
        ner_limits = ["--training.max_epochs", str(args.epochs_ner),
                      "--training.max_steps", str(args.steps_ner), "--system.seed", str(args.seed_ner)]
        core_job = train(HERE / "core.cfg", core_out, corpus, core_limits, args.work / "core.log")
        if args.epochs_pretrain > 0:
            # the second core: the entity encoder learns from raw text first
            raw_text = args.work / "pretrain.jsonl"
            write_pretrain_text(args.data.parent, raw_text)
            weights = pretrain(raw_text, args.work / "pretrain", args.epochs_pretrain,
                               args.work / "pretrain.log")  # fmt: skip
            ner_limits += ["--paths.init_tok2vec", str(weights)]
        ner_job = train(HERE / "ner.cfg", ner_out, corpus, ner_limits, args.work / "ner.log")
        if ner_job.wait() != 0:
            raise SystemExit(f"NER training failed; see {args.work / 'ner.log'}")
        # second NER stage on the same core: continue from the best weights with parameter averaging
        # and half the learning rate, which gained about 1.5 F points on dev
        finetune_job = train(HERE / "ner_finetune.cfg", finetune_out, corpus,
                             ["--training.max_epochs", str(args.epochs_finetune),
                              "--paths.source", str(ner_out / "model-best"),
                              "--system.seed", str(args.seed_ner)],
                             args.work / "ner_finetune.log")
        if finetune_job.wait() != 0 or core_job.wait() != 0:
            raise SystemExit(f"training failed; see the logs in {args.work}")
    assemble(core_out / "model-best", finetune_out / "model-best", args.target)


if __name__ == "__main__":
    main()
