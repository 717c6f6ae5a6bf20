"""Writing the export as JSON, JSON Lines (one record a line) or Markdown."""

from __future__ import annotations

import json
from typing import IO, Any, Literal

ExportFormat = Literal["json", "jsonl", "markdown"]
SECTIONS = ("documents", "entities", "times", "quotes", "stances", "events", "story")


def write_export(export: dict[str, Any], fmt: ExportFormat, out: IO[str]) -> None:
    if fmt == "json":
        json.dump(export, out, ensure_ascii=False, indent=1)
        out.write("\n")
    elif fmt == "jsonl":
        for section in SECTIONS:
            for item in export.get(section, ()):
                out.write(
                    json.dumps(
                        {"record": section.rstrip("s") if section != "story" else "story", **item}, ensure_ascii=False
                    )
                )
                out.write("\n")
    else:
        out.write(markdown(export))


def markdown(export: dict[str, Any]) -> str:
    docs = {d["id"]: d for d in export["documents"]}
    names = {e["id"]: e["name"] for e in export["entities"]}
    lines = ["# storyline export", ""]
    if export["story"]:
        lines += ["## Timeline", ""]
        for item in export["story"]:
            date = (item.get("date") or {}).get("value") or "undated"
            who = ", ".join(names.get(p, p) for p in item["participants"])
            cites = ", ".join(_cite(docs.get(s)) for s in item["sources"])
            lines.append(f"- **{date}** {item['type']} ({item['status']}): {who} — {item['summary']} [{cites}]")
        lines.append("")
    lines += ["## Documents", ""]
    for d in export["documents"]:
        lines.append(f"- {_cite(d)} — {d['kind']}, {len(d['text'].split())} words, {len(d['removed'])} removals")
    lines.append("")
    if export["quotes"]:
        lines += ["## Quotes", ""]
        for q in export["quotes"][:200]:
            who = names.get(q["speaker"] or "", q["speaker_name"] or "unknown")
            lines.append(f"- {who}: “{q['text'][:200]}” [{_cite(docs.get(q['doc']))}]")
        lines.append("")
    if export.get("stances"):
        lines += ["## Stances: beliefs, plans, evidence, topics", ""]
        for q in export["stances"][:200]:
            who = names.get(q["speaker"] or "", q["speaker_name"] or "unknown")
            lines.append(f"- {who} ({q['act']}): {q['text'][:200]} [{_cite(docs.get(q['doc']))}]")
        lines.append("")
    return "\n".join(lines)


def _cite(doc: dict[str, Any] | None) -> str:
    if not doc:
        return "?"
    title = doc.get("title") or doc["source"]
    return f"{title} ({doc.get('outlet') or '?'}, {doc.get('published') or 'undated'})"
