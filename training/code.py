"""Passed to ``spacy train --code``: registers sitat's tokenizer so the configs can name it."""

import sitat.nlp.tokenizer  # noqa: F401
