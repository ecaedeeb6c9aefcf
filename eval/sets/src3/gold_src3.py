"""Hand-written metadata gold for the third held-out set's plans; writes eval/sets/gold3/plans.jsonl.

    python eval/sets/src3/gold_src3.py

Same fields as gold/plans.jsonl; read off the plan texts by hand (check_sets.py checks number, title, signer).
Nghĩa Kỳ's plan names its district (Tư Nghĩa) but never its province; the parent Quảng Ngãi is given anyway.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(os.path.dirname(HERE), "gold3")

PLANS = [
    {"id": "lucngan_203-KH-UBND_2024.docx",
     "title": "Đẩy mạnh xây dựng xã hội học tập, học tập suốt đời trên địa bàn huyện Lục Ngạn giai đoạn 2025 - 2030",
     "locality": "Lục Ngạn", "level": "huyện", "parents": ["Bắc Giang"], "number": "203/KH-UBND",
     "issued": "2024-10-15", "period": "2025-2030",
     "signer": {"name": "Lương Thị Hảo", "capacity": "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"}},
    {"id": "nghiaky_45-KH-UBND_2025.md",
     "title": "Xây dựng xã hội học tập trên địa bàn xã Nghĩa Kỳ giai đoạn 2025 - 2027",
     "locality": "Nghĩa Kỳ", "level": "xã", "parents": ["Tư Nghĩa", "Quảng Ngãi"], "number": "45/KH-UBND",
     "issued": "2025-03-18", "period": "2025-2027",
     "signer": {"name": "Huỳnh Văn Bảo", "capacity": "CHỦ TỊCH"}},
    {"id": "tphcm_5210-KH-UBND_2024.pdf",
     "title": "Xây dựng xã hội học tập, thúc đẩy học tập suốt đời trên địa bàn Thành phố Hồ Chí Minh giai đoạn 2025 - 2030",
     "locality": "Hồ Chí Minh", "level": "tỉnh/thành phố", "parents": [], "number": "5210/KH-UBND",
     "issued": "2024-11-25", "period": "2025-2030",
     "signer": {"name": "Đỗ Minh Khoa", "capacity": "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"}},
]

if __name__ == "__main__":
    os.makedirs(GOLD, exist_ok=True)
    with open(os.path.join(GOLD, "plans.jsonl"), "w", encoding="utf-8") as f:
        for r in PLANS:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(PLANS), "plans ->", GOLD)
