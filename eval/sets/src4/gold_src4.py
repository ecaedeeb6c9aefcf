"""Hand-written metadata gold for the fourth held-out set's plans; writes eval/sets/gold4/plans.jsonl.

    python eval/sets/src4/gold_src4.py

Same fields as gold/plans.jsonl; read off the plan texts by hand (check_sets.py checks number, title, signer).
Ninh Hòa is a thị xã (level `huyện`). Yên Trạch's plan names its district (Phú Lương, in its legal basis and
"Nơi nhận") but never its province; the parent Thái Nguyên is given anyway.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(os.path.dirname(HERE), "gold4")

PLANS = [
    {"id": "ninhhoa_64-KH-UBND_2025.docx",
     "title": "Xây dựng xã hội học tập trên địa bàn thị xã Ninh Hòa giai đoạn 2025 - 2030",
     "locality": "Ninh Hòa", "level": "huyện", "parents": ["Khánh Hòa"], "number": "64/KH-UBND",
     "issued": "2025-03-20", "period": "2025-2030",
     "signer": {"name": "Trần Quốc Vinh", "capacity": "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"}},
    {"id": "yentrach_12-KH-UBND_2026.pdf",
     "title": "Xây dựng xã hội học tập xã Yên Trạch năm 2026",
     "locality": "Yên Trạch", "level": "xã", "parents": ["Phú Lương", "Thái Nguyên"], "number": "12/KH-UBND",
     "issued": "2026-01-08", "period": "2026",
     "signer": {"name": "Ma Văn Toàn", "capacity": "CHỦ TỊCH"}},
    {"id": "tuyenquang_215-KH-UBND_2025.md",
     "title": "Xây dựng xã hội học tập tỉnh Tuyên Quang giai đoạn 2026 - 2030",
     "locality": "Tuyên Quang", "level": "tỉnh/thành phố", "parents": [], "number": "215/KH-UBND",
     "issued": "2025-12-16", "period": "2026-2030",
     "signer": {"name": "Hoàng Thị Minh Châu", "capacity": "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"}},
]

if __name__ == "__main__":
    os.makedirs(GOLD, exist_ok=True)
    with open(os.path.join(GOLD, "plans.jsonl"), "w", encoding="utf-8") as f:
        for r in PLANS:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(PLANS), "plans ->", GOLD)
