"""Faults and bad uploads (issue 10): real bad files, real HTTP, a real index, a real SIGKILL."""

from __future__ import annotations

import io
import json
import os
import shutil
import signal
import subprocess
import sys
import time
import unicodedata
import zipfile
from pathlib import Path
from urllib.parse import quote

import httpx
import pytest

from index.store import IndexMissing, check_index, clean_leftovers, current_version, load_index
from ingest.errors import UploadRejected
from ingest.load import extract_bytes, load_plan
from ingest.sniff import check_docx_zip, decode_text, looks_tcvn3
from tests.conftest import CANTHO, HANOI, HUE, MODEL_DIR, PLANS, ROOT
from tests.server_utils import live_server
from web.api import create_app
from web.ratelimit import TokenBucket, client_key, parse_networks

ADMIN_KEY = "test-admin-key"
HEADERS = {"X-API-Key": ADMIN_KEY}
NOI_VU = "Sở Nội vụ phải làm gì?"
DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
# "Cộng hòa xã hội chủ nghĩa Việt Nam / Độc lập - Tự do - Hạnh phúc / Kế hoạch xây dựng xã hội học tập năm 2025"
# as TCVN3 bytes shown through a Western code page: what a legacy .Vn-font file looks like once saved as text
TCVN3_TEXT = ("Céng hßa x· héi chñ nghÜa ViÖt Nam\n§éc lËp - Tù do - H¹nh phóc\n\nKÕ ho¹ch\n"
              "X©y dùng x· héi häc tËp n¨m 2025 trªn ®Þa bµn tØnh\n\nI. Môc ®Ých, yªu cÇu\n"
              "1. §Èy m¹nh häc tËp suèt ®êi cho mäi ng­êi d©n.\n")
NO_SECTIONS_PLAN = (
    "ỦY BAN NHÂN DÂN HUYỆN ĐẦM HÀ\n\nKẾ HOẠCH\nXây dựng xã hội học tập năm 2026 trên địa bàn huyện Đầm Hà\n\n"
    "Ủy ban nhân dân huyện Đầm Hà giao Phòng Văn hóa và Thông tin huyện Đầm Hà chủ trì tuyên truyền về "
    "học tập suốt đời, phối hợp với Hội Khuyến học huyện Đầm Hà tổ chức ngày hội đọc sách cho thiếu nhi "
    "vào tháng Tư; các xã duy trì hoạt động của trung tâm học tập cộng đồng và báo cáo kết quả trước "
    "ngày 15 tháng 12 năm 2026.\n"
)


def to_cp1258(text: str) -> bytes:
    """Windows-1258 as Word writes it: base letters with â/ê/ô/ă/ơ/ư precomposed, tone marks combining."""
    out = []
    for ch in text:
        try:
            ch.encode("cp1258")
            out.append(ch)
            continue
        except UnicodeEncodeError:
            pass
        parts = unicodedata.normalize("NFD", ch)
        out.append(unicodedata.normalize("NFC", "".join(c for c in parts if c not in TONES))
                   + "".join(c for c in parts if c in TONES))
    return "".join(out).encode("cp1258")


def text_pdf(text: str) -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.add_font("DejaVu", "", DEJAVU)
    pdf.set_font("DejaVu", size=10)
    for line in text.split("\n"):
        pdf.multi_cell(0, 5, line.strip() or " ", new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def encrypted_pdf(text: str, user_password: str = "mat-khau", algorithm: str | None = None) -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    writer.append(PdfReader(io.BytesIO(text_pdf(text))))
    writer.encrypt(user_password=user_password, owner_password="chu-so-huu", algorithm=algorithm)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def scanned_pdf() -> bytes:
    """A PDF with a page and a drawing but no text layer, like a scan."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_fill_color(200, 200, 200)
    pdf.rect(20, 20, 170, 250, style="F")
    return bytes(pdf.output())


def zip_bomb(unpacked_mb: int, chunk_mb: int = 8) -> bytes:
    """A "DOCX" whose document.xml inflates to ``unpacked_mb`` MB of zeros; a few hundred KB on disk."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
        zf.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types/>')
        with zf.open("word/document.xml", "w", force_zip64=True) as member:
            block = b"\0" * (chunk_mb << 20)
            for _ in range(unpacked_mb // chunk_mb):
                member.write(block)
    return buf.getvalue()


def plan_docx(text: str) -> bytes:
    import docx

    d = docx.Document()
    for line in text.split("\n"):
        d.add_paragraph(line)
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


def assert_bilingual(body: dict) -> None:
    assert body["error"] and body["message_vi"] and body["message_en"]
    assert body["message"] == f"{body['message_vi']} / {body['message_en']}"


# ---------------------------------------------------------------- reading: encodings (no server)


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-8-sig"])
def test_utf16_and_bom_texts_are_decoded(tmp_path: Path, encoding: str):
    text = (PLANS / HUE).read_text(encoding="utf-8")
    path = tmp_path / "hue.txt"
    path.write_bytes(text.encode(encoding))
    assert load_plan(path, name=HUE).text == load_plan(PLANS / HUE).text


def test_windows_1258_text_is_decoded_and_composed(tmp_path: Path):
    text = (PLANS / HUE).read_text(encoding="utf-8")
    data = to_cp1258(text)
    assert b"\xf2" in data  # a combining dot below: the tone marks really are separate characters
    assert decode_text(data, "hue.txt") == unicodedata.normalize("NFC", text)
    path = tmp_path / "hue.txt"
    path.write_bytes(data)
    parsed, reference = load_plan(path, name=HUE), load_plan(PLANS / HUE)
    assert parsed.text == reference.text
    assert [s.path for s in parsed.sections] == [s.path for s in reference.sections]


@pytest.mark.parametrize("encode", [lambda s: s.encode("utf-8"), lambda s: s.encode("latin-1")])
def test_tcvn3_text_is_refused_with_a_conversion_hint(encode):
    assert looks_tcvn3(TCVN3_TEXT)
    with pytest.raises(UploadRejected) as e:
        decode_text(encode(TCVN3_TEXT), "cu.txt")
    assert e.value.code == "legacy_encoding"
    assert "TCVN3" in e.value.vi and "Unicode" in e.value.vi and "convert it to Unicode" in e.value.en


def test_real_vietnamese_is_not_mistaken_for_tcvn3():
    for path in PLANS.glob("*.txt"):
        assert not looks_tcvn3(path.read_text(encoding="utf-8")), path.name


@pytest.mark.parametrize("data", [bytes(range(256)) * 40, b"\x89PNG\r\n\x1a\n" + bytes(4000), os.urandom(6000)])
def test_binary_in_a_text_file_is_refused(data: bytes):
    with pytest.raises(UploadRejected) as e:
        decode_text(data, "anh.txt")
    assert e.value.code == "binary_text"


def test_zip_bomb_is_measured_from_the_directory_without_inflating():
    small_on_disk = zip_bomb(16)
    assert len(small_on_disk) < 200_000
    with pytest.raises(UploadRejected) as e:  # ratio ~1000:1
        check_docx_zip(small_on_disk, "bom.docx")
    assert e.value.code == "zip_bomb" and "1" in e.value.en
    with pytest.raises(UploadRejected) as e:  # size alone, with a generous ratio
        check_docx_zip(small_on_disk, "bom.docx", max_uncompressed=8 << 20, max_ratio=10**6)
    assert e.value.code == "zip_bomb"
    check_docx_zip(plan_docx("KẾ HOẠCH\nI. MỤC ĐÍCH"), "ok.docx")  # a real Word file passes


# ---------------------------------------------------------------- uploads over HTTP: refused before the 202


@pytest.fixture(scope="module")
def served(built_settings, assistant):
    settings = built_settings.model_copy(update={"admin_api_key": ADMIN_KEY, "rate_limit_per_minute": 0})
    with live_server(create_app(settings, assistant, with_ui=False)) as url, \
            httpx.Client(base_url=url, timeout=300) as client:
        yield client


def upload(client: httpx.Client, name: str, data: bytes) -> httpx.Response:
    return client.post("/api/plans", headers=HEADERS, files={"file": (name, data, "application/octet-stream")})


def wait_job(client: httpx.Client, job_id: str, seen: list[dict] | None = None) -> dict:
    deadline = time.monotonic() + 900
    while time.monotonic() < deadline:
        job = client.get(f"/api/jobs/{job_id}", headers=HEADERS).json()
        if seen is not None:
            seen.append(job)
        if job["status"] in ("done", "failed"):
            return job
        time.sleep(0.2)
    raise AssertionError(f"job {job_id} did not finish")


REFUSED = [
    ("bom.docx", lambda: zip_bomb(208), 413, "zip_bomb", "200 MB"),
    ("mat-khau.pdf", lambda: encrypted_pdf((PLANS / HUE).read_text(encoding="utf-8")[:3000]), 422,
     "encrypted_pdf", "mã hóa"),
    ("ban-quet.pdf", scanned_pdf, 422, "no_text_layer", "PDF không có lớp chữ (cần OCR)"),
    ("hong.pdf", lambda: b"%PDF-1.7\n" + os.urandom(3000), 422, "corrupt_file", "PDF"),
    ("khong-phai.pdf", lambda: b"day khong phai PDF", 422, "corrupt_file", "PDF"),
    ("hong.docx", lambda: b"PK\x03\x04" + os.urandom(3000), 422, "corrupt_file", "Word"),
    ("zip-khac.docx", lambda: _plain_zip(), 422, "corrupt_file", "Word"),
    ("anh.txt", lambda: b"\x89PNG\r\n\x1a\n" + os.urandom(5000), 422, "binary_text", "nhị phân"),
    ("tcvn3.txt", lambda: TCVN3_TEXT.encode("latin-1") * 3, 422, "legacy_encoding", "Unicode"),
    ("ban-sao.txt", lambda: (PLANS / HUE).read_bytes(), 409, "duplicate", HUE),
    ("ban-sao-utf16.md", lambda: (PLANS / HANOI).read_text(encoding="utf-8").encode("utf-16"), 409, "duplicate",
     HANOI),
]


def _plain_zip() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("readme.txt", "not a Word document")
    return buf.getvalue()


@pytest.mark.parametrize(("name", "make", "status", "code", "says"), REFUSED, ids=[r[0] for r in REFUSED])
def test_bad_upload_is_refused_before_the_202(served, name, make, status, code, says):
    version = served.get("/healthz").json()["index_version"]
    t0 = time.monotonic()
    r = upload(served, name, make())
    assert r.status_code == status, r.text
    body = r.json()
    assert body["error"] == code
    assert_bilingual(body)
    assert says in body["message"]
    assert time.monotonic() - t0 < 30
    if code == "duplicate":
        assert body["duplicate_of"] in (HUE, HANOI)
    assert served.get("/healthz").json()["index_version"] == version  # no job ran


def test_same_plan_as_docx_is_a_duplicate(served):
    text = (PLANS / CANTHO).read_text(encoding="utf-8")
    r = upload(served, "can-tho-ban-word.docx", plan_docx(text))
    assert r.status_code == 409, r.text
    assert r.json()["duplicate_of"] == CANTHO and CANTHO in r.json()["message_en"]


def test_job_revalidates_and_a_failed_ingest_keeps_the_index(assistant, tmp_path: Path):
    """Defence in depth: a file that slips past the route (or goes bad) fails inside the job, changing nothing."""
    from web.admin import reindex_job

    version = assistant.index_version
    bad = tmp_path / "mat-khau.pdf"
    bad.write_bytes(encrypted_pdf((PLANS / HUE).read_text(encoding="utf-8")[:3000]))
    with pytest.raises(UploadRejected) as e:
        reindex_job(assistant, extra_file=bad)(lambda f, m: None)
    assert e.value.code == "encrypted_pdf"
    assert assistant.index_version == version
    assert current_version(assistant.settings.index_path) == version
    assert not any(p.name.startswith(".tmp-") for p in assistant.settings.index_path.iterdir())


@pytest.mark.parametrize("algorithm", ["RC4-128", "AES-256"])
def test_a_pdf_locked_only_by_its_owner_password_is_read(algorithm: str):
    """An owner password (no printing/editing) with the empty user password: it opens to anyone, so it is read."""
    text = (PLANS / HUE).read_text(encoding="utf-8")[:3000]
    read = extract_bytes(encrypted_pdf(text, user_password="", algorithm=algorithm), "khoa-sua.pdf")
    assert "Xây dựng xã hội học tập" in unicodedata.normalize("NFC", read)


@pytest.mark.slow
def test_plan_without_sections_is_accepted_with_a_warning_and_progress_in_percent(served):
    """A Windows-1258 plan with no numbered sections: decoded, accepted, indexed; the job reports % and a warning."""
    name = "dam_ha_2026.txt"
    r = upload(served, name, to_cp1258(NO_SECTIONS_PLAN))
    assert r.status_code == 202, r.text
    assert r.json()["warnings"] and "No sections" in r.json()["warnings"][0]
    seen: list[dict] = []
    try:
        job = wait_job(served, r.json()["job"], seen)
        assert job["status"] == "done", job
        assert job["percent"] == 100 and job["progress"] == 1.0
        assert job["warnings"] and "Không tìm thấy mục" in job["warnings"][0]
        assert "Warning" in job["message"]
        percents = [j["percent"] for j in seen]
        assert all(0 <= p <= 100 for p in percents) and percents == sorted(percents)
        assert all(isinstance(j["stage"], str) for j in seen)
        outline = served.get(f"/api/plans/{name}").json()
        assert "Đầm Hà" in outline["locality"] or "Đầm Hà" in outline["title"]
        answer = served.post("/api/ask", json={"question": "Ai tổ chức ngày hội đọc sách ở Đầm Hà?"}).json()
        cited = [c for c in answer["citations"] if c["doc"] == name]
        assert cited and "ngày hội đọc sách" in cited[0]["text"]  # diacritics composed from cp1258
    finally:
        r = served.delete(f"/api/plans/{quote(name)}", headers=HEADERS)
        if r.status_code == 202:
            assert wait_job(served, r.json()["job"])["status"] == "done"


# ---------------------------------------------------------------- the index: leftovers, missing, corrupt


def dead_pid() -> int:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def copy_index(settings, tmp_path: Path):  # noqa: ANN201
    home = tmp_path / "home"
    shutil.copytree(settings.index_path, home / "index")
    shutil.copytree(settings.plans_path, home / "plans")
    return settings.model_copy(update={"home": home, "index_dir": home / "index", "plans_dir": home / "plans"})


def test_leftovers_of_dead_builds_are_cleaned_and_live_ones_kept(built_settings, tmp_path: Path):
    settings = copy_index(built_settings, tmp_path)
    root, pid, live = settings.index_path, dead_pid(), os.getppid()
    (root / f".tmp-v20260101-000000-{pid}-001").mkdir()
    (root / f".tmp-v20260101-000000-{pid}-001" / "chunks.jsonl").write_text("{")
    (root / f".CURRENT.{pid}").write_text("v-half-written")
    (root / f".tmp-v20260101-000000-{live}-002").mkdir()
    removed = clean_leftovers(root)
    assert sorted(removed) == sorted([f".tmp-v20260101-000000-{pid}-001", f".CURRENT.{pid}"])
    assert (root / f".tmp-v20260101-000000-{live}-002").is_dir()  # another live process may be building
    assert check_index(settings) == current_version(root)


@pytest.mark.parametrize("damage", ["no-current", "dangling-current", "missing-file", "corrupt-file", "old-format"])
def test_missing_or_corrupt_index_names_the_rebuild_command(built_settings, tmp_path: Path, damage: str):
    settings = copy_index(built_settings, tmp_path)
    root = settings.index_path
    version = current_version(root)
    if damage == "no-current":
        (root / "CURRENT").unlink()
    elif damage == "dangling-current":
        (root / "CURRENT").write_text("v20000101-000000-1-000")
    elif damage == "missing-file":
        (root / version / "dense.faiss").unlink()
    elif damage == "old-format":  # written by an older planqa that folded words differently
        manifest = json.loads((root / version / "manifest.json").read_text())
        (root / version / "manifest.json").write_text(json.dumps({**manifest, "format": manifest["format"] - 1}))
    else:
        (root / version / "chunks.jsonl").write_text('{"id": "cut in the mid')
    with pytest.raises(IndexMissing) as e:
        load_index(settings)
    assert "planqa ingest" in e.value.vi and "planqa ingest" in e.value.en
    if damage != "corrupt-file":  # the cheap start-up check sees everything but a file's contents
        with pytest.raises(IndexMissing):
            check_index(settings)

    from web.serve import index_problem

    if damage != "corrupt-file":
        assert "planqa ingest" in index_problem(settings)
    with live_server(create_app(settings, with_ui=False)) as url:  # the assistant is built lazily → 503
        r = httpx.post(f"{url}/api/ask", json={"question": NOI_VU}, timeout=120)
        assert r.status_code == 503, r.text
        assert_bilingual(r.json())
        assert "planqa ingest" in r.json()["message_en"] and "planqa ingest" in r.json()["message_vi"]
        assert httpx.get(f"{url}/api/plans", timeout=60).status_code == 503


def cli_env(settings) -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT), "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1",
            "PLANQA_HOME": str(settings.home), "PLANQA_PLANS_DIR": str(settings.plans_path),
            "PLANQA_INDEX_DIR": str(settings.index_path), "PLANQA_MODEL_DIR": str(MODEL_DIR),
            "PLANQA_LLM": "none"}


def cli(settings, *args: str, timeout: float = 600) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "planqa.cli", *args], env=cli_env(settings), cwd=settings.home,
                          capture_output=True, text=True, timeout=timeout)


def test_cli_ask_on_a_missing_index_names_the_command(built_settings, tmp_path: Path):
    settings = copy_index(built_settings, tmp_path)
    (settings.index_path / "CURRENT").unlink()
    done = cli(settings, "ask", NOI_VU, "--json")
    assert done.returncode != 0
    assert "planqa ingest" in done.stderr and "Traceback" not in done.stderr


@pytest.mark.slow
def test_sigkill_mid_ingest_keeps_the_previous_index_and_the_next_build_cleans_up(built_settings, tmp_path: Path):
    settings = copy_index(built_settings, tmp_path)
    root = settings.index_path
    before = current_version(root)
    proc = subprocess.Popen([sys.executable, "-m", "planqa.cli", "ingest"], env=cli_env(settings),
                            cwd=settings.home, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 600
        while not any(p.name.startswith(".tmp-") for p in root.iterdir()):
            assert proc.poll() is None, proc.communicate()
            assert time.monotonic() < deadline, "the build never started"
            time.sleep(0.02)
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.wait(timeout=60)
    assert proc.returncode == -signal.SIGKILL
    leftovers = [p.name for p in root.iterdir() if p.name.startswith(".tmp-")]
    assert leftovers, "the killed build left nothing to clean (it finished before the kill?)"
    assert current_version(root) == before

    done = cli(settings, "ask", NOI_VU, "--json")
    assert done.returncode == 0, done.stderr
    answer = json.loads(done.stdout)
    assert not answer["refused"]
    assert {c["doc"] for c in answer["citations"]} >= {HUE, HANOI, CANTHO}

    stale = root / f".CURRENT.{dead_pid()}"
    stale.write_text("v-half-written")
    done = cli(settings, "ingest")
    assert done.returncode == 0, done.stderr
    assert current_version(root) != before
    assert not [p.name for p in root.iterdir() if p.name.startswith((".tmp-", ".CURRENT."))]


# ---------------------------------------------------------------- rate limit and request timeout


def test_token_bucket_refills_and_tells_when_to_retry():
    bucket = TokenBucket(per_minute=60, burst=2)
    assert bucket.take("a", now=0.0) == 0.0 and bucket.take("a", now=0.0) == 0.0
    assert bucket.take("a", now=0.0) == pytest.approx(1.0)
    assert bucket.take("b", now=0.0) == 0.0  # per client
    assert bucket.take("a", now=1.0) == 0.0  # one token back after a second


def test_client_key_trusts_forwarded_for_only_from_trusted_proxies():
    proxies = parse_networks(["10.0.0.0/8", "127.0.0.1"])
    assert client_key("203.0.113.9", "198.51.100.1", proxies) == "203.0.113.9"  # spoofed by a client
    assert client_key("127.0.0.1", "198.51.100.1", proxies) == "198.51.100.1"
    assert client_key("127.0.0.1", "6.6.6.6, 198.51.100.1, 10.1.2.3", proxies) == "198.51.100.1"
    assert client_key("127.0.0.1", None, proxies) == "127.0.0.1"
    assert client_key("127.0.0.1", "198.51.100.1", []) == "127.0.0.1"


@pytest.mark.parametrize("trusted", [False, True])
def test_rate_limit_over_http(built_settings, assistant, trusted: bool):
    settings = built_settings.model_copy(update={
        "rate_limit_per_minute": 2, "rate_limit_burst": 2, "trusted_proxies": ["127.0.0.1"] if trusted else []})
    with live_server(create_app(settings, assistant, with_ui=False), proxy_headers=False) as url, \
            httpx.Client(base_url=url, timeout=120) as client:
        for _ in range(2):
            assert client.post("/api/ask", json={"question": NOI_VU}).status_code == 200
        for path in ("/api/ask", "/api/ask/stream"):
            r = client.post(path, json={"question": NOI_VU})
            assert r.status_code == 429, r.text
            assert 1 <= int(r.headers["retry-after"]) <= 30
            assert r.json()["error"] == "rate_limited" and r.json()["retry_after"] == int(r.headers["retry-after"])
            assert_bilingual(r.json())
        assert client.get("/api/plans").status_code == 200  # only the answering routes are limited
        other = client.post("/api/ask", json={"question": NOI_VU}, headers={"X-Forwarded-For": "198.51.100.7"})
        assert other.status_code == (200 if trusted else 429)  # a spoofed header buys nothing


def test_rate_limit_off_with_zero(built_settings, assistant):
    settings = built_settings.model_copy(update={"rate_limit_per_minute": 0})
    with live_server(create_app(settings, assistant, with_ui=False)) as url:
        codes = {httpx.post(f"{url}/api/ask", json={"question": ""}).status_code for _ in range(5)}
        assert codes == {422}


class SlowAssistant:
    """The real assistant, but answering takes ``delay`` seconds (a stuck model server, say)."""

    def __init__(self, inner, delay: float) -> None:  # noqa: ANN001
        self.inner, self.delay = inner, delay

    def __getattr__(self, name: str):  # noqa: ANN204
        return getattr(self.inner, name)

    def ask(self, *args, **kwargs):  # noqa: ANN002, ANN003, ANN201
        time.sleep(self.delay)
        return self.inner.ask(*args, **kwargs)


def test_slow_answer_gets_504_and_the_server_keeps_serving(built_settings, assistant):
    settings = built_settings.model_copy(update={"request_timeout_s": 0.5, "rate_limit_per_minute": 0})
    with live_server(create_app(settings, SlowAssistant(assistant, 3.0), with_ui=False)) as url:
        t0 = time.monotonic()
        r = httpx.post(f"{url}/api/ask", json={"question": NOI_VU}, timeout=30)
        assert r.status_code == 504, r.text
        assert time.monotonic() - t0 < 2.5
        assert r.json()["error"] == "timeout"
        assert_bilingual(r.json())
        assert httpx.get(f"{url}/healthz", timeout=30).status_code == 200
        with httpx.stream("POST", f"{url}/api/ask/stream", json={"question": NOI_VU}, timeout=30) as s:
            assert s.status_code == 200  # streaming starts at once and is not cut


# ---------------------------------------------------------------- the Gradio admin tab (same functions as the API)


def test_admin_tab_actions_are_guarded_and_validate_like_the_api(built_settings, assistant, tmp_path: Path):
    from web.jobs import JobRegistry
    from web.ui import build_ui
    from web.ui_admin import AdminActions, job_html

    settings = built_settings.model_copy(update={"admin_api_key": ADMIN_KEY})
    jobs = JobRegistry()
    blocks = build_ui(lambda: assistant, settings, jobs)
    assert "Quản trị" in {getattr(b, "label", None) for b in blocks.blocks.values()}
    act = AdminActions(lambda: assistant, settings, jobs)

    assert "sai khoá" in act.outline("sai", HUE)
    tcvn3 = tmp_path / "cu.txt"
    tcvn3.write_bytes(TCVN3_TEXT.encode("latin-1") * 3)
    html_out, job_id, _ = act.upload("sai", str(tcvn3))
    assert job_id is None and "sai khoá" in html_out  # the key is checked before the file is read
    html_out, job_id, _ = act.upload(ADMIN_KEY, str(tcvn3))
    assert job_id is None and "TCVN3" in html_out and jobs.active() is None
    copy = tmp_path / "ban-sao.txt"
    copy.write_bytes((PLANS / HUE).read_bytes())
    html_out, job_id, _ = act.upload(ADMIN_KEY, str(copy))
    assert job_id is None and HUE in html_out and "trùng" in html_out
    assert "Không tìm thấy kế hoạch" in act.delete(ADMIN_KEY, "khong-co.txt")[0]

    report = act.outline(ADMIN_KEY, HUE)
    assert "Cây mục lục" in report and "Nội vụ" in report and "Mục La Mã" in report
    assert {doc for _, doc in act.plan_choices()} >= {HUE, HANOI, CANTHO}

    job = jobs.submit("upload", lambda progress: (progress(0.4, "embedding passages 2/5"), "Xong")[1])
    deadline = time.monotonic() + 30
    while jobs.get(job.id).status != "done" and time.monotonic() < deadline:
        time.sleep(0.05)
    html_out, _, _ = act.poll(ADMIN_KEY, job.id)
    assert 'value="100"' in html_out and "Xong" in html_out
    half = job_html({"id": "x", "kind": "upload", "status": "running", "percent": 40, "stage": "<b>embedding</b>",
                     "warnings": ["Không tìm thấy mục"]})
    assert 'value="40"' in half and "&lt;b&gt;embedding" in half and "⚠ Không tìm thấy mục" in half
