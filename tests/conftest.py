"""Fixtures shared by every test folder. Each part of sitat keeps its fixtures in its own section."""

from __future__ import annotations

import pytest

import sitat.nlp

# --- language model and extraction ---------------------------------------------------------------


@pytest.fixture(scope="session")
def nlp():
    """The shipped pipeline with sitat's quotation components; skips when the model is not built."""
    if not sitat.nlp.model_available():
        pytest.skip("the Bokmål model is not built (python -m training.build)")
    return sitat.nlp.load()
