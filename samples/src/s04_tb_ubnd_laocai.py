"""State Thông báo kết luận: unnumbered centred Ý KIẾN KẾT LUẬN heading, a)…đ) assignee items,
TL. + KT. signature, transmission formula at the end (not a task)."""

from _kit import C, H, P

DOC = {
    "regime": "state",
    "size": 14,
    "margins": (2.5, 2.0, 3.5, 2.0),
    "left_width": 5.9,
    "left": ["**ỦY BAN NHÂN DÂN**", "**TỈNH LÀO CAI**", ("rule", 2.0)],
    "right": [("size", 12, "**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**"),
              "**Độc lập - Tự do - Hạnh phúc**", ("rule", 5.6)],
    "number_cell": ["Số: 18/TB-UBND"],
    "place_date": "Lào Cai, ngày 12 tháng 01 năm 2026",
    "date_size": 13,
    "type_line": "THÔNG BÁO",
    "subject_lines": ["Kết luận của đồng chí Chủ tịch Ủy ban nhân dân tỉnh tại cuộc họp",
                      "về tiến độ giải ngân vốn đầu tư công năm 2026"],
    "body": [
        P("Ngày 09/01/2026, đồng chí Trần Quốc Việt, Chủ tịch Ủy ban nhân dân tỉnh chủ trì cuộc họp về "
          "tiến độ giải ngân vốn đầu tư công năm 2026. Tham dự cuộc họp có lãnh đạo các sở: Tài chính, "
          "Xây dựng, Nông nghiệp và Môi trường; đại diện các chủ đầu tư và Ủy ban nhân dân các xã, phường "
          "có dự án trọng điểm."),
        P("Sau khi nghe Sở Tài chính báo cáo và ý kiến của các đại biểu dự họp, đồng chí Chủ tịch Ủy ban "
          "nhân dân tỉnh kết luận như sau:"),
        C("**Ý KIẾN KẾT LUẬN**"),
        H("1. Đánh giá chung"),
        P("Năm 2025, tỷ lệ giải ngân vốn đầu tư công của tỉnh đạt 92,4% kế hoạch, cao hơn bình quân "
          "chung cả nước. Tuy nhiên, một số dự án còn chậm do vướng mắc về giải phóng mặt bằng, năng lực "
          "của một số nhà thầu còn hạn chế."),
        H("2. Nhiệm vụ trọng tâm thời gian tới"),
        P("a) Sở Tài chính: Chủ trì, phối hợp với các chủ đầu tư rà soát, điều chuyển vốn từ các dự án "
          "chậm giải ngân sang các dự án có khả năng giải ngân tốt; tham mưu Ủy ban nhân dân tỉnh trước "
          "ngày 25/01/2026."),
        P("b) Các chủ đầu tư: Lập kế hoạch giải ngân chi tiết theo từng tháng; báo cáo tiến độ giải ngân "
          "về Sở Tài chính trước ngày 05 hằng tháng."),
        P("c) Sở Nông nghiệp và Môi trường, Ủy ban nhân dân các xã, phường: Đẩy nhanh công tác giải phóng "
          "mặt bằng các dự án trọng điểm; hoàn thành bàn giao mặt bằng Dự án đường nối trung tâm tỉnh với "
          "cao tốc Nội Bài - Lào Cai trong quý I/2026."),
        P("d) Sở Xây dựng: Tăng cường kiểm tra chất lượng công trình; kiên quyết xử lý các nhà thầu vi phạm "
          "tiến độ theo quy định của hợp đồng."),
        P("đ) Văn phòng Ủy ban nhân dân tỉnh: Theo dõi, đôn đốc các cơ quan, đơn vị thực hiện kết luận "
          "này; tổng hợp, báo cáo Chủ tịch Ủy ban nhân dân tỉnh trước ngày 30/6."),
        P("Văn phòng Ủy ban nhân dân tỉnh thông báo để các cơ quan, đơn vị, địa phương biết, thực "
          "hiện./."),
    ],
    "noi_nhan": [
        "- Chủ tịch, các PCT UBND tỉnh;",
        "- Các sở: Tài chính, Xây dựng, Nông nghiệp và Môi trường;",
        "- Các chủ đầu tư;",
        "- UBND các xã, phường;",
        "- CVP, PCVP (TH);",
        "- Lưu: VT, TH.",
    ],
    "signers": [["TL. CHỦ TỊCH", "KT. CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG", "Nguyễn Thị Lan Anh"]],
}
