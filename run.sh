#!/usr/bin/env bash
# Set up everything, build the index over data/plans/ and serve the API, the Gradio chat and the widget.
set -euo pipefail
cd "$(dirname "$0")"
bash .ci/bootstrap.sh
export HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1
.venv/bin/planqa ingest
exec .venv/bin/planqa serve --host "${PLANQA_HOST:-127.0.0.1}" --port "${PLANQA_PORT:-8000}"
