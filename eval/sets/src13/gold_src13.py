"""Write eval/sets/gold13/plans.jsonl (metadata gold, same fields as gold/plans.jsonl).

    python eval/sets/src13/gold_src13.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "gold13", "plans.jsonl")

PLANS = [
    {"id": "hagiang_287-KH-UBND_2024.docx", "title": "Xây dựng xã hội học tập tỉnh Hà Giang giai đoạn 2025 - 2030",
     "locality": "Hà Giang", "level": "tỉnh/thành phố", "parents": [], "number": "287/KH-UBND", "issued": "2024-10-14",
     "period": "2025-2030", "signer": {"name": "Nông Văn Tuấn", "capacity": "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"}},
    {"id": "vithuy_142-KH-UBND_2024.pdf", "title": "Xây dựng xã hội học tập huyện Vị Thủy giai đoạn 2024 - 2030",
     "locality": "Vị Thủy", "level": "huyện", "parents": ["Hậu Giang"], "number": "142/KH-UBND", "issued": "2024-05-08",
     "period": "2024-2030", "signer": {"name": "Nguyễn Hoàng Phúc", "capacity": "CHỦ TỊCH"}},
    {"id": "phuhoa_58-KH-UBND_2025.txt", "title": "Xây dựng xã hội học tập phường Phú Hòa năm 2025",
     "locality": "Phú Hòa", "level": "xã", "parents": ["Thủ Dầu Một", "Bình Dương"], "number": "58/KH-UBND",
     "issued": "2025-01-20", "period": "2025", "signer": {"name": "Lê Minh Trí", "capacity": "CHỦ TỊCH"}},
]

os.makedirs(os.path.dirname(OUT), exist_ok=True)
with open(OUT, "w", encoding="utf-8") as f:
    for p in PLANS:
        f.write(json.dumps(p, ensure_ascii=False) + "\n")
print(len(PLANS), "->", OUT)
