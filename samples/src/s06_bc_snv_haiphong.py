"""State Báo cáo of a Sở answering the city's Chỉ thị 03/CT-UBND (sample s01): inline Kính gửi,
"Thực hiện Chỉ thị số …" opening, I–IV skeleton, kiến nghị as the only requests."""

from _kit import H, P

DOC = {
    "regime": "state",
    "size": 14,
    "margins": (2.0, 2.0, 3.0, 1.5),
    "left_width": 7.0,
    "left": [("size", 12, "UBND THÀNH PHỐ HẢI PHÒNG"), "**SỞ NỘI VỤ**", ("rule", 2.0)],
    "right": [("size", 12, "**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**"),
              "**Độc lập - Tự do - Hạnh phúc**", ("rule", 5.5)],
    "number_cell": ["Số: 86/BC-SNV"],
    "place_date": "Hải Phòng, ngày 19 tháng 01 năm 2026",
    "type_line": "BÁO CÁO",
    "subject_lines": ["Kết quả triển khai Chỉ thị số 03/CT-UBND ngày 06/01/2026",
                      "của Ủy ban nhân dân thành phố"],
    "kinh_gui": "Ủy ban nhân dân thành phố Hải Phòng.",
    "body": [
        P("Thực hiện Chỉ thị số 03/CT-UBND ngày 06/01/2026 của Ủy ban nhân dân thành phố về tăng cường kỷ "
          "luật, kỷ cương hành chính, cải cách thủ tục hành chính và chuyển đổi số năm 2026, Sở Nội vụ báo "
          "cáo kết quả triển khai như sau:"),
        H("I. KẾT QUẢ THỰC HIỆN"),
        H("1. Công tác lãnh đạo, chỉ đạo, quán triệt"),
        P("Ngay sau khi nhận được Chỉ thị, Sở Nội vụ đã ban hành Kế hoạch số 15/KH-SNV ngày 09/01/2026 "
          "triển khai thực hiện; tổ chức quán triệt đến toàn thể công chức, viên chức, người lao động của "
          "Sở."),
        H("2. Kết quả thực hiện các nhiệm vụ được giao"),
        P("- Về kiểm tra kỷ luật, kỷ cương hành chính: Sở Nội vụ đã phối hợp với Thanh tra thành phố thành "
          "lập 02 đoàn kiểm tra đột xuất tại 06 sở, ngành và 12 xã, phường; qua kiểm tra phát hiện 09 "
          "trường hợp công chức đi muộn, về sớm, đã đề nghị cơ quan quản lý chấn chỉnh, xử lý theo quy định."),
        P("- Về hướng dẫn xây dựng kế hoạch triển khai Chỉ thị: Sở đã ban hành Công văn số 95/SNV-CCVC ngày "
          "12/01/2026 hướng dẫn các cơ quan, địa phương; đến ngày 16/01/2026 đã có 21/24 sở, ngành và "
          "98/114 xã, phường, đặc khu ban hành kế hoạch."),
        P("- Về cải cách thủ tục hành chính tại Sở: đã rà soát, công bố 87 thủ tục hành chính thuộc lĩnh "
          "vực nội vụ; tỷ lệ hồ sơ giải quyết đúng hạn đạt 99,2%."),
        H("II. HẠN CHẾ, NGUYÊN NHÂN"),
        P("- Một số xã, phường chưa ban hành kế hoạch triển khai Chỉ thị đúng thời hạn."),
        P("- Việc kiểm tra đột xuất còn gặp khó khăn do biên chế của Sở còn thiếu."),
        H("III. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI"),
        P("1. Tiếp tục kiểm tra đột xuất việc chấp hành kỷ luật, kỷ cương hành chính; báo cáo Ủy ban nhân "
          "dân thành phố hằng tháng."),
        P("2. Đôn đốc các cơ quan, địa phương chưa ban hành kế hoạch hoàn thành trước ngày 31/01/2026."),
        H("IV. KIẾN NGHỊ"),
        P("1. Đề nghị Ủy ban nhân dân thành phố chỉ đạo Ủy ban nhân dân các xã, phường, đặc khu chưa ban "
          "hành kế hoạch khẩn trương hoàn thành, gửi Sở Nội vụ trước ngày 31/01/2026."),
        P("2. Đề nghị Ủy ban nhân dân thành phố bổ sung 02 biên chế công chức cho Thanh tra Sở để bảo đảm "
          "thực hiện nhiệm vụ kiểm tra công vụ."),
        P("Trên đây là báo cáo kết quả triển khai Chỉ thị số 03/CT-UBND của Sở Nội vụ, kính báo cáo Ủy ban "
          "nhân dân thành phố xem xét, chỉ đạo./."),
    ],
    "noi_nhan": [
        "- Như trên;",
        "- Giám đốc Sở;",
        "- Văn phòng UBND thành phố;",
        "- Lưu: VT, CCVC.",
    ],
    "signers": [["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Vũ Thị Mai Hương"]],
}
