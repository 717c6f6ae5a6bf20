"""The workspace app through its HTTP interface: pages, JSON API, escaping, read-only, ingest."""

from __future__ import annotations

import json
import re
import warnings
from pathlib import Path

import pytest

from storyline.server import create_app

with warnings.catch_warnings():
    # Starlette's TestClient warns (at import) that it prefers the httpx2 package to httpx.
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient
from websample import build_sample, doc_id_by_title

pytestmark = pytest.mark.slow
TOKEN = "a-long-enough-test-token"


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    return build_sample(tmp_path_factory.mktemp("server"))


@pytest.fixture(scope="module")
def client(db: str) -> TestClient:
    with TestClient(create_app(db)) as client:
        yield client  # type: ignore[misc]


def test_every_page_renders(client: TestClient, db: str) -> None:
    doc = doc_id_by_title(db, "Council")
    entity = client.get("/api/entities").json()[0]["id"]
    for path in (
        "/",
        "/entities",
        f"/entity/{entity}",
        "/docs-list",
        f"/doc/{doc}",
        "/search?q=bridge",
        "/ask?q=when+will+the+bridge+reopen",
    ):
        response = client.get(path)
        assert response.status_code == 200, path
        assert response.headers["content-type"].startswith("text/html")
        assert "script-src 'self'" in response.headers["content-security-policy"]


def test_missing_things_are_404(client: TestClient) -> None:
    assert client.get("/doc/nope").status_code == 404
    assert client.get("/entity/nope").status_code == 404
    assert client.get("/api/documents/nope").status_code == 404


def test_capture_markup_is_escaped_everywhere(client: TestClient, db: str) -> None:
    doc = doc_id_by_title(db, "Council")
    pages = [
        client.get(f"/doc/{doc}").text,
        client.get("/search", params={"q": "onerror alert"}).text,
        client.get("/ask", params={"q": "what did Okafor deny about warnings alert"}).text,
        client.get("/docs-list").text,
        client.get("/search", params={"q": '"><script>alert(3)</script>'}).text,
    ]
    for html in pages:
        assert "<script>alert" not in html and "<img src=x" not in html and "<b>now</b>" not in html
        # The only script element is the workspace's own.
        assert re.findall(r"<script[^>]*>", html) == ['<script src="/static/app.js" defer>']
    assert "&lt;script&gt;alert(&#39;pwned&#39;)&lt;/script&gt;" in pages[0]
    assert "onerror=&#34;alert(2)&#34;" in pages[0]
    assert "Council votes repair money &lt;b&gt;now&lt;/b&gt;" in pages[3]
    assert "&lt;script&gt;" in pages[1]


def test_document_page_strikes_removals_and_marks_spans(client: TestClient, db: str) -> None:
    doc = doc_id_by_title(db, "Harlow")
    html = client.get(f"/doc/{doc}").text
    assert re.search(r'<s class="removed" title="removed: ad">Sponsored: try Glimmer soap', html)
    assert '<span class="reason">[ad]</span>' in html
    assert 'id="q0"' in html and 'class="quote direct"' in html
    assert 'id="ev-ev1"' in html and 'class="time"' in html
    assert re.search(r'<a class="ent" title="[^"]*" href="/entity/E\w+">', html)


def test_highlight_link_marks_the_span(client: TestClient, db: str) -> None:
    doc = doc_id_by_title(db, "Bridge to reopen")
    text = client.get(f"/api/documents/{doc}").json()["documents"][0]["text"]
    start = text.index("Lena Ruiz")
    end = text.index("April 14") + len("April 14.")
    html = client.get(f"/doc/{doc}", params={"hl": f"{start}-{end}"}).text
    marked = re.search(r'<mark class="hl" id="hl">(.*?)</mark>', html, re.S)
    assert marked is not None
    assert client.get(f"/doc/{doc}", params={"hl": "5-999999"}).text.count('id="hl"') == 0


def test_timeline_uses_the_story_and_the_as_of_date(client: TestClient) -> None:
    full = client.get("/api/timeline").json()
    assert full["basis"] == "story"
    assert [e["date"] for e in full["entries"]] == ["2025-03-01", "2025-03-10", "2025-04-14"]
    early = client.get("/api/timeline", params={"as_of": "2025-03-05"}).json()
    assert [e["title"] for e in early["entries"]] == ["The Harlow Street bridge is closed after cracks are found"]
    source = full["entries"][0]["sources"][0]
    assert source["link"] == f"/doc/{source['doc']}?hl={source['start']}-{source['end']}#hl"
    assert "was closed on Saturday" in source["text"]
    html = client.get("/", params={"as_of": "2025-03-05"}).text
    assert "The Harlow Street bridge is closed" in html and "due to reopen" not in html
    assert client.get("/api/timeline", params={"as_of": "March"}).status_code == 422


def test_timeline_falls_back_to_dated_events_without_a_story(tmp_path: Path) -> None:
    db = build_sample(tmp_path, with_story=False)
    with TestClient(create_app(db)) as client:
        data = client.get("/api/timeline").json()
        assert data["basis"] == "events"
        assert {e["date"] for e in data["entries"]} == {"2025-03-01", "2025-03-10", "2025-04-14"}
        assert "No story has been built yet" in client.get("/").text


def test_entity_page_has_quotes_and_mentions(client: TestClient) -> None:
    okafor = next(e for e in client.get("/api/entities").json() if e["name"] == "Tomas Okafor")
    data = client.get(f"/api/entities/{okafor['id']}").json()
    assert [q["text"] for q in data["quotes"]] == ["We will not reopen a bridge we cannot vouch for"]
    html = client.get(f"/entity/{okafor['id']}").text
    assert "We will not reopen a bridge" in html and "Descriptions over time" in html


def test_entity_timeline_holds_only_its_story_events(client: TestClient) -> None:
    okafor = next(e for e in client.get("/api/entities").json() if e["name"] == "Tomas Okafor")
    own = client.get("/api/timeline", params={"entity": okafor["id"]}).json()
    assert [e["title"] for e in own["entries"]] == ["The Harlow Street bridge is closed after cracks are found"]
    assert own["entries"][0]["sources"][0]["link"].startswith("/doc/")
    html = client.get(f"/entity/{okafor['id']}").text
    timeline = html[html.index("<h2>Timeline</h2>") : html.index("<h2>Quotes</h2>")]
    assert "The Harlow Street bridge is closed" in timeline and "council votes" not in timeline


def test_search_and_ask_api(client: TestClient) -> None:
    hits = client.get("/api/search", params={"q": "welding", "from": "2025-03-15"}).json()
    assert hits and hits[0]["title"] == "Bridge to reopen in April" and hits[0]["link"].startswith("/doc/")
    assert client.get("/api/search", params={"q": "x", "from": "soon"}).status_code == 422
    answer = client.get("/api/ask", params={"q": "What did Okafor say about reopening the bridge?"}).json()
    assert answer["groups"][0]["kind"] == "quote" and answer["text"] is None


def test_openapi_documents_the_api(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    for path in (
        "/api/search",
        "/api/ask",
        "/api/timeline",
        "/api/documents",
        "/api/entities/{entity_id}",
        "/api/ingest",
    ):
        assert path in paths
    assert "/doc/{doc_id}" not in paths  # pages are not API


def test_read_only_without_a_token(client: TestClient) -> None:
    response = client.post("/api/ingest", content=b'{"source": "x", "text": "Hello there."}')
    assert response.status_code == 403


def _capture(text: str) -> bytes:
    return (
        json.dumps(
            {"source": "https://example.org/new", "title": "Ferry news", "published": "2025-03-21", "text": text}
        )
        + "\n"
    ).encode()


def test_ingest_needs_the_bearer_token_and_respects_the_size_limit(db: str, tmp_path: Path) -> None:
    copy = tmp_path / "copy.db"
    copy.write_bytes(Path(db).read_bytes())
    with TestClient(create_app(str(copy), token=TOKEN, max_upload=2000)) as client:
        body = _capture("The ferry to Marlow Falls starts running on Friday.")
        assert client.post("/api/ingest", content=body).status_code == 401
        assert (
            client.post("/api/ingest", content=body, headers={"Authorization": "Bearer wrong-token-wrong"}).status_code
            == 401
        )
        big = _capture("word " * 1000)
        assert client.post("/api/ingest", content=big, headers={"Authorization": f"Bearer {TOKEN}"}).status_code == 413
        response = client.post("/api/ingest", content=body, headers={"Authorization": f"Bearer {TOKEN}"})
        assert response.status_code == 200, response.text
        assert response.json()["added"] == 1
        hits = client.get("/api/search", params={"q": "ferry"}).json()
        assert hits and hits[0]["title"] == "Ferry news"


def test_ingest_reports_bad_lines(db: str, tmp_path: Path) -> None:
    copy = tmp_path / "copy.db"
    copy.write_bytes(Path(db).read_bytes())
    with TestClient(create_app(str(copy), token=TOKEN)) as client:
        response = client.post("/api/ingest", content=b"{not json}\n", headers={"Authorization": f"Bearer {TOKEN}"})
        assert response.status_code == 200 and response.json()["failures"][0].startswith("line 1: malformed JSON")


def test_host_check_against_dns_rebinding(db: str) -> None:
    with TestClient(create_app(db, allowed_hosts=["127.0.0.1"]), base_url="http://evil.example") as client:
        assert client.get("/").status_code == 400


def test_serve_refuses_a_missing_store_and_a_short_token(tmp_path: Path, db: str) -> None:
    from click.testing import CliRunner

    from storyline.cli import main

    missing = CliRunner().invoke(main, ["serve", "--db", str(tmp_path / "none.db")])
    assert missing.exit_code == 1 and "no store here" in missing.output
    short = CliRunner().invoke(main, ["serve", "--db", db, "--token", "short"])
    assert short.exit_code == 1 and "at least 16 characters" in short.output


def test_one_writer_many_readers(db: str) -> None:
    import threading

    from storyline.server.access import StoreAccess

    access = StoreAccess(db)
    readers: dict[str, object] = {}

    def read(name: str) -> None:
        store = access.reader()
        assert store is access.reader()  # one connection per thread, reused
        readers[name] = store
        assert store.count_documents() == 3

    threads = [threading.Thread(target=read, args=(str(n),)) for n in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len({id(s) for s in readers.values()}) == 3
    held = threading.Event()
    order: list[str] = []

    def second_writer() -> None:
        held.wait()
        with access.writer():
            order.append("second")

    other = threading.Thread(target=second_writer)
    other.start()
    with access.writer() as writer:
        held.set()
        other.join(timeout=0.2)  # it cannot get in while this one writes
        order.append("first")
        assert writer is not access.reader()
    other.join()
    assert order == ["first", "second"]
    access.close()


def test_search_page_filters_by_kind(client: TestClient) -> None:
    html = client.get("/search", params={"q": "reopen", "kind": "quote"}).text
    assert "We will not <b>reopen</b>" in html and "kind-sentence" not in html and "kind-event" not in html
    assert '<option value="quote" selected>' in html


def test_transcript_page_lists_speaker_turns(db: str, tmp_path: Path) -> None:
    from storyline.offsets import OffsetMap
    from storyline.records import Capture, Document, Metadata, Turn
    from storyline.store import SQLiteStore, StoredDocument

    text = "HOST: Welcome back to the valley hour.\nRUIZ: The <i>plates</i> are on."
    second = text.index("RUIZ")
    document = Document(
        "t1",
        "show.txt",
        "transcript",
        "text",
        text,
        text,
        OffsetMap.identity(len(text)),
        Metadata(title="Valley hour"),
        turns=(Turn(0, second - 1, "Sam Host", "host"), Turn(second, len(text), "Lena Ruiz <x>", "guest")),
    )
    copy = tmp_path / "copy.db"
    copy.write_bytes(Path(db).read_bytes())
    store = SQLiteStore(str(copy))
    store.put_document(StoredDocument(Capture("show.txt", text), document, None, "speakers"))
    store.close()
    with TestClient(create_app(str(copy))) as client:
        html = client.get("/doc/t1").text
        assert f'<a href="?hl={second}-{len(text)}#hl">Lena Ruiz &lt;x&gt;</a>' in html
        assert "&lt;i&gt;plates&lt;/i&gt;" in html
        assert client.get("/search", params={"q": "plates are on"}).text.count("Valley hour") == 1
