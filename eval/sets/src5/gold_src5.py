"""Hand-written metadata gold for the fifth held-out set's plans; writes eval/sets/gold5/plans.jsonl.

    python eval/sets/src5/gold_src5.py

Same fields as gold/plans.jsonl; read off the plan texts by hand (check_sets.py checks number, title, signer).
Đông Kinh is a phường directly under the province after the 2025 reform (level `xã`, parents [Lạng Sơn]).
Krông Pắc's period is 2024-2030 (results 2021-2023 are in its PHẦN I). An Giang is the province merged with
Kiên Giang in 2025 (level `tỉnh/thành phố`).
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(os.path.dirname(HERE), "gold5")

PLANS = [
    {"id": "dongkinh_18-KH-UBND_2026.docx",
     "title": "Xây dựng xã hội học tập trên địa bàn phường Đông Kinh giai đoạn 2026 - 2028",
     "locality": "Đông Kinh", "level": "xã", "parents": ["Lạng Sơn"], "number": "18/KH-UBND",
     "issued": "2026-01-23", "period": "2026-2028",
     "signer": {"name": "Nông Thị Hải Yến", "capacity": "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"}},
    {"id": "krongpac_127-KH-UBND_2024.txt",
     "title": "Xây dựng xã hội học tập trên địa bàn huyện Krông Pắc giai đoạn 2024 - 2030",
     "locality": "Krông Pắc", "level": "huyện", "parents": ["Đắk Lắk"], "number": "127/KH-UBND",
     "issued": "2024-06-14", "period": "2024-2030",
     "signer": {"name": "Y Wăn Mlô", "capacity": "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"}},
    {"id": "angiang_389-KH-UBND_2025.pdf",
     "title": "Xây dựng xã hội học tập tỉnh An Giang giai đoạn 2026 - 2030",
     "locality": "An Giang", "level": "tỉnh/thành phố", "parents": [], "number": "389/KH-UBND",
     "issued": "2025-11-05", "period": "2026-2030",
     "signer": {"name": "Lâm Quốc Khải", "capacity": "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"}},
]

if __name__ == "__main__":
    os.makedirs(GOLD, exist_ok=True)
    with open(os.path.join(GOLD, "plans.jsonl"), "w", encoding="utf-8") as f:
        for r in PLANS:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(PLANS), "plans ->", GOLD)
