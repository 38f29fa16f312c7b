"""Gradio chat app over pactrag, for civil servants: the entry point.

Run: ``python app.py`` (binds PACTRAG_HOST:PACTRAG_PORT, default 127.0.0.1:7860).
The UI lives in ``pactrag.ui`` (one builder per tab); every answer comes from the library.
"""

from __future__ import annotations

import logging
import sys

import pactrag  # noqa: F401  (sets the offline environment before gradio is imported)
from pactrag.config import Settings
from pactrag.errors import PactragError
from pactrag.present import escape_md, locate, render_source, render_text
from pactrag.retrieve import Filters
from pactrag.ui import Backend, build_app, filters_from, launch, parse_auth
from pactrag.ui.assets import CSS, JS

__all__ = [
    "CSS",
    "JS",
    "Backend",
    "Filters",
    "build_app",
    "escape_md",
    "filters_from",
    "launch",
    "locate",
    "parse_auth",
    "render_source",
    "render_text",
]


def main() -> int:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    try:
        settings = Settings.from_env()
        launch(build_app(settings), settings)
    except PactragError as exc:
        print(f"pactrag: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
