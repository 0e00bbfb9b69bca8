"""HTTP API benchmark on loopback: upload throughput and GET /tasks latency, SQLite and PostgreSQL.

    .venv/bin/python bench/api.py                       # both backends (PostgreSQL when reachable)
    .venv/bin/python bench/api.py --backends sqlite --uploads 100

For each backend it starts a real ``vanban serve`` (uvicorn, in-process worker
pool) on 127.0.0.1 with a fresh data directory, then:

1. upload: ``--clients`` concurrent clients POST ``--uploads`` distinct small
   TXT directives in all (real parser); reports accepted uploads/s, the p50/p95
   of the POST, and the time until every job is done (documents/s parsed);
2. tasks: ``--tasks`` task rows are stored (bulk insert, the same denormalised
   columns the service writes), then ``--queries`` GET /tasks requests mixing the
   filters (none, accent-blind q, assignee, directive, overdue, deadline range,
   deep offset); reports p50/p95/max per kind and overall.

All loops are bounded; nothing leaves 127.0.0.1. PostgreSQL: VANBAN_TEST_PG_URL
(default postgresql+psycopg://vanban:vanban@127.0.0.1:5432/postgres; scripts/test.sh
shows how the role is made); a fresh database is created and dropped.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from datetime import date, timedelta
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

PG_ADMIN = os.environ.get("VANBAN_TEST_PG_URL", "postgresql+psycopg://vanban:vanban@127.0.0.1:5432/postgres")

TASK_TEXTS = [
    "Tăng cường công tác tuyên truyền về chính sách dân sinh, bảo đảm an sinh xã hội",
    "Rà soát, bổ sung danh sách đảng viên, báo cáo kết quả về Văn phòng Đảng ủy",
    "Đẩy mạnh chuyển đổi số trong hoạt động của các cơ quan, đơn vị",
    "Chủ trì, phối hợp kiểm tra việc thực hiện quy chế dân chủ ở cơ sở",
    "Tổ chức hội nghị quán triệt, triển khai nghị quyết đến cán bộ, đảng viên",
    "Xây dựng kế hoạch phòng, chống thiên tai và tìm kiếm cứu nạn năm 2026",
]
UNITS = ["Sở Y tế", "Sở Giáo dục và Đào tạo", "Ban Tuyên giáo Đảng ủy", "Văn phòng Đảng ủy", "Sở Tài chính",
         "Các chi bộ trực thuộc", "Ủy ban Mặt trận Tổ quốc", "Công an tỉnh"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def pct(values: list[float], p: float) -> float:
    if not values:
        return float("nan")
    values = sorted(values)
    k = min(len(values) - 1, max(0, round(p / 100 * (len(values) - 1))))
    return values[k]


def directive_text(i: int) -> bytes:
    lines = ["ĐẢNG BỘ TỈNH NGHỆ AN", "ĐẢNG ỦY CÁC CƠ QUAN TỈNH", f"Số {i}-CT/ĐU", "ĐẢNG CỘNG SẢN VIỆT NAM",
             f"Nghệ An, ngày {1 + i % 28:02d} tháng {1 + i % 12:02d} năm 2026", "CHỈ THỊ",
             f"về công tác dân sinh, đợt {i}", ""]
    for k in range(1, 6):
        lines += [f"{k}. {random.choice(UNITS)} {TASK_TEXTS[(i + k) % len(TASK_TEXTS)].lower()}, "
                  f"hoàn thành trước ngày {1 + k:02d}/0{1 + k % 9}/2026.", ""]
    lines += ["T/M BAN THƯỜNG VỤ", "BÍ THƯ", "Nguyễn Văn An"]
    return "\n".join(lines).encode("utf-8")


# --- database set-up ---------------------------------------------------------------

def prepare_db(url: str | None, data_dir: Path) -> tuple[str, str]:
    """Schema, a token, and nothing else; returns (token, db url used)."""
    from api.auth import create_token
    from api.settings import Settings
    from ingest.db import make_engine, session_factory, upgrade

    settings = Settings(data_dir=data_dir, database_url=url)
    engine = make_engine(settings.db_url())
    upgrade(engine)
    with session_factory(engine)() as s:
        token = create_token(s, "bench", "office")
    engine.dispose()
    return token, settings.db_url()


def seed_tasks(db_url: str, n_tasks: int, per_doc: int = 100) -> float:
    """Bulk-store n_tasks tasks in n_tasks/per_doc parsed directives; seconds taken."""
    from sqlalchemy import insert

    from ingest.db import make_engine, session_factory
    from ingest.models import Document, Task
    from ingest.textkeys import fold

    rng = random.Random(7)
    started = time.perf_counter()
    engine = make_engine(db_url)
    sessions = session_factory(engine)
    n_docs = max(1, n_tasks // per_doc)
    today = date.today()
    with sessions() as s:
        for d in range(n_docs):
            number = f"{1000 + d}-CT/ĐU"
            doc = Document(sha256=uuid.uuid4().hex + uuid.uuid4().hex, filename=f"seed-{d}.txt",
                           media_type="text/plain", size=1000, status="parsed", doc_class="directive",
                           doc_type="CT", issuer="ĐẢNG ỦY CÁC CƠ QUAN TỈNH", issuer_folded="dang uy cac co quan tinh",
                           number_symbol=number, number_key=fold(number), subject="về công tác dân sinh",
                           search_folded=f"seed-{d}.txt dang uy {fold(number)} ve cong tac dan sinh",
                           data={"source": {"filename": f"seed-{d}.txt", "media_type": "text/plain"},
                                 "doc_class": "directive", "number_symbol": number, "tasks": []})
            s.add(doc)
            s.flush()
            rows = []
            for k in range(per_doc):
                text = f"{TASK_TEXTS[rng.randrange(len(TASK_TEXTS))]} (mục {k + 1})"
                assignees = rng.sample(UNITS, 2)
                deadline = today + timedelta(days=rng.randint(-200, 400)) if rng.random() < 0.7 else None
                rows.append({"document_id": doc.id, "key": f"T{k + 1}", "position": k, "parent": None,
                             "section": f"{1 + k // 10}", "title": None, "text": text, "text_folded": fold(text),
                             "assignees": assignees, "assignees_folded": "|" + "|".join(fold(a) for a in assignees) + "|",
                             "deadline_text": f"trước ngày {deadline:%d/%m/%Y}" if deadline else None,
                             "deadline_date": deadline, "recurrence": None, "page": 1})
            s.execute(insert(Task), rows)
            if d % 50 == 49:
                s.commit()
        s.commit()
    engine.dispose()
    return time.perf_counter() - started


# --- the server --------------------------------------------------------------------

class Server:
    def __init__(self, data_dir: Path, db_url: str, workers: int) -> None:
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        env = {**os.environ, "VANBAN_DATA_DIR": str(data_dir), "DATABASE_URL": db_url,
               "VANBAN_WORKERS": str(workers), "PYTHONPATH": str(ROOT)}
        env.pop("VANBAN_BROKER_URL", None)
        self.log = (data_dir / "serve.log").open("wb")
        self.proc = subprocess.Popen([sys.executable, "-m", "api.cli", "serve", "--host", "127.0.0.1",
                                      "--port", str(self.port)], cwd=ROOT, env=env, stdout=self.log,
                                     stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"{self.base}/health", timeout=1).status_code == 200:
                    return
            except httpx.TransportError:
                time.sleep(0.2)
            if self.proc.poll() is not None:
                break
        self.stop()
        raise RuntimeError(f"server did not start; see {data_dir / 'serve.log'}")

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(5)
        self.log.close()


# --- the two measurements ----------------------------------------------------------

def bench_uploads(server: Server, token: str, n: int, clients: int, wait_s: float) -> dict:
    headers = {"Authorization": f"Bearer {token}"}
    latencies: list[float] = []
    job_ids: list[str] = []
    errors: list[str] = []
    lock = threading.Lock()
    counter = iter(range(n))

    def client() -> None:
        with httpx.Client(base_url=server.base, headers=headers, timeout=60) as c:
            while True:
                with lock:
                    i = next(counter, None)
                if i is None:
                    return
                t0 = time.perf_counter()
                r = c.post("/documents", files=[("files", (f"ct-{i}.txt", directive_text(10_000 + i)))])
                dt = time.perf_counter() - t0
                with lock:
                    if r.status_code == 202:
                        latencies.append(dt)
                        job_ids.extend(j["id"] for j in r.json()["jobs"])
                    else:
                        errors.append(f"{r.status_code} {r.text[:200]}")

    started = time.perf_counter()
    threads = [threading.Thread(target=client) for _ in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    upload_s = time.perf_counter() - started
    # then until every job is done (bounded)
    pending = set(job_ids)
    failed = 0
    with httpx.Client(base_url=server.base, headers=headers, timeout=30) as c:
        deadline = time.monotonic() + wait_s
        while pending and time.monotonic() < deadline:
            for jid in list(pending):
                state = c.get(f"/jobs/{jid}").json()["status"]
                if state in ("done", "failed"):
                    pending.discard(jid)
                    failed += state == "failed"
            if pending:
                time.sleep(0.25)
    done_s = time.perf_counter() - started
    return {"uploads": len(latencies), "errors": len(errors), "clients": clients,
            "upload_per_s": round(len(latencies) / upload_s, 1),
            "post_p50_ms": round(pct(latencies, 50) * 1000, 1), "post_p95_ms": round(pct(latencies, 95) * 1000, 1),
            "all_parsed_s": round(done_s, 1), "parsed_per_s": round((len(job_ids) - len(pending)) / done_s, 1),
            "jobs_failed": failed, "jobs_unfinished": len(pending), "first_error": errors[0] if errors else None}


QUERIES = {
    "page": lambda rng: {},
    "q_accentless": lambda rng: {"q": rng.choice(["dan sinh", "chuyen doi so", "dang vien", "thien tai"])},
    "assignee": lambda rng: {"assignee": rng.choice(["so y te", "cong an", "van phong dang uy"])},
    "directive": lambda rng: {"directive_id": rng.randint(1, 1000)},
    "overdue": lambda rng: {"overdue": "true"},
    "deadline_range": lambda rng: {"deadline_from": str(date.today()), "deadline_to": str(date.today() + timedelta(days=30))},
    "deep_offset": lambda rng: {"offset": rng.randint(50_000, 99_000)},
    "combined": lambda rng: {"q": "dan sinh", "assignee": "so", "overdue": "false", "limit": 20},
}


def bench_tasks(server: Server, token: str, n_queries: int, clients: int = 1) -> dict:
    rng = random.Random(11)
    plan = [(kind, QUERIES[kind](rng)) for kind in list(QUERIES) * (n_queries // len(QUERIES) + 1)][:n_queries]
    rng.shuffle(plan)
    times: dict[str, list[float]] = {k: [] for k in QUERIES}
    totals: dict[str, int] = {}
    lock = threading.Lock()
    it = iter(plan)

    def client() -> None:
        with httpx.Client(base_url=server.base, headers={"Authorization": f"Bearer {token}"}, timeout=60) as c:
            c.get("/tasks", params={"limit": 1})  # warm the connection
            while True:
                with lock:
                    item = next(it, None)
                if item is None:
                    return
                kind, params = item
                t0 = time.perf_counter()
                r = c.get("/tasks", params=params)
                dt = time.perf_counter() - t0
                assert r.status_code == 200, r.text
                with lock:
                    times[kind].append(dt)
                    totals[kind] = r.json()["total"]

    threads = [threading.Thread(target=client) for _ in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    everything = [x for v in times.values() for x in v]
    return {"queries": len(everything), "clients": clients,
            "p50_ms": round(pct(everything, 50) * 1000, 1), "p95_ms": round(pct(everything, 95) * 1000, 1),
            "by_kind": {k: {"p50_ms": round(pct(v, 50) * 1000, 1), "p95_ms": round(pct(v, 95) * 1000, 1),
                            "max_ms": round(max(v) * 1000, 1), "matched": totals.get(k)} for k, v in times.items() if v}}


def run_backend(name: str, args: argparse.Namespace) -> dict:
    from tests.test_api_support import pg_available, pg_database

    with tempfile.TemporaryDirectory(prefix=f"vanban-bench-{name}-") as tmp:
        data = Path(tmp) / "var"
        data.mkdir()
        if name == "postgresql":
            reason = pg_available()
            if reason:
                return {"skipped": reason}
            ctx = pg_database()
            url = ctx.__enter__()
        else:
            ctx, url = None, None
        try:
            token, db_url = prepare_db(url, data)
            server = Server(data, db_url, args.workers)
            try:
                up = bench_uploads(server, token, args.uploads, args.clients, args.wait)
            finally:
                server.stop()
            seeded = seed_tasks(db_url, args.tasks)
            server = Server(data, db_url, args.workers)
            try:
                tasks = [bench_tasks(server, token, args.queries, int(n)) for n in args.query_clients.split(",")]
            finally:
                server.stop()
            for t in tasks:
                t["stored_tasks"] = args.tasks
                t["seed_s"] = round(seeded, 1)
            return {"upload": up, "tasks": tasks}
        finally:
            if ctx is not None:
                ctx.__exit__(None, None, None)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--backends", default="sqlite,postgresql")
    ap.add_argument("--uploads", type=int, default=200)
    ap.add_argument("--clients", type=int, default=20)
    ap.add_argument("--workers", type=int, default=2, help="parse worker processes of the server")
    ap.add_argument("--wait", type=float, default=300, help="seconds to wait for the jobs at most")
    ap.add_argument("--tasks", type=int, default=100_000)
    ap.add_argument("--queries", type=int, default=400, help="GET /tasks requests per run")
    ap.add_argument("--query-clients", default="1,4", help="concurrent clients of each GET /tasks run")
    args = ap.parse_args()
    results = {}
    for name in args.backends.split(","):
        print(f"== {name}", file=sys.stderr, flush=True)
        results[name] = run_backend(name.strip(), args)
        r = results[name]
        if "skipped" in r:
            print(f"   skipped: {r['skipped']}", file=sys.stderr)
            continue
        u = r["upload"]
        print(f"   upload: {u['uploads']} files by {u['clients']} clients: {u['upload_per_s']} uploads/s, "
              f"POST p50 {u['post_p50_ms']} ms, p95 {u['post_p95_ms']} ms; all parsed in {u['all_parsed_s']} s "
              f"({u['parsed_per_s']} docs/s, {u['jobs_failed']} failed, {u['errors']} refused)", file=sys.stderr)
        for t in r["tasks"]:
            print(f"   GET /tasks over {t['stored_tasks']} tasks, {t['queries']} queries by {t['clients']} client(s): "
                  f"p50 {t['p50_ms']} ms, p95 {t['p95_ms']} ms", file=sys.stderr)
            for kind, v in t["by_kind"].items():
                print(f"      {kind:15s} p50 {v['p50_ms']:7.1f}  p95 {v['p95_ms']:7.1f}  max {v['max_ms']:7.1f} ms  "
                      f"({v['matched']} matched)", file=sys.stderr)
    print(json.dumps(results, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
