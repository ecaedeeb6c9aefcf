"""One ``concept`` key for every plan's target that measures the same thing.

Plans word the same indicator differently ("năng lực thông tin" / "năng lực công nghệ thông tin",
"xã, thị trấn …" / "quận, huyện …"), so keys come from the wording itself: indicator phrases are
normalised (accent folding; the administrative units a share is taken over, fillers like "tỷ lệ",
"số", "đạt", "các" dropped), embedded with the index's e5 model, and clustered (average linkage over a
blend of cosine and word overlap). Targets only share a concept when their units agree and their
phrases carry the same numbers ("mức độ 2" ≠ "mức độ 3"). The key is a readable accent-free slug of
the cluster's most central phrase, so it is stable for the same data.
"""

from __future__ import annotations

import re
from dataclasses import replace

import numpy as np

from index.embed import Embedder
from ingest.textnorm import fold, strip_accents
from ingest.types import Target

THRESHOLD = 0.85  # blended similarity at which two clusters merge
_UNITS = r"(?:xã|phường|thị trấn|quận|huyện|thị xã|thành phố|tỉnh|thôn|tổ dân phố|bản|ấp|khu phố)"
_UNIT_LIST_RE = re.compile(rf"^(?:(?:tỷ lệ|tỉ lệ|số|các|mỗi|những|\d+%)\s+)*{_UNITS}(?:\s*(?:,|và|/)\s*{_UNITS})*\b\s*")
_FILLERS = {"tỷ", "lệ", "tỉ", "số", "đạt", "các", "những", "được", "có", "là", "và", "của", "trên", "đã", "duy",
            "trì", "phấn", "đấu", "tiếp", "tục", "bảo", "đảm", "nâng", "cao", "giữ", "vững", "kết", "quả",
            "theo", "mức", "độ", "cho", "trong", "đối", "với", "tổng", "mỗi", "ít", "nhất", "khoảng", "tối",
            "thiểu", "hơn", "toàn", "bộ", "về", "trực", "thuộc", "thành", "phố", "tỉnh", "huyện", "xã", "cấp"}
_SLUG_WORDS = 7


def normalise(indicator: str) -> str:
    """Comparable wording: lower case, units the share is over and fillers dropped, digits kept."""
    s = re.sub(r"\([^)]*\)", " ", fold(indicator))  # a parenthesis gives examples, not the indicator
    s = re.sub(r"[“”\"'()]", " ", s)
    s = _UNIT_LIST_RE.sub("", s.strip())
    s = re.split(r"\s(?:để|nhằm|nhằm mục đích)\s", s)[0]  # a purpose clause does not identify the indicator
    words = [w for w in re.findall(r"[^\W_]+", s) if w not in _FILLERS]
    return " ".join(words)


def _numbers(phrase: str) -> tuple[int, ...]:
    return tuple(sorted({int(n) for n in re.findall(r"\d+", phrase)}))


def _words(phrase: str) -> set[str]:
    return set(strip_accents(phrase).split())


def _similarity(phrases: list[str], vecs: np.ndarray, units: list[str]) -> np.ndarray:
    cos = vecs @ vecs.T
    words = [_words(p) for p in phrases]
    nums = [_numbers(p) for p in phrases]
    n = len(phrases)
    sim = np.zeros((n, n), dtype=np.float32)
    for i in range(n):
        for j in range(i, n):
            if units[i] != units[j] or nums[i] != nums[j]:
                s = -1.0
            else:
                a, b = words[i], words[j]
                jac = len(a & b) / len(a | b) if a | b else 1.0
                s = 0.5 * float(cos[i, j]) + 0.5 * jac
            sim[i, j] = sim[j, i] = s
    return sim


def _cluster(sim: np.ndarray, threshold: float) -> list[list[int]]:
    """Average-linkage agglomerative clustering; stops when no pair of clusters is ≥ ``threshold``."""
    clusters = [[i] for i in range(len(sim))]
    while len(clusters) > 1:
        best, pair = threshold, None
        for a in range(len(clusters)):
            for b in range(a + 1, len(clusters)):
                block = sim[np.ix_(clusters[a], clusters[b])]
                if (block < 0).any():
                    continue
                s = float(block.mean())
                if s >= best:
                    best, pair = s, (a, b)
        if pair is None:
            break
        a, b = pair
        clusters[a] = sorted(clusters[a] + clusters[b])
        del clusters[b]
    return clusters


def slug(phrase: str) -> str:
    words = strip_accents(phrase).lower().split()[:_SLUG_WORDS]
    return "_".join(re.sub(r"[^a-z0-9]", "", w) for w in words if re.sub(r"[^a-z0-9]", "", w)) or "chi_tieu"


def assign_concepts(targets: list[Target], embedder: Embedder, threshold: float = THRESHOLD) -> list[Target]:
    """``targets`` with ``concept`` set; identical normalised phrases are embedded once."""
    if not targets:
        return []
    phrases = [normalise(t.indicator) or fold(t.indicator) for t in targets]
    keys = sorted({(p, t.unit) for p, t in zip(phrases, targets, strict=True)})
    uniq = [p for p, _ in keys]
    units = [u for _, u in keys]
    vecs = embedder.encode_queries(uniq)
    sim = _similarity(uniq, vecs, units)
    names: dict[int, str] = {}
    used: dict[str, int] = {}
    for members in sorted(_cluster(sim, threshold), key=lambda m: m[0]):
        central = max(members, key=lambda i: (float(sim[i, members].mean()), -len(uniq[i])))
        key = f"{slug(uniq[central])}_{'pct' if units[central] == '%' else units[central].lower()}"
        used[key] = used.get(key, 0) + 1
        if used[key] > 1:
            key = f"{key}_{used[key]}"
        for i in members:
            names[i] = key
    index = {k: i for i, k in enumerate(keys)}
    return [replace(t, concept=names[index[(p, t.unit)]]) for p, t in zip(phrases, targets, strict=True)]
