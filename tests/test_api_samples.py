"""The team's sample directive and its six reports through the API, with the real parser.

Extraction quality is measured elsewhere (bench/, eval); this checks the
service around it: real DOCX and PDF files through worker processes, reports
linked to their directive from their citations (or by hand), the unit
registry naming the coverage rows, silent units listed, a unit token seeing
only its own row.
"""

from __future__ import annotations

import time

import pytest
from fastapi.testclient import TestClient

from tests.test_api_support import ROOT, Api, has_coverage, make_settings

pytestmark = pytest.mark.slow
SAMPLES = ROOT / "samples" / "coverage"


def test_sample_directive_and_reports(tmp_path):
    folder = SAMPLES / "directive_a"
    if not folder.is_dir() or not has_coverage():
        pytest.skip("samples/coverage/directive_a or extract.coverage is not present")
    from api.app import create_app

    settings = make_settings(tmp_path / "var", parse_function="ingest.jobs:parse_file", worker_kind="process",
                             job_timeout_s=120)
    with TestClient(create_app(settings)) as client:
        api = Api(client)
        r = api.post("/units/import", files={"file": ("units_a.csv", (SAMPLES / "units_a.csv").read_bytes())})
        assert r.status_code == 200 and r.json()["created"] == 8, r.text
        files = sorted(folder.iterdir())
        r = api.upload([(p.name, p.read_bytes()) for p in files])
        assert r.status_code == 202, r.text
        jobs = [api.wait_job(j["id"], timeout=180) for j in r.json()["jobs"]]
        assert all(j["status"] == "done" for j in jobs), [(j["filename"], j["reason"]) for j in jobs]
        ids = {j["filename"]: j["document_id"] for j in jobs}
        directive_id = ids["a_directive_125-cv-du.docx"]
        assert api.get(f"/documents/{directive_id}").json()["number_symbol"] == "125-CV/ĐU"

        # reports found their directive by citation; any the parser missed is linked by hand
        linked = {d["filename"] for d in api.get("/documents", params={"directive_id": directive_id}).json()["items"]}
        assert len(linked) >= 4, linked
        for name in set(ids) - linked - {"a_directive_125-cv-du.docx"}:
            r = client.put(f"/documents/{ids[name]}/directive", headers=api.auth(api.office),
                           json={"directive_id": directive_id, "note": "báo cáo của Chỉ thị 125"})
            assert r.status_code == 200
        started = time.perf_counter()
        cov = api.get(f"/directives/{directive_id}/coverage")
        assert cov.status_code == 200, cov.text
        first = time.perf_counter() - started
        cov = cov.json()
        units = {u["unit"]: u["filename"] for u in cov["units"]}
        # the registry names the rows; units that sent nothing are listed without a file
        assert units.get("Chi bộ Khu dân cư số 4", "absent") is None
        assert sum(1 for f in units.values() if f) == 6
        assert len(cov["checklist"]) == len(cov["directive"]["tasks"]) >= 5
        assert any(c["addressed"] for c in cov["cells"])
        started = time.perf_counter()
        assert api.get(f"/directives/{directive_id}/coverage").json() == cov
        assert time.perf_counter() - started < max(first / 2, 0.5)  # the second answer is the cached one

        with client.app.state.sessions() as s:
            from api.auth import create_token

            kdc1 = create_token(s, "KDC 1", "unit", "Chi bộ Khu dân cư số 1")
        mine = api.get(f"/directives/{directive_id}/coverage", kdc1).json()
        assert [u["unit"] for u in mine["units"]] == ["Chi bộ Khu dân cư số 1"]
        assert {c["unit"] for c in mine["cells"]} == {"Chi bộ Khu dân cư số 1"}
        assert api.get(f"/documents/{ids['a_r2_kdc2.docx']}", kdc1).status_code == 403
        xlsx = api.get(f"/directives/{directive_id}/coverage", params={"format": "xlsx"})
        assert xlsx.status_code == 200 and xlsx.content[:2] == b"PK"
