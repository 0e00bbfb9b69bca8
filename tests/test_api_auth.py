# ruff: noqa: F811  (pytest fixtures imported from tests/test_api_support.py)
"""Tokens and roles: every endpoint checks them."""

from __future__ import annotations

import re

from tests.test_api_support import (  # noqa: F401  (fixtures)
    DIRECTIVE_TEXT,
    api,
    contract_file,
    database_url,
    directive,
    has_coverage,
    report_file,
)


def test_no_token_is_401_everywhere(api):
    paths = api.app.openapi()["paths"]
    assert len(paths) >= 15
    for path, operations in paths.items():
        if path == "/health":
            continue
        url = path.replace("{doc_id}", "1").replace("{job_id}", "x").replace("{directive_id}", "1") \
                  .replace("{unit_id}", "1")
        for method in operations:
            r = api.client.request(method.upper(), url)
            assert r.status_code == 401, (method, url, r.status_code)
            assert r.json()["detail"].startswith("missing API token")
            assert r.headers["www-authenticate"] == "Bearer"
    r = api.client.get("/documents", headers={"Authorization": "Bearer vb_not-a-token"})
    assert r.status_code == 401 and "unknown" in r.json()["detail"]
    assert api.client.get("/health").status_code == 200
    # the OpenAPI pages work on a closed network: their scripts come from this server, not a CDN
    docs = api.client.get("/docs")
    assert docs.status_code == 200 and "cdn." not in docs.text and "/openapi.json" in docs.text
    script = re.search(r'src="([^"]+swagger-ui-bundle\.js)"', docs.text).group(1)
    assert script.startswith("/") and api.client.get(script).status_code == 200


def test_unit_sees_directives_and_its_own_reports_only(api):
    d = api.upload_done("chi-thi.txt", contract_file(directive(), DIRECTIVE_TEXT))
    mine = api.upload_done("bc-yte.txt", report_file("Chi bộ Sở Y tế", "03-BC/CB", ["12-CT/ĐU"],
                                                     ["Chi bộ đã rà soát danh sách đảng viên."]), api.unit_yte)
    theirs = api.upload_done("bc-gd.txt", report_file("Chi bộ Sở Giáo dục", "07-BC/CB", ["12-CT/ĐU"],
                                                      ["Chi bộ đã tuyên truyền chính sách dân sinh."]), api.unit_gd)

    # a unit reading another unit's report: 403, for the document, its original, its job, its audit
    for url in (f"/documents/{theirs['document_id']}", f"/documents/{theirs['document_id']}/original",
                f"/documents/{theirs['document_id']}/summary", f"/documents/{theirs['document_id']}/corrections",
                f"/jobs/{theirs['id']}"):
        r = api.get(url, api.unit_yte)
        assert r.status_code == 403, (url, r.status_code)
        assert "another unit" in r.json()["detail"]
    assert api.get(f"/documents/{mine['document_id']}", api.unit_yte).status_code == 200
    assert api.get(f"/documents/{d['document_id']}", api.unit_yte).status_code == 200  # directives: yes
    listed = {x["id"] for x in api.get("/documents", api.unit_yte).json()["items"]}
    assert listed == {d["document_id"], mine["document_id"]}
    assert {j["id"] for j in api.get("/jobs", api.unit_yte).json()["items"]} == {mine["id"]}
    # the reader reads all, writes nothing
    assert api.get(f"/documents/{theirs['document_id']}", api.reader).status_code == 200
    assert api.upload([("x.txt", b"#note")], api.reader).status_code == 403
    assert api.post("/tokens", api.unit_yte, json={"name": "x", "role": "office"}).status_code == 403

    if has_coverage():
        cov = api.get(f"/directives/{d['document_id']}/coverage", api.unit_yte)
        assert cov.status_code == 200, cov.text
        body = cov.json()
        assert body["units"] and all("y tế" in u["unit"].lower() for u in body["units"])
        assert all("y tế" in c["unit"].lower() for c in body["cells"])
        assert all("giáo dục" not in " ".join(i["addressed_by"] + i["missing"]).lower()
                   for i in body["checklist"])
        office = api.get(f"/directives/{d['document_id']}/coverage").json()
        assert len(office["units"]) > len(body["units"])


def test_tokens_created_over_the_api_work(api):
    r = api.post("/tokens", json={"name": "Chi bộ Sở Tư pháp", "role": "unit", "unit": "Chi bộ Sở Tư pháp"})
    assert r.status_code == 201, r.text
    token = r.json()["token"]
    me = api.get("/me", token).json()
    assert me == {"user_id": me["user_id"], "name": "Chi bộ Sở Tư pháp", "role": "unit", "unit": "Chi bộ Sở Tư pháp"}
    assert api.post("/tokens", json={"name": "x", "role": "unit"}).status_code == 422
    with api.app.state.sessions() as s:
        from sqlalchemy import select

        from ingest.models import ApiToken

        stored = s.scalars(select(ApiToken.token_hash)).all()
    assert token not in stored  # only hashes are kept
    listed = api.get("/tokens").json()["items"]
    mine = next(t for t in listed if t["name"] == "Chi bộ Sở Tư pháp")
    assert token.startswith(mine["prefix"]) and mine["revoked"] is False
    assert api.client.delete(f"/tokens/{mine['prefix']}", headers=api.auth(token)).status_code == 403
    r = api.client.delete(f"/tokens/{mine['prefix']}", headers=api.auth(api.office))
    assert r.status_code == 200 and r.json()["revoked"] is True
    assert api.get("/me", token).status_code == 401
