"""Zones: header / body / signature / recipients, on layouts as the backends build them."""

from __future__ import annotations

from extract.zones import split_zones
from parsers.layout import Block, CellRef, Line


def B(text: str, col: int | None = None, table: int | None = None, row: int = 0, *, bold: bool = False,
      italic: bool = False, lines: list[str] | None = None) -> Block:
    """A block as a backend gives it: one paragraph, optional table cell / PDF column."""
    cell = CellRef(table=table, row=row, col=col) if table is not None and col is not None else None
    raw = lines or [text]
    return Block(lines=[Line(t, bold=bold, italic=italic) for t in raw], column=col, cell=cell)


def _texts(blocks: list[Block]) -> list[str]:
    return [b.text for b in blocks]


def state_directive() -> list[Block]:
    """Domain notes example A + D: DOCX tables for header and footer, an appendix after."""
    return [
        B("ỦY BAN NHÂN DÂN", 0, 0, 0, bold=True),
        B("THÀNH PHỐ HẢI PHÒNG", 0, 0, 0, bold=True),
        B("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 1, 0, 0, bold=True),
        B("Độc lập - Tự do - Hạnh phúc", 1, 0, 0, bold=True),
        B("Số: 12/CT-UBND", 0, 0, 1),
        B("Hải Phòng, ngày 05 tháng 01 năm 2026", 1, 0, 1, italic=True),
        B("CHỈ THỊ", bold=True),
        B("Về tăng cường công tác phòng, chống dịch bệnh mùa đông xuân 2025 - 2026", bold=True),
        B("Thời gian qua, công tác phòng, chống dịch bệnh trên địa bàn thành phố đạt nhiều kết quả."),
        B("1. Sở Y tế chủ trì, phối hợp với các cơ quan liên quan theo dõi tình hình dịch bệnh."),
        B("2. Ủy ban nhân dân các xã, phường tổ chức tuyên truyền, hướng dẫn Nhân dân."),
        B("Yêu cầu Thủ trưởng các sở, ngành nghiêm túc thực hiện Chỉ thị này./."),
        B("Nơi nhận:", 0, 1, 0, bold=True, italic=True),
        B("- Thường trực Thành ủy (để báo cáo);", 0, 1, 0),
        B("- Như Điều 3 (để thực hiện);", 0, 1, 0),
        B("- Lưu: VT, VX(2b).", 0, 1, 0),
        B("TM. ỦY BAN NHÂN DÂN", 1, 1, 0, bold=True),
        B("KT. CHỦ TỊCH", 1, 1, 0, bold=True),
        B("PHÓ CHỦ TỊCH", 1, 1, 0, bold=True),
        B("Trần Thị Bình", 1, 1, 0, bold=True),
        B("PHỤ LỤC", bold=True),
        B("DANH MỤC CÁC ĐIỂM TIÊM CHỦNG"),
        B("(Kèm theo Chỉ thị số 12/CT-UBND ngày 05/01/2026 của Ủy ban nhân dân thành phố)", italic=True),
    ]


def test_table_document_cut_into_four_zones():
    z = split_zones(state_directive())
    assert _texts(z.header)[-2:] == ["CHỈ THỊ", "Về tăng cường công tác phòng, chống dịch bệnh mùa đông xuân "
                                                "2025 - 2026"]
    assert z.body[0].text.startswith("Thời gian qua")
    assert _texts(z.recipients)[0] == "Nơi nhận:" and len(z.recipients) == 4
    assert _texts(z.signature) == ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Trần Thị Bình"]


def test_appendix_after_signature_stays_in_body_in_order():
    z = split_zones(state_directive())
    assert _texts(z.body)[-3:] == ["PHỤ LỤC", "DANH MỤC CÁC ĐIỂM TIÊM CHỦNG",
                                   "(Kèm theo Chỉ thị số 12/CT-UBND ngày 05/01/2026 của Ủy ban nhân dân thành phố)"]


def test_every_block_lands_in_exactly_one_zone():
    blocks = state_directive()
    z = split_zones(blocks)
    assert len(z.header) + len(z.body) + len(z.signature) + len(z.recipients) == len(blocks)


def test_glued_kinh_gui_and_first_body_paragraph_are_cut_apart():
    # A web copy wrote the addressee and the first "Căn cứ" on one printed line.
    blocks = [
        B("SỞ Y TẾ", 0, 0, 0, bold=True),
        B("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 1, 0, 0),
        B("Số: 215/SYT-NVY", 0, 0, 1),
        B("Ninh Bình, ngày 08 tháng 01 năm 2026", 1, 0, 1),
        B("", lines=["Kính gửi: Ủy ban nhân dân các xã, phường", "Căn cứ Luật Phòng bệnh ngày 15",
                     "tháng 6 năm 2025;"]),
        B("Sở Y tế đề nghị các đơn vị triển khai thực hiện./."),
    ]
    z = split_zones(blocks)
    assert z.header[-1].text == "Kính gửi: Ủy ban nhân dân các xã, phường"
    assert z.body[0].text == "Căn cứ Luật Phòng bệnh ngày 15 tháng 6 năm 2025;"
    assert len(z.body) == 2


def test_no_header_table_reference_layout():
    # The reference document: no header at all, a "Kính gửi" line, footer as plain text,
    # authority and title glued in one block by the text backend.
    blocks = [
        B("Kính gửi: Các cấp ủy cơ sở trực thuộc Đảng ủy"),
        B("Tháng 01 năm 2026 diễn ra nhiều sự kiện chính trị - xã hội quan trọng."),
        B("1. Công tác nắm bắt, phản ánh dư luận xã hội"),
        B("- Theo dõi chặt chẽ tư tưởng, tâm trạng của cán bộ, đảng viên."),
        B("Nơi nhận:"),
        B("- Ban Thường vụ Đảng ủy (để báo cáo),"),
        B("- Ban Tuyên giáo và Dân vận Thành ủy (để báo", lines=["- Ban Tuyên giáo và Dân vận Thành ủy (để báo",
                                                               "cáo),"]),
        B("- Lưu Văn phòng Đảng ủy."),
        B("", lines=["T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ"]),
        B("Phạm Quang Sáng"),
    ]
    z = split_zones(blocks)
    assert _texts(z.header) == ["Kính gửi: Các cấp ủy cơ sở trực thuộc Đảng ủy"]
    assert len(z.body) == 3
    assert len(z.recipients) == 4
    assert _texts(z.signature) == ["T/M BAN THƯỜNG VỤ PHÓ BÍ THƯ", "Phạm Quang Sáng"]


def test_pdf_columns_without_cells():
    # PDF backend: two-column zones carry column 0/1 and no cell.
    blocks = [
        B("UBND THÀNH PHỐ HẢI PHÒNG", 0), B("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 1),
        B("SỞ Y TẾ", 0, bold=True), B("Độc lập - Tự do - Hạnh phúc", 1),
        B("Số: 123/SYT-NVY", 0), B("Hải Phòng, ngày 12 tháng 01 năm 2026", 1),
        B("V/v triển khai tiêm chủng mở rộng quý I/2026", 0),
        B("Kính gửi: Trung tâm Kiểm soát bệnh tật thành phố."),
        B("Thực hiện Kế hoạch số 05/KH-UBND ngày 02/01/2026 của Ủy ban nhân dân thành phố."),
        B("Nơi nhận:", 0), B("TM. ỦY BAN NHÂN DÂN", 1),
        B("- Như trên;", 0), B("KT. CHỦ TỊCH", 1),
        B("- Lưu: VT, NVY.", 0), B("PHÓ CHỦ TỊCH", 1),
        B("Trần Thị Bình", 1),
    ]
    z = split_zones(blocks)
    assert _texts(z.header)[-1] == "Kính gửi: Trung tâm Kiểm soát bệnh tật thành phố."
    assert _texts(z.body) == ["Thực hiện Kế hoạch số 05/KH-UBND ngày 02/01/2026 của Ủy ban nhân dân thành phố."]
    assert _texts(z.recipients) == ["Nơi nhận:", "- Như trên;", "- Lưu: VT, NVY."]
    assert _texts(z.signature) == ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Trần Thị Bình"]


def test_signature_without_noi_nhan():
    blocks = [
        B("Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh chịu trách nhiệm thi hành Quyết định này./."),
        B("TM. ỦY BAN NHÂN DÂN", bold=True), B("CHỦ TỊCH", bold=True), B("Lê Văn An", bold=True),
    ]
    z = split_zones(blocks)
    assert _texts(z.signature) == ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Lê Văn An"]
    assert len(z.body) == 1 and not z.recipients


def test_caps_subject_wrapped_over_paragraphs_and_qd_authority_line():
    blocks = [
        B("BAN CHẤP HÀNH TRUNG ƯƠNG", 0, 0, 0), B("ĐẢNG CỘNG SẢN VIỆT NAM", 1, 0, 0),
        B("Số 212-KL/TW", 0, 0, 1), B("Hà Nội, ngày 18 tháng 11 năm 2025", 1, 0, 1),
        B("KẾT LUẬN", bold=True), B("CỦA BỘ CHÍNH TRỊ,"), B("BAN BÍ THƯ"),
        B("VỀ ĐỊNH HƯỚNG XÂY DỰNG TIÊU CHUẨN CỦA ĐƠN VỊ HÀNH CHÍNH"),
        B("Tại phiên họp ngày 14/11/2025, Bộ Chính trị, Ban Bí thư kết luận như sau:"),
    ]
    z = split_zones(blocks)
    assert len(z.header) == 8 and len(z.body) == 1
    qd = [B("QUYẾT ĐỊNH", bold=True), B("VỀ VIỆC BAN HÀNH KẾ HOẠCH KIỂM KÊ TÀI SẢN CÔNG"),
          B("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI", bold=True),
          B("Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;")]
    z = split_zones(qd)
    assert _texts(z.body)[0] == "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI"


def test_real_documents_keep_body_and_find_footer(real_docs):
    from parsers import load

    for name, signers in [("kh_ubnd_nghean_982_2025.txt", 4), ("qd_kh_ubnd_quangngai_1627_2025.txt", 3),
                          ("cv_sgddt_hcm_5155_2025.txt", 3)]:
        path = real_docs / name
        if not path.exists():
            continue
        blocks = list(load(path).blocks())
        z = split_zones(blocks)
        assert len(z.signature) == signers, name
        assert z.recipients[0].text.startswith("Nơi nhận")
        # The appendix of the Quyết định (its Kế hoạch) stays in the body.
        if name.startswith("qd_"):
            assert any(b.text == "I. MỤC ĐÍCH, YÊU CẦU" for b in z.body)


QD_DENSE = """ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH QUẢNG TRỊ Độc lập - Tự do - Hạnh phúc
Số: 45/QĐ-UBND Quảng Trị, ngày 10 tháng 01 năm 2026
QUYẾT ĐỊNH
Về việc giao nhiệm vụ thực hiện Chương trình chuyển đổi số năm 2026
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ
Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;
QUYẾT ĐỊNH:
Điều 1. Giao Sở Khoa học và Công nghệ chủ trì triển khai Chương trình.
Điều 2. Chánh Văn phòng Ủy ban nhân dân tỉnh chịu trách nhiệm thi hành Quyết định này./.
Nơi nhận: TM. ỦY BAN NHÂN DÂN
- Như Điều 2; KT. CHỦ TỊCH
- Thường trực Tỉnh ủy (b/c); PHÓ CHỦ TỊCH
- Lưu: VT, KGVX.
Trần Văn Bình
"""


def test_dense_text_header_and_footer_read_across_both_columns():
    # Text with no blank lines (an OCR or copy of an interleaved PDF): the header
    # comes as one paragraph, the footer rows hold list and signature side by side.
    from extract.header import read_header
    from extract.recipients import read_recipients
    from extract.signature import read_signers
    from parsers.text_backend import layout_from_text

    z = split_zones(list(layout_from_text(QD_DENSE).blocks()))
    h = read_header(z.header)
    assert (h.issuer.name, h.number_symbol, h.place, h.doc_type.code) == (
        "ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ", "45/QĐ-UBND", "Quảng Trị", "QĐ")
    assert h.subject == "Về việc giao nhiệm vụ thực hiện Chương trình chuyển đổi số năm 2026"
    assert z.body[0].text.startswith("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ Căn cứ Luật")
    assert [(r.name, r.purpose) for r in read_recipients(z.recipients)] == [
        ("Như Điều 2", None), ("Thường trực Tỉnh ủy", "b/c"), ("VT, KGVX", "lưu")]
    assert [(s.authority, s.title, s.name) for s in read_signers(z.signature)] == [
        ("TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Trần Văn Bình")]


def test_consolidated_text_reads_its_authentication_block():
    from extract.header import read_header

    blocks = [B("CÔNG VĂN ĐẾN", 0), B("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 1), B("THÔNG TƯ", 1),
              B("Quy định và hướng dẫn tổ chức lễ tang đối với quân nhân"),
              B("Căn cứ Nghị định số 105/2012/NĐ-CP ngày 17 tháng 12 năm 2012 của Chính phủ;"),
              B("Điều 37. Trách nhiệm thi hành"),
              B("BỘ QUỐC PHÒNG XÁC THỰC VĂN BẢN HỢP NHẤT"),
              B("Số: 46/VBHN-BQP Hà Nội, ngày 04 tháng 5 năm 2026"),
              B("Nơi nhận:", 0, 1), B("- Lưu: VT, NCTH.", 0, 1),
              B("KT. BỘ TRƯỞNG", 1, 1), B("THỨ TRƯỞNG", 1, 1), B("Thượng tướng Nguyễn Văn Gấu", 1, 1)]
    z = split_zones(blocks)
    h = read_header(z.header)
    assert (h.issuer.name, h.number_symbol, h.doc_type.code, h.place) == (
        "BỘ QUỐC PHÒNG", "46/VBHN-BQP", "VBHN", "Hà Nội")
    assert h.subject == "Quy định và hướng dẫn tổ chức lễ tang đối với quân nhân"
    assert _texts(z.body) == ["Căn cứ Nghị định số 105/2012/NĐ-CP ngày 17 tháng 12 năm 2012 của Chính phủ;",
                              "Điều 37. Trách nhiệm thi hành"]


def test_whole_header_pasted_as_one_paragraph_and_ocr_kinh_gui():
    from extract.header import read_header

    z = split_zones([B("ỦY BAN NHÂN DÂN TỈNH NGHỆ AN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh "
                       "phúc Số: 12/CT-UBND Nghệ An, ngày 05 tháng 01 năm 2026 CHỈ THỊ Về tăng cường quản lý trật tự "
                       "xây dựng"), B("Kinh gửi: Các sở, ban, ngành"), B("Thời gian qua, công tác quản lý còn hạn chế.")])
    h = read_header(z.header)
    assert _texts(z.body) == ["Thời gian qua, công tác quản lý còn hạn chế."]
    assert (h.number_symbol, h.doc_type.code, h.subject, h.addressees) == (
        "12/CT-UBND", "CT", "Về tăng cường quản lý trật tự xây dựng", ["Các sở, ban, ngành"])
