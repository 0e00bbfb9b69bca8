"""State Kế hoạch of a provincial People's Committee: I/II/III, per-assignee paragraphs,
a Phụ lục task table, combined authority TM. + KT. CHỦ TỊCH."""

from _kit import CANCU, TABLE, C, H, P

DOC = {
    "regime": "state",
    "size": 13,
    "margins": (2.0, 2.0, 3.0, 2.0),
    "left": ["**ỦY BAN NHÂN DÂN**", "**TỈNH NGHỆ AN**", "--------"],
    "right": [("size", 12, "**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**"),
              "**Độc lập - Tự do - Hạnh phúc**", "---------------"],
    "number_cell": ["Số: 27/KH-UBND"],
    "place_date": "Nghệ An, ngày 15 tháng 01 năm 2026",
    "date_size": 13,
    "type_line": "KẾ HOẠCH",
    "subject_lines": ["Phòng, chống thiên tai và tìm kiếm cứu nạn năm 2026",
                      "trên địa bàn tỉnh Nghệ An"],
    "body": [
        CANCU("Căn cứ Luật Phòng, chống thiên tai ngày 19 tháng 6 năm 2013; Luật sửa đổi, bổ sung một số "
              "điều của Luật Phòng, chống thiên tai và Luật Đê điều ngày 17 tháng 6 năm 2020;"),
        CANCU("Căn cứ Nghị định số 66/2021/NĐ-CP ngày 06 tháng 7 năm 2021 của Chính phủ quy định chi tiết "
              "thi hành một số điều của Luật Phòng, chống thiên tai;"),
        P("Ủy ban nhân dân tỉnh ban hành Kế hoạch phòng, chống thiên tai và tìm kiếm cứu nạn năm 2026 "
          "trên địa bàn tỉnh như sau:"),
        H("I. MỤC ĐÍCH, YÊU CẦU"),
        H("1. Mục đích"),
        P("- Chủ động phòng ngừa, ứng phó kịp thời, khắc phục khẩn trương hậu quả thiên tai, giảm thiểu "
          "thiệt hại về người và tài sản của Nhân dân và Nhà nước."),
        P("- Nâng cao nhận thức, kỹ năng phòng, chống thiên tai của cộng đồng, nhất là ở vùng ven biển, "
          "vùng núi có nguy cơ lũ quét, sạt lở đất."),
        H("2. Yêu cầu"),
        P("- Quán triệt và thực hiện có hiệu quả phương châm “bốn tại chỗ”; lấy phòng ngừa là chính."),
        P("- Phân công nhiệm vụ cụ thể, rõ người, rõ việc, rõ thời gian hoàn thành."),
        H("II. NHIỆM VỤ, GIẢI PHÁP"),
        H("1. Công tác chỉ đạo, điều hành"),
        P("Kiện toàn Ban Chỉ huy phòng thủ dân sự các cấp; xây dựng, cập nhật phương án ứng phó thiên "
          "tai theo cấp độ rủi ro, hoàn thành trước 30/6."),
        H("2. Công tác tuyên truyền, nâng cao nhận thức"),
        P("Đẩy mạnh tuyên truyền, phổ biến kiến thức phòng, chống thiên tai trên các phương tiện thông tin "
          "đại chúng và nền tảng số; tổ chức diễn tập ứng phó thiên tai cấp xã trong quý II/2026."),
        H("3. Đầu tư, nâng cấp công trình phòng, chống thiên tai"),
        P("Rà soát hiện trạng đê điều, hồ chứa, đập dâng; ưu tiên sửa chữa các hồ đập xung yếu, hoàn "
          "thành trước ngày 31/7/2026."),
        P("*(Chi tiết nhiệm vụ và phân công tại Phụ lục kèm theo).*"),
        H("III. TỔ CHỨC THỰC HIỆN"),
        P("1. Sở Nông nghiệp và Môi trường (cơ quan thường trực Ban Chỉ huy phòng thủ dân sự tỉnh): Chủ "
          "trì, hướng dẫn các địa phương triển khai Kế hoạch; tổng hợp tình hình thực hiện, báo cáo Ủy "
          "ban nhân dân tỉnh trước ngày 15 hằng quý."),
        P("2. Sở Tài chính: Tham mưu bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách năm "
          "2026; hoàn thành trong quý I/2026."),
        P("3. Bộ Chỉ huy Quân sự tỉnh, Công an tỉnh: Xây dựng phương án huy động lực lượng, phương tiện "
          "tham gia ứng cứu, tìm kiếm cứu nạn; duy trì lực lượng trực sẵn sàng trong mùa mưa bão."),
        P("4. Ủy ban nhân dân các xã, phường: Xây dựng kế hoạch phòng, chống thiên tai của địa phương, "
          "gửi Sở Nông nghiệp và Môi trường trước ngày 28/02/2026."),
        P("5. Báo và Phát thanh, Truyền hình Nghệ An: Tăng cường thời lượng tuyên truyền, cảnh báo thiên "
          "tai, nhất là trong mùa mưa bão."),
        P("Yêu cầu các sở, ban, ngành, Ủy ban nhân dân các xã, phường và các đơn vị liên quan nghiêm túc "
          "triển khai thực hiện; trong quá trình thực hiện, nếu có khó khăn, vướng mắc, kịp thời báo cáo "
          "về Sở Nông nghiệp và Môi trường để tổng hợp, tham mưu Ủy ban nhân dân tỉnh xem xét, giải "
          "quyết./."),
    ],
    "noi_nhan": [
        "- Bộ Nông nghiệp và Môi trường (để báo cáo);",
        "- Thường trực Tỉnh ủy (để báo cáo);",
        "- Thường trực HĐND tỉnh;",
        "- Chủ tịch, các PCT UBND tỉnh;",
        "- Các sở, ban, ngành cấp tỉnh;",
        "- Bộ Chỉ huy Quân sự tỉnh, Công an tỉnh;",
        "- UBND các xã, phường (để thực hiện);",
        "- Lưu: VT, NN(2b).",
    ],
    "signers": [["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Hoàng Thị Thu Hà"]],
    "appendix": [
        C("**Phụ lục**"),
        C("**DANH MỤC NHIỆM VỤ PHÒNG, CHỐNG THIÊN TAI NĂM 2026**"),
        C("*(Kèm theo Kế hoạch số 27/KH-UBND ngày 15/01/2026 của Ủy ban nhân dân tỉnh Nghệ An)*"),
        TABLE([
            ["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"],
            ["1", "Kiện toàn Ban Chỉ huy phòng thủ dân sự tỉnh và các xã, phường",
             "Sở Nông nghiệp và Môi trường", "Bộ Chỉ huy Quân sự tỉnh; UBND các xã, phường", "Quý I/2026"],
            ["2", "Cập nhật phương án ứng phó thiên tai theo cấp độ rủi ro",
             "Sở Nông nghiệp và Môi trường", "Các sở, ngành liên quan", "Trước 30/6"],
            ["3", "Kiểm tra an toàn hồ, đập trước mùa mưa bão", "Sở Nông nghiệp và Môi trường",
             "Sở Công Thương; UBND các xã, phường", "Trước ngày 31/5/2026"],
            ["4", "Tổ chức diễn tập ứng phó thiên tai cấp xã", "UBND các xã, phường",
             "Bộ Chỉ huy Quân sự tỉnh", "Quý II/2026"],
            ["5", "Bố trí kinh phí phòng, chống thiên tai năm 2026", "Sở Tài chính",
             "Sở Nông nghiệp và Môi trường", "Quý I/2026"],
            ["6", "Báo cáo tình hình thực hiện Kế hoạch", "Sở Nông nghiệp và Môi trường",
             "Các cơ quan, đơn vị", "Trước ngày 15 hằng quý"],
        ], [1.1, 5.0, 3.5, 3.5, 2.9]),
    ],
}
