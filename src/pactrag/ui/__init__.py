"""The Gradio front end: one builder per tab, composed by ``build_app``. UI only: answers
come from ``Assistant``, the catalogue from ``pactrag.practices``."""

from .app import build_app, launch
from .backend import ALL, Backend, filters_from, parse_auth

__all__ = ["ALL", "Backend", "build_app", "filters_from", "launch", "parse_auth"]
