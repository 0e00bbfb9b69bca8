"""Party Thông báo kết luận of a Tỉnh ủy standing committee: "1-" items whose "Yêu cầu …:" item holds
"-" sub-items, one of them with "+" sub-items (three levels), T/L BAN THƯỜNG VỤ / CHÁNH VĂN PHÒNG,
transmission formula at the end (not a task)."""

from _kit import P

DOC = {
    "regime": "party",
    "size": 14,
    "margins": (2.0, 2.0, 3.0, 1.5),
    "left_width": 6.5,
    "left": [("blank",), "**TỈNH ỦY LÂM ĐỒNG**", "*"],
    "right": [("size", 15, "**ĐẢNG CỘNG SẢN VIỆT NAM**"), ("rule", 7.5)],
    "number_cell": ["Số 112-TB/TU"],
    "place_date": "Lâm Đồng, ngày 30 tháng 01 năm 2026",
    "type_line": "THÔNG BÁO",
    "type_size": 15,
    "subject_lines": ["kết luận của Ban Thường vụ Tỉnh ủy về công tác chuẩn bị bầu cử",
                      "đại biểu Quốc hội khóa XVI và đại biểu Hội đồng nhân dân các cấp",
                      "nhiệm kỳ 2026 - 2031"],
    "body": [
        P("Ngày 28-01-2026, Ban Thường vụ Tỉnh ủy họp, nghe Ban Tổ chức Tỉnh ủy báo cáo tiến độ công tác chuẩn bị "
          "bầu cử đại biểu Quốc hội khóa XVI và đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2026 - 2031 trên địa "
          "bàn tỉnh. Sau khi thảo luận, Ban Thường vụ Tỉnh ủy kết luận như sau:"),
        P("1- Cơ bản thống nhất với báo cáo của Ban Tổ chức Tỉnh ủy. Công tác chuẩn bị bầu cử được triển khai "
          "đúng tiến độ, bảo đảm dân chủ, đúng luật."),
        P("2- Yêu cầu các cấp ủy, tổ chức đảng, chính quyền, Mặt trận Tổ quốc và các đoàn thể tập trung thực hiện "
          "tốt các nội dung sau:"),
        P("- Lãnh đạo, chỉ đạo chặt chẽ công tác hiệp thương, giới thiệu người ứng cử, bảo đảm đúng cơ cấu, thành "
          "phần theo quy định; hoàn thành hội nghị hiệp thương lần thứ ba trước ngày 20-02-2026."),
        P("- Tăng cường tuyên truyền về cuộc bầu cử:"),
        P("+ Ban Tuyên giáo và Dân vận Tỉnh ủy chỉ đạo các cơ quan báo chí mở chuyên mục tuyên truyền về bầu cử "
          "đến hết ngày 15-3-2026."),
        P("+ Các đảng ủy xã, phường tổ chức tuyên truyền trên hệ thống truyền thanh cơ sở hằng ngày."),
        P("- Công an tỉnh xây dựng phương án bảo đảm an ninh, trật tự trước, trong và sau ngày bầu cử."),
        P("3- Giao Ban Tổ chức Tỉnh ủy theo dõi, tổng hợp tình hình, báo cáo Ban Thường vụ Tỉnh ủy hằng tuần."),
        P("Văn phòng Tỉnh ủy thông báo để các cơ quan, đơn vị biết, thực hiện."),
    ],
    "noi_nhan": [
        "- Thường trực Tỉnh ủy,",
        "- Các đảng ủy trực thuộc Tỉnh ủy,",
        "- Các ban đảng, Văn phòng Tỉnh ủy,",
        "- Ủy ban bầu cử tỉnh,",
        "- Lưu Văn phòng Tỉnh ủy.",
    ],
    "signers": [["T/L BAN THƯỜNG VỤ", "CHÁNH VĂN PHÒNG", "Lê Thị Ngọc Hân"]],
}
