# ruff: noqa: F811  (pytest fixtures imported from tests/test_api_support.py)
"""The web page through FastAPI's TestClient: sign-in cookie, roles, pages, corrections, page images.

Documents are the hand-written contract files of the API tests (tests/test_api_support.py);
the browser itself is driven in tests/e2e/.
"""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from PIL import Image

from api.auth import COOKIE
from tests.test_api_support import (  # noqa: F401  (fixtures)
    DIRECTIVE_TEXT,
    ROOT,
    contract_file,
    directive,
    has_coverage,
    report_file,
    sqlite_api,
)

YTE = "Chi bộ Sở Y tế"
GD = "Chi bộ Sở Giáo dục"
WEB = ROOT / "api" / "web"


def _as(api, token: str | None):
    """The shared TestClient, signed in (cookie only, no Authorization header) as ``token``."""
    api.client.cookies.clear()
    if token:
        api.client.cookies.set(COOKIE, token)
    return api.client


def _load(api) -> tuple[int, int, int]:
    job = api.upload_done("chi-thi-12.txt", contract_file(directive(), DIRECTIVE_TEXT))
    rep1 = api.upload_done("bao-cao-yte.txt", report_file(
        YTE, "03-BC/CB", ["12-CT/ĐU"],
        ["Chi bộ đã rà soát, bổ sung danh sách đảng viên, hoàn thành trong tháng 2.",
         "Chi bộ đã tuyên truyền chính sách dân sinh tới toàn thể đảng viên."]), api.unit_yte)
    rep2 = api.upload_done("bao-cao-gd.txt", report_file(
        GD, "07-BC/CB", ["12-CT/ĐU"], ["Chi bộ đã tổng kết công tác văn nghệ năm 2025."]), api.unit_gd)
    assert job["status"] == rep1["status"] == rep2["status"] == "done"
    return job["document_id"], rep1["document_id"], rep2["document_id"]


def test_sign_in_sets_an_httponly_cookie_and_pages_need_it(sqlite_api):
    api = sqlite_api
    c = _as(api, None)
    r = c.get("/van-ban?q=dan%20sinh", follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == "/dang-nhap?next=%2Fvan-ban%3Fq%3Ddan%2520sinh"
    r = c.get("/chi-thi/1/tong-hop/o?nv=T1&o=x", headers={"HX-Request": "true"}, follow_redirects=False)
    assert r.headers.get("HX-Redirect", "").startswith("/dang-nhap")  # htmx follows it as a page change

    page = c.get("/dang-nhap")
    assert page.status_code == 200 and 'lang="vi"' in page.text and "Mã truy cập" in page.text
    bad = c.post("/dang-nhap", data={"token": "vb_khong-dung", "next": "/van-ban"}, follow_redirects=False)
    assert bad.status_code == 401 and "Mã truy cập không đúng hoặc đã bị thu hồi" in bad.text
    assert COOKIE not in bad.headers.get("set-cookie", "")

    ok = c.post("/dang-nhap", data={"token": f"  {api.office} ", "next": "/van-ban"}, follow_redirects=False)
    assert ok.status_code == 303 and ok.headers["location"] == "/van-ban"
    cookie = ok.headers["set-cookie"]
    assert cookie.startswith(f"{COOKIE}={api.office};")
    assert "HttpOnly" in cookie and "samesite=lax" in cookie.lower() and "Path=/" in cookie
    # only a path on this site is a place to go back to
    for target in ("//evil.example/x", "https://evil.example/", "/\\evil.example"):
        r = c.post("/dang-nhap", data={"token": api.office, "next": target}, follow_redirects=False)
        assert r.headers["location"] == "/"

    _as(api, api.office)
    assert "Văn bản chỉ đạo đang theo dõi" in c.get("/").text
    out = c.post("/dang-xuat", follow_redirects=False)
    assert out.status_code == 303 and out.headers["location"] == "/dang-nhap"
    assert re.search(rf'{COOKIE}=""?;', out.headers["set-cookie"]) and "Max-Age=0" in out.headers["set-cookie"]


def test_api_accepts_the_cookie_and_guards_changes_against_csrf(sqlite_api):
    api = sqlite_api
    doc_id = api.upload_done("chi-thi-12.txt", contract_file(directive(), DIRECTIVE_TEXT))["document_id"]
    c = _as(api, api.office)
    assert c.get("/me").json()["role"] == "office"
    fix = {"path": "place", "value": "Vinh", "note": None}
    # a cross-site form cannot add a header: a change with the cookie alone is refused
    r = c.post(f"/documents/{doc_id}/corrections", json=fix)
    assert r.status_code == 403 and "X-Requested-With" in r.json()["detail"]
    r = c.post(f"/documents/{doc_id}/corrections", json=fix, headers={"X-Requested-With": "vanban"})
    assert r.status_code == 201 and r.json()["document"]["place"] == "Vinh"
    # the bearer token still works without a cookie, and wins over a stale one
    _as(api, "vb_stale")
    assert c.get("/me").status_code == 401
    assert c.get("/me", headers={"Authorization": f"Bearer {api.reader}"}).json()["role"] == "reader"


def test_pages_render_in_vietnamese_with_the_documents(sqlite_api):
    api = sqlite_api
    directive_id, rep1, _ = _load(api)
    c = _as(api, api.office)
    home = c.get("/").text
    assert "12-CT/ĐU" in home and "Ma trận tổng hợp" in home and "Chỉ thị" in home
    assert re.search(r"3\s*<span class=\"badge badge-late\"[^>]*>1 đã qua hạn</span>", home)  # T1: 20/01/2026

    docs = c.get("/van-ban").text
    for text in ("Loại văn bản", "Số, ký hiệu", "Cơ quan ban hành", "Trích yếu", "Trạng thái",
                 "12-CT/ĐU", "03-BC/CB", "07-BC/CB", "05/01/2026", "Đã xử lý"):
        assert text in docs, text
    only_reports = c.get("/van-ban", params={"loai": "report"}).text
    assert "03-BC/CB" in only_reports and f'href="/van-ban/{directive_id}"' not in only_reports
    assert "03-BC/CB" in c.get("/van-ban", params={"q": "y te"}).text  # accents optional

    view = c.get(f"/van-ban/{directive_id}").text
    for text in ("Thông tin văn bản", "Ngày ban hành", "05/01/2026", "ĐẢNG ỦY CÁC CƠ QUAN TỈNH", "Nhiệm vụ",
                 "Ban Tuyên giáo Đảng ủy", "trước ngày 20/01/2026", 'class="textview"'):
        assert text in view, text
    assert re.search(r'id="f-number_symbol".*?data-src=\'\{"bbox": null, "block": \d+, "page": 1\}\'', view, re.S)
    rview = c.get(f"/van-ban/{rep1}").text
    assert "Báo cáo của" in rview and f'href="/van-ban/{directive_id}"' in rview

    upload = c.get("/tai-len").text
    assert "Kéo và thả tệp vào đây" in upload and "bao-cao-yte.txt" in upload and "Hoàn tất" in upload


@pytest.mark.skipif(not has_coverage(), reason="extract.coverage has not landed")
def test_checklist_and_matrix_with_evidence_and_roles(sqlite_api):
    api = sqlite_api
    directive_id, _, rep2 = _load(api)
    c = _as(api, api.office)
    cov = api.get(f"/directives/{directive_id}/coverage").json()
    yte = next(u["unit"] for u in cov["units"] if "y tế" in u["unit"].lower())

    checklist = c.get(f"/chi-thi/{directive_id}/nhiem-vu").text
    rows = dict(re.findall(r'<tr id="row-(T\d)" class="([^"]*)"', checklist))
    assert "overdue" in rows["T1"]  # 20/01/2026 has passed and a unit has not reported it
    assert "overdue" not in rows["T3"]  # 15/3/2099
    assert "Sửa nhiệm vụ" in checklist and "Quá hạn" in checklist

    matrix = c.get(f"/chi-thi/{directive_id}/tong-hop").text
    assert matrix.count('<th class="unit"') == len(cov["units"])
    for label in ("Xuất Excel (XLSX)", "Xuất CSV", "Dự thảo báo cáo tổng hợp (DOCX)"):
        assert label in matrix
    cell = next(x for x in cov["cells"] if x["unit"] == yte and x["addressed"] and x["evidence"])
    frag = c.get(f"/chi-thi/{directive_id}/tong-hop/o", params={"nv": cell["task"], "o": yte},
                 headers={"HX-Request": "true"}).text
    assert cell["evidence"][0]["text"] in frag and "Đã báo cáo thực hiện" in frag
    assert "<html" not in frag and "Điều chỉnh kết quả" in frag
    only_silent = c.get(f"/chi-thi/{directive_id}/tong-hop", params={"loai": "chua-gui"}).text
    assert "Không có đơn vị phù hợp" in only_silent  # every unit of this test reported
    docx = c.get(f"/chi-thi/{directive_id}/tong-hop.docx")
    assert docx.status_code == 200 and docx.content[:2] == b"PK"

    # a corrected cell is drawn as corrected
    r = c.post(f"/directives/{directive_id}/coverage/corrections", headers={"X-Requested-With": "vanban"},
               json={"task": cell["task"], "unit": yte, "addressed": False, "note": "chưa đủ căn cứ"})
    assert r.status_code == 201
    frag = c.get(f"/chi-thi/{directive_id}/tong-hop/o", params={"nv": cell["task"], "o": yte}).text
    assert "Đã sửa bởi Trần Văn Kiểm: chưa đủ căn cứ" in frag and "Chưa thấy nội dung" in frag
    matrix = c.get(f"/chi-thi/{directive_id}/tong-hop").text
    assert re.search(r'class="cell c-no fixed[^"]*"[^>]*>\s*<button[^>]*data-task="' + cell["task"], matrix)

    # a unit sees its own row, no correction form, and not the other unit's report
    c = _as(api, api.unit_yte)
    matrix = c.get(f"/chi-thi/{directive_id}/tong-hop").text
    assert matrix.count('<th class="unit"') == 1 and "Giáo dục" not in matrix
    assert "Điều chỉnh kết quả" not in c.get(f"/chi-thi/{directive_id}/tong-hop/o",
                                             params={"nv": cell["task"], "o": yte}).text
    assert "07-BC/CB" not in c.get("/van-ban").text
    denied = c.get(f"/van-ban/{rep2}")
    assert denied.status_code == 403 and "không có quyền" in denied.text
    # a reader reads, and gets no upload and no edit
    c = _as(api, api.reader)
    view = c.get(f"/van-ban/{directive_id}").text
    assert "Thông tin văn bản" in view and 'class="correct"' not in view and 'href="/tai-len"' not in view
    assert "không được tải văn bản lên" in c.get("/tai-len").text


def test_corrections_show_as_corrected(sqlite_api):
    api = sqlite_api
    doc_id = api.upload_done("chi-thi-12.txt", contract_file(directive(), DIRECTIVE_TEXT))["document_id"]
    c = _as(api, api.office)
    view = c.get(f"/van-ban/{doc_id}").text
    assert 'data-path="subject"' in view and "Đã sửa" not in view
    hdr = {"X-Requested-With": "vanban"}
    assert c.post(f"/documents/{doc_id}/corrections", headers=hdr,
                  json={"path": "subject", "value": "về công tác dân sinh năm 2026", "note": "sai chính tả"}
                  ).status_code == 201
    assert c.post(f"/documents/{doc_id}/corrections", headers=hdr,
                  json={"path": "tasks/T2/deadline", "value": {"text": "trước ngày 30/06/2026", "date": "2026-06-30",
                                                              "recurrence": None}}).status_code == 201
    view = c.get(f"/van-ban/{doc_id}").text
    subject = re.search(r'<div class="field corrected" id="f-subject">(.*?)</div>\s*<div class="field', view, re.S)
    assert subject and "về công tác dân sinh năm 2026" in subject.group(1) and "Đã sửa" in subject.group(1)
    assert "sai chính tả" in subject.group(1)  # the note, in the badge's tooltip
    assert re.search(r'<li class="task corrected" id="task-T2">', view)
    assert "trước ngày 30/06/2026" in c.get(f"/chi-thi/{doc_id}/nhiem-vu").text
    assert "Lịch sử chỉnh sửa" in view and "tasks/T2/deadline" in view


def test_pdf_page_image_is_rendered_once_and_cached(sqlite_api, tmp_path):
    api = sqlite_api
    pdf = next((ROOT / "samples" / "coverage" / "directive_a").glob("*.pdf"))
    job = api.upload_done(pdf.name, pdf.read_bytes())
    assert job["status"] == "done", job
    c = _as(api, api.office)
    view = c.get(f"/van-ban/{job['document_id']}").text
    assert f'src="/van-ban/{job["document_id"]}/trang/1.png"' in view and "data-sizes" in view
    # the tasks and the number carry the bbox of their block, in PDF points on an A4 page
    boxes = re.findall(r'data-src=\'\{"bbox": \[([\d., ]+)\], "block": \d+, "page": 1\}', view)
    assert len(boxes) >= 3 and all(0 <= float(v) <= 842 for b in boxes for v in b.split(","))
    r = c.get(f"/van-ban/{job['document_id']}/trang/1.png")
    assert r.status_code == 200 and r.headers["content-type"] == "image/png" and r.content[:8] == b"\x89PNG\r\n\x1a\n"
    assert Image.open(io.BytesIO(r.content)).width == round(595.28 * 2)  # A4 width in points, at scale 2
    cached = list((Path(api.app.state.settings.data_dir) / "cache" / "pages").glob("*.png"))
    assert len(cached) == 1
    assert c.get(f"/van-ban/{job['document_id']}/trang/99.png").status_code == 404


def test_page_routes_stay_out_of_the_api_schema_and_nothing_comes_from_a_cdn(sqlite_api):
    paths = sqlite_api.client.get("/openapi.json").json()["paths"]
    assert not [p for p in paths if p.startswith(("/van-ban", "/chi-thi", "/dang-", "/tai-len", "/static"))]
    assert "/" not in paths
    assert sqlite_api.client.get("/static/htmx.min.js").status_code == 200
    for f in [*WEB.glob("templates/*.html"), *WEB.glob("static/*.js"), *WEB.glob("static/*.css")]:
        if f.name == "htmx.min.js":
            continue
        assert not re.search(r"""(src|href)=["']?(https?:)?//""", f.read_text("utf-8")), f


def test_locate_finds_fields_and_tasks_among_blocks():
    from api.web.sources import locate

    def block(order, text, page=1, bbox=None):
        return {"order": order, "page": page, "bbox": bbox, "text": text}

    layout = {"pages": [{"number": 1}, {"number": 2}], "blocks": [
        block(0, "ĐẢNG BỘ TỈNH NGHỆ AN", bbox=[60, 50, 250, 64]),
        block(1, "ĐẢNG ỦY CÁC CƠ QUAN TỈNH", bbox=[60, 66, 260, 80]),
        block(2, "Số 12 - CT/ĐU", bbox=[100, 95, 190, 108]),
        block(3, "Nghệ An, ngày 05 tháng 01 năm 2026", bbox=[320, 95, 540, 108]),
        block(4, "CHỈ THỊ", bbox=[270, 140, 330, 156]),
        block(5, "về tăng cường công tác dân sinh", bbox=[200, 158, 400, 172]),
        block(6, "1. Ban Tuyên giáo Đảng uỷ chủ trì tuyên truyền về chính sách dân sinh.", page=2,
              bbox=[70, 90, 530, 120]),
    ]}
    data = {"issuer": {"name": "ĐẢNG ỦY CÁC CƠ QUAN TỈNH", "parent": "ĐẢNG BỘ TỈNH NGHỆ AN"},
            "number_symbol": "12-CT/ĐU", "doc_type": {"code": "CT", "name": "Chỉ thị"}, "place": "Nghệ An",
            "date": "2026-01-05", "subject": "về tăng cường công tác dân sinh", "addressees": [],
            "tasks": [{"id": "T1", "text": "Ban Tuyên giáo Đảng ủy chủ trì tuyên truyền về chính sách dân sinh.",
                       "source": {"page": 2}},
                      {"id": "T2", "text": "Một nhiệm vụ không có trong bố cục", "source": {"page": 2}}],
            "signers": []}
    found = locate(layout, data)
    assert found["issuer/parent"].block == 0 and found["issuer/name"].block == 1
    assert found["doc_type/name"].block == 4 and found["subject"].block == 5
    assert found["date"].block == 3 and found["place"].block == 3
    # the tone mark placed differently ("uỷ"/"ủy") and the list marker do not hide the task's block
    assert found["tasks/T1"].page == 2 and found["tasks/T1"].bbox == [70, 90, 530, 120]
    assert found["tasks/T2"].page == 2 and found["tasks/T2"].bbox is None  # the page at least
    assert "number_symbol" not in found  # "12 - CT/ĐU" is printed with spaces: not claimed blindly
    assert locate(None, data)["tasks/T1"].page == 2  # no layout (a scan): still the page


def test_units_page_lists_the_registry_and_offers_imports_to_the_office(sqlite_api):
    api = sqlite_api
    r = api.client.post("/units/import", headers=api.auth(api.office),
                        files={"file": ("units.csv", "name,aliases\nChi bộ Sở Y tế,Chi bộ Y tế\nChi bộ Sở Giáo dục,\n"
                                        .encode())})
    assert r.status_code == 200 and r.json()["created"] == 2
    c = _as(api, api.office)
    page = c.get("/don-vi").text
    assert "Chi bộ Sở Giáo dục" in page and "Chi bộ Y tế" in page and "2 đơn vị" in page
    assert 'id="units-import"' in page and 'id="token-new"' in page
    c = _as(api, api.reader)
    page = c.get("/don-vi").text
    assert "Chi bộ Sở Y tế" in page and 'id="units-import"' not in page and 'id="token-new"' not in page
