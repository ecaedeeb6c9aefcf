"""Write eval/sets/gold8/plans.jsonl (metadata gold, same fields as gold/plans.jsonl).

    python eval/sets/src8/gold_src8.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "gold8", "plans.jsonl")

PLANS = [
    {"id": "tranbien_86-KH-UBND_2025.pdf", "title": "Xây dựng xã hội học tập phường Trấn Biên giai đoạn 2026 - 2030",
     "locality": "Trấn Biên", "level": "xã", "parents": ["Đồng Nai"], "number": "86/KH-UBND", "issued": "2025-10-10",
     "period": "2026-2030", "signer": {"name": "Lê Thị Ngọc Hân", "capacity": "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"}},
    {"id": "duytien_152-KH-UBND_2024.md", "title": "Xây dựng xã hội học tập thị xã Duy Tiên giai đoạn 2024 - 2030",
     "locality": "Duy Tiên", "level": "huyện", "parents": ["Hà Nam"], "number": "152/KH-UBND", "issued": "2024-06-18",
     "period": "2024-2030", "signer": {"name": "Trần Quang Vinh", "capacity": "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"}},
    {"id": "kontum_3105-KH-UBND_2024.txt", "title": "Xây dựng xã hội học tập tỉnh Kon Tum giai đoạn 2025 - 2030",
     "locality": "Kon Tum", "level": "tỉnh/thành phố", "parents": [], "number": "3105/KH-UBND", "issued": "2024-10-25",
     "period": "2025-2030", "signer": {"name": "Y Ngọc", "capacity": "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"}},
]

os.makedirs(os.path.dirname(OUT), exist_ok=True)
with open(OUT, "w", encoding="utf-8") as f:
    for p in PLANS:
        f.write(json.dumps(p, ensure_ascii=False) + "\n")
print(len(PLANS), "->", OUT)
