"""The on-disk index: versioned folders, a manifest, and an atomic ``CURRENT`` pointer.

``build_index`` writes a complete new version beside the current one and only then swaps the
pointer, so a failed build (bad file, crash, full disk) leaves the served index untouched.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path

import faiss
import numpy as np

from index.embed import Embedder
from index.lexical import BM25
from index.segment import analyze, unaccented
from ingest.chunk import chunk_document
from ingest.types import Chunk, Document, Section, Signer
from planqa.config import Settings

FORMAT_VERSION = 1
KEEP_VERSIONS = 3
Progress = Callable[[float, str], None]


class IndexMissing(RuntimeError):
    """No index has been built yet (or CURRENT points nowhere)."""


def passage_text(chunk: Chunk, doc: Document) -> str:
    """What the embedder sees: plan and heading path first, since the text alone rarely names them."""
    title = doc.title if len(doc.title) <= 110 else doc.title[:110].rsplit(" ", 1)[0] + "…"
    return f"{doc.locality} — {title}\n{chunk.section}\n{chunk.text}"


def section_text(doc: Document, sec: Section) -> str:
    return f"{doc.locality} — {sec.path_str}\n{doc.text[sec.start:sec.end]}"


def corpus_hash(docs: list[Document]) -> str:
    h = hashlib.sha256()
    for d in sorted(docs, key=lambda d: d.doc):
        h.update(d.doc.encode())
        h.update(hashlib.sha256(d.text.encode()).digest())
    return h.hexdigest()


def _ranked_sections(doc: Document) -> list[Section]:
    """Sections worth a whole-section vector: numbered items and agency headings."""
    return [s for s in doc.sections if s.kind in ("number", "roman", "preamble", "closing") or s.agency]


@dataclass
class LoadedIndex:
    """Everything retrieval needs, in memory."""

    version: str
    path: Path
    manifest: dict
    documents: dict[str, Document]
    chunks: list[Chunk]
    vectors: np.ndarray
    faiss_index: faiss.Index
    section_keys: list[tuple[str, int]]
    section_vectors: np.ndarray
    terms: list[list[str]]
    bm25: BM25
    bm25_plain: BM25
    section_row: dict[tuple[str, int], int] = field(default_factory=dict)
    # every non-empty line of every plan: (doc, start offset in its text) and its e5 vector (lines.npy)
    line_keys: list[tuple[str, int]] = field(default_factory=list)
    line_vectors: np.ndarray = field(default_factory=lambda: np.zeros((0, 0), np.float32))

    def chunk_by_id(self, cid: str) -> Chunk | None:
        """A chunk by id (``doc#n``), a run of one section's chunks (``doc#n-m``) or a whole section
        (``doc#sK``): answers cite all three."""
        found = self._by_id.get(cid)
        sec = None if found else re.fullmatch(r"(.+)#s(\d+)", cid)
        if sec and sec.group(1) in self.documents and int(sec.group(2)) < len(self.documents[sec.group(1)].sections):
            doc = self.documents[sec.group(1)]
            s = doc.sections[int(sec.group(2))]
            return Chunk(id=cid, doc=doc.doc, title=doc.title, locality=doc.locality, section=s.path_str,
                         section_id=s.id, start=s.start, end=s.end, text=doc.text[s.start:s.end], agency=s.agency)
        m = None if found else re.fullmatch(r"(.+#)(\d+)-(\d+)", cid)
        if m is None:
            return found
        first, last = self._by_id.get(m.group(1) + m.group(2)), self._by_id.get(m.group(1) + m.group(3))
        if first is None or last is None or first.section_id != last.section_id or last.end <= first.start:
            return None
        text = self.documents[first.doc].text[first.start:last.end]
        return replace(first, id=cid, end=last.end, text=text)

    def __post_init__(self) -> None:
        self._by_id = {c.id: c for c in self.chunks}
        self.section_row = {k: i for i, k in enumerate(self.section_keys)}


def _doc_to_json(d: Document) -> dict:
    out = asdict(d)
    out["sections"] = [asdict(s) for s in d.sections]
    return out


def _doc_from_json(o: dict) -> Document:
    secs = [Section(**{**s, "path": tuple(s["path"])}) for s in o.pop("sections")]
    signer = o.pop("signer", None)
    return Document(**{**o, "parents": tuple(o.get("parents", ()))}, sections=secs,
                    signer=Signer(**signer) if signer else None)


def build_index(docs: list[Document], settings: Settings, embedder: Embedder,
                progress: Progress | None = None) -> Path:
    """Chunk, segment and embed ``docs`` into a new version folder, then atomically make it current."""
    report = progress or (lambda f, m: None)
    root = settings.index_path
    root.mkdir(parents=True, exist_ok=True)
    if len({d.doc for d in docs}) != len(docs):
        raise ValueError("duplicate document ids")
    t0 = time.perf_counter()
    report(0.05, "chunking")
    chunks = [c for d in docs for c in chunk_document(d)]
    by_doc = {d.doc: d for d in docs}
    report(0.15, "segmenting")
    terms = [analyze(f"{c.section}\n{c.text}") for c in chunks]
    cache = _previous_vectors(root, embedder)
    report(0.3, "embedding passages")
    vectors = _encode_cached([passage_text(c, by_doc[c.doc]) for c in chunks], embedder, cache)
    report(0.75, "embedding sections")
    keys = [(d.doc, s.id) for d in docs for s in _ranked_sections(d)]
    sec_vectors = _encode_cached([section_text(by_doc[k[0]], by_doc[k[0]].sections[k[1]]) for k in keys],
                                 embedder, cache)
    report(0.9, "embedding lines")
    line_keys, line_texts, line_vecs = _line_vectors(root, docs, embedder)
    report(0.95, "writing")

    version = time.strftime("v%Y%m%d-%H%M%S") + f"-{os.getpid()}-{int(time.time() * 1000) % 1000:03d}"
    tmp = root / f".tmp-{version}"
    tmp.mkdir()
    try:
        manifest = {
            "format": FORMAT_VERSION, "version": version, "created": time.strftime("%Y-%m-%dT%H:%M:%S"),
            "model": embedder.name, "model_dir": str(embedder.model_dir), "dim": int(vectors.shape[1]),
            "corpus_hash": corpus_hash(docs), "documents": sorted(by_doc), "chunks": len(chunks),
            "sections": len(keys), "build_seconds": round(time.perf_counter() - t0, 2),
        }
        (tmp / "documents.json").write_text(json.dumps([_doc_to_json(d) for d in docs], ensure_ascii=False))
        with (tmp / "chunks.jsonl").open("w", encoding="utf-8") as f:
            for c in chunks:
                f.write(json.dumps(asdict(c), ensure_ascii=False) + "\n")
        (tmp / "terms.json").write_text(json.dumps(terms, ensure_ascii=False))
        (tmp / "sections.json").write_text(json.dumps(keys))
        vector_keys = [_text_key(passage_text(c, by_doc[c.doc])) for c in chunks] + [
            _text_key(section_text(by_doc[k[0]], by_doc[k[0]].sections[k[1]])) for k in keys]
        (tmp / "vector_keys.json").write_text(json.dumps(vector_keys))
        np.save(tmp / "sections.npy", sec_vectors)
        np.save(tmp / "lines.npy", line_vecs)
        (tmp / "lines.json").write_text(json.dumps(line_keys))
        (tmp / "line_texts.json").write_text(json.dumps(line_texts))
        index = faiss.IndexFlatIP(int(vectors.shape[1]))
        index.add(vectors)
        faiss.write_index(index, str(tmp / "dense.faiss"))
        (tmp / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=2))
        final = root / version
        os.replace(tmp, final)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    _swap_current(root, version)
    _prune(root, keep=KEEP_VERSIONS)
    report(1.0, "done")
    return final


def plan_lines(doc: Document) -> list[tuple[int, str]]:
    """(start offset, text) of each quotable line of a plan: what answers quote and line vectors embed."""
    out, pos = [], 0
    for raw in doc.text.split("\n"):
        text = re.sub(r"^[-+•–]\s*", "", raw.strip())
        if len(text) > 3:
            out.append((pos, text))
        pos += len(raw) + 1
    return out


def _line_vectors(root: Path, docs: list[Document],
                  embedder: Embedder) -> tuple[list[tuple[str, int]], list[str], np.ndarray]:
    """Line keys, their text hashes and vectors; lines of the current version are reused by their text."""
    cache: dict[str, np.ndarray] = {}
    version = current_version(root)
    if version is not None:
        try:
            old = json.loads((root / version / "line_texts.json").read_text())
            vecs = np.load(root / version / "lines.npy")
            if len(old) == len(vecs) and vecs.shape[1:] == (embedder.dim,):
                cache = dict(zip(old, vecs, strict=True))
        except (OSError, ValueError, IndexError):
            cache = {}
    keys, texts = [], []
    for d in docs:
        for start, text in plan_lines(d):
            keys.append((d.doc, start))
            texts.append(text)
    return keys, [_text_key(t) for t in texts], _encode_cached(texts, embedder, cache)


def _text_key(text: str) -> str:
    return hashlib.sha1(text.encode()).hexdigest()


def _previous_vectors(root: Path, embedder: Embedder) -> dict[str, np.ndarray]:
    """Vectors of the current version keyed by the text they embed, so a re-index only embeds what changed."""
    version = current_version(root)
    if version is None:
        return {}
    path = root / version
    try:
        manifest = json.loads((path / "manifest.json").read_text())
        if manifest.get("model") != embedder.name or manifest.get("dim") != embedder.dim:
            return {}
        keys = json.loads((path / "vector_keys.json").read_text())
        index = faiss.read_index(str(path / "dense.faiss"))
        vecs = np.concatenate([index.reconstruct_n(0, index.ntotal), np.load(path / "sections.npy")])
    except (OSError, ValueError, KeyError, RuntimeError):
        return {}
    return dict(zip(keys, vecs, strict=False)) if len(keys) == len(vecs) else {}


def _encode_cached(texts: list[str], embedder: Embedder, cache: dict[str, np.ndarray]) -> np.ndarray:
    keys = [_text_key(t) for t in texts]
    todo = [i for i, k in enumerate(keys) if k not in cache]
    fresh = embedder.encode_passages([texts[i] for i in todo])
    for i, v in zip(todo, fresh, strict=True):
        cache[keys[i]] = v
    if not texts:
        return np.zeros((0, embedder.dim), dtype=np.float32)
    return np.stack([cache[k] for k in keys]).astype(np.float32)


def _swap_current(root: Path, version: str) -> None:
    tmp = root / f".CURRENT.{os.getpid()}"
    tmp.write_text(version)
    os.replace(tmp, root / "CURRENT")


def _prune(root: Path, keep: int) -> None:
    current = current_version(root)
    versions = sorted(p for p in root.iterdir() if p.is_dir() and p.name.startswith("v"))
    for p in versions[:-keep]:
        if p.name != current:
            shutil.rmtree(p, ignore_errors=True)


def current_version(root: Path) -> str | None:
    f = root / "CURRENT"
    if not f.exists():
        return None
    v = f.read_text().strip()
    return v if (root / v / "manifest.json").exists() else None


def load_index(settings: Settings) -> LoadedIndex:
    """Load the current version into memory; raises ``IndexMissing`` when none was built."""
    root = settings.index_path
    version = current_version(root)
    if version is None:
        raise IndexMissing(
            f"Chưa có chỉ mục trong {root}: hãy chạy `planqa ingest` / No index in {root}: run `planqa ingest`"
        )
    path = root / version
    manifest = json.loads((path / "manifest.json").read_text())
    docs = [_doc_from_json(o) for o in json.loads((path / "documents.json").read_text())]
    chunks = [Chunk(**json.loads(line)) for line in (path / "chunks.jsonl").read_text().splitlines() if line]
    terms = json.loads((path / "terms.json").read_text())
    index = faiss.read_index(str(path / "dense.faiss"))
    vectors = index.reconstruct_n(0, index.ntotal) if index.ntotal else np.zeros((0, manifest["dim"]), np.float32)
    keys = [tuple(k) for k in json.loads((path / "sections.json").read_text())]
    return LoadedIndex(
        version=version, path=path, manifest=manifest, documents={d.doc: d for d in docs}, chunks=chunks,
        vectors=np.asarray(vectors, dtype=np.float32), faiss_index=index, section_keys=keys,
        section_vectors=np.load(path / "sections.npy"), terms=terms, bm25=BM25(terms),
        bm25_plain=BM25([unaccented(t) for t in terms]), **_load_lines(path, manifest["dim"]),
    )


def _load_lines(path: Path, dim: int) -> dict:
    """Line keys and vectors; an index built before line vectors existed has none (lexical lines only)."""
    if not (path / "lines.npy").exists():
        return {"line_keys": [], "line_vectors": np.zeros((0, dim), np.float32)}
    keys = [(d, int(p)) for d, p in json.loads((path / "lines.json").read_text())]
    return {"line_keys": keys, "line_vectors": np.load(path / "lines.npy")}
