"""Write eval/sets/gold20/plans.jsonl (metadata gold, same fields as gold/plans.jsonl).

    python eval/sets/src20/gold_src20.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "gold20", "plans.jsonl")

PLANS = [
    {"id": "bariavungtau_412-KH-UBND_2025.docx", "title": "Xây dựng xã hội học tập tỉnh Bà Rịa - Vũng Tàu năm 2026",
     "locality": "Bà Rịa - Vũng Tàu", "level": "tỉnh/thành phố", "parents": [], "number": "412/KH-UBND",
     "issued": "2025-12-26", "period": "2026", "signer": {"name": "Trần Văn Khải", "capacity": "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"}},
    {"id": "ngocchuc_15-KH-UBND_2025.txt", "title": "Xây dựng xã hội học tập, học tập suốt đời xã Ngọc Chúc năm 2025",
     "locality": "Ngọc Chúc", "level": "xã", "parents": ["Giồng Riềng", "Kiên Giang"], "number": "15/KH-UBND",
     "issued": "2025-02-13", "period": "2025", "signer": {"name": "Huỳnh Văn Lợi", "capacity": "CHỦ TỊCH"}},
    {"id": "xuyenmoc_127-KH-UBND_2024.pdf", "title": "Xây dựng xã hội học tập huyện Xuyên Mộc giai đoạn 2024 - 2030",
     "locality": "Xuyên Mộc", "level": "huyện", "parents": ["Bà Rịa - Vũng Tàu"], "number": "127/KH-UBND",
     "issued": "2024-04-10", "period": "2024-2030", "signer": {"name": "Đỗ Minh Quang", "capacity": "CHỦ TỊCH"}},
]

os.makedirs(os.path.dirname(OUT), exist_ok=True)
with open(OUT, "w", encoding="utf-8") as f:
    for p in PLANS:
        f.write(json.dumps(p, ensure_ascii=False) + "\n")
print(len(PLANS), "->", OUT)
