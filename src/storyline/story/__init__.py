"""Story: event mentions merged across documents into one timeline, and views of it.

- merge: ``build_story`` (mentions -> story events, conflicts, salience, timeline order)
- views: the story as of a date, changes since a date, one entity's events, the top N
- render: text, Markdown, JSON and TimelineJS with citations
"""

from storyline.story.merge import build_story
from storyline.story.views import Change, changes_since, involving, story_as_of, top

__all__ = ["Change", "build_story", "changes_since", "involving", "story_as_of", "top"]
