"""Build the coverage samples: two directives and the reports units sent back.

    .venv/bin/python samples/coverage/build.py

Every text below was written by hand for this project (names, numbers and
dates are invented). The documents follow the layout rules of the domain notes
(§1, §4): the header is a borderless two-column table, the signature and the
"Nơi nhận" list share another one, Times New Roman 13–14 is set on every run
(python-docx's default theme font is not installed here). One report per
directive is also converted to PDF by LibreOffice headless, each conversion
with its own profile folder (a shared profile makes the second run fail
silently).

The built files are committed; the gold files in ``gold/`` were written by
hand from these texts, never produced by running the extractor.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = Path(__file__).resolve().parent
FONT = "Times New Roman"


@dataclass
class Doc:
    """One document as a clerk would type it."""

    filename: str
    party: bool  # Party regime (ĐẢNG CỘNG SẢN VIỆT NAM) or state (Quốc hiệu + Tiêu ngữ)
    left: list[str]  # left header lines: superior body, issuing body (bold)
    number: str  # as printed after "Số"
    place_date: str
    type_line: str | None  # "BÁO CÁO"; None for a công văn
    subject: str  # trích yếu, or the V/v text of a công văn
    kinh_gui: list[str] = field(default_factory=list)
    body: list[tuple[str, str]] = field(default_factory=list)  # (style, text): p, h1, h2, item
    authority: list[str] = field(default_factory=list)
    title: str = ""
    name: str = ""
    noi_nhan: list[str] = field(default_factory=list)
    pdf: bool = False
    issuer_lines: int = 1  # how many of the last left lines name the issuer ("ỦY BAN NHÂN DÂN" / "PHƯỜNG X")


# --- writing DOCX -------------------------------------------------------------

def _run(par, text: str, size: float = 14, bold: bool = False, italic: bool = False,
         underline: bool = False) -> None:
    run = par.add_run(text)
    run.font.name = FONT
    run.font.size = Pt(size)
    run.bold = bold
    run.italic = italic
    run.underline = underline
    rpr = run._element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.insert(0, fonts)
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attr), FONT)


def _para(container, text: str = "", align=None, size: float = 14, bold: bool = False,
          italic: bool = False, underline: bool = False, indent: bool = False, after: float = 0):
    par = container.add_paragraph()
    fmt = par.paragraph_format
    fmt.space_before = Pt(0)
    fmt.space_after = Pt(after)
    if align is not None:
        par.alignment = align
    if indent:
        fmt.first_line_indent = Cm(1.27)
    if text:
        _run(par, text, size=size, bold=bold, italic=italic, underline=underline)
    return par


def _borderless(table) -> None:
    tbl_pr = table._tbl.tblPr
    borders = tbl_pr.makeelement(qn("w:tblBorders"), {})
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = borders.makeelement(qn(f"w:{edge}"), {qn("w:val"): "nil"})
        borders.append(el)
    tbl_pr.append(borders)


def _cell_first(cell):
    """The first (empty) paragraph python-docx puts in a new cell, reused."""
    return cell.paragraphs[0]


def write_docx(d: Doc, path: Path) -> None:
    document = Document()
    section = document.sections[0]
    section.page_height, section.page_width = Cm(29.7), Cm(21.0)
    section.top_margin = section.bottom_margin = Cm(2)
    section.left_margin, section.right_margin = Cm(3), Cm(1.5)
    style = document.styles["Normal"]
    style.font.name = FONT
    style.font.size = Pt(14)

    # Header: borderless 2-column table (domain notes §1.3).
    head = document.add_table(rows=1, cols=2)
    head.alignment = WD_TABLE_ALIGNMENT.CENTER
    _borderless(head)
    left, right = head.rows[0].cells
    left.width, right.width = Cm(7.5), Cm(9.5)
    first = True
    for i, line in enumerate(d.left):
        par = _cell_first(left) if first else left.add_paragraph()
        first = False
        par.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _run(par, line, size=13 if d.party else 12.5, bold=(i >= len(d.left) - d.issuer_lines))
    if d.party:
        _run(left.add_paragraph(), "*", size=13)
        left.paragraphs[-1].alignment = WD_ALIGN_PARAGRAPH.CENTER
        number = f"Số {d.number}"
    else:
        number = f"Số: {d.number}"
    par = left.add_paragraph()
    par.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _run(par, number, size=13)
    if d.type_line is None:  # công văn: V/v under the number (state) or italic subject (Party)
        par = left.add_paragraph()
        par.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _run(par, f"V/v {d.subject}", size=12, italic=d.party)

    par = _cell_first(right)
    par.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if d.party:
        _run(par, "ĐẢNG CỘNG SẢN VIỆT NAM", size=15, bold=True, underline=True)
    else:
        _run(par, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", size=12.5, bold=True)
        par = right.add_paragraph()
        par.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _run(par, "Độc lập - Tự do - Hạnh phúc", size=13.5, bold=True, underline=True)
    par = right.add_paragraph()
    par.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _run(par, d.place_date, size=14, italic=True)

    _para(document, "")
    if d.type_line:
        _para(document, d.type_line, WD_ALIGN_PARAGRAPH.CENTER, size=15, bold=True)
        _para(document, d.subject, WD_ALIGN_PARAGRAPH.CENTER, size=14, bold=True)
        _para(document, "-----" if d.party else "", WD_ALIGN_PARAGRAPH.CENTER, size=14, after=6)
    if d.kinh_gui:
        if len(d.kinh_gui) == 1:
            par = _para(document, "", WD_ALIGN_PARAGRAPH.CENTER, after=6)
            _run(par, "Kính gửi: ", italic=d.party)
            _run(par, d.kinh_gui[0], italic=d.party)
        else:
            _para(document, "Kính gửi:", WD_ALIGN_PARAGRAPH.CENTER, italic=d.party)
            for i, name in enumerate(d.kinh_gui):
                end = "." if i == len(d.kinh_gui) - 1 else ";"
                par = _para(document, f"- {name}{end}", WD_ALIGN_PARAGRAPH.LEFT)
                par.paragraph_format.left_indent = Cm(4)
            _para(document, "", after=6)

    for kind, text in d.body:
        if kind == "table":  # a results table ("Biểu kết quả"): rows of cells, "|" between cells, first row bold
            rows = [r.split(" | ") for r in text.split("\n")]
            table = document.add_table(rows=len(rows), cols=len(rows[0]))
            table.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, value in enumerate(row):
                    _run(_cell_first(table.rows[i].cells[j]), value, size=13, bold=(i == 0))
            _para(document, "", after=6)
            continue
        if kind == "h1":
            par = _para(document, text, WD_ALIGN_PARAGRAPH.JUSTIFY, bold=True, indent=True, after=6)
        elif kind == "h2":
            par = _para(document, text, WD_ALIGN_PARAGRAPH.JUSTIFY, bold=True, italic=False,
                        indent=True, after=6)
        else:
            par = _para(document, text, WD_ALIGN_PARAGRAPH.JUSTIFY, indent=True, after=6)
        par.paragraph_format.line_spacing = 1.15

    # Signature zone: Nơi nhận (left) | authority, title, name (right).
    foot = document.add_table(rows=1, cols=2)
    _borderless(foot)
    left, right = foot.rows[0].cells
    left.width, right.width = Cm(8), Cm(8.5)
    par = _cell_first(left)
    if d.party:
        _run(par, "Nơi nhận:", size=14, underline=True)
    else:
        _run(par, "Nơi nhận:", size=12, bold=True, italic=True)
    sep, last = ("," if d.party else ";"), "."
    for i, item in enumerate(d.noi_nhan):
        end = last if i == len(d.noi_nhan) - 1 else sep
        par = left.add_paragraph()
        _run(par, f"- {item}{end}", size=12 if d.party else 11)
    par = _cell_first(right)
    par.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for i, line in enumerate(d.authority):
        if i:
            par = right.add_paragraph()
            par.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _run(par, line, size=14, bold=True)
    par = right.add_paragraph()
    par.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _run(par, d.title, size=14, bold=not d.party)
    for _ in range(3):
        right.add_paragraph()
    par = right.add_paragraph()
    par.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _run(par, d.name, size=14, bold=True)
    document.save(str(path))


def to_pdf(docx_path: Path) -> Path:
    """DOCX → PDF with LibreOffice headless, in a profile folder of its own."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        raise SystemExit("LibreOffice (soffice) is needed to build the PDF sample")
    with tempfile.TemporaryDirectory(prefix="lo_cov_") as tmp:
        profile = Path(tmp) / "profile"
        out = Path(tmp) / "out"
        subprocess.run([soffice, f"-env:UserInstallation=file://{profile}", "--headless",
                        "--convert-to", "pdf", "--outdir", str(out), str(docx_path)],
                       check=True, capture_output=True, timeout=180)
        produced = out / (docx_path.stem + ".pdf")
        if not produced.exists():
            raise SystemExit(f"LibreOffice produced no PDF for {docx_path.name}")
        target = docx_path.with_suffix(".pdf")
        shutil.copyfile(produced, target)
    return target


# --- Directive A: a Party công văn of a ward's Party committee -----------------

A_SIGN = dict(authority=["T/M CHI BỘ"], title="BÍ THƯ")

DIRECTIVE_A = Doc(
    filename="a_directive_125-cv-du.docx", party=True,
    left=["ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG", "ĐẢNG ỦY PHƯỜNG AN BIÊN"],
    number="125-CV/ĐU", place_date="An Biên, ngày 05 tháng 01 năm 2026", type_line=None,
    subject="lãnh đạo tổ chức Tết Nguyên đán Bính Ngọ năm 2026",
    kinh_gui=["Các chi bộ trực thuộc Đảng bộ phường"],
    body=[
        ("p", "Thực hiện Chỉ thị số 05-CT/TU, ngày 22-12-2025 của Ban Thường vụ Thành ủy về tổ chức "
              "Tết Nguyên đán Bính Ngọ năm 2026, để Nhân dân trên địa bàn phường đón Tết vui tươi, lành "
              "mạnh, an toàn, tiết kiệm, Ban Thường vụ Đảng ủy phường đề nghị các chi bộ trực thuộc lãnh "
              "đạo thực hiện tốt một số nội dung sau:"),
        ("item", "1. Tổ chức quán triệt, phổ biến Chỉ thị số 05-CT/TU của Ban Thường vụ Thành ủy đến toàn "
                 "thể đảng viên và Nhân dân; tuyên truyền sâu rộng kỷ niệm 96 năm Ngày thành lập Đảng Cộng "
                 "sản Việt Nam (03/02/1930 - 03/02/2026) gắn với mừng Xuân Bính Ngọ."),
        ("item", "2. Rà soát, lập danh sách hộ nghèo, hộ cận nghèo, gia đình chính sách, người có công với "
                 "cách mạng có hoàn cảnh khó khăn để kịp thời thăm hỏi, tặng quà, bảo đảm mọi gia đình đều "
                 "có Tết; gửi danh sách về Ủy ban Mặt trận Tổ quốc phường trước ngày 15/01/2026."),
        ("item", "3. Phối hợp với Công an phường tăng cường tuần tra, kiểm soát, giữ vững an ninh chính trị, "
                 "trật tự an toàn xã hội; phòng, chống cháy nổ; tuyên truyền Nhân dân không sản xuất, tàng "
                 "trữ, buôn bán, sử dụng pháo nổ trái phép."),
        ("item", "4. Vận động Nhân dân tổng vệ sinh môi trường, chỉnh trang nhà cửa, treo cờ Tổ quốc trong "
                 "dịp Tết; tổ chức ra quân “Ngày Chủ nhật xanh” tại các khu dân cư."),
        ("item", "5. Tổ chức thăm hỏi, chúc Tết đảng viên cao tuổi, đảng viên được tặng Huy hiệu Đảng, đảng "
                 "viên ốm đau dài ngày, có hoàn cảnh khó khăn."),
        ("item", "6. Nắm chắc tình hình tư tưởng, tâm trạng của đảng viên và Nhân dân, kịp thời phản ánh "
                 "những vấn đề phát sinh, dư luận xã hội về Đảng ủy (qua Ban Xây dựng Đảng) để chỉ đạo "
                 "giải quyết."),
        ("item", "7. Chỉ đạo đảng viên gương mẫu thực hiện nếp sống văn minh, tiết kiệm; không sử dụng tài "
                 "sản công, xe công đi lễ hội; không tổ chức đi chúc Tết cấp trên."),
        ("p", "Đề nghị các chi bộ nghiêm túc triển khai thực hiện, báo cáo kết quả về Đảng ủy (qua Văn phòng "
              "Đảng ủy) trước ngày 25/02/2026."),
    ],
    authority=["T/M BAN THƯỜNG VỤ"], title="PHÓ BÍ THƯ", name="Nguyễn Thị Hồng Vân",
    noi_nhan=["Thường trực Đảng ủy (để báo cáo)", "Các chi bộ trực thuộc (để thực hiện)",
              "Lưu Văn phòng Đảng ủy"],
)


def _a_report(filename, unit_line, number, date, subject, body, name, pdf=False) -> Doc:
    return Doc(filename=filename, party=True, left=["ĐẢNG BỘ PHƯỜNG AN BIÊN", unit_line], number=number,
               place_date=f"An Biên, ngày {date}", type_line="BÁO CÁO", subject=subject, body=body,
               name=name, noi_nhan=["Đảng ủy phường (để báo cáo)", "Lưu Chi bộ"], pdf=pdf, **A_SIGN)


REPORTS_A = [
    _a_report(
        "a_r1_kdc1.docx", "CHI BỘ KHU DÂN CƯ SỐ 1", "02-BC/CB", "20 tháng 02 năm 2026",
        "kết quả lãnh đạo tổ chức Tết Nguyên đán Bính Ngọ năm 2026",
        [
            ("p", "Thực hiện Công văn số 125-CV/ĐU, ngày 05-01-2026 của Ban Thường vụ Đảng ủy phường về "
                  "lãnh đạo tổ chức Tết Nguyên đán Bính Ngọ năm 2026, Chi bộ Khu dân cư số 1 báo cáo kết "
                  "quả như sau:"),
            ("h1", "I. KẾT QUẢ THỰC HIỆN"),
            ("h2", "1. Công tác lãnh đạo, chỉ đạo, quán triệt"),
            ("p", "Ngay sau khi nhận được văn bản, Chi ủy đã họp, thống nhất phân công nhiệm vụ cho từng "
                  "đồng chí chi ủy viên. Tại buổi sinh hoạt chi bộ tháng 01/2026, Chi bộ đã phổ biến nội "
                  "dung Chỉ thị 05-CT/TU của Ban Thường vụ Thành ủy tới 42/45 đảng viên; 03 đồng chí vắng "
                  "do ốm đã được phổ biến lại tại nhà. Ban công tác Mặt trận khu dân cư thông báo trên loa "
                  "truyền thanh và các nhóm Zalo của tổ dân phố về các hoạt động kỷ niệm 96 năm Ngày thành "
                  "lập Đảng, mừng Xuân Bính Ngọ."),
            ("h2", "2. Kết quả thực hiện các nhiệm vụ"),
            ("item", "- Chi bộ chỉ đạo các tổ dân phố rà soát, lập danh sách 18 hộ nghèo, hộ cận nghèo và 27 "
                     "gia đình chính sách, người có công có hoàn cảnh khó khăn, gửi Ủy ban Mặt trận Tổ quốc "
                     "phường ngày 12/01/2026; phối hợp trao 45 suất quà trị giá 22,5 triệu đồng, không để "
                     "gia đình nào không có Tết."),
            ("item", "- Phối hợp với Công an phường duy trì tổ tuần tra nhân dân trực 24/24 giờ trong dịp "
                     "Tết; vận động 100% hộ gia đình ký cam kết không sử dụng, tàng trữ pháo nổ. Trong dịp "
                     "Tết, trên địa bàn không xảy ra cháy nổ, không có vụ việc phức tạp về an ninh trật tự."),
            ("item", "- Ra quân tổng vệ sinh “Ngày Chủ nhật xanh” ngày 18/01/2026 với hơn 200 lượt người "
                     "tham gia; 100% hộ gia đình treo cờ Tổ quốc từ ngày 28 tháng Chạp."),
            ("item", "- Chi ủy đã đến thăm, tặng quà chúc Tết 06 đảng viên cao tuổi, 02 đảng viên được tặng "
                     "Huy hiệu 50 năm tuổi Đảng và 01 đảng viên ốm đau dài ngày."),
            ("item", "- Qua nắm bắt, tư tưởng của đảng viên và Nhân dân ổn định, phấn khởi; một số hộ dân có "
                     "ý kiến về việc thu gom rác thải chưa kịp thời dịp cận Tết, Chi bộ đã phản ánh với Đảng "
                     "ủy qua Ban Xây dựng Đảng ngày 08/02/2026."),
            ("h1", "II. HẠN CHẾ"),
            ("p", "Việc vận động một số hộ kinh doanh dọn dẹp, trả lại vỉa hè còn chậm; một số đảng viên "
                  "trẻ tham gia sinh hoạt chưa đầy đủ."),
            ("h1", "III. PHƯƠNG HƯỚNG THỜI GIAN TỚI"),
            ("p", "Tiếp tục duy trì phong trào “Ngày Chủ nhật xanh” hằng tháng; chuẩn bị chu đáo các điều "
                  "kiện tổ chức Lễ hội mùa Xuân của khu dân cư."),
            ("p", "Trên đây là báo cáo kết quả lãnh đạo tổ chức Tết Nguyên đán Bính Ngọ năm 2026 của Chi bộ "
                  "Khu dân cư số 1."),
        ], "Trần Văn Hải"),
    _a_report(
        "a_r2_kdc2.docx", "CHI BỘ KHU DÂN CƯ SỐ 2", "05-BC/CB", "23 tháng 02 năm 2026",
        "kết quả thực hiện Công văn số 125-CV/ĐU của Ban Thường vụ Đảng ủy phường",
        [
            ("p", "Thực hiện Công văn số 125-CV/ĐU của Ban Thường vụ Đảng ủy phường, Chi bộ Khu dân cư số 2 "
                  "báo cáo kết quả như sau:"),
            ("h2", "1. Kết quả thực hiện"),
            ("p", "Chi bộ đã chỉ đạo Ban công tác Mặt trận phối hợp với các tổ dân phố rà soát và đề nghị Ủy "
                  "ban Mặt trận Tổ quốc phường hỗ trợ quà Tết cho 12 hộ nghèo, hộ cận nghèo và 09 gia đình "
                  "người có công khó khăn; việc trao quà hoàn thành trước ngày 10/02/2026."),
            ("p", "Khu dân cư tổ chức hai đợt tổng vệ sinh, khơi thông cống rãnh, chỉnh trang đường ngõ; "
                  "treo cờ và băng rôn mừng Đảng, mừng Xuân dọc tuyến phố chính."),
            ("h2", "2. Khó khăn, vướng mắc"),
            ("p", "Khu dân cư có nhiều hộ thuê trọ, biến động thường xuyên nên việc nắm bắt tư tưởng, tâm "
                  "trạng của Nhân dân còn hạn chế."),
            ("h2", "3. Đề xuất"),
            ("p", "Đề nghị Đảng ủy phường chỉ đạo Công an phường tăng cường tuần tra tại khu vực chợ tạm "
                  "trong những ngày giáp Tết."),
            ("p", "Trên đây là báo cáo của Chi bộ Khu dân cư số 2."),
        ], "Phạm Thị Lan"),
    _a_report(
        "a_r3_kdc3.docx", "CHI BỘ KHU DÂN CƯ SỐ 3", "04-BC/CB", "24 tháng 02 năm 2026",
        "tình hình, kết quả tổ chức Tết Nguyên đán Bính Ngọ năm 2026",
        [
            ("p", "Căn cứ Công văn số 125-CV/ĐU ngày 05/01/2026 của Ban Thường vụ Đảng ủy phường An Biên về "
                  "việc lãnh đạo tổ chức Tết Nguyên đán Bính Ngọ năm 2026; Chi bộ Khu dân cư số 3 báo cáo "
                  "như sau:"),
            ("h1", "I. TÌNH HÌNH, KẾT QUẢ TRIỂN KHAI"),
            ("p", "Chi bộ tổ chức hội nghị đảng viên ngày 09/01/2026 để học tập, triển khai chỉ thị của "
                  "Thành ủy về Tết, giao các chi ủy viên phụ trách từng tổ dân phố tuyên truyền tới các hộ "
                  "gia đình; kết hợp đi thăm, chúc Tết các đồng chí đảng viên lão thành, đảng viên nhận Huy "
                  "hiệu Đảng đợt 3/2 và những đồng chí đang điều trị bệnh dài ngày."),
            ("p", "Đảng viên trong chi bộ gương mẫu thực hiện nếp sống văn minh, tiết kiệm; không có đảng "
                  "viên sử dụng xe công đi lễ hội hoặc đi chúc Tết cấp trên."),
            ("h1", "II. TỒN TẠI, HẠN CHẾ"),
            ("p", "Công tác phối hợp tuần tra, kiểm soát bảo đảm an ninh trật tự đêm Giao thừa chưa chặt "
                  "chẽ; vẫn còn tình trạng một số thanh thiếu niên đốt pháo nổ trái phép."),
            ("h1", "III. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI"),
            ("p", "Chi bộ sẽ phân công đảng viên nắm bắt tình hình tư tưởng, dư luận của Nhân dân sau Tết, "
                  "kịp thời phản ánh về Đảng ủy những vấn đề bức xúc phát sinh."),
            ("p", "Tiếp tục phối hợp với Công an phường giữ vững an ninh trật tự trong mùa lễ hội."),
            ("p", "Trên đây là báo cáo của Chi bộ Khu dân cư số 3."),
        ], "Lê Văn Thắng"),
    _a_report(
        "a_r4_congan.docx", "CHI BỘ CÔNG AN PHƯỜNG", "08-BC/CB", "19 tháng 02 năm 2026",
        "kết quả thực hiện Công văn số 152-CV/ĐU của Ban Thường vụ Đảng ủy phường",
        [
            ("p", "Thực hiện Công văn số 152-CV/ĐU ngày 05/01/2026 của Ban Thường vụ Đảng ủy phường về lãnh "
                  "đạo tổ chức Tết Nguyên đán Bính Ngọ năm 2026, Chi bộ Công an phường báo cáo kết quả thực "
                  "hiện như sau:"),
            ("h1", "I. KẾT QUẢ THỰC HIỆN"),
            ("p", "1. Chi bộ đã lãnh đạo triển khai kế hoạch cao điểm tấn công, trấn áp tội phạm, bảo đảm "
                  "an ninh, trật tự dịp Tết; duy trì 03 tổ công tác tuần tra, kiểm soát vào ban đêm tại các "
                  "tuyến phố, khu dân cư và chợ An Biên."),
            ("p", "2. Phối hợp với các chi bộ khu dân cư tổ chức 08 buổi tuyên truyền về phòng cháy, chữa "
                  "cháy và tác hại của pháo nổ; thu giữ 12 kg pháo nổ, xử phạt vi phạm hành chính 03 trường "
                  "hợp."),
            ("p", "3. Cán bộ, chiến sĩ thường xuyên nắm tình hình địa bàn, kịp thời báo cáo Đảng ủy những vụ "
                  "việc có dấu hiệu phức tạp, tranh chấp đất đai, khiếu kiện đông người; trong dịp Tết không "
                  "phát sinh điểm nóng."),
            ("p", "4. Chi bộ đã quán triệt Chỉ thị số 05-CT/TU đến 100% đảng viên tại buổi sinh hoạt chi bộ "
                  "thường kỳ tháng 01/2026."),
            ("h1", "II. HẠN CHẾ"),
            ("p", "Lực lượng mỏng, địa bàn rộng nên việc kiểm tra vệ sinh môi trường tại các điểm tập kết "
                  "rác chưa thường xuyên."),
            ("h1", "III. KIẾN NGHỊ"),
            ("p", "Đề nghị Đảng ủy chỉ đạo các chi bộ khu dân cư tiếp tục vận động Nhân dân cam kết không "
                  "sử dụng pháo nổ."),
            ("p", "Trên đây là báo cáo của Chi bộ Công an phường."),
        ], "Vũ Đức Minh"),
    _a_report(
        "a_r5_truongtieuhoc.docx", "CHI BỘ TRƯỜNG TIỂU HỌC AN BIÊN", "03-BC/CB", "21 tháng 02 năm 2026",
        "kết quả lãnh đạo tổ chức Tết Nguyên đán Bính Ngọ năm 2026",
        [
            ("p", "Thực hiện Công văn số 125-CV/ĐU ngày 05/01/2026 của Ban Thường vụ Đảng ủy phường An Biên, "
                  "Chi bộ Trường Tiểu học An Biên báo cáo kết quả lãnh đạo tổ chức Tết Nguyên đán Bính Ngọ "
                  "năm 2026 như sau:"),
            ("h2", "1. Công tác tuyên truyền"),
            ("p", "Chi bộ chỉ đạo nhà trường lồng ghép nội dung giáo dục truyền thống, kỷ niệm 96 năm Ngày "
                  "thành lập Đảng vào các tiết chào cờ đầu tuần; phổ biến Chỉ thị của Thành ủy về Tết tới toàn "
                  "thể cán bộ, giáo viên, nhân viên."),
            ("h2", "2. Thực hiện nếp sống văn minh"),
            ("p", "100% đảng viên, giáo viên ký cam kết chấp hành nghiêm quy định về an toàn giao thông; "
                  "nhà trường không tổ chức liên hoan, chúc Tết bằng ngân sách, không đi chúc Tết cấp trên."),
            ("h2", "3. Hạn chế"),
            ("p", "Một số đảng viên là giáo viên trẻ chưa tích cực tham gia các đợt ra quân vệ sinh môi "
                  "trường tại khu dân cư nơi cư trú."),
            ("p", "Trên đây là báo cáo của Chi bộ Trường Tiểu học An Biên."),
        ], "Đỗ Thị Thu Hà"),
    _a_report(
        "a_r6_tramyte.docx", "CHI BỘ TRẠM Y TẾ PHƯỜNG", "02-BC/CB", "22 tháng 02 năm 2026",
        "kết quả thực hiện nhiệm vụ dịp Tết Nguyên đán Bính Ngọ năm 2026",
        [
            ("p", "Thực hiện Công văn số 125-CV/ĐU ngày 05/01/2026 của Ban Thường vụ Đảng uỷ phường về lãnh "
                  "đạo tổ chức Tết Nguyên đán Bính Ngọ năm 2026, Chi bộ Trạm Y tế phường báo cáo như sau:"),
            ("h1", "I. KẾT QUẢ THỰC HIỆN"),
            ("item", "- Chi bộ phân công cán bộ y tế phối hợp với các chi bộ khu dân cư đến tận nhà khám sức "
                     "khỏe, cấp thuốc miễn phí và chúc Tết 23 đảng viên cao tuổi, đảng viên 50, 55, 60 năm "
                     "tuổi Đảng và đảng viên đang ốm nặng."),
            ("item", "- Trạm Y tế tham gia ra quân tổng vệ sinh môi trường “Ngày Chủ nhật xanh” cùng Khu dân "
                     "cư số 4; phun khử khuẩn, hướng dẫn các hộ gia đình thu gom rác thải, diệt lăng quăng "
                     "trước Tết."),
            ("item", "- Duy trì trực cấp cứu 24/24 giờ trong những ngày Tết, sẵn sàng tiếp nhận, xử trí các "
                     "trường hợp tai nạn, ngộ độc thực phẩm."),
            ("h1", "II. HẠN CHẾ, KHÓ KHĂN"),
            ("p", "Cơ sở vật chất của Trạm đã xuống cấp, thiếu phòng lưu bệnh nhân."),
            ("h1", "III. KIẾN NGHỊ"),
            ("p", "Đề nghị Đảng ủy quan tâm hỗ trợ kinh phí thăm hỏi, tặng quà cho hộ nghèo, gia đình chính "
                  "sách có người đang điều trị bệnh mãn tính."),
            ("p", "Trên đây là báo cáo của Chi bộ Trạm Y tế phường."),
        ], "Ngô Thị Mai", pdf=True),
]


# --- Directive B: a state công văn of a city People's Committee ----------------

DIRECTIVE_B = Doc(
    filename="b_directive_1234-ubnd-kstthc.docx", party=False,
    left=["ỦY BAN NHÂN DÂN", "THÀNH PHỐ HẢI PHÒNG"], issuer_lines=2,
    number="1234/UBND-KSTTHC", place_date="Hải Phòng, ngày 12 tháng 3 năm 2026", type_line=None,
    subject="đẩy mạnh thực hiện Đề án 06 và nâng cao chất lượng giải quyết thủ tục hành chính năm 2026",
    kinh_gui=["Công an thành phố", "Sở Nội vụ", "Sở Tư pháp", "Sở Khoa học và Công nghệ",
              "Ủy ban nhân dân các phường: Lê Chân, Hồng Bàng, Ngô Quyền", "Ủy ban nhân dân xã An Hưng"],
    body=[
        ("p", "Thực hiện Kế hoạch số 35/KH-UBND ngày 10/01/2026 của Ủy ban nhân dân thành phố về cải cách "
              "hành chính năm 2026; để tiếp tục đẩy mạnh ứng dụng dữ liệu dân cư, định danh và xác thực "
              "điện tử phục vụ chuyển đổi số, Ủy ban nhân dân thành phố yêu cầu các cơ quan, đơn vị, địa "
              "phương triển khai thực hiện các nội dung sau:"),
        ("item", "1. Công an thành phố chủ trì, phối hợp với Ủy ban nhân dân các xã, phường rà soát, làm sạch "
                 "dữ liệu dân cư, bảo đảm dữ liệu “đúng, đủ, sạch, sống”; hoàn thành trước ngày 30/4/2026."),
        ("item", "2. Đẩy mạnh tuyên truyền, hướng dẫn người dân kích hoạt tài khoản định danh điện tử mức độ 2 "
                 "trên ứng dụng VNeID và sử dụng tài khoản này để thực hiện dịch vụ công trực tuyến."),
        ("item", "3. Nâng cao tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận và giải quyết trực tuyến toàn "
                 "trình, phấn đấu đạt tối thiểu 80% trong năm 2026."),
        ("item", "4. Thực hiện số hóa hồ sơ, kết quả giải quyết thủ tục hành chính theo quy định; khai thác, "
                 "tái sử dụng dữ liệu đã số hóa, không yêu cầu người dân nộp lại giấy tờ đã có trong cơ sở "
                 "dữ liệu."),
        ("item", "5. Công khai đầy đủ, kịp thời thủ tục hành chính tại Bộ phận Một cửa và trên Cổng Dịch vụ "
                 "công; giải quyết hồ sơ đúng hạn, thực hiện xin lỗi người dân bằng văn bản đối với hồ sơ "
                 "trễ hạn."),
        ("item", "6. Sở Khoa học và Công nghệ chủ trì rà soát, đánh giá an toàn thông tin mạng của các hệ "
                 "thống thông tin dùng chung của thành phố, kịp thời khắc phục lỗ hổng bảo mật."),
        ("item", "7. Sở Tư pháp chủ trì đẩy mạnh cấp Phiếu lý lịch tư pháp trực tuyến và liên thông các thủ "
                 "tục đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi."),
        ("item", "8. Các cơ quan, đơn vị, địa phương báo cáo kết quả thực hiện định kỳ hằng quý về Ủy ban "
                 "nhân dân thành phố (qua Sở Nội vụ) trước ngày 15 của tháng cuối quý."),
        ("p", "Yêu cầu Thủ trưởng các cơ quan, đơn vị, Chủ tịch Ủy ban nhân dân các xã, phường nghiêm túc "
              "triển khai thực hiện./."),
    ],
    authority=["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"], title="PHÓ CHỦ TỊCH", name="Hoàng Minh Cường",
    noi_nhan=["Như trên", "Chủ tịch, các PCT UBND thành phố", "Văn phòng UBND thành phố",
              "Lưu: VT, KSTTHC"],
)


def _b_report(filename, left, number, place_date, body, signer, name, pdf=False) -> Doc:
    authority, title = signer
    return Doc(filename=filename, party=False, left=left, number=number, place_date=place_date,
               type_line="BÁO CÁO",
               subject="Kết quả thực hiện Công văn số 1234/UBND-KSTTHC ngày 12/3/2026 của Ủy ban nhân dân "
                       "thành phố",
               kinh_gui=["Ủy ban nhân dân thành phố Hải Phòng"], body=body, authority=authority, title=title,
               name=name, noi_nhan=["Như trên", "Sở Nội vụ", "Lưu: VT"], pdf=pdf,
               issuer_lines=2 if left[0].upper().startswith(("ỦY BAN", "UỶ BAN")) else 1)


REPORTS_B = [
    _b_report(
        "b_r1_congan.docx", ["BỘ CÔNG AN", "CÔNG AN THÀNH PHỐ HẢI PHÒNG"], "215/BC-CATP",
        "Hải Phòng, ngày 08 tháng 6 năm 2026",
        [
            ("p", "Thực hiện Công văn số 1234/UBND-KSTTHC ngày 12/3/2026 của Ủy ban nhân dân thành phố về "
                  "đẩy mạnh thực hiện Đề án 06 và nâng cao chất lượng giải quyết thủ tục hành chính năm 2026, "
                  "Công an thành phố báo cáo kết quả thực hiện quý II năm 2026 như sau:"),
            ("h1", "I. KẾT QUẢ THỰC HIỆN"),
            ("h2", "1. Về làm sạch dữ liệu dân cư"),
            ("p", "Công an thành phố đã chỉ đạo Công an các xã, phường phối hợp với Ủy ban nhân dân cùng cấp "
                  "rà soát, đối chiếu, điều chỉnh 152.340 trường hợp sai lệch thông tin trong Cơ sở dữ liệu "
                  "quốc gia về dân cư; đến ngày 31/5/2026, dữ liệu dân cư của thành phố cơ bản bảo đảm "
                  "đúng, đủ, sạch, sống."),
            ("h2", "2. Về định danh điện tử"),
            ("p", "Tổ chức 126 đợt cao điểm thu nhận hồ sơ định danh điện tử tại cơ quan, trường học, khu "
                  "công nghiệp; đã kích hoạt 1.254.000 tài khoản định danh điện tử mức độ 2, đạt 92% số công "
                  "dân đủ điều kiện."),
            ("h2", "3. Về khai thác, sử dụng dữ liệu"),
            ("p", "Công an thành phố đã chia sẻ dữ liệu dân cư với Sở Tư pháp, Bảo hiểm xã hội thành phố để "
                  "phục vụ giải quyết thủ tục hành chính; người dân không phải xuất trình sổ hộ khẩu, giấy "
                  "xác nhận cư trú khi làm thủ tục."),
            ("h1", "II. HẠN CHẾ, NGUYÊN NHÂN"),
            ("p", "Tỷ lệ hồ sơ thủ tục hành chính lĩnh vực cư trú được giải quyết trực tuyến toàn trình còn "
                  "thấp, mới đạt 46%, do nhiều người dân cao tuổi chưa sử dụng thành thạo điện thoại thông "
                  "minh."),
            ("h1", "III. PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ III NĂM 2026"),
            ("p", "Phối hợp với Sở Khoa học và Công nghệ rà soát, bảo đảm an ninh, an toàn thông tin cho các "
                  "hệ thống thông tin kết nối với Cơ sở dữ liệu quốc gia về dân cư."),
            ("p", "Trên đây là báo cáo kết quả thực hiện quý II năm 2026 của Công an thành phố./."),
        ], (["KT. GIÁM ĐỐC"], "PHÓ GIÁM ĐỐC"), "Đại tá Nguyễn Văn Tùng"),
    _b_report(
        "b_r2_sotuphap.docx", ["UBND THÀNH PHỐ HẢI PHÒNG", "SỞ TƯ PHÁP"], "87/BC-STP",
        "Hải Phòng, ngày 09 tháng 6 năm 2026",
        [
            ("p", "Thực hiện Công văn số 1234/UBND-KSTTHC ngày 12/3/2026 của UBND thành phố về việc đẩy "
                  "mạnh thực hiện Đề án 06 và nâng cao chất lượng giải quyết thủ tục hành chính năm 2026, Sở "
                  "Tư pháp báo cáo như sau:"),
            ("h1", "1. Kết quả triển khai"),
            ("p", "a) Sở đã cấp 18.420 Phiếu lý lịch tư pháp, trong đó 15.980 phiếu được cấp qua dịch vụ "
                  "công trực tuyến (chiếm 86,7%); triển khai thí điểm cấp Phiếu lý lịch tư pháp trên ứng dụng "
                  "VNeID."),
            ("p", "b) Phối hợp với Công an thành phố, Bảo hiểm xã hội thành phố thực hiện liên thông ba thủ "
                  "tục đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ dưới 6 tuổi, với "
                  "9.215 hồ sơ được giải quyết."),
            ("p", "c) 100% thủ tục hành chính thuộc thẩm quyền của Sở được công bố, niêm yết công khai trên "
                  "Cổng Dịch vụ công quốc gia và tại Bộ phận Một cửa; trong kỳ không có hồ sơ giải quyết quá "
                  "hạn."),
            ("p", "d) Tỷ lệ hồ sơ được tiếp nhận, giải quyết trực tuyến toàn trình của Sở đạt 88%, vượt chỉ "
                  "tiêu thành phố giao."),
            ("p", "đ) Sở đã số hóa 100% kết quả giải quyết thủ tục hành chính từ ngày 01/01/2026 và tái sử "
                  "dụng dữ liệu hộ tịch điện tử đã số hóa."),
            ("h1", "2. Khó khăn, vướng mắc"),
            ("p", "Phần mềm đăng ký, quản lý hộ tịch điện tử dùng chung đôi lúc bị gián đoạn, ảnh hưởng đến "
                  "thời gian giải quyết hồ sơ."),
            ("h1", "3. Kiến nghị"),
            ("p", "Đề nghị Sở Khoa học và Công nghệ sớm nâng cấp đường truyền, bảo đảm an toàn thông tin cho "
                  "hệ thống một cửa điện tử."),
            ("p", "Trên đây là báo cáo của Sở Tư pháp./."),
        ], (["KT. GIÁM ĐỐC"], "PHÓ GIÁM ĐỐC"), "Trần Thu Hương"),
    _b_report(
        "b_r3_sokhcn.docx", ["UBND THÀNH PHỐ HẢI PHÒNG", "SỞ KHOA HỌC VÀ CÔNG NGHỆ"], "142/BC-SKHCN",
        "Hải Phòng, ngày 10 tháng 6 năm 2026",
        [
            ("p", "Thực hiện chỉ đạo của Ủy ban nhân dân thành phố tại Công văn số 1234/UBND – KSTTHC ngày "
                  "12/03/2026, Sở Khoa học và Công nghệ báo cáo kết quả triển khai như sau:"),
            ("h1", "I. KẾT QUẢ ĐẠT ĐƯỢC"),
            ("p", "1. Sở đã chủ trì tổ chức kiểm tra, đánh giá an toàn thông tin đối với 14 hệ thống thông "
                  "tin dùng chung của thành phố, phát hiện và hướng dẫn khắc phục 37 lỗ hổng bảo mật mức cao "
                  "và trung bình."),
            ("p", "2. Phối hợp với doanh nghiệp viễn thông nâng cấp Hệ thống thông tin giải quyết thủ tục hành "
                  "chính thành phố, bảo đảm kết nối, đồng bộ dữ liệu với Cổng Dịch vụ công quốc gia."),
            ("p", "3. Tỷ lệ hồ sơ thủ tục hành chính của Sở được giải quyết trực tuyến toàn trình đạt 91,5%; "
                  "100% hồ sơ được giải quyết đúng hạn."),
            ("h1", "II. KHÓ KHĂN, HẠN CHẾ"),
            ("p", "Nguồn nhân lực chuyên trách an toàn thông tin tại các xã, phường còn thiếu."),
            ("h1", "III. ĐỀ XUẤT"),
            ("p", "Đề nghị Ủy ban nhân dân thành phố bố trí kinh phí số hóa hồ sơ, tài liệu lưu trữ của các "
                  "sở, ngành."),
            ("p", "Trên đây là báo cáo của Sở Khoa học và Công nghệ./."),
        ], (["GIÁM ĐỐC"], ""), "Lương Quốc Bảo"),
    _b_report(
        "b_r4_lechan.docx", ["ỦY BAN NHÂN DÂN", "PHƯỜNG LÊ CHÂN"], "112/BC-UBND",
        "Lê Chân, ngày 09 tháng 6 năm 2026",
        [
            ("p", "Thực hiện Công văn số 1234/UBND-KSTTHC ngày 12/3/2026 của Ủy ban nhân dân thành phố về đẩy "
                  "mạnh thực hiện Đề án 06 và nâng cao chất lượng giải quyết thủ tục hành chính năm 2026; Kế "
                  "hoạch số 35/KH-UBND ngày 10/01/2026 của UBND thành phố về cải cách hành chính năm 2026, Ủy "
                  "ban nhân dân phường Lê Chân báo cáo kết quả quý II năm 2026 như sau:"),
            ("h1", "I. KẾT QUẢ THỰC HIỆN"),
            ("h2", "1. Về Đề án 06 và định danh điện tử"),
            ("p", "Phường phối hợp chặt chẽ với Công an phường rà soát, cập nhật, chỉnh sửa thông tin của "
                  "4.860 nhân khẩu trên Cơ sở dữ liệu quốc gia về dân cư, xóa 312 trường hợp đã chết nhưng "
                  "chưa khai tử."),
            ("p", "Tổ công nghệ số cộng đồng của 26 tổ dân phố đã đến từng hộ gia đình hướng dẫn cài đặt, "
                  "kích hoạt tài khoản VNeID mức 2; tổ chức 14 buổi hướng dẫn người dân nộp hồ sơ dịch vụ "
                  "công trực tuyến tại nhà văn hóa."),
            ("h2", "2. Về giải quyết thủ tục hành chính"),
            ("p", "Bộ phận Một cửa phường tiếp nhận 6.742 hồ sơ, trong đó 5.528 hồ sơ nộp trực tuyến toàn "
                  "trình (đạt 82%); 100% hồ sơ được số hóa khi tiếp nhận và kết quả giải quyết được lưu trên "
                  "kho dữ liệu điện tử của tổ chức, cá nhân."),
            ("p", "Danh mục thủ tục hành chính được niêm yết công khai tại trụ sở và trang thông tin điện tử "
                  "của phường; có 05 hồ sơ trễ hạn, Ủy ban nhân dân phường đã gửi thư xin lỗi người dân."),
            ("h1", "II. TỒN TẠI, HẠN CHẾ"),
            ("p", "Hạ tầng mạng tại Bộ phận Một cửa chưa bảo đảm, một số máy tính chưa được cài phần mềm "
                  "phòng, chống mã độc, tiềm ẩn nguy cơ mất an toàn thông tin."),
            ("h1", "III. NHIỆM VỤ TRỌNG TÂM QUÝ III"),
            ("p", "Tiếp tục duy trì tỷ lệ hồ sơ trực tuyến toàn trình trên 80%; hoàn thành làm sạch dữ liệu "
                  "đất đai gắn với dữ liệu dân cư."),
            ("p", "Trên đây là báo cáo của Ủy ban nhân dân phường Lê Chân./."),
        ], (["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"], "PHÓ CHỦ TỊCH"), "Bùi Thị Ngọc"),
    _b_report(
        "b_r5_hongbang.docx", ["UỶ BAN NHÂN DÂN", "PHƯỜNG HỒNG BÀNG"], "98/BC-UBND",
        "Hồng Bàng, ngày 11 tháng 6 năm 2026",
        [
            ("p", "Thực hiện Công văn số 1234/UBND-KSTTHC của UBND thành phố, UBND phường Hồng Bàng báo cáo "
                  "như sau:"),
            ("h2", "1. Kết quả thực hiện"),
            ("p", "Phường đã thành lập 18 tổ công nghệ số cộng đồng, tổ chức “Ngày thứ Bảy định danh” tại 03 "
                  "điểm, hỗ trợ 3.415 người dân kích hoạt định danh điện tử mức độ 2 trên ứng dụng VNeID."),
            ("p", "Niêm yết đầy đủ 142 thủ tục hành chính tại Bộ phận Một cửa; trong quý không có hồ sơ trễ "
                  "hạn."),
            ("h2", "2. Hạn chế"),
            ("p", "Một số công chức Bộ phận Một cửa còn kiêm nhiệm nhiều việc."),
            ("h2", "3. Phương hướng"),
            ("p", "Phấn đấu đến hết năm 2026 tỷ lệ hồ sơ thủ tục hành chính được giải quyết trực tuyến toàn "
                  "trình đạt trên 80% theo chỉ tiêu thành phố giao."),
            ("h2", "4. Kiến nghị"),
            ("p", "Đề nghị Ủy ban nhân dân thành phố hỗ trợ kinh phí, thiết bị để số hóa hồ sơ, kết quả giải "
                  "quyết thủ tục hành chính còn tồn đọng."),
            ("p", "Trên đây là báo cáo của UBND phường Hồng Bàng./."),
        ], (["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], ""), "Đinh Văn Khoa"),
    _b_report(
        "b_r6_anhung.docx", ["ỦY BAN NHÂN DÂN", "XÃ AN HƯNG"], "45/BC-UBND",
        "An Hưng, ngày 10 tháng 6 năm 2026",
        [
            ("p", "Thực hiện Công văn số 1234/UBND-KSTTHC ngày 12/3/2026 của Ủy ban nhân dân thành phố Hải "
                  "Phòng, Ủy ban nhân dân xã An Hưng báo cáo tình hình thực hiện như sau:"),
            ("h1", "I. KẾT QUẢ"),
            ("p", "1. Xã đã phối hợp với Công an xã tổ chức rà soát, làm sạch dữ liệu của 100% hộ gia đình, "
                  "điều chỉnh thông tin sai lệch của 1.127 nhân khẩu."),
            ("p", "2. Đoàn Thanh niên xã ra quân chiến dịch “Tuổi trẻ An Hưng đồng hành cùng người dân trên "
                  "môi trường số”, hướng dẫn 2.106 người dân kích hoạt tài khoản định danh điện tử."),
            ("p", "3. Thực hiện niêm yết công khai thủ tục hành chính; tỷ lệ hồ sơ giải quyết đúng và trước "
                  "hạn đạt 99,2%, các hồ sơ trễ hạn đều có văn bản xin lỗi."),
            ("h1", "II. KHÓ KHĂN, HẠN CHẾ"),
            ("p", "Việc số hóa hồ sơ, kết quả giải quyết thủ tục hành chính còn chậm do xã chưa có máy quét "
                  "chuyên dụng và thiếu nhân lực."),
            ("p", "Tỷ lệ hồ sơ trực tuyến toàn trình mới đạt 58%, chưa đạt chỉ tiêu."),
            ("h1", "III. KIẾN NGHỊ"),
            ("p", "Đề nghị Sở Khoa học và Công nghệ hỗ trợ xã rà soát an toàn thông tin cho các máy tính tại "
                  "Bộ phận Một cửa."),
            ("p", "Trên đây là báo cáo của Ủy ban nhân dân xã An Hưng./."),
        ], (["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], ""), "Phan Văn Lộc", pdf=True),
]

# --- Directive C (held out): written after the threshold was calibrated on A and B --------

DIRECTIVE_C = Doc(
    filename="c_directive_845-syt-nvy.docx", party=False,
    left=["UBND THÀNH PHỐ HẢI PHÒNG", "SỞ Y TẾ"],
    number="845/SYT-NVY", place_date="Hải Phòng, ngày 02 tháng 6 năm 2026", type_line=None,
    subject="tăng cường phòng, chống dịch sốt xuất huyết và bệnh tay chân miệng mùa mưa năm 2026",
    kinh_gui=["Trung tâm Kiểm soát bệnh tật thành phố", "Bệnh viện Hữu nghị Việt Tiệp",
              "Trung tâm Y tế khu vực Kiến An", "Trạm Y tế các phường: Lê Chân, An Biên, Hồng Bàng",
              "Trạm Y tế xã An Hưng"],
    body=[
        ("p", "Từ đầu năm 2026 đến nay, trên địa bàn thành phố ghi nhận 1.246 ca mắc sốt xuất huyết và 538 ca "
              "mắc tay chân miệng, tăng so với cùng kỳ năm 2025. Để chủ động kiểm soát dịch bệnh trong mùa "
              "mưa, Sở Y tế đề nghị các đơn vị thực hiện các nội dung sau:"),
        ("item", "1. Tổ chức giám sát chặt chẽ các ca bệnh sốt xuất huyết, tay chân miệng tại cộng đồng và tại "
                 "cơ sở khám bệnh, chữa bệnh; báo cáo ca bệnh trên hệ thống quản lý thông tin giám sát bệnh "
                 "truyền nhiễm trong vòng 24 giờ."),
        ("item", "2. Phối hợp với chính quyền địa phương tổ chức chiến dịch diệt lăng quăng, bọ gậy, phun hóa "
                 "chất diệt muỗi tại các ổ dịch; hoàn thành đợt 1 trước ngày 30/6/2026."),
        ("item", "3. Bảo đảm đủ thuốc, hóa chất, vật tư, trang thiết bị phục vụ phòng, chống dịch; tổ chức "
                 "phân luồng, cách ly, điều trị kịp thời, hạn chế thấp nhất tử vong."),
        ("item", "4. Tập huấn cho nhân viên y tế về chẩn đoán, điều trị sốt xuất huyết Dengue và bệnh tay chân "
                 "miệng theo hướng dẫn của Bộ Y tế."),
        ("item", "5. Đẩy mạnh truyền thông để người dân chủ động áp dụng các biện pháp phòng bệnh như ngủ màn, "
                 "loại bỏ vật dụng chứa nước đọng, rửa tay bằng xà phòng; vệ sinh đồ chơi, lớp học tại các "
                 "trường mầm non."),
        ("item", "6. Bệnh viện Hữu nghị Việt Tiệp chủ trì hỗ trợ chuyên môn, tiếp nhận bệnh nhân nặng chuyển "
                 "tuyến từ các cơ sở y tế."),
        ("item", "7. Các đơn vị báo cáo tình hình dịch bệnh định kỳ hằng tuần về Sở Y tế (qua Phòng Nghiệp vụ "
                 "Y) trước 15 giờ thứ Sáu."),
        ("p", "Nhận được văn bản này, đề nghị các đơn vị khẩn trương triển khai thực hiện./."),
    ],
    authority=["KT. GIÁM ĐỐC"], title="PHÓ GIÁM ĐỐC", name="Vũ Thị Thanh Bình",
    noi_nhan=["Như trên", "UBND thành phố (để báo cáo)", "Giám đốc Sở (để báo cáo)", "Lưu: VT, NVY"],
)


def _c_report(filename, left, number, place_date, body, signer, name, pdf=False) -> Doc:
    authority, title = signer
    return Doc(filename=filename, party=False, left=left, number=number, place_date=place_date,
               type_line="BÁO CÁO",
               subject="Kết quả triển khai công tác phòng, chống dịch sốt xuất huyết và bệnh tay chân miệng",
               kinh_gui=["Sở Y tế thành phố Hải Phòng"], body=body, authority=authority, title=title,
               name=name, noi_nhan=["Như trên", "Lưu: VT"], pdf=pdf)


REPORTS_C = [
    _c_report(
        "c_r1_cdc.docx", ["SỞ Y TẾ HẢI PHÒNG", "TRUNG TÂM KIỂM SOÁT BỆNH TẬT"], "356/BC-KSBT",
        "Hải Phòng, ngày 26 tháng 6 năm 2026",
        [
            ("p", "Thực hiện Công văn số 845/SYT-NVY ngày 02/6/2026 của Sở Y tế về tăng cường phòng, chống "
                  "dịch sốt xuất huyết và bệnh tay chân miệng mùa mưa năm 2026, Trung tâm Kiểm soát bệnh tật "
                  "thành phố báo cáo như sau:"),
            ("h1", "I. KẾT QUẢ TRIỂN KHAI"),
            ("p", "Trung tâm duy trì giám sát trọng điểm tại 12 điểm và giám sát ca bệnh tại cộng đồng; trong "
                  "tháng 6 ghi nhận 312 ca sốt xuất huyết, 97 ca tay chân miệng, 100% ca bệnh được cập nhật trên "
                  "hệ thống giám sát bệnh truyền nhiễm trong vòng 24 giờ."),
            ("p", "Phối hợp với Ủy ban nhân dân các xã, phường xử lý 48 ổ dịch, phun hóa chất diệt muỗi cho "
                  "6.215 hộ gia đình; chiến dịch diệt lăng quăng đợt 1 đã hoàn thành ngày 25/6/2026."),
            ("p", "Cấp phát 1.200 lít hóa chất Permethrin, 15 máy phun đeo vai và 3.000 bộ xét nghiệm nhanh "
                  "Dengue cho các trạm y tế, bảo đảm không để thiếu vật tư phục vụ chống dịch."),
            ("p", "Tổ chức 02 lớp tập huấn về chẩn đoán, điều trị sốt xuất huyết Dengue và tay chân miệng cho "
                  "180 bác sĩ, y sĩ tuyến cơ sở."),
            ("p", "Phối hợp với Báo và Phát thanh, Truyền hình Hải Phòng phát 24 tin, bài hướng dẫn người dân "
                  "ngủ màn, loại bỏ vật dụng chứa nước đọng; in và cấp phát 20.000 tờ rơi."),
            ("h1", "II. KHÓ KHĂN"),
            ("p", "Một số hộ gia đình chưa hợp tác khi phun hóa chất, đóng cửa vắng nhà."),
            ("p", "Trên đây là báo cáo của Trung tâm Kiểm soát bệnh tật thành phố./."),
        ], (["KT. GIÁM ĐỐC"], "PHÓ GIÁM ĐỐC"), "Đào Văn Tuấn"),
    _c_report(
        "c_r2_viettiep.docx", ["SỞ Y TẾ HẢI PHÒNG", "BỆNH VIỆN HỮU NGHỊ VIỆT TIỆP"], "1120/BC-BVVT",
        "Hải Phòng, ngày 25 tháng 6 năm 2026",
        [
            ("p", "Thực hiện Công văn số 845/SYT-NVY ngày 02/6/2026 của Sở Y tế, Bệnh viện Hữu nghị Việt Tiệp "
                  "báo cáo kết quả như sau:"),
            ("h2", "1. Công tác chuyên môn"),
            ("p", "Bệnh viện bố trí khu điều trị riêng cho bệnh nhân sốt xuất huyết với 60 giường, thực hiện "
                  "phân luồng ngay từ khu khám bệnh; dự trữ đủ dịch truyền, thuốc và chế phẩm máu; trong kỳ "
                  "không có bệnh nhân tử vong."),
            ("p", "Đã tiếp nhận, điều trị 47 bệnh nhân nặng do các trung tâm y tế chuyển tuyến; cử 06 đoàn "
                  "bác sĩ xuống hỗ trợ chuyên môn, hội chẩn trực tuyến 21 ca bệnh cho tuyến dưới."),
            ("p", "Các ca bệnh được báo cáo qua hệ thống giám sát bệnh truyền nhiễm trong ngày."),
            ("h2", "2. Khó khăn"),
            ("p", "Số lượng bệnh nhân tăng cao vào cuối tháng, có thời điểm quá tải giường bệnh."),
            ("p", "Trên đây là báo cáo của Bệnh viện Hữu nghị Việt Tiệp./."),
        ], (["GIÁM ĐỐC"], ""), "Nguyễn Quang Huy"),
    _c_report(
        "c_r3_tyt_lechan.docx", ["ỦY BAN NHÂN DÂN PHƯỜNG LÊ CHÂN", "TRẠM Y TẾ"], "21/BC-TYT",
        "Lê Chân, ngày 24 tháng 6 năm 2026",
        [
            ("p", "Thực hiện Công văn số 845/SYT-NVY của Sở Y tế về phòng, chống dịch sốt xuất huyết và bệnh "
                  "tay chân miệng, Trạm Y tế phường Lê Chân báo cáo như sau:"),
            ("h1", "I. KẾT QUẢ"),
            ("p", "Trạm tham mưu Ủy ban nhân dân phường ra quân diệt bọ gậy, thu gom vật dụng phế thải tại 100% "
                  "tổ dân phố vào các ngày 13 và 20/6/2026."),
            ("p", "Phát thanh 3 buổi mỗi tuần trên loa truyền thanh phường về cách phòng bệnh; phối hợp với 4 "
                  "trường mầm non lau rửa đồ chơi, lớp học bằng Cloramin B."),
            ("h1", "II. HẠN CHẾ"),
            ("p", "Chưa tổ chức được tập huấn cho mạng lưới cộng tác viên y tế tổ dân phố về nhận biết dấu hiệu "
                  "sốt xuất huyết."),
            ("p", "Trên đây là báo cáo của Trạm Y tế phường Lê Chân./."),
        ], (["TRƯỞNG TRẠM"], ""), "Lê Thị Hoa"),
    _c_report(
        "c_r4_tyt_anbien.docx", ["ỦY BAN NHÂN DÂN PHƯỜNG AN BIÊN", "TRẠM Y TẾ"], "18/BC-TYT",
        "An Biên, ngày 25 tháng 6 năm 2026",
        [
            ("p", "Căn cứ Công văn số 845/SYT-NVY ngày 02/6/2026 của Sở Y tế, Trạm Y tế phường An Biên báo cáo "
                  "như sau:"),
            ("h2", "1. Kết quả thực hiện"),
            ("p", "Trạm phát hiện 09 ca sốt xuất huyết tại tổ dân phố 3 và 5; đã điều tra dịch tễ, khai báo đầy "
                  "đủ trên hệ thống giám sát bệnh truyền nhiễm trong vòng 24 giờ và theo dõi các hộ xung quanh."),
            ("h2", "2. Phương hướng"),
            ("p", "Tháng 7/2026, Trạm sẽ phối hợp với phường tổ chức chiến dịch diệt lăng quăng, bọ gậy đợt 2 "
                  "tại các tổ dân phố có ca bệnh."),
            ("p", "Trên đây là báo cáo của Trạm Y tế phường An Biên./."),
        ], (["TRƯỞNG TRẠM"], ""), "Phạm Văn Đức"),
    _c_report(
        "c_r5_tyt_hongbang.docx", ["ỦY BAN NHÂN DÂN PHƯỜNG HỒNG BÀNG", "TRẠM Y TẾ"], "15/BC-TYT",
        "Hồng Bàng, ngày 26 tháng 6 năm 2026",
        [
            ("p", "Thực hiện Công văn số 845/SYT-NVY ngày 02/6/2026 của Sở Y tế, Trạm Y tế phường Hồng Bàng báo "
                  "cáo kết quả như sau:"),
            ("h2", "1. Kết quả"),
            ("p", "Trạm đã phối hợp với các trường mầm non trên địa bàn hướng dẫn vệ sinh đồ chơi, lớp học và "
                  "tổ chức cho trẻ rửa tay bằng xà phòng; cử 02 y sĩ tham dự lớp tập huấn chẩn đoán, điều trị "
                  "sốt xuất huyết Dengue do Trung tâm Kiểm soát bệnh tật tổ chức."),
            ("h2", "2. Kiến nghị"),
            ("p", "Đề nghị Trung tâm Kiểm soát bệnh tật cấp bổ sung hóa chất diệt muỗi, máy phun cho Trạm."),
            ("p", "Trên đây là báo cáo của Trạm Y tế phường Hồng Bàng./."),
        ], (["TRƯỞNG TRẠM"], ""), "Trịnh Thu Trang"),
    _c_report(
        "c_r6_tyt_anhung.docx", ["ỦY BAN NHÂN DÂN XÃ AN HƯNG", "TRẠM Y TẾ"], "09/BC-TYT",
        "An Hưng, ngày 23 tháng 6 năm 2026",
        [
            ("p", "Thực hiện Công văn số 854/SYT-NVY ngày 02/6/2026 của Sở Y tế về tăng cường phòng, chống "
                  "dịch sốt xuất huyết và bệnh tay chân miệng mùa mưa năm 2026, Trạm Y tế xã An Hưng báo cáo "
                  "như sau:"),
            ("h1", "I. KẾT QUẢ THỰC HIỆN"),
            ("p", "Trạm phối hợp với Ủy ban nhân dân xã và Trung tâm Kiểm soát bệnh tật xử lý 02 ổ dịch tại "
                  "thôn Đông, phun hóa chất diệt muỗi cho 320 hộ, vận động Nhân dân thả cá diệt bọ gậy."),
            ("p", "Giám sát chặt chẽ ca bệnh tại cộng đồng, ghi nhận 14 ca sốt xuất huyết, 100% được báo cáo "
                  "kịp thời trên phần mềm giám sát."),
            ("h1", "II. HẠN CHẾ"),
            ("p", "Cơ số thuốc, hóa chất dự trữ tại Trạm còn thiếu so với yêu cầu."),
            ("p", "Trên đây là báo cáo của Trạm Y tế xã An Hưng./."),
        ], (["TRƯỞNG TRẠM"], ""), "Hoàng Văn Nam", pdf=True),
]

# --- Directive D (held out): a Party kế hoạch; reports with a table, no headings, mirrored numbering ---

D_SIGN = dict(authority=["T/M CHI BỘ"], title="BÍ THƯ")

DIRECTIVE_D = Doc(
    filename="d_directive_18-kh-du.docx", party=True,
    left=["ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG", "ĐẢNG ỦY XÃ AN HƯNG"],
    number="18-KH/ĐU", place_date="An Hưng, ngày 15 tháng 01 năm 2026", type_line="KẾ HOẠCH",
    subject="thực hiện phong trào thi đua “Dân vận khéo” gắn với xây dựng nông thôn mới kiểu mẫu năm 2026",
    body=[
        ("h1", "I- MỤC ĐÍCH, YÊU CẦU"),
        ("p", "Nâng cao nhận thức của cán bộ, đảng viên và Nhân dân về công tác dân vận; phát huy vai trò "
              "chủ thể của Nhân dân trong xây dựng nông thôn mới kiểu mẫu."),
        ("h1", "II- NHIỆM VỤ, GIẢI PHÁP"),
        ("h2", "1- Công tác tuyên truyền"),
        ("item", "- Tuyên truyền sâu rộng về phong trào thi đua “Dân vận khéo” trên hệ thống loa truyền thanh "
                 "và các nhóm Zalo của thôn."),
        ("item", "- Biểu dương, nhân rộng các mô hình “Dân vận khéo” tiêu biểu; mỗi chi bộ đăng ký ít nhất 01 "
                 "mô hình trong năm."),
        ("h2", "2- Xây dựng nông thôn mới kiểu mẫu"),
        ("item", "- Vận động Nhân dân hiến đất, góp công mở rộng đường giao thông nông thôn."),
        ("item", "- Xây dựng “Tuyến đường hoa” và “Khu dân cư sáng - xanh - sạch - đẹp” ở mỗi thôn."),
        ("h2", "3- Nắm tình hình Nhân dân"),
        ("item", "- Duy trì tiếp xúc, đối thoại với Nhân dân; giải quyết kịp thời kiến nghị, không để phát "
                 "sinh khiếu kiện đông người."),
        ("h1", "III- TỔ CHỨC THỰC HIỆN"),
        ("item", "1- Các chi bộ trực thuộc xây dựng kế hoạch cụ thể để triển khai thực hiện, báo cáo kết quả 6 "
                 "tháng trước ngày 15/6/2026 về Đảng ủy (qua Ban Xây dựng Đảng)."),
        ("item", "2- Ban Xây dựng Đảng Đảng ủy theo dõi, đôn đốc việc thực hiện, tổng hợp kết quả báo cáo Ban "
                 "Thường vụ Đảng ủy."),
    ],
    authority=["T/M BAN THƯỜNG VỤ"], title="BÍ THƯ", name="Trần Quốc Việt",
    noi_nhan=["Ban Thường vụ Thành ủy (để báo cáo)", "Các chi bộ trực thuộc (để thực hiện)",
              "Lưu Văn phòng Đảng ủy"],
)


def _d_report(filename, unit_line, number, date, body, name, pdf=False) -> Doc:
    return Doc(filename=filename, party=True, left=["ĐẢNG BỘ XÃ AN HƯNG", unit_line], number=number,
               place_date=f"An Hưng, ngày {date}", type_line="BÁO CÁO",
               subject="kết quả thực hiện phong trào “Dân vận khéo” 6 tháng đầu năm 2026", body=body,
               name=name, noi_nhan=["Đảng ủy xã (để báo cáo)", "Lưu Chi bộ"], pdf=pdf, **D_SIGN)


REPORTS_D = [
    _d_report(
        "d_r1_thondong.docx", "CHI BỘ THÔN ĐÔNG", "07-BC/CB", "08 tháng 6 năm 2026",
        [
            ("p", "Thực hiện Kế hoạch số 18-KH/ĐU, ngày 15-01-2026 của Ban Thường vụ Đảng ủy xã về thực hiện "
                  "phong trào thi đua “Dân vận khéo” gắn với xây dựng nông thôn mới kiểu mẫu năm 2026, Chi bộ "
                  "thôn Đông báo cáo như sau:"),
            ("p", "Sáu tháng đầu năm, Chi bộ đã chỉ đạo Ban công tác Mặt trận thôn phát thanh 24 buổi về phong "
                  "trào “Dân vận khéo” trên loa của thôn và nhóm Zalo “Thôn Đông đoàn kết”. Chi bộ đăng ký mô "
                  "hình “Thắp sáng đường quê”, được Đảng ủy xã biểu dương là mô hình “Dân vận khéo” tiêu biểu. "
                  "Nhân dân trong thôn tự nguyện hiến 1.250 m2 đất, góp 2.100 ngày công để mở rộng 1,8 km "
                  "đường trục thôn. Chi bộ duy trì đối thoại với Nhân dân vào ngày 15 hằng tháng, giải quyết "
                  "dứt điểm 7/7 kiến nghị, không có khiếu kiện vượt cấp. Thời gian tới, Chi bộ sẽ vận động "
                  "Nhân dân trồng hoa hai bên đường trục thôn để hình thành tuyến đường hoa."),
            ("p", "Trên đây là báo cáo của Chi bộ thôn Đông."),
        ], "Nguyễn Văn Bình"),
    _d_report(
        "d_r2_thontay.docx", "CHI BỘ THÔN TÂY", "05-BC/CB", "09 tháng 6 năm 2026",
        [
            ("p", "Thực hiện Kế hoạch số 18-KH/ĐU ngày 15/01/2026 của Ban Thường vụ Đảng ủy xã, Chi bộ thôn Tây "
                  "báo cáo kết quả 6 tháng đầu năm 2026 như sau:"),
            ("h1", "I- KẾT QUẢ ĐẠT ĐƯỢC"),
            ("p", "Kết quả cụ thể như biểu dưới đây:"),
            ("table", "Nội dung | Kết quả\n"
                      "Số buổi tuyên truyền về phong trào “Dân vận khéo” trên loa truyền thanh thôn | 18 buổi\n"
                      "Diện tích đất Nhân dân hiến để mở rộng đường giao thông nông thôn | 860 m2\n"
                      "Chiều dài “Tuyến đường hoa” đã trồng | 1.200 m"),
            ("h1", "II- HẠN CHẾ"),
            ("p", "Chi bộ chưa đăng ký được mô hình “Dân vận khéo” nào trong 6 tháng đầu năm."),
            ("p", "Trên đây là báo cáo của Chi bộ thôn Tây."),
        ], "Lê Thị Thu"),
    _d_report(
        "d_r3_thonnam.docx", "CHI BỘ THÔN NAM", "06-BC/CB", "10 tháng 6 năm 2026",
        [
            ("p", "Thực hiện Kế hoạch số 18-KH/ĐU ngày 15/01/2026 của Ban Thường vụ Đảng ủy xã, Chi bộ thôn Nam "
                  "báo cáo như sau:"),
            ("h2", "1- Về công tác tuyên truyền"),
            ("p", "Phát 14 tin, bài trên hệ thống loa của thôn; in 200 tờ gấp gửi đến các hộ gia đình."),
            ("h2", "2- Về xây dựng nông thôn mới kiểu mẫu"),
            ("p", "Thôn đã hoàn thành 600 m “Tuyến đường hoa” và 02 “Khu dân cư sáng - xanh - sạch - đẹp”."),
            ("h2", "3- Về nắm tình hình Nhân dân"),
            ("p", "Tổ chức 02 buổi đối thoại giữa Bí thư Chi bộ, Trưởng thôn với Nhân dân; các ý kiến đều được "
                  "trả lời ngay tại buổi đối thoại."),
            ("p", "Trên đây là báo cáo của Chi bộ thôn Nam."),
        ], "Phạm Văn Sơn"),
    _d_report(
        "d_r4_thonbac.docx", "CHI BỘ THÔN BẮC", "04-BC/CB", "11 tháng 6 năm 2026",
        [
            ("p", "Thực hiện Kế hoạch số 18/KH-ĐU ngày 15 tháng 01 năm 2026 của Ban Thường vụ Đảng ủy xã An "
                  "Hưng, Chi bộ thôn Bắc báo cáo kết quả như sau:"),
            ("h1", "I- KẾT QUẢ THỰC HIỆN"),
            ("p", "Chi bộ phân công đảng viên đến từng hộ vận động; 12 hộ đã hiến đất, tháo dỡ tường rào để mở "
                  "rộng các ngõ xóm."),
            ("h1", "II- PHƯƠNG HƯỚNG 6 THÁNG CUỐI NĂM"),
            ("p", "Đăng ký mô hình “Dân vận khéo” về giữ gìn vệ sinh môi trường thôn."),
            ("h1", "III- KIẾN NGHỊ"),
            ("p", "Đề nghị Đảng ủy, Ủy ban nhân dân xã hỗ trợ xi măng để Nhân dân làm đường giao thông."),
            ("p", "Trên đây là báo cáo của Chi bộ thôn Bắc."),
        ], "Vũ Văn Hùng"),
    _d_report(
        "d_r5_mamnon.docx", "CHI BỘ TRƯỜNG MẦM NON AN HƯNG", "03-BC/CB", "09 tháng 6 năm 2026",
        [
            ("p", "Thực hiện Kế hoạch số 18-KH/ĐU ngày 15/01/2026 của Ban Thường vụ Đảng ủy xã, Chi bộ Trường "
                  "Mầm non An Hưng báo cáo như sau:"),
            ("h1", "I- KẾT QUẢ"),
            ("p", "Chi bộ lồng ghép tuyên truyền phong trào “Dân vận khéo” trong các buổi sinh hoạt chuyên môn "
                  "và họp phụ huynh."),
            ("p", "Mô hình “Dân vận khéo” “Cô giáo đến từng nhà vận động trẻ ra lớp” của Chi bộ được Đảng ủy xã "
                  "khen thưởng."),
            ("p", "Trên đây là báo cáo của Chi bộ Trường Mầm non An Hưng."),
        ], "Đặng Thị Hạnh"),
    _d_report(
        "d_r6_congan.docx", "CHI BỘ CÔNG AN XÃ", "09-BC/CB", "10 tháng 6 năm 2026",
        [
            ("p", "Thực hiện Kế hoạch số 18-KH/ĐU ngày 15/01/2026 của Ban Thường vụ Đảng ủy xã, Chi bộ Công an xã "
                  "báo cáo như sau:"),
            ("h1", "I- KẾT QUẢ THỰC HIỆN"),
            ("p", "Công an xã thường xuyên nắm tình hình địa bàn, phối hợp với các thôn hòa giải thành 03 vụ "
                  "tranh chấp đất đai, không để phát sinh khiếu kiện đông người."),
            ("h1", "II- HẠN CHẾ"),
            ("p", "Lực lượng mỏng nên việc tham gia tuyên truyền tại các thôn còn hạn chế."),
            ("p", "Trên đây là báo cáo của Chi bộ Công an xã."),
        ], "Ngô Văn Quyết", pdf=True),
]

UNITS_D_CSV = """\
Tên đơn vị;Tên khác
Chi bộ thôn Đông;
Chi bộ thôn Tây;
Chi bộ thôn Nam;
Chi bộ thôn Bắc;
Chi bộ Trường Mầm non An Hưng;Chi bộ Trường MN An Hưng
Chi bộ Công an xã;
Chi bộ Quân sự xã;
"""

UNITS_A_CSV = """\
ten_don_vi,ten_khac
Chi bộ Khu dân cư số 1,Chi bộ KDC số 1
Chi bộ Khu dân cư số 2,Chi bộ KDC số 2
Chi bộ Khu dân cư số 3,Chi bộ KDC số 3
Chi bộ Khu dân cư số 4,Chi bộ KDC số 4
Chi bộ Công an phường,
Chi bộ Trường Tiểu học An Biên,
Chi bộ Trạm Y tế,Chi bộ Trạm Y tế phường
Chi bộ Quân sự phường,
"""


def main() -> None:
    for sub in ("directive_a", "directive_b", "directive_c", "directive_d"):
        (HERE / sub).mkdir(exist_ok=True)
    for folder, docs in (("directive_a", [DIRECTIVE_A, *REPORTS_A]), ("directive_b", [DIRECTIVE_B, *REPORTS_B]),
                         ("directive_c", [DIRECTIVE_C, *REPORTS_C]), ("directive_d", [DIRECTIVE_D, *REPORTS_D])):
        for d in docs:
            path = HERE / folder / d.filename
            write_docx(d, path)
            if d.pdf:
                to_pdf(path)
                path.unlink()  # the PDF is the sample; keeping the DOCX would send the report twice
            print(path.with_suffix(".pdf" if d.pdf else ".docx").relative_to(HERE))
    (HERE / "units_a.csv").write_text(UNITS_A_CSV, encoding="utf-8")
    (HERE / "units_d.csv").write_text(UNITS_D_CSV, encoding="utf-8")


if __name__ == "__main__":
    main()
