"""Write eval/sets/gold12/plans.jsonl (metadata gold, same fields as gold/plans.jsonl).

    python eval/sets/src12/gold_src12.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "gold12", "plans.jsonl")

PLANS = [
    {"id": "hoabinh_1936-KH-UBND_2024.txt", "title": "Xây dựng xã hội học tập tỉnh Hòa Bình giai đoạn 2025 - 2030",
     "locality": "Hòa Bình", "level": "tỉnh/thành phố", "parents": [], "number": "1936/KH-UBND", "issued": "2024-11-12",
     "period": "2025-2030", "signer": {"name": "Bùi Văn Luân", "capacity": "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"}},
    {"id": "thanhmien_95-KH-UBND_2024.docx", "title": "Xây dựng xã hội học tập huyện Thanh Miện giai đoạn 2024 - 2030",
     "locality": "Thanh Miện", "level": "huyện", "parents": ["Hải Dương"], "number": "95/KH-UBND", "issued": "2024-05-20",
     "period": "2024-2030", "signer": {"name": "Vũ Thị Hồng Nhung", "capacity": "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"}},
    {"id": "duongminhchau_186-KH-UBND_2025.md", "title": "Xây dựng xã hội học tập trên địa bàn xã Dương Minh Châu năm 2026",
     "locality": "Dương Minh Châu", "level": "xã", "parents": ["Tây Ninh"], "number": "186/KH-UBND", "issued": "2025-12-26",
     "period": "2026", "signer": {"name": "Lê Thị Mỹ Duyên", "capacity": "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"}},
]

os.makedirs(os.path.dirname(OUT), exist_ok=True)
with open(OUT, "w", encoding="utf-8") as f:
    for p in PLANS:
        f.write(json.dumps(p, ensure_ascii=False) + "\n")
print(len(PLANS), "->", OUT)
