"""Write eval/sets/gold16/plans.jsonl (metadata gold, same fields as gold/plans.jsonl).

    python eval/sets/src16/gold_src16.py

Bạc Liêu's docx carries tracked changes: the gold is its accepted reading (nothing in the header was changed).
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "gold16", "plans.jsonl")

PLANS = [
    {"id": "baclieu_64-KH-UBND_2025.docx", "title": "Xây dựng xã hội học tập tỉnh Bạc Liêu giai đoạn 2025 - 2030",
     "locality": "Bạc Liêu", "level": "tỉnh/thành phố", "parents": [], "number": "64/KH-UBND", "issued": "2025-03-18",
     "period": "2025-2030", "signer": {"name": "Trương Quốc Khởi", "capacity": "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"}},
    {"id": "chodon_112-KH-UBND_2024.md", "title": "Xây dựng xã hội học tập huyện Chợ Đồn giai đoạn 2025 - 2030",
     "locality": "Chợ Đồn", "level": "huyện", "parents": ["Bắc Kạn"], "number": "112/KH-UBND", "issued": "2024-10-09",
     "period": "2025-2030", "signer": {"name": "Ma Thị Hương Giang", "capacity": "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"}},
    {"id": "luchon_27-KH-UBND_2025.pdf", "title": "Xây dựng xã hội học tập xã Lục Hồn năm 2025",
     "locality": "Lục Hồn", "level": "xã", "parents": ["Bình Liêu", "Quảng Ninh"], "number": "27/KH-UBND",
     "issued": "2025-02-14", "period": "2025", "signer": {"name": "Vi Văn Thắng", "capacity": "CHỦ TỊCH"}},
]

os.makedirs(os.path.dirname(OUT), exist_ok=True)
with open(OUT, "w", encoding="utf-8") as f:
    for p in PLANS:
        f.write(json.dumps(p, ensure_ascii=False) + "\n")
print(len(PLANS), "->", OUT)
