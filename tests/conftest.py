"""Fixtures shared by every test folder. Each part of sitat keeps its fixtures in its own section."""

from __future__ import annotations

from pathlib import Path

import pytest

import sitat.nlp

# --- language model and extraction ---------------------------------------------------------------


@pytest.fixture(scope="session")
def nlp():
    """The shipped pipeline with sitat's quotation components; skips when the model is not built."""
    if not sitat.nlp.model_available():
        pytest.skip("the Bokmål model is not built (python -m training.build)")
    return sitat.nlp.load()


# --- readers ---------------------------------------------------------------------------------------

READER_SAMPLES = Path(__file__).parent / "readers" / "samples"
#: The IPTC's NewsML-G2 examples and unit-test files (CC BY 4.0), beside the repository, not in it.
IPTC_NEWSML_DIR = Path(__file__).resolve().parents[2] / "shared" / "data" / "formats" / "newsml-g2"


@pytest.fixture(scope="session")
def reader_samples() -> Path:
    """The small Norwegian samples written for the reader tests (NewsML-G2, NITF, HTML, feeds)."""
    return READER_SAMPLES


@pytest.fixture(scope="session")
def iptc_newsml_files() -> list[Path]:
    """Every IPTC NewsML-G2 example and unit-test file; skips when ../shared is not there."""
    files = sorted(IPTC_NEWSML_DIR.rglob("*.xml")) if IPTC_NEWSML_DIR.is_dir() else []
    if not files:
        pytest.skip(f"the IPTC NewsML-G2 files are not at {IPTC_NEWSML_DIR}")
    return files
