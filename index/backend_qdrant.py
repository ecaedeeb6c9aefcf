"""The distributed backend: passage vectors + client-side sparse BM25 vectors in Qdrant.

Each index version is its own collection ``<alias>-<version>`` with

- ``dense``: the e5 passage vector (dot product; vectors are L2-normalised, so it is the cosine);
- ``lexical``: a sparse vector over stable hashed term ids of the underthesea tokens (+ syllables) and,
  under other ids, of their accent-free copy. Values are BM25's term-frequency part
  ``tf·(k1+1) / (tf + k1·(1−b+b·dl/avgdl))`` and the sparse config has Qdrant's IDF modifier, so a query
  whose weights are the query term counts (× ``PLAIN_WEIGHT`` for the accent-free terms) scores exactly
  ``BM25 + 0.5 × BM25(accent-free)`` — the embedded backend's lexical score;
- payload ``doc``, ``locality``, ``level`` (keyword-indexed filters) and ``chunk``.

Candidates come from one ``query_points`` call (dense and sparse prefetches, reciprocal-rank fusion), then
one batch that scores the fused rows (+ rows the caller includes) on both signals. The alias
(``settings.qdrant_collection``) is swapped atomically with ``update_collection_aliases`` once a version's
folder is complete; a loaded version queries its own collection, so a replica never mixes one version's
chunk rows with another version's points while it has not reloaded.

``PLANQA_QDRANT_URL`` points at a server or cluster; otherwise qdrant-client's embedded local mode stores
collections under ``PLANQA_QDRANT_PATH`` (default ``<index_dir>/qdrant``). Local mode locks its folder, so
one client per process is shared here (and calls on it are serialised).
"""

from __future__ import annotations

import atexit
import hashlib
import logging
import threading
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np
from qdrant_client import QdrantClient, models

from index.backend import K1, PLAIN_WEIGHT, B, Candidates, Scope
from index.backend_faiss import DENSE_FILE, FaissBackend
from index.lexical import BM25
from index.segment import unaccented
from ingest.types import Chunk, Document
from planqa.config import Settings

log = logging.getLogger(__name__)

DENSE = "dense"
LEXICAL = "lexical"
RRF_K = 60  # same constant as index.hybrid.rrf, so both backends fuse alike
_PLAIN_PREFIX = "\x00"  # accent-free terms live under other ids than accented ones
UPSERT_BATCH = 256

_clients: dict[tuple[str, str], tuple[QdrantClient, threading.RLock | None]] = {}
_clients_lock = threading.Lock()


def term_id(term: str) -> int:
    """A stable 32-bit id for a term (Qdrant sparse indices are u32); the same in every process."""
    return int.from_bytes(hashlib.blake2b(term.encode(), digest_size=4).digest(), "little")


def _sparse(weights: Counter[str] | dict[str, float], plain: Counter[str] | dict[str, float]) -> models.SparseVector:
    out: dict[int, float] = {}
    for t, w in weights.items():
        out[term_id(t)] = out.get(term_id(t), 0.0) + w
    for t, w in plain.items():
        i = term_id(_PLAIN_PREFIX + t)
        out[i] = out.get(i, 0.0) + w
    ids = sorted(out)  # sorted indices: what Qdrant stores anyway
    return models.SparseVector(indices=ids, values=[float(out[i]) for i in ids])


def document_sparse(terms: list[str], avgdl: float) -> models.SparseVector:
    """BM25's term-frequency part for a passage's terms and their accent-free copy (Qdrant applies the IDF)."""
    norm = K1 * (1 - B + B * len(terms) / max(avgdl, 1e-9))

    def tf_part(counts: Counter[str]) -> dict[str, float]:
        return {t: tf * (K1 + 1) / (tf + norm) for t, tf in counts.items()}

    return _sparse(tf_part(Counter(terms)), tf_part(Counter(unaccented(terms))))


def query_sparse(terms: list[str], plain_terms: list[str]) -> models.SparseVector:
    """Query weights: each term's count, the accent-free copy's counts × ``PLAIN_WEIGHT``."""
    return _sparse(Counter(terms), {t: PLAIN_WEIGHT * n for t, n in Counter(plain_terms).items()})


def scope_filter(scope: Scope, ids: Sequence[int] | None = None) -> models.Filter | None:
    """Payload conditions for plan / locality / level (+ point ids)."""
    must: list[Any] = [models.FieldCondition(key=key, match=models.MatchAny(any=list(values)))
                       for key, values in (("doc", scope.plans), ("locality", scope.localities),
                                           ("level", scope.levels)) if values]
    if ids is not None:
        must.append(models.HasIdCondition(has_id=list(ids)))
    return models.Filter(must=must) if must else None


def shared_client(settings: Settings) -> tuple[QdrantClient, threading.RLock | None]:
    """One client per server URL or local folder and process; local mode comes with a lock for its calls."""
    key = ("url", settings.qdrant_url) if settings.qdrant_url else ("path", str(settings.qdrant_local_path))
    with _clients_lock:
        if key not in _clients:
            if settings.qdrant_url:
                _clients[key] = (QdrantClient(url=settings.qdrant_url, api_key=settings.qdrant_api_key,
                                              timeout=60), None)
            else:
                settings.qdrant_local_path.mkdir(parents=True, exist_ok=True)
                client = QdrantClient(path=str(settings.qdrant_local_path), force_disable_check_same_thread=True)
                _clients[key] = (client, threading.RLock())
        return _clients[key]


@atexit.register
def close_clients() -> None:
    """Close every shared client (releases local mode's folder lock)."""
    with _clients_lock:
        for client, _ in _clients.values():
            client.close()
        _clients.clear()


class _Calls:
    """Runs client calls, serialised when the client is local."""

    def __init__(self, client: QdrantClient, lock: threading.RLock | None) -> None:
        self.client, self.lock = client, lock

    def __call__(self, fn: Callable[[QdrantClient], Any]) -> Any:
        if self.lock is None:
            return fn(self.client)
        with self.lock:
            return fn(self.client)


class QdrantCandidates:
    """Candidate generation against one version's collection."""

    def __init__(self, call: _Calls, collection: str) -> None:
        self.call, self.collection = call, collection

    def candidates(self, qvec: np.ndarray, terms: list[str], plain_terms: list[str], k: int, scope: Scope,
                   include: Sequence[int] = ()) -> Candidates:
        dense_q = [float(x) for x in qvec]
        sparse_q = query_sparse(terms, plain_terms)
        flt = scope_filter(scope)
        prefetch = [models.Prefetch(query=dense_q, using=DENSE, limit=k, filter=flt)]
        if sparse_q.indices:
            prefetch.append(models.Prefetch(query=sparse_q, using=LEXICAL, limit=k, filter=flt))
        fused = self.call(lambda c: c.query_points(
            self.collection, prefetch=prefetch, query=models.RrfQuery(rrf=models.Rrf(k=RRF_K)), limit=k,
            with_payload=False)).points
        fused_score = {int(p.id): p.score for p in fused}
        rows = list(set(fused_score) | set(include))
        if not rows:
            return Candidates(rows=[])
        # the fused rows' own scores: dense and lexical, restricted to exactly these points
        by_id = scope_filter(scope, rows)
        requests = [models.QueryRequest(query=dense_q, using=DENSE, filter=by_id, limit=len(rows))]
        if sparse_q.indices:
            requests.append(models.QueryRequest(query=sparse_q, using=LEXICAL, filter=by_id, limit=len(rows)))
        results = self.call(lambda c: c.query_batch_points(self.collection, requests=requests))
        dense = {int(p.id): p.score for p in results[0].points}
        lexical = {int(p.id): p.score for p in results[1].points} if len(results) > 1 else {}
        return Candidates(rows=rows, dense={i: dense.get(i, -1.0) for i in rows},
                          lexical={i: lexical.get(i, 0.0) for i in rows},
                          fused={i: fused_score.get(i, 0.0) for i in rows})


class QdrantBackend:
    """A collection per version; the alias names the served one."""

    name = "qdrant"

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.alias = settings.qdrant_collection
        self.call = _Calls(*shared_client(settings))

    def collection(self, version: str) -> str:
        return f"{self.alias}-{version}"

    def write(self, path: Path, version: str, chunks: list[Chunk], docs: dict[str, Document],
              terms: list[list[str]], vectors: np.ndarray) -> dict:
        name = self.collection(version)
        cluster: dict[str, Any] = {}
        if self.settings.qdrant_url:
            cluster = {"shard_number": self.settings.qdrant_shards,
                       "replication_factor": self.settings.qdrant_replication}
        self.call(lambda c: c.create_collection(
            name, vectors_config={DENSE: models.VectorParams(size=int(vectors.shape[1]), distance=models.Distance.DOT)},
            sparse_vectors_config={LEXICAL: models.SparseVectorParams(modifier=models.Modifier.IDF)}, **cluster))
        for key in ("doc", "locality", "level") if self.settings.qdrant_url else ():  # local mode scans anyway
            self.call(lambda c, key=key: c.create_payload_index(name, key, models.PayloadSchemaType.KEYWORD))
        avgdl = float(np.mean([len(t) for t in terms])) if terms else 0.0
        for start in range(0, len(chunks), UPSERT_BATCH):
            points = []
            for i in range(start, min(start + UPSERT_BATCH, len(chunks))):
                c, d = chunks[i], docs[chunks[i].doc]
                vector: dict[str, Any] = {DENSE: [float(x) for x in vectors[i]]}
                sparse = document_sparse(terms[i], avgdl)
                if sparse.indices:
                    vector[LEXICAL] = sparse
                points.append(models.PointStruct(id=i, vector=vector, payload={
                    "doc": c.doc, "chunk": c.id, "locality": d.locality, "level": d.level}))
            self.call(lambda c, points=points: c.upsert(name, points=points, wait=True))
        return {"qdrant_collection": name}

    def activate(self, version: str) -> None:
        target = self.collection(version)
        ops: list[Any] = []
        if self.served() is not None:
            ops.append(models.DeleteAliasOperation(delete_alias=models.DeleteAlias(alias_name=self.alias)))
        ops.append(models.CreateAliasOperation(create_alias=models.CreateAlias(collection_name=target,
                                                                               alias_name=self.alias)))
        self.call(lambda c: c.update_collection_aliases(change_aliases_operations=ops))

    def served(self) -> str | None:
        """The collection the alias points at (None before the first build)."""
        aliases = self.call(lambda c: c.get_aliases()).aliases
        return next((a.collection_name for a in aliases if a.alias_name == self.alias), None)

    def discard(self, version: str) -> None:
        name = self.collection(version)
        try:
            if self.call(lambda c: c.collection_exists(name)):
                self.call(lambda c: c.delete_collection(name))
        except Exception:  # noqa: BLE001 - the build's own error is the one to report
            pass

    def prune(self, keep: set[str]) -> None:
        try:
            keep_names = {self.collection(v) for v in keep} | {self.served()}
            for col in self.call(lambda c: c.get_collections()).collections:
                if col.name.startswith(f"{self.alias}-v") and col.name not in keep_names:
                    self.call(lambda c, n=col.name: c.delete_collection(n))
        except Exception:  # noqa: BLE001 - the new version is live; leftovers are pruned next time
            log.warning("pruning old Qdrant collections failed", exc_info=True)

    def passage_vectors(self, path: Path) -> np.ndarray:
        name = self.collection(path.name)
        rows: dict[int, list[float]] = {}
        offset = None
        try:
            while True:
                points, offset = self.call(lambda c, o=offset: c.scroll(
                    name, limit=1024, offset=o, with_payload=False, with_vectors=[DENSE]))
                for p in points:
                    rows[int(p.id)] = p.vector[DENSE]  # type: ignore[index]
                if offset is None:
                    break
        except Exception:  # noqa: BLE001 - e.g. a version built by the embedded backend: reuse its file
            if (path / DENSE_FILE).exists():
                return FaissBackend().passage_vectors(path)
            return np.zeros((0, 0), np.float32)  # nothing reusable: the build embeds everything
        return np.array([rows[i] for i in sorted(rows)], dtype=np.float32)

    def open(self, path: Path, manifest: dict, chunks: list[Chunk], docs: dict[str, Document],
             bm25: BM25, bm25_plain: BM25) -> QdrantCandidates:
        name = manifest.get("qdrant_collection") or self.collection(path.name)
        if not self.call(lambda c: c.collection_exists(name)):
            from index.store import IndexMissing

            raise IndexMissing(f"Không có collection Qdrant {name}: hãy chạy `planqa ingest` / "
                               f"No Qdrant collection {name}: run `planqa ingest`")
        return QdrantCandidates(self.call, name)

