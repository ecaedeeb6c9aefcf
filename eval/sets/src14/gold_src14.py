"""Write eval/sets/gold14/plans.jsonl (metadata gold, same fields as gold/plans.jsonl).

    python eval/sets/src14/gold_src14.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "gold14", "plans.jsonl")

PLANS = [
    {"id": "laichau_1864-KH-UBND_2024.pdf", "title": "Xây dựng xã hội học tập tỉnh Lai Châu giai đoạn 2025 - 2030",
     "locality": "Lai Châu", "level": "tỉnh/thành phố", "parents": [], "number": "1864/KH-UBND", "issued": "2024-10-22",
     "period": "2025-2030", "signer": {"name": "Vàng A Sình", "capacity": "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"}},
    {"id": "kimson_213-KH-UBND_2024.docx", "title": "Xây dựng xã hội học tập huyện Kim Sơn giai đoạn 2025 - 2030",
     "locality": "Kim Sơn", "level": "huyện", "parents": ["Ninh Bình"], "number": "213/KH-UBND", "issued": "2024-06-05",
     "period": "2025-2030", "signer": {"name": "Trần Văn Khải", "capacity": "CHỦ TỊCH"}},
    {"id": "senthuy_37-KH-UBND_2025.md", "title": "Xây dựng xã hội học tập xã Sen Thủy giai đoạn 2025 - 2030",
     "locality": "Sen Thủy", "level": "xã", "parents": ["Lệ Thủy", "Quảng Bình"], "number": "37/KH-UBND",
     "issued": "2025-02-10", "period": "2025-2030", "signer": {"name": "Hoàng Minh Đức", "capacity": "CHỦ TỊCH"}},
]

os.makedirs(os.path.dirname(OUT), exist_ok=True)
with open(OUT, "w", encoding="utf-8") as f:
    for p in PLANS:
        f.write(json.dumps(p, ensure_ascii=False) + "\n")
print(len(PLANS), "->", OUT)
