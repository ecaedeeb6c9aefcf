"""Write eval/sets/gold10/plans.jsonl (metadata gold, same fields as gold/plans.jsonl).

    python eval/sets/src10/gold_src10.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "gold10", "plans.jsonl")

PLANS = [
    {"id": "caobang_2468-KH-UBND_2024.docx", "title": "Xây dựng xã hội học tập tỉnh Cao Bằng giai đoạn 2025 - 2030",
     "locality": "Cao Bằng", "level": "tỉnh/thành phố", "parents": [], "number": "2468/KH-UBND", "issued": "2024-12-05",
     "period": "2025-2030", "signer": {"name": "Nông Thị Minh Tâm", "capacity": "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"}},
    {"id": "damdoi_185-KH-UBND_2024.txt", "title": "Xây dựng xã hội học tập huyện Đầm Dơi giai đoạn 2025 - 2030",
     "locality": "Đầm Dơi", "level": "huyện", "parents": ["Cà Mau"], "number": "185/KH-UBND", "issued": "2024-08-26",
     "period": "2025-2030", "signer": {"name": "Trần Hữu Phước", "capacity": "CHỦ TỊCH"}},
    {"id": "hoacuongbac_47-KH-UBND_2024.pdf", "title": "Xây dựng xã hội học tập phường Hòa Cường Bắc giai đoạn 2024 - 2030",
     "locality": "Hòa Cường Bắc", "level": "xã", "parents": ["Hải Châu", "Đà Nẵng"], "number": "47/KH-UBND",
     "issued": "2024-03-12", "period": "2024-2030",
     "signer": {"name": "Phan Thị Thu Sương", "capacity": "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"}},
]

os.makedirs(os.path.dirname(OUT), exist_ok=True)
with open(OUT, "w", encoding="utf-8") as f:
    for p in PLANS:
        f.write(json.dumps(p, ensure_ascii=False) + "\n")
print(len(PLANS), "->", OUT)
