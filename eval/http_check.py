"""A held-out set asked over HTTP as the judges do: its plans uploaded through the admin API of a running server,
then every question (with its history) posted to ``/api/ask``, and the answers scored with the same answer metrics
as ``planqa eval``.

    python -m eval.http_check eval/sets/newplans38.jsonl eval/sets/plans38/* --url http://127.0.0.1:8797 --key KEY

Uses only the service's public API and ``eval.metrics``; prints one line of figures and writes the per-question
results with ``--out``.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import urllib.error
import urllib.request
import uuid
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from eval.metrics import answer_metrics

JOB_WAIT_S = 900
MAX_RETRIES = 100


def _call(url: str, data: bytes | None = None, headers: dict[str, str] | None = None, method: str = "GET") -> Any:
    """One JSON call; a 429 (the ask routes' per-client rate limit) is waited out as its ``Retry-After`` says."""
    for _ in range(MAX_RETRIES):
        req = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
        try:
            with urllib.request.urlopen(req, timeout=600) as resp:  # noqa: S310 (a URL the operator gives)
                return json.loads(resp.read().decode("utf-8"))
        except urllib.error.HTTPError as err:
            if err.code != 429:
                raise
            time.sleep(float(err.headers.get("Retry-After") or 1.0))
    raise TimeoutError(f"{url}: still rate-limited after {MAX_RETRIES} tries")


def upload(base: str, key: str, path: Path) -> dict:
    """POST one plan file to /api/plans (multipart), then wait for its re-index job to finish."""
    boundary = uuid.uuid4().hex
    body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{path.name}\"\r\n"
            "Content-Type: application/octet-stream\r\n\r\n").encode() + path.read_bytes() + f"\r\n--{boundary}--\r\n".encode()
    job = _call(f"{base}/api/plans", body, {"X-API-Key": key, "Content-Type": f"multipart/form-data; boundary={boundary}"},
                "POST")
    deadline = time.monotonic() + JOB_WAIT_S
    while time.monotonic() < deadline:
        view = _call(f"{base}/api/jobs/{job['job']}", headers={"X-API-Key": key})
        if view["status"] in ("done", "failed"):
            return view
        time.sleep(1.0)
    raise TimeoutError(f"upload of {path.name} did not finish")


def ask_all(base: str, cases: list[dict]) -> list[dict]:
    """Each question posted to /api/ask with its history; the answer metrics of ``planqa eval`` per question."""
    out = []
    for case in cases:
        body = json.dumps({"question": case["question"], "history": case.get("history") or []}).encode()
        ans = _call(f"{base}/api/ask", body, {"Content-Type": "application/json"}, "POST")
        citations = [SimpleNamespace(doc=c["doc"], text=c["text"]) for c in ans.get("citations", [])]
        evidence = [SimpleNamespace(**e) for e in case["evidence"]]
        gold = SimpleNamespace(docs=case["docs"], key_facts=case["key_facts"], evidence=evidence, type=case["type"])
        m = answer_metrics(gold, ans["answer"], ans["refused"], citations, citations)
        out.append({"id": case["id"], "type": case["type"], **m, "refused": ans["refused"], "answer": ans["answer"],
                    "cited_docs": sorted({c.doc for c in citations})})
    return out


def summary(rows: list[dict]) -> dict[str, float]:
    def mean(key: str, only: str | None = None) -> float:
        vals = [r[key] for r in rows if r[key] is not None and (only is None or r["type"] == only)]
        return round(100 * sum(vals) / len(vals), 1) if vals else float("nan")

    answerable = [r for r in rows if r["false_refusal"] is not None]
    in_gold = sum(1 for r in answerable if r["plan_accuracy"])
    return {"n": len(rows), "key_facts": mean("key_fact_coverage"), "precision": mean("citation_precision"),
            "refusal": mean("refusal_accuracy"), "false_refusals": mean("false_refusal"),
            "english_key_facts": mean("key_fact_coverage", "english"),
            "follow_up_key_facts": mean("key_fact_coverage", "follow_up"),
            "answers_citing_only_gold_plans": f"{in_gold}/{len(answerable)}"}


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("cases", help="a FORMAT.md question file")
    p.add_argument("plans", nargs="*", help="plan files to upload first")
    p.add_argument("--url", default="http://127.0.0.1:8000")
    p.add_argument("--key", default="", help="the admin API key (X-API-Key)")
    p.add_argument("--out", help="write the per-question results here (JSON)")
    args = p.parse_args(argv)
    base = args.url.rstrip("/")
    for plan in args.plans:
        view = upload(base, args.key, Path(plan))
        print(f"uploaded {Path(plan).name}: {view['status']} {view.get('error') or ''}", file=sys.stderr)
    cases = [json.loads(line) for line in Path(args.cases).read_text(encoding="utf-8").splitlines() if line.strip()]
    rows = ask_all(base, cases)
    print(json.dumps(summary(rows), ensure_ascii=False))
    if args.out:
        Path(args.out).write_text(json.dumps(rows, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
