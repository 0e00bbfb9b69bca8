"""State Chỉ thị of a city People's Committee; "-" items with nested "+" items."""

from _kit import CANCU, H, P  # noqa: F401

STATE_RIGHT = [("size", 12, "**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**"),
               "**Độc lập - Tự do - Hạnh phúc**", ("rule", 5.5)]

DOC = {
    "regime": "state",
    "size": 14,
    "margins": (2.0, 2.0, 3.0, 1.5),
    "left": ["**ỦY BAN NHÂN DÂN**", "**THÀNH PHỐ HẢI PHÒNG**", ("rule", 2.5)],
    "right": STATE_RIGHT,
    "number_cell": ["Số: 03/CT-UBND"],
    "place_date": "Hải Phòng, ngày 06 tháng 01 năm 2026",
    "type_line": "CHỈ THỊ",
    "subject_lines": ["Về tăng cường kỷ luật, kỷ cương hành chính, cải cách",
                      "thủ tục hành chính và chuyển đổi số năm 2026"],
    "body": [
        P("Năm 2025, các cơ quan hành chính nhà nước trên địa bàn thành phố đã có nhiều chuyển biến "
          "trong chấp hành kỷ luật, kỷ cương hành chính; chỉ số cải cách hành chính và chỉ số hài lòng "
          "của người dân, doanh nghiệp tiếp tục được cải thiện. Tuy nhiên, tình trạng hồ sơ thủ tục "
          "hành chính giải quyết trễ hạn vẫn còn xảy ra ở một số cơ quan, địa phương; việc gửi, nhận "
          "văn bản điện tử có nơi chưa thực hiện đúng quy định tại Nghị định số 30/2020/NĐ-CP ngày "
          "05/3/2020 của Chính phủ về công tác văn thư."),
        P("Để khắc phục những hạn chế nêu trên, thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 "
          "của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi "
          "số quốc gia, Chủ tịch Ủy ban nhân dân thành phố yêu cầu:"),
        H("1. Về tăng cường kỷ luật, kỷ cương hành chính"),
        P("- Thủ trưởng các sở, ban, ngành, Chủ tịch Ủy ban nhân dân các xã, phường, đặc khu chịu "
          "trách nhiệm trước Chủ tịch Ủy ban nhân dân thành phố về việc chấp hành kỷ luật, kỷ cương "
          "hành chính tại cơ quan, đơn vị, địa phương mình; không để xảy ra tình trạng né tránh, đùn "
          "đẩy trách nhiệm, làm việc cầm chừng."),
        P("- Sở Nội vụ chủ trì, phối hợp với Thanh tra thành phố tổ chức kiểm tra đột xuất việc chấp "
          "hành kỷ luật, kỷ cương hành chính tại các cơ quan, đơn vị; tổng hợp kết quả, báo cáo Ủy "
          "ban nhân dân thành phố hằng tháng."),
        H("2. Về cải cách thủ tục hành chính"),
        P("- Các sở, ban, ngành, Ủy ban nhân dân các xã, phường, đặc khu tập trung thực hiện các nội "
          "dung sau:"),
        P("+ Rà soát, công bố, công khai đầy đủ các thủ tục hành chính thuộc thẩm quyền giải quyết; "
          "hoàn thành trước ngày 31/01/2026."),
        P("+ Giải quyết hồ sơ đúng hạn, không yêu cầu người dân, doanh nghiệp bổ sung giấy tờ ngoài "
          "quy định; thực hiện xin lỗi bằng văn bản đối với mọi hồ sơ giải quyết trễ hạn."),
        P("+ Cập nhật tình hình tiếp nhận, giải quyết hồ sơ trên Hệ thống thông tin giải quyết thủ tục "
          "hành chính thành phố hằng ngày."),
        P("- Văn phòng Ủy ban nhân dân thành phố theo dõi, đánh giá chất lượng giải quyết thủ tục hành "
          "chính của các cơ quan, địa phương, công bố kết quả định kỳ hằng quý."),
        H("3. Về chuyển đổi số trong hoạt động của cơ quan hành chính"),
        P("- Sở Khoa học và Công nghệ chủ trì, phối hợp với các cơ quan, đơn vị liên quan thực hiện:"),
        P("+ Nâng cấp Hệ thống quản lý văn bản và điều hành dùng chung, bảo đảm liên thông với Trục "
          "liên thông văn bản quốc gia; hoàn thành trong quý I/2026."),
        P("+ Hướng dẫn các cơ quan, đơn vị ký số, gửi, nhận văn bản điện tử theo đúng Nghị định số "
          "30/2020/NĐ-CP."),
        P("- Các cơ quan, đơn vị, địa phương thực hiện số hóa hồ sơ, kết quả giải quyết thủ tục hành "
          "chính còn hiệu lực; báo cáo tiến độ về Sở Khoa học và Công nghệ trước ngày 15 hằng quý."),
        H("4. Tổ chức thực hiện"),
        P("- Các sở, ban, ngành, Ủy ban nhân dân các xã, phường, đặc khu xây dựng kế hoạch triển khai "
          "Chỉ thị này, báo cáo kết quả về Sở Nội vụ trước ngày 20/01/2026."),
        P("- Sở Nội vụ theo dõi, đôn đốc việc thực hiện Chỉ thị; tổng hợp, báo cáo Chủ tịch Ủy ban "
          "nhân dân thành phố kết quả thực hiện cả năm trước ngày 15/12/2026."),
        P("Chủ tịch Ủy ban nhân dân thành phố yêu cầu Thủ trưởng các sở, ban, ngành, Chủ tịch Ủy ban "
          "nhân dân các xã, phường, đặc khu nghiêm túc thực hiện Chỉ thị này./."),
    ],
    "noi_nhan": [
        "- Bộ Nội vụ (để báo cáo);",
        "- Thường trực Thành ủy (để báo cáo);",
        "- Thường trực HĐND thành phố;",
        "- Chủ tịch, các PCT UBND thành phố;",
        "- Các sở, ban, ngành thành phố;",
        "- UBND các xã, phường, đặc khu;",
        "- Báo và Phát thanh, Truyền hình Hải Phòng (để đưa tin);",
        "- CVP, các PCVP UBND thành phố;",
        "- Lưu: VT, NC.",
    ],
    "signers": [["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Lê Minh Khải"]],
}
