"""The clerk's day, in real headless Chromium against a real server.

Sign in, drag a directive and three of its reports (samples/coverage/directive_a)
onto the upload page with a damaged file among them, wait for processing, open
the coverage matrix, read a cell's evidence, correct a cell, a field and a task,
export the XLSX (opened with openpyxl) and look as a unit user. Each page is
screenshotted to var/screenshots/.
"""

from __future__ import annotations

import base64
import csv
import io
import re

import httpx
import pytest
from openpyxl import load_workbook

from tests.test_api_support import ROOT

pytestmark = pytest.mark.slow

SAMPLES = ROOT / "samples" / "coverage" / "directive_a"
FILES = ["a_directive_125-cv-du.docx", "a_r1_kdc1.docx", "a_r2_kdc2.docx", "a_r6_tramyte.pdf"]
UNIT = "Chi bộ Khu dân cư số 1"


def _registry_csv() -> bytes:
    """samples/coverage/units_a.csv with the header POST /units/import reads (name, aliases)."""
    rows = list(csv.reader(io.StringIO((ROOT / "samples/coverage/units_a.csv").read_text("utf-8"))))
    out = io.StringIO()
    w = csv.writer(out)
    w.writerow(["name", "aliases"])
    w.writerows(rows[1:])
    return out.getvalue().encode("utf-8")


def _drop(page, files: list[tuple[str, bytes]]) -> None:
    """Drag and drop files onto the drop zone, as a clerk does from the file manager."""
    payload = [{"name": n, "b64": base64.b64encode(b).decode()} for n, b in files]
    page.evaluate("""(files) => {
        const dt = new DataTransfer();
        for (const f of files) {
            const bytes = Uint8Array.from(atob(f.b64), c => c.charCodeAt(0));
            dt.items.add(new File([bytes], f.name));
        }
        const zone = document.getElementById('dropzone');
        zone.dispatchEvent(new DragEvent('dragover', {dataTransfer: dt, bubbles: true, cancelable: true}));
        zone.dispatchEvent(new DragEvent('drop', {dataTransfer: dt, bubbles: true, cancelable: true}));
    }""", payload)


def _api(base: str, token: str) -> httpx.Client:
    return httpx.Client(base_url=base, headers={"Authorization": f"Bearer {token}"}, timeout=60)


def test_clerk_uploads_reviews_and_exports(server, browser, shots, tmp_path):
    base, office, _ = server
    api = _api(base, office)

    ctx = browser.new_context(viewport={"width": 1366, "height": 768}, locale="vi-VN", accept_downloads=True)
    ctx.set_default_timeout(30_000)
    page = ctx.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))

    # --- sign in: a page needs the cookie; a wrong token is refused in Vietnamese
    page.goto(base + "/van-ban")
    assert "/dang-nhap" in page.url
    page.fill("#token", "vb_sai-ma")
    page.click("button[type=submit]")
    assert "Mã truy cập không đúng" in page.inner_text(".alert-error")
    shots(page, "01-dang-nhap")
    page.fill("#token", office)
    page.click("button[type=submit]")
    page.wait_for_url(re.compile(r"/van-ban$"))
    cookie = next(c for c in ctx.cookies() if c["name"] == "vanban_token")
    assert cookie["httpOnly"] and cookie["value"] == office
    assert page.evaluate("document.cookie") == ""  # scripts cannot read the token

    # --- units: import the registry from CSV, issue a token for one unit
    page.get_by_role("link", name="Đơn vị", exact=True).click()
    registry = tmp_path / "don-vi.csv"
    registry.write_bytes(_registry_csv())
    page.set_input_files("#units-import input[name=file]", str(registry))
    page.click("#units-import button[type=submit]")
    page.locator("#units-import .form-msg", has_text="Đã thêm 8, cập nhật 0 đơn vị.").wait_for()
    assert page.locator("#units tbody tr").count() == 8
    page.fill("#token-new input[name=name]", UNIT)
    page.select_option("#token-new select[name=role]", "unit")
    page.fill("#token-new input[name=unit]", UNIT)
    page.click("#token-new button[type=submit]")
    page.locator("#token-new .token-box").wait_for()
    unit_token = page.inner_text("#token-new .token").strip()
    assert unit_token.startswith("vb_")
    page.evaluate("window.scrollTo(0, 0)")
    shots(page, "02-don-vi")

    # --- upload: four good files and a damaged one, dropped together
    page.get_by_role("link", name="Tải lên", exact=True).click()
    files = [(n, (SAMPLES / n).read_bytes()) for n in FILES]
    files += [("cong-van-hong.pdf", b"%PDF-1.4\nnot really\n"),  # refused at upload (no page can be read)
              ("bao-cao-hong.docx", b"PK\x03\x04 not a zip at all")]  # accepted, then fails in the parser
    _drop(page, files)
    page.wait_for_function("document.querySelectorAll('.upload-row[data-status=done]').length === 4 && "
                           "document.querySelectorAll('.upload-row[data-status=failed]').length === 2",
                           timeout=100_000)
    # failures are shown with their reason, in Vietnamese (the service's words in the tooltip)
    bad = page.locator(".upload-row", has_text="cong-van-hong.pdf").locator(".st")
    assert bad.inner_text().startswith("Lỗi: cong-van-hong.pdf: tệp pdf bị hỏng hoặc không đọc được")
    assert "damaged or unreadable pdf" in bad.get_attribute("title")
    bad = page.locator(".upload-row", has_text="bao-cao-hong.docx").locator(".st")
    assert bad.inner_text() == "Lỗi: tệp hỏng: không phải tệp DOCX hợp lệ"
    good = page.locator(".upload-row", has_text="a_directive_125-cv-du.docx")
    good.locator(".fname .muted").wait_for()
    assert "125-CV/ĐU" in good.inner_text()
    assert page.locator(".upload-row progress").first.get_attribute("value") == "100"
    shots(page, "03-tai-len")

    # --- documents list
    page.get_by_role("link", name="Văn bản", exact=True).click()
    page.wait_for_url(re.compile(r"/van-ban$"))
    rows = page.locator("table.documents tbody tr")
    assert rows.count() == 5  # the refused PDF is no document; the damaged DOCX is one, unreadable
    assert "Không đọc được" in page.locator("table.documents tr", has_text="bao-cao-hong.docx").inner_text()
    assert page.locator("table.documents", has_text="02-BC/CB").count() == 1
    shots(page, "04-van-ban")
    docs = {d["filename"]: d for d in api.get("/documents").json()["items"]}
    directive_id = docs["a_directive_125-cv-du.docx"]["id"]
    assert docs["a_r6_tramyte.pdf"]["directive_id"] == directive_id

    # --- overview → coverage matrix
    page.get_by_role("link", name="Tổng quan", exact=True).click()
    page.get_by_role("link", name="Ma trận tổng hợp").click()
    page.wait_for_selector("table.matrix")
    assert page.locator("table.matrix tbody tr").count() == 8  # three reporting units, five registered silent
    assert page.locator("table.matrix tr.silent").count() == 5
    assert page.locator("table.matrix tr.silent .badge-silent").first.inner_text() == "Chưa gửi báo cáo"
    shots(page, "05-ma-tran")

    cov = api.get(f"/directives/{directive_id}/coverage").json()
    cell = next(c for c in cov["cells"] if c["unit"] == UNIT and c["addressed"] and c["evidence"])
    page.click(f"table.matrix td.cell button[data-task='{cell['task']}'][data-unit='{UNIT}']")
    page.wait_for_selector("#cellview")
    evidence = page.locator("#panel .evidence-text").first.inner_text()
    assert evidence == cell["evidence"][0]["text"]
    assert "Đã báo cáo thực hiện" in page.inner_text("#panel .status")
    shots(page, "06-can-cu")

    # --- correct a cell: the matcher's "not addressed" becomes "addressed", shown as corrected
    miss = next(c for c in cov["cells"] if c["unit"] == UNIT and not c["addressed"])
    page.click(f"table.matrix td.cell button[data-task='{miss['task']}'][data-unit='{UNIT}']")
    page.wait_for_selector(f"#cellview[data-task='{miss['task']}']")
    page.fill("#panel input[name=note]", "Có nêu trong phần kết quả, trang 1")
    page.click("#panel button[value=true]")
    fixed = page.locator(f"table.matrix td.cell.fixed:has(button[data-task='{miss['task']}'][data-unit='{UNIT}'])")
    fixed.wait_for()
    assert "c-yes" in fixed.get_attribute("class")
    assert "Đã sửa bởi Nguyễn Thị Lan" in page.inner_text("#panel")
    after = api.get(f"/directives/{directive_id}/coverage").json()
    fixed_cell = next(c for c in after["cells"] if c["task"] == miss["task"] and c["unit"] == UNIT)
    assert fixed_cell["addressed"] is True and fixed_cell["corrected"]["note"] == "Có nêu trong phần kết quả, trang 1"

    # --- export XLSX from the page; the download opens with openpyxl
    with page.expect_download() as info:
        page.click("#export-xlsx")
    saved = tmp_path / info.value.suggested_filename
    info.value.save_as(saved)
    wb = load_workbook(saved)
    sheet = wb.worksheets[0]
    values = [str(v) for row in sheet.iter_rows(values_only=True) for v in row if v is not None]
    assert UNIT in values and "T1" in values and any("125-CV/ĐU" in v for v in values)
    with page.expect_download() as info:
        page.click("#export-docx")
    assert info.value.suggested_filename.endswith(".docx")

    # --- document view of the directive (DOCX: text blocks); a task shows its block; correct a field
    page.goto(f"{base}/van-ban/{directive_id}")
    page.click("#task-T2 button.src")
    lit = page.locator(".textview .blk.lit")
    assert lit.count() == 1 and lit.inner_text().startswith("2. Rà soát")
    new_subject = "lãnh đạo tổ chức Tết Nguyên đán Bính Ngọ năm 2026 (đã rà soát)"
    page.click("#f-subject summary")
    page.fill("#f-subject textarea[name=value]", new_subject)
    page.fill("#f-subject input[name=note]", "bổ sung ghi chú")
    page.click("#f-subject button[type=submit]")
    page.locator("#f-subject .badge-fixed").wait_for()
    assert new_subject in page.inner_text("#f-subject")
    assert api.get(f"/documents/{directive_id}").json()["subject"] == new_subject
    shots(page, "07-chi-thi")

    # --- the PDF report: rendered page image, a task's block highlighted on it
    report_id = docs["a_r6_tramyte.pdf"]["id"]
    page.goto(f"{base}/van-ban/{report_id}")
    page.wait_for_function("document.getElementById('page-img').naturalWidth > 1000")
    page.click("#task-T1 button.src")
    box = page.locator("#hl")
    box.wait_for(state="visible")
    hl = box.bounding_box()
    img = page.locator("#page-img").bounding_box()
    assert hl["width"] > img["width"] * 0.5 and img["y"] < hl["y"] < img["y"] + img["height"]
    shots(page, "08-bao-cao-pdf")

    # --- checklist: overdue tasks stand out; correct a task's deadline in place
    page.goto(f"{base}/chi-thi/{directive_id}/nhiem-vu")
    assert page.locator("tr.overdue .badge-late").count() >= 1
    row = page.locator("#row-T7")
    row.locator("details.edit > summary").click()
    row.locator("input[name=deadline_date]").fill("2026-02-20")
    row.locator("input[name=deadline_text]").fill("trước ngày 20/02/2026")
    row.locator("button[type=submit]").click()
    page.locator("#row-T7 .badge-fixed").wait_for()
    assert "20/02/2026" in page.inner_text("#row-T7")
    task = next(t for t in api.get("/tasks", params={"directive_id": directive_id}).json()["items"] if t["id"] == "T7")
    assert task["deadline"]["date"] == "2026-02-20" and task["overdue"] is True
    page.evaluate("window.scrollTo(0, 0)")
    shots(page, "09-nhiem-vu", full=True)
    assert errors == []
    ctx.close()

    # --- a unit user sees its own row only, and not other units' reports
    uctx = browser.new_context(viewport={"width": 1366, "height": 768}, locale="vi-VN")
    upage = uctx.new_page()
    upage.goto(base + "/dang-nhap")
    upage.fill("#token", unit_token)
    upage.click("button[type=submit]")
    upage.wait_for_url(base + "/")
    upage.goto(f"{base}/chi-thi/{directive_id}/tong-hop")
    units = upage.locator("table.matrix tbody th.unit")
    assert units.count() == 1 and UNIT in units.inner_text()
    assert upage.locator("#panel form.correct-cell").count() == 0
    shots(upage, "10-don-vi-ma-tran")
    upage.goto(base + "/van-ban")
    listed = upage.inner_text("table.documents")
    assert "125-CV/ĐU" in listed and "a_r6_tramyte.pdf" not in listed
    upage.goto(f"{base}/van-ban/{report_id}")
    assert "không có quyền" in upage.inner_text("main")
    shots(upage, "11-don-vi-khong-quyen")
    uctx.close()
