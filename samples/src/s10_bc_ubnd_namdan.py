"""State Báo cáo of a commune UBND answering the provincial Kế hoạch 27/KH-UBND (sample s02): a data
table inside the body, inline Kính gửi to a Sở, kiến nghị addressed to two bodies."""

from _kit import TABLE, H, P

DOC = {
    "regime": "state",
    "size": 14,
    "margins": (2.0, 2.0, 3.0, 1.5),
    "left_width": 6.3,
    "left": ["**ỦY BAN NHÂN DÂN**", "**XÃ NAM ĐÀN**", ("rule", 2.0)],
    "right": [("size", 12, "**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**"),
              "**Độc lập - Tự do - Hạnh phúc**", ("rule", 5.5)],
    "number_cell": ["Số: 34/BC-UBND"],
    "place_date": "Nam Đàn, ngày 10 tháng 4 năm 2026",
    "type_line": "BÁO CÁO",
    "subject_lines": ["Kết quả thực hiện Kế hoạch phòng, chống thiên tai và tìm kiếm cứu nạn",
                      "quý I năm 2026"],
    "kinh_gui": "Sở Nông nghiệp và Môi trường tỉnh Nghệ An.",
    "body": [
        P("Thực hiện Kế hoạch số 27/KH-UBND ngày 15/01/2026 của Ủy ban nhân dân tỉnh về phòng, chống thiên tai và "
          "tìm kiếm cứu nạn năm 2026 trên địa bàn tỉnh Nghệ An, Ủy ban nhân dân xã Nam Đàn báo cáo kết quả thực "
          "hiện quý I năm 2026 như sau:"),
        H("I. KẾT QUẢ THỰC HIỆN"),
        H("1. Công tác chỉ đạo, điều hành"),
        P("Ủy ban nhân dân xã đã ban hành Kế hoạch số 09/KH-UBND ngày 20/02/2026 về phòng, chống thiên tai năm "
          "2026, gửi Sở Nông nghiệp và Môi trường đúng thời hạn; kiện toàn Ban Chỉ huy phòng thủ dân sự xã gồm 15 "
          "thành viên, phân công nhiệm vụ cụ thể cho từng thành viên."),
        H("2. Công tác tuyên truyền"),
        P("Phát 48 tin, bài trên hệ thống truyền thanh xã về kỹ năng ứng phó với lũ, sạt lở đất; phối hợp với "
          "Đoàn Thanh niên tổ chức 02 lớp hướng dẫn kỹ năng an toàn trên sông nước cho học sinh."),
        H("3. Rà soát công trình phòng, chống thiên tai"),
        P("Kết quả rà soát các công trình trên địa bàn xã như sau:"),
        TABLE([
            ["STT", "Loại công trình", "Số lượng", "Xung yếu", "Đề xuất sửa chữa"],
            ["1", "Hồ chứa nước", "4", "1", "1"],
            ["2", "Đập dâng", "2", "0", "0"],
            ["3", "Kênh tiêu úng", "12", "3", "2"],
        ], [1.3, 5.2, 2.8, 2.8, 3.4]),
        H("II. KHÓ KHĂN, VƯỚNG MẮC"),
        P("Hồ Khe Su xuống cấp, tràn xả lũ bị sạt lở; ngân sách xã chưa bố trí đủ kinh phí sửa chữa."),
        H("III. NHIỆM VỤ QUÝ II NĂM 2026"),
        P("- Hoàn thành phương án ứng phó thiên tai theo cấp độ rủi ro của xã trước ngày 30/5/2026."),
        P("- Tổ chức diễn tập ứng phó thiên tai cấp xã."),
        H("IV. ĐỀ XUẤT, KIẾN NGHỊ"),
        P("1. Đề nghị Sở Nông nghiệp và Môi trường tham mưu Ủy ban nhân dân tỉnh hỗ trợ kinh phí sửa chữa hồ Khe "
          "Su trước mùa mưa bão năm 2026."),
        P("2. Đề nghị Bộ Chỉ huy Quân sự tỉnh hỗ trợ xã tổ chức diễn tập ứng phó thiên tai trong quý II/2026."),
        P("Ủy ban nhân dân xã Nam Đàn kính báo cáo./."),
    ],
    "noi_nhan": [
        "- Như trên;",
        "- UBND tỉnh (để báo cáo);",
        "- Đảng ủy xã (để báo cáo);",
        "- Lưu: VT, KT.",
    ],
    "signers": [["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Đình Lâm"]],
}
