"""Party Báo cáo of a commune Party committee answering a Tỉnh ủy Công văn: inline Kính gửi,
"Thực hiện Công văn số …, ngày dd-mm-yyyy …" opening, I–IV skeleton, one kiến nghị."""

from _kit import H, P

DOC = {
    "regime": "party",
    "size": 14,
    "margins": (2.0, 2.0, 3.0, 1.5),
    "left_width": 7.6,
    "left": [("size", 12, "ĐẢNG BỘ TỈNH TUYÊN QUANG"), ("size", 12, "**ĐẢNG ỦY XÃ TÂN TRÀO**"), "*"],
    "right": [("size", 15, "**ĐẢNG CỘNG SẢN VIỆT NAM**"), ("rule", 7.5)],
    "number_cell": ["Số 46-BC/ĐU"],
    "place_date": "Tân Trào, ngày 26 tháng 12 năm 2025",
    "type_line": "BÁO CÁO",
    "type_size": 15,
    "subject_lines": ["kết quả thực hiện Công văn số 1248-CV/TU, ngày 08-12-2025 của",
                      "Ban Thường vụ Tỉnh ủy về thực hiện quy chế dân chủ ở cơ sở năm 2025"],
    "kinh_gui": "Ban Thường vụ Tỉnh ủy Tuyên Quang.",
    "body": [
        P("Thực hiện Công văn số 1248-CV/TU, ngày 08-12-2025 của Ban Thường vụ Tỉnh ủy về việc đánh giá kết quả "
          "thực hiện quy chế dân chủ ở cơ sở năm 2025, Ban Thường vụ Đảng ủy xã Tân Trào báo cáo như sau:"),
        H("I. KẾT QUẢ THỰC HIỆN"),
        H("1. Công tác lãnh đạo, chỉ đạo"),
        P("Đảng ủy đã ban hành Kế hoạch số 12-KH/ĐU, ngày 15-7-2025 về thực hiện quy chế dân chủ ở cơ sở; 100% "
          "chi bộ trực thuộc tổ chức quán triệt đến đảng viên."),
        H("2. Kết quả cụ thể"),
        P("- Công khai đầy đủ các nội dung theo quy định tại trụ sở Ủy ban nhân dân xã và 24/24 nhà văn hóa "
          "thôn; tổ chức lấy ý kiến Nhân dân về quy hoạch chung xây dựng xã."),
        P("- Tổ chức 02 hội nghị đối thoại giữa Bí thư Đảng ủy, Chủ tịch Ủy ban nhân dân xã với Nhân dân; tiếp "
          "nhận, giải quyết 37/39 kiến nghị (đạt 94,9%)."),
        H("II. HẠN CHẾ, NGUYÊN NHÂN"),
        P("Một số thôn còn tổ chức họp dân chưa đúng quy định; việc công khai trên hệ thống loa truyền thanh chưa "
          "thường xuyên do hệ thống đã xuống cấp."),
        H("III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026"),
        P("- Tiếp tục lãnh đạo thực hiện nghiêm Luật Thực hiện dân chủ ở cơ sở năm 2022."),
        P("- Duy trì đối thoại định kỳ 6 tháng một lần giữa người đứng đầu cấp ủy, chính quyền với Nhân dân."),
        H("IV. KIẾN NGHỊ, ĐỀ XUẤT"),
        P("Đề nghị Ban Thường vụ Tỉnh ủy quan tâm hỗ trợ kinh phí nâng cấp hệ thống truyền thanh cơ sở cho các "
          "thôn vùng sâu, vùng xa của xã."),
        P("Trên đây là báo cáo kết quả thực hiện Công văn số 1248-CV/TU của Ban Thường vụ Đảng ủy xã Tân Trào."),
    ],
    "noi_nhan": [
        "- Ban Thường vụ Tỉnh ủy (để báo cáo),",
        "- Ban Tuyên giáo và Dân vận Tỉnh ủy,",
        "- Thường trực HĐND, UBND xã,",
        "- Lưu Văn phòng Đảng ủy.",
    ],
    "signers": [["T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "Ma Văn Thắng"]],
}
