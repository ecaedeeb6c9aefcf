"""Write eval/sets/gold26/plans.jsonl (metadata gold, same fields as gold/plans.jsonl).

    python eval/sets/src26/gold_src26.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "gold26", "plans.jsonl")

PLANS = [
    {"id": "quangngai_2318-KH-UBND_2024.docx", "title": "Xây dựng xã hội học tập tỉnh Quảng Ngãi giai đoạn 2025 - 2030",
     "locality": "Quảng Ngãi", "level": "tỉnh/thành phố", "parents": [], "number": "2318/KH-UBND", "issued": "2024-10-21",
     "period": "2025-2030", "signer": {"name": "Đinh Thị Hồng Nhung", "capacity": "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"}},
    {"id": "giacam_19-KH-UBND_2025.pdf", "title": "Xây dựng xã hội học tập phường Gia Cẩm năm 2025",
     "locality": "Gia Cẩm", "level": "xã", "parents": ["Việt Trì", "Phú Thọ"], "number": "19/KH-UBND",
     "issued": "2025-01-14", "period": "2025", "signer": {"name": "Hoàng Thị Minh Nguyệt", "capacity": "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"}},
    {"id": "kinhbac_36-KH-UBND_2025.md", "title": "Xây dựng xã hội học tập phường Kinh Bắc giai đoạn 2025 - 2030",
     "locality": "Kinh Bắc", "level": "xã", "parents": ["Bắc Ninh"], "number": "36/KH-UBND", "issued": "2025-08-18",
     "period": "2025-2030", "signer": {"name": "Nguyễn Đức Toàn", "capacity": "CHỦ TỊCH"}},
]

os.makedirs(os.path.dirname(OUT), exist_ok=True)
with open(OUT, "w", encoding="utf-8") as f:
    for p in PLANS:
        f.write(json.dumps(p, ensure_ascii=False) + "\n")
print(len(PLANS), "->", OUT)
