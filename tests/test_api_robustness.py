# ruff: noqa: F811  (pytest fixtures imported from tests/test_api_support.py)
"""Values longer than their columns, and relinking to a document that is not a directive.

PostgreSQL refuses a string longer than its ``VARCHAR(n)``; SQLite stores it. The
lengths come from the same models on both, so these tests check on SQLite what
is written (cut copies, whole JSON) and run on PostgreSQL too when a server is up.
"""

from __future__ import annotations

from sqlalchemy import select

from ingest.models import Correction, Document, Task
from tests.test_api_support import (  # noqa: F401  (fixtures)
    api,
    contract_file,
    database_url,
    directive,
    report_file,
)

# An OCR'd header where the number line swallowed the subject and the place line:
# far over the 200 characters of documents.number_symbol.
LONG_NUMBER = ("12-CT/ĐU về tăng cường công tác dân sinh, chuyển đổi số và rà soát, bổ sung danh sách "
               "đảng viên trong các chi bộ trực thuộc Đảng ủy các cơ quan tỉnh Nghệ An, giai đoạn 2026 – 2030, "
               "Nghệ An, ngày 05 tháng 01 năm 2026")
# A section heading read as the section number (over the 60 characters of tasks.section).
LONG_SECTION = "II.3. Nhiệm vụ về chuyển đổi số trong các cơ quan Đảng, Mặt trận Tổ quốc và đoàn thể"
# Task ids that are the same for their first 40 characters (tasks.key is 40, unique per document).
LONG_ID_A = "T1-nhiem-vu-trong-tam-ve-chuyen-doi-so-cap-tinh-a"
LONG_ID_B = "T1-nhiem-vu-trong-tam-ve-chuyen-doi-so-cap-tinh-b"
LONG_UNIT = "Chi bộ Sở Tài nguyên và Môi trường " * 10  # over the 300 characters of documents.report_unit


def _limit(column) -> int:
    return column.type.length


def _long_directive() -> dict:
    doc = directive(LONG_NUMBER, tasks=[
        {"id": LONG_ID_A, "section": LONG_SECTION, "text": "Văn phòng Đảng ủy chủ trì xây dựng kho dữ liệu "
         "văn bản điện tử, hoàn thành trước ngày 30/6/2026.", "assignees": ["Văn phòng Đảng ủy"],
         "deadline": {"text": "trước ngày 30/6/2026", "date": "2026-06-30", "recurrence": None}},
        {"id": LONG_ID_B, "parent": LONG_ID_A, "section": "II.3", "text": "Các chi bộ trực thuộc cập nhật "
         "hồ sơ đảng viên lên hệ thống, báo cáo hằng quý.", "assignees": ["Các chi bộ trực thuộc"],
         "deadline": {"text": "hằng quý", "date": None, "recurrence": "quarterly"}},
    ])
    doc["doc_type"] = {"code": "CHỈ THỊ CỦA BAN THƯỜNG VỤ", "name": "Chỉ thị"}  # over the 20 of doc_type
    return doc


def test_overlong_parser_output_is_stored_whole_and_indexed_cut(api):
    job = api.upload_done("chi-thi-ocr.txt", contract_file(_long_directive()))
    assert job["status"] == "done", job
    doc_id = job["document_id"]

    machine = api.get(f"/documents/{doc_id}", params={"machine": True}).json()
    assert machine["number_symbol"] == LONG_NUMBER
    assert machine["doc_type"]["code"] == "CHỈ THỊ CỦA BAN THƯỜNG VỤ"
    assert [(t["id"], t.get("parent"), t["section"]) for t in machine["tasks"]] == [
        (LONG_ID_A, None, LONG_SECTION), (LONG_ID_B, LONG_ID_A, "II.3")]
    assert api.get(f"/documents/{doc_id}").json()["number_symbol"] == LONG_NUMBER

    with api.app.state.sessions() as s:
        d = s.get(Document, doc_id)
        assert d.number_symbol == LONG_NUMBER[:_limit(Document.number_symbol)]
        assert len(d.number_key) <= _limit(Document.number_key)
        assert d.doc_type == "CHỈ THỊ CỦA BAN THƯỜNG VỤ"[:_limit(Document.doc_type)]
        rows = list(s.scalars(select(Task).where(Task.document_id == doc_id).order_by(Task.position)))
        key_len = _limit(Task.key)
        assert rows[0].key == LONG_ID_A[:key_len]
        assert rows[1].key != rows[0].key and len(rows[1].key) == key_len  # kept apart by the unique index
        assert rows[1].parent == LONG_ID_A[:_limit(Task.parent)]
        assert rows[0].section == LONG_SECTION[:_limit(Task.section)]

    # search still sees the whole number (search_folded is text), filters see the cut copies
    assert api.get("/documents", params={"q": "giai doan 2026"}).json()["total"] == 1
    assert {t["id"] for t in api.get("/tasks", params={"directive_id": doc_id, "section": "II"}).json()["items"]} \
        == {LONG_ID_A[:key_len], rows[1].key}

    # a report citing the over-long number still finds its directive, and its unit is cut
    rep = api.upload_done("bao-cao.txt", report_file(LONG_UNIT, "03-BC/CB", [LONG_NUMBER],
                                                     ["Chi bộ đã cập nhật hồ sơ đảng viên."]))
    assert rep["status"] == "done", rep
    assert api.get(f"/documents/{rep['document_id']}/summary").json()["directive_id"] == doc_id
    with api.app.state.sessions() as s:
        r = s.get(Document, rep["document_id"])
        assert r.report_unit == LONG_UNIT[:_limit(Document.report_unit)]
        assert r.data["report"]["unit"] == LONG_UNIT


def test_overlong_correction_is_refused_naming_the_field(api):
    job = api.upload_done("chi-thi-12.txt", contract_file(directive()))
    doc_id = job["document_id"]

    def correct(path, value):
        return api.post(f"/documents/{doc_id}/corrections", json={"path": path, "value": value})

    r = correct("number_symbol", LONG_NUMBER)
    assert r.status_code == 422 and r.json()["detail"].startswith("number_symbol is too long: at most 200")
    r = correct("tasks/T2/section", LONG_SECTION)
    assert r.status_code == 422 and r.json()["detail"].startswith("tasks/T2/section is too long")
    r = correct("tasks/0", {"id": LONG_ID_A, "text": "Ban Tuyên giáo Đảng ủy chủ trì tuyên truyền."})
    assert r.status_code == 422 and r.json()["detail"].startswith(f"tasks/{LONG_ID_A}/id is too long")
    r = correct("report", {"unit": LONG_UNIT, "answers": []})
    assert r.status_code == 422 and "report/unit" in r.json()["detail"]
    r = correct("doc_type/code", "CHỈ THỊ CỦA BAN THƯỜNG VỤ")
    assert r.status_code == 422 and "doc_type/code" in r.json()["detail"]
    with api.app.state.sessions() as s:
        assert s.scalar(select(Correction.id).where(Correction.document_id == doc_id)) is None
        assert s.get(Document, doc_id).number_symbol == "12-CT/ĐU"

    # a field kept only as JSON or text has no column length: a long value is stored whole
    long_subject = "về tăng cường công tác dân sinh " * 40
    assert correct("subject", long_subject).status_code == 201
    assert api.get(f"/documents/{doc_id}").json()["subject"] == long_subject
    assert api.get(f"/documents/{doc_id}/corrections").json()["items"][0]["after"] == long_subject


def test_correction_beside_overlong_machine_output_is_accepted(api):
    """The parser's over-long number is not the reviewer's doing: fixing another field still works."""
    doc_id = api.upload_done("chi-thi-ocr.txt", contract_file(_long_directive()))["document_id"]
    r = api.post(f"/documents/{doc_id}/corrections", json={"path": "subject", "value": "về chuyển đổi số"})
    assert r.status_code == 201, r.text
    r = api.post(f"/documents/{doc_id}/corrections", json={"path": "number_symbol", "value": "12-CT/ĐU"})
    assert r.status_code == 201, r.text  # the reviewer shortens it: accepted, and the column follows
    with api.app.state.sessions() as s:
        assert s.get(Document, doc_id).number_symbol == "12-CT/ĐU"


def test_relink_to_a_document_that_is_not_a_directive_is_refused(api):
    d12 = api.upload_done("chi-thi-12.txt", contract_file(directive()))["document_id"]
    rep = api.upload_done("bao-cao-yte.txt", report_file("Chi bộ Sở Y tế", "03-BC/CB", ["12-CT/ĐU"],
                                                         ["Chi bộ đã rà soát danh sách đảng viên."]))["document_id"]
    other_rep = api.upload_done("bao-cao-gd.txt", report_file("Chi bộ Sở Giáo dục", "07-BC/CB", ["12-CT/ĐU"],
                                                              ["Chi bộ đã tổng kết năm 2025."]))["document_id"]
    letter = api.upload_done("thu-moi.txt", b"#Giay moi hop chi bo thang 3\n")["document_id"]

    def relink(target):
        return api.client.put(f"/documents/{rep}/directive", headers=api.auth(api.office),
                              json={"directive_id": target})

    for target, kind in ((other_rep, "'report'"), (letter, "'other'")):
        r = relink(target)
        assert r.status_code == 422, r.text
        assert r.json()["detail"] == (f"document {target} is not a directive (its class is {kind}): "
                                      "a report can only be linked to a directive")
    summary = api.get(f"/documents/{rep}/summary").json()
    assert summary["directive_id"] == d12 and summary["link_manual"] is False  # the automatic link stays
    assert api.get(f"/documents/{rep}/corrections").json()["items"] == []  # nothing audited
    r = relink(d12)
    assert r.status_code == 200 and r.json()["link_manual"] is True
