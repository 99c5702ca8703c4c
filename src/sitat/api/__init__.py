"""The JSON API and the app that serves it together with the web pages.

    >>> from sitat.archive import open_store
    >>> from sitat.api import create_app
    >>> app = create_app(open_store("sqlite:///sitat.db"))   # serve with uvicorn

Every page under ``/`` has a JSON twin under ``/api``; the OpenAPI schema is at ``/api/openapi.json``.
"""

from __future__ import annotations

from sitat.api.app import create_app

__all__ = ["create_app"]
