"""Write eval/sets/gold28/plans.jsonl (metadata gold, same fields as gold/plans.jsonl).

    python eval/sets/src28/gold_src28.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "gold28", "plans.jsonl")

PLANS = [
    {"id": "langson_1968-KH-UBND_2025.docx", "title": "Xây dựng xã hội học tập tỉnh Lạng Sơn giai đoạn 2026 - 2030",
     "locality": "Lạng Sơn", "level": "tỉnh/thành phố", "parents": [], "number": "1968/KH-UBND", "issued": "2025-09-22",
     "period": "2026-2030", "signer": {"name": "Hoàng Thị Diệu Linh", "capacity": "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"}},
    {"id": "dongloc_52-KH-UBND_2025.pdf", "title": "Xây dựng xã hội học tập xã Đồng Lộc năm 2026",
     "locality": "Đồng Lộc", "level": "xã", "parents": ["Hà Tĩnh"], "number": "52/KH-UBND", "issued": "2025-12-16",
     "period": "2026", "signer": {"name": "Trần Đình Khang", "capacity": "CHỦ TỊCH"}},
]

os.makedirs(os.path.dirname(OUT), exist_ok=True)
with open(OUT, "w", encoding="utf-8") as f:
    for p in PLANS:
        f.write(json.dumps(p, ensure_ascii=False) + "\n")
print(len(PLANS), "->", OUT)
