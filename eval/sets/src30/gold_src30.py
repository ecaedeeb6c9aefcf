"""Write eval/sets/gold30/plans.jsonl (metadata gold, same fields as gold/plans.jsonl).

    python eval/sets/src30/gold_src30.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "gold30", "plans.jsonl")

PLANS = [
    {"id": "tayninh_3127-KH-UBND_2025.docx", "title": "Xây dựng xã hội học tập tỉnh Tây Ninh giai đoạn 2026 - 2030",
     "locality": "Tây Ninh", "level": "tỉnh/thành phố", "parents": [], "number": "3127/KH-UBND", "issued": "2025-10-14",
     "period": "2026-2030", "signer": {"name": "Nguyễn Thị Thanh Tuyền", "capacity": "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"}},
    {"id": "datmui_36-KH-UBND_2026.pdf", "title": "Xây dựng xã hội học tập xã Đất Mũi giai đoạn 2026 - 2030",
     "locality": "Đất Mũi", "level": "xã", "parents": ["Cà Mau"], "number": "36/KH-UBND", "issued": "2026-02-09",
     "period": "2026-2030", "signer": {"name": "Lý Hoàng Nghĩa", "capacity": "CHỦ TỊCH"}},
]

os.makedirs(os.path.dirname(OUT), exist_ok=True)
with open(OUT, "w", encoding="utf-8") as f:
    for p in PLANS:
        f.write(json.dumps(p, ensure_ascii=False) + "\n")
print(len(PLANS), "->", OUT)
