"""The Bokmål language pipeline: tokens, sentences, tags, lemmas, parse and entities.

The trained pipeline ships inside the package (``sitat/nlp/model``) and is loaded lazily, once per
process; ``load()`` returns it with sitat's quotation components (``sitat.quotes``) added.
"""

from __future__ import annotations

import importlib
import logging
import os
import sys
import threading
import types
from pathlib import Path
from typing import TYPE_CHECKING

from sitat.errors import ModelError

if TYPE_CHECKING:
    from spacy.language import Language

log = logging.getLogger(__name__)

#: The shipped model; ``SITAT_MODEL`` points sitat at another trained pipeline (a retrained one).
MODEL_DIR = Path(os.environ.get("SITAT_MODEL") or Path(__file__).parent / "model")

_lock = threading.Lock()
_loaded: Language | None = None


def model_available() -> bool:
    """True when the trained model is shipped in the package."""
    return (MODEL_DIR / "config.cfg").is_file()


def load_model(path: Path = MODEL_DIR) -> Language:
    """The language model alone, freshly loaded from ``path`` (no quotation components)."""
    import spacy

    # the model's config names sitat's tokenizer; importing registers it
    importlib.import_module("sitat.nlp.tokenizer")
    if not (path / "config.cfg").is_file():
        raise ModelError(
            f"the Bokmål model is missing from {path}; build it with 'python -m training.build' "
            "(see the README's development section) or reinstall sitat"
        )
    try:
        return spacy.load(path)
    except (OSError, ValueError) as exc:
        raise ModelError(f"cannot load the Bokmål model from {path}: {exc}") from exc


def load() -> Language:
    """The shipped pipeline with sitat's quotation components, loaded once per process."""
    global _loaded
    with _lock:
        if _loaded is None:
            from sitat.quotes.pipeline import add_quotation_components

            nlp = load_model()
            add_quotation_components(nlp)
            _loaded = nlp
            log.debug("loaded the Bokmål pipeline: %s", ", ".join(nlp.pipe_names))
        return _loaded


class _CallableModule(types.ModuleType):
    """Lets ``sitat.nlp()`` return the pipeline while ``sitat.nlp`` stays the package of the NLP stage."""

    def __call__(self) -> Language:
        return load()


sys.modules[__name__].__class__ = _CallableModule
