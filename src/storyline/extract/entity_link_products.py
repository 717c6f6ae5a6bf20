"""Linking rules over product names within one document (see :mod:`storyline.extract.entity_linking`)."""

from __future__ import annotations

import re

from storyline.extract.entity_groups import Groups, display

# A version or generation key word: "4", "11", "3g", "3gs". A model name ("mini") is another
# product, and a model number ("Vandor 919") follows a maker, which is a firm and not its plane.
_VERSION = re.compile(r"^(?:\d{1,2}|\d[a-z]{1,2}s?)$")

# Words before a bare name that point to another model than the one the document is about
# ("since the original zPad", "the previous zPad") or to the whole line, a firm's brand ("the
# company's zPad", "Quill's zPad").
_LINE_CUE = re.compile(r"(?:\b(?:original|first|old|older|previous|earlier|prior)\s+|['’]s\s+)$", re.IGNORECASE)


def version_of(key: str) -> str | None:
    """The bare product name a versioned name key is a version of: "zpad 4" -> "zpad", else None."""
    words = key.split()
    return words[0] if len(words) == 2 and _VERSION.match(words[1]) else None


def link_product_versions(groups: Groups, text: str) -> None:
    """'the zPad' (and 'zPads') in a document about the 'zPad 4' is that version: a bare product
    name joins the one versioned product of its name the document gives. Two versions ("zPad 3G"
    and "zPad 4") leave it alone, and a model name ("zPod mini") is a different product, not a
    version of the bare one, nor is a dotted software release ("zPad 3.0"); and a document that
    speaks of "the original zPad" or "Quill's zPad" means the line or another model, so the
    bare name stays itself."""
    roots = groups.roots()
    versioned: dict[str, set[str]] = {}
    for group in roots:
        words = group.words
        if len(words) != 2 or not _VERSION.match(words[1]) or group.label() != "PRODUCT":
            continue
        if all("." not in c.name.split()[-1] for c in group.members):  # "zPad 3.0" is its software
            versioned.setdefault(words[0], set()).add(group.key)
    for group in roots:
        if len(group.words) != 1 or group.canonical is not None or group.label() != "PRODUCT":
            continue
        if any(_LINE_CUE.search(text[max(0, c.start - 12) : c.start]) for c in group.members):
            continue
        word = group.words[0]
        owners = versioned.get(word) or versioned.get(word[:-1] if word.endswith("s") else word) or set()
        if len({groups.find(k) for k in owners}) == 1:
            owner = next(iter(owners))
            groups.merge(
                group.key,
                owner,
                f"'{display(group)}' is the one version '{display(groups.groups[groups.find(owner)])}' named here",
            )


__all__ = ["link_product_versions", "version_of"]
