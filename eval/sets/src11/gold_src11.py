"""Write eval/sets/gold11/plans.jsonl (metadata gold, same fields as gold/plans.jsonl).

    python eval/sets/src11/gold_src11.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "gold11", "plans.jsonl")

PLANS = [
    {"id": "yenbai_2215-KH-UBND_2024.docx", "title": "Xây dựng xã hội học tập tỉnh Yên Bái giai đoạn 2025 - 2030",
     "locality": "Yên Bái", "level": "tỉnh/thành phố", "parents": [], "number": "2215/KH-UBND", "issued": "2024-12-18",
     "period": "2025-2030", "signer": {"name": "Lò Văn Khánh", "capacity": "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"}},
    {"id": "canguoc_118-KH-UBND_2024.pdf", "title": "Xây dựng xã hội học tập huyện Cần Giuộc giai đoạn 2025 - 2030",
     "locality": "Cần Giuộc", "level": "huyện", "parents": ["Long An"], "number": "118/KH-UBND", "issued": "2024-09-09",
     "period": "2025-2030", "signer": {"name": "Phan Thanh Tùng", "capacity": "CHỦ TỊCH"}},
    {"id": "longhiep_52-KH-UBND_2025.md", "title": "Xây dựng xã hội học tập xã Long Hiệp giai đoạn 2025 - 2030",
     "locality": "Long Hiệp", "level": "xã", "parents": ["Trà Cú", "Trà Vinh"], "number": "52/KH-UBND", "issued": "2025-02-14",
     "period": "2025-2030", "signer": {"name": "Kim Thị Sóc Phi", "capacity": "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"}},
]

os.makedirs(os.path.dirname(OUT), exist_ok=True)
with open(OUT, "w", encoding="utf-8") as f:
    for p in PLANS:
        f.write(json.dumps(p, ensure_ascii=False) + "\n")
print(len(PLANS), "->", OUT)
