"""Party Công văn (HD 36): two-line issuer block + "*", "Số 125-CV/ĐU", italic "V/v …" under the
number, centred italic Kính gửi, numbered requests, "- Lưu Văn phòng Đảng ủy."."""

from _kit import P

DOC = {
    "regime": "party",
    "size": 14,
    "margins": (2.0, 2.0, 3.0, 1.5),
    "left_width": 8.4,
    "left": [("size", 12, "ĐẢNG BỘ TỈNH NINH BÌNH"), ("size", 12, "**ĐẢNG ỦY CÁC CƠ QUAN ĐẢNG TỈNH**"), "*"],
    "right": [("size", 14, "**ĐẢNG CỘNG SẢN VIỆT NAM**"), ("rule", 6.5)],
    "number_cell": ["Số 125-CV/ĐU",
                    ("size", 12, "*V/v kiểm điểm, đánh giá, xếp loại chất lượng tổ chức đảng, đảng viên năm 2025*")],
    "place_date": "Ninh Bình, ngày 10 tháng 12 năm 2025",
    "date_size": 13,
    "kinh_gui": "Các chi bộ, đảng bộ cơ sở trực thuộc.",
    "body": [
        P("Thực hiện Hướng dẫn số 25-HD/BTCTW, ngày 15-11-2025 của Ban Tổ chức Trung ương về kiểm điểm, "
          "đánh giá, xếp loại chất lượng đối với tập thể, cá nhân trong hệ thống chính trị năm 2025 và Công "
          "văn số 318-CV/BTCTU, ngày 28-11-2025 của Ban Tổ chức Tỉnh ủy, Ban Thường vụ Đảng ủy đề nghị các "
          "chi bộ, đảng bộ cơ sở trực thuộc thực hiện một số nội dung sau:"),
        P("1. Tổ chức kiểm điểm tập thể, cá nhân gắn với đánh giá, xếp loại chất lượng tổ chức đảng, đảng "
          "viên năm 2025 theo đúng quy trình, hoàn thành trước ngày 20/01/2026."),
        P("2. Việc đánh giá, xếp loại phải bảo đảm thực chất, gắn với kết quả thực hiện nhiệm vụ được giao; "
          "tỷ lệ đảng viên được xếp loại “Hoàn thành xuất sắc nhiệm vụ” không vượt quá 20% số đảng viên được "
          "xếp loại “Hoàn thành tốt nhiệm vụ”."),
        P("3. Gửi báo cáo, biểu tổng hợp kết quả kiểm điểm, xếp loại về Ban Thường vụ Đảng ủy (qua Văn phòng "
          "Đảng ủy) trước ngày 25/01/2026, đồng thời gửi bản điện tử qua hệ thống phần mềm quản lý văn bản."),
        P("Ban Thường vụ Đảng ủy đề nghị các chi bộ, đảng bộ cơ sở trực thuộc quan tâm, thực hiện nghiêm túc, "
          "đúng thời gian quy định."),
    ],
    "noi_nhan": [
        "- Ban Tổ chức Tỉnh ủy (để báo cáo),",
        "- Thường trực Đảng ủy,",
        "- Như kính gửi,",
        "- Lưu Văn phòng Đảng ủy.",
    ],
    "signers": [["T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "Bùi Thị Hạnh"]],
}
