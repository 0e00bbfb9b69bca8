"""State Công văn of a provincial UBND as an unnumbered copy: blank number ("Số:     /UBND-KT") and
blank day in the date, a boxed KHẨN stamp, V/v in the header table, "Giao …" items, TUQ. signer."""

from _kit import P

DOC = {
    "regime": "state",
    "size": 14,
    "margins": (2.0, 2.0, 3.0, 1.5),
    "left_width": 6.8,
    "left": ["**ỦY BAN NHÂN DÂN**", "**TỈNH GIA LAI**", ("rule", 2.2)],
    "right": [("size", 12, "**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**"),
              "**Độc lập - Tự do - Hạnh phúc**", ("rule", 5.5)],
    "number_cell": ["Số:          /UBND-KT",
                    ("size", 12, "V/v triển khai các giải pháp bình ổn thị trường dịp Tết Nguyên đán Bính Ngọ "
                                 "2026"),
                    ("box", "KHẨN", 1.8)],
    "place_date": "Gia Lai, ngày       tháng 02 năm 2026",
    "kinh_gui": [
        "- Các sở, ban, ngành thuộc tỉnh;",
        "- Ủy ban nhân dân các xã, phường.",
    ],
    "kg_left": 3.0,
    "body": [
        P("Thực hiện Công điện số 05/CĐ-TTg ngày 12/01/2026 của Thủ tướng Chính phủ về bảo đảm cân đối cung cầu, "
          "bình ổn thị trường dịp Tết Nguyên đán Bính Ngọ 2026, Chủ tịch Ủy ban nhân dân tỉnh có ý kiến chỉ đạo "
          "như sau:"),
        P("1. Giao Sở Công Thương chủ trì, phối hợp với các đơn vị liên quan theo dõi sát diễn biến cung cầu, "
          "giá cả hàng hóa thiết yếu trên địa bàn; báo cáo Ủy ban nhân dân tỉnh hằng tuần."),
        P("2. Giao Sở Tài chính kiểm tra việc niêm yết giá, bán theo giá niêm yết; xử lý nghiêm các hành vi vi "
          "phạm pháp luật về giá."),
        P("3. Giao Công an tỉnh chủ trì, phối hợp với các lực lượng chức năng tăng cường đấu tranh chống buôn "
          "lậu, gian lận thương mại, hàng giả trước, trong và sau Tết."),
        P("4. Ủy ban nhân dân các xã, phường chỉ đạo các chợ, cơ sở kinh doanh bảo đảm nguồn hàng; tổng hợp, "
          "báo cáo tình hình thị trường về Sở Công Thương trước 15 giờ 00 ngày 20/02/2026."),
        P("Yêu cầu Thủ trưởng các cơ quan, đơn vị, Chủ tịch Ủy ban nhân dân các xã, phường khẩn trương triển "
          "khai thực hiện./."),
    ],
    "noi_nhan": [
        "- Như trên;",
        "- Bộ Công Thương (b/c);",
        "- TT Tỉnh ủy, TT HĐND tỉnh (b/c);",
        "- Chủ tịch, các PCT UBND tỉnh;",
        "- Lưu: VT, KT.",
    ],
    "signers": [["TUQ. CHỦ TỊCH", "GIÁM ĐỐC SỞ CÔNG THƯƠNG", "Rơ Mah Tuấn"]],
}
