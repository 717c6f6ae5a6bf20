"""The web workspace (``storyline serve``): timeline, entities, documents, search and ask.

Needs the ``server`` extra (fastapi, uvicorn, jinja2).
"""

from storyline.server.app import MAX_UPLOAD, create_app

__all__ = ["MAX_UPLOAD", "create_app"]
