"""Write eval/sets/gold23/plans.jsonl (metadata gold, same fields as gold/plans.jsonl).

    python eval/sets/src23/gold_src23.py

The Excel annex thuanchau_154-KH-UBND_2024_phuluc.xlsx is part of Thuận Châu's plan, not a plan of its own: it has
no record here.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "gold23", "plans.jsonl")

PLANS = [
    {"id": "nghean_2176-KH-UBND_2024.odt", "title": "Xây dựng xã hội học tập tỉnh Nghệ An giai đoạn 2025 - 2030",
     "locality": "Nghệ An", "level": "tỉnh/thành phố", "parents": [], "number": "2176/KH-UBND",
     "issued": "2024-10-28", "period": "2025-2030",
     "signer": {"name": "Trần Quốc Bảo", "capacity": "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"}},
    {"id": "huongdo_52-KH-UBND_2025.pdf",
     "title": "Xây dựng xã hội học tập, học tập suốt đời xã Hương Đô giai đoạn 2026 - 2030",
     "locality": "Hương Đô", "level": "xã", "parents": ["Hà Tĩnh"], "number": "52/KH-UBND",
     "issued": "2025-10-06", "period": "2026-2030", "signer": {"name": "Lê Văn Thuận", "capacity": "CHỦ TỊCH"}},
    {"id": "thuanchau_154-KH-UBND_2024.docx", "title": "Xây dựng xã hội học tập huyện Thuận Châu giai đoạn 2024 - 2030",
     "locality": "Thuận Châu", "level": "huyện", "parents": ["Sơn La"], "number": "154/KH-UBND",
     "issued": "2024-05-20", "period": "2024-2030",
     "signer": {"name": "Cầm Văn Nam", "capacity": "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"}},
]

os.makedirs(os.path.dirname(OUT), exist_ok=True)
with open(OUT, "w", encoding="utf-8") as f:
    for p in PLANS:
        f.write(json.dumps(p, ensure_ascii=False) + "\n")
print(len(PLANS), "->", OUT)
