"""The fast embedding path: the int8 ONNX image is built from the local model and cached; its vectors agree with
fp32; a question's vector does not depend on concurrent questions; the vector cache is keyed by embedding mode;
adding or removing one plan re-embeds only that plan's texts."""

from __future__ import annotations

import json
import shutil
import threading

import numpy as np
import pytest

from index.embed import OnnxEncoder, load_tokenizer

from .conftest import HUE, MODEL_DIR, PLANS

SENTENCES = [
    "Sở Nội vụ phải làm gì?",
    "Chỉ tiêu xóa mù chữ đến năm 2030 là bao nhiêu phần trăm?",
    "Kinh phí thực hiện kế hoạch lấy từ nguồn nào?",
    "Trung tâm học tập cộng đồng cần làm gì để xây dựng xã hội học tập?",
    "Hội Khuyến học tỉnh có nhiệm vụ gì?",
    "so tai chinh hue phai lam gi",
    "Ủy ban nhân dân cấp xã có trách nhiệm gì trong xây dựng xã hội học tập?",
    "Mục đích, yêu cầu của kế hoạch là gì?",
    "Which agency must report to the province before 15 December?",
]

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def fp32():
    from index.embed import Embedder

    return Embedder(MODEL_DIR)


@pytest.fixture(scope="module")
def int8():
    from index.embed import Embedder

    return Embedder(MODEL_DIR, quantize=True, max_tokens=256)


def test_int8_query_vectors_agree_with_fp32(fp32, int8):
    a, b = fp32.encode_queries(SENTENCES), int8.encode_queries(SENTENCES)
    assert a.dtype == b.dtype == np.float32 and a.shape == b.shape
    assert np.allclose(np.linalg.norm(b, axis=1), 1.0, atol=1e-4)
    cos = (a * b).sum(axis=1)
    assert cos.min() >= 0.99, cos
    assert fp32.mode == "fp32-512" and int8.mode == "onnx-int8-256-alone"


def test_int8_passage_vectors_agree_with_fp32(fp32, int8):
    from ingest.load import load_plan

    text = load_plan(PLANS / HUE).text
    passages = [p.strip() for p in text.splitlines() if 60 < len(p.strip()) < 600][:24]  # under the token cap
    a, b = fp32.encode_passages(passages), int8.encode_passages(passages)
    assert len(passages) >= 12 and ((a * b).sum(axis=1) >= 0.99).all()
    # each vector is its text's alone, whatever else is embedded in the same call (an uploaded plan gets the
    # vectors a fresh ingest would give it): the same numbers, not merely close ones
    for i in (0, 5, len(passages) - 1):
        assert np.allclose(int8.encode_passages(passages[i:i + 1])[0], b[i], atol=1e-6)
    assert np.allclose(int8.encode_passages(passages[::-1])[::-1], b, atol=1e-6)


def _concurrently(emb) -> np.ndarray:
    """Each sentence asked from its own thread at once, as concurrent officials would."""
    out: dict[int, np.ndarray] = {}

    def one(i: int) -> None:
        out[i] = emb.encode_queries([SENTENCES[i]])[0]

    threads = [threading.Thread(target=one, args=(i,)) for i in range(len(SENTENCES))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    return np.stack([out[i] for i in range(len(SENTENCES))])


def test_queries_embedded_alone_do_not_depend_on_concurrent_ones(int8):
    alone = np.stack([int8.encode_queries([s])[0] for s in SENTENCES])
    together = int8.encode_queries(SENTENCES)
    assert np.allclose(_concurrently(int8), alone, atol=1e-6) and np.allclose(together, alone, atol=1e-6)


def test_onnx_image_is_built_offline_from_the_local_model_and_cached(int8, tmp_path, monkeypatch):
    from index import e5_onnx

    cached = e5_onnx.onnx_dir(MODEL_DIR) / e5_onnx.ONNX_FILE
    assert int8.onnx_path == cached and e5_onnx.is_current(MODEL_DIR)
    stamp = cached.stat().st_mtime_ns
    assert e5_onnx.ensure_onnx(MODEL_DIR) == cached and cached.stat().st_mtime_ns == stamp  # reused, not rebuilt

    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    built = e5_onnx.ensure_onnx(MODEL_DIR, tmp_path / "onnx")  # a fresh build: export, fuse, quantise
    assert e5_onnx.is_current(MODEL_DIR, tmp_path / "onnx") and not list(tmp_path.glob(".onnx.tmp-*"))
    fresh = OnnxEncoder(built, load_tokenizer(MODEL_DIR, 256), 1)
    assert np.allclose(fresh.encode(["query: " + s for s in SENTENCES], 1), int8.encode_queries(SENTENCES), atol=1e-5)

    marker = tmp_path / "onnx" / e5_onnx.ONNX_MARKER  # another export version: stale, built again
    marker.write_text(marker.read_text().replace('"export_version": 1', '"export_version": 0'))
    assert not e5_onnx.is_current(MODEL_DIR, tmp_path / "onnx")


class _Counting:
    """An embedder wrapper that records which passage texts were embedded."""

    def __init__(self, inner) -> None:
        self.inner, self.seen = inner, []
        self.dim, self.name, self.model_dir, self.mode = inner.dim, inner.name, inner.model_dir, inner.mode

    def encode_passages(self, texts, progress=False):
        self.seen.extend(texts)
        return self.inner.encode_passages(texts)

    def encode_queries(self, texts):  # short indicator phrases clustered into concepts (index.concepts)
        return self.inner.encode_queries(texts)


def test_adding_or_removing_a_plan_embeds_only_its_texts(tmp_path, int8):
    from index.store import build_index
    from ingest.load import load_plans
    from planqa.config import Settings

    plans = tmp_path / "plans"
    plans.mkdir()
    names = sorted(p.name for p in PLANS.glob("*.txt"))
    for n in names[:2]:
        shutil.copy2(PLANS / n, plans / n)
    settings = Settings(home=tmp_path, plans_dir=plans, index_dir=tmp_path / "index", model_dir=MODEL_DIR)
    emb = _Counting(int8)
    first = build_index(load_plans(plans), settings, emb)
    n_first = json.loads((first / "manifest.json").read_text())["embedded"]
    assert len(emb.seen) >= n_first > 0  # passages and sections, then the plans' lines

    shutil.copy2(PLANS / names[2], plans / names[2])  # add one plan
    emb.seen.clear()
    added = build_index(load_plans(plans), settings, emb)
    manifest = json.loads((added / "manifest.json").read_text())
    assert emb.seen
    docs = {d.doc: d for d in load_plans(plans)}
    new = docs[names[2]]
    passages = [t for t in emb.seen if t.startswith(new.locality)]  # passages open with their plan's place
    assert all(t in passages or t in new.text for t in emb.seen)  # the rest: the new plan's own lines
    assert manifest["embedded"] == len(passages) and manifest["reused_vectors"] == n_first
    assert manifest["embed_mode"] == "onnx-int8-256-alone"

    (plans / names[0]).unlink()  # remove one plan: nothing to embed
    emb.seen.clear()
    removed = json.loads((build_index(load_plans(plans), settings, emb) / "manifest.json").read_text())
    assert emb.seen == [] and removed["embedded"] == 0

    # another embedding mode never reuses these vectors
    other = _Counting(int8)
    other.mode = "fp32-512"
    other_manifest = json.loads((build_index(load_plans(plans), settings, other) / "manifest.json").read_text())
    assert other_manifest["reused_vectors"] == 0 and other_manifest["embedded"] > 0
