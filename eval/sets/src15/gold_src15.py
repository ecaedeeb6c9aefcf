"""Write eval/sets/gold15/plans.jsonl (metadata gold, same fields as gold/plans.jsonl).

    python eval/sets/src15/gold_src15.py

Ninh Thuận's plan has no number of its own: number, date and signer are the Quyết định's that issues it.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "gold15", "plans.jsonl")

PLANS = [
    {"id": "ninhthuan_1476-QD-UBND_2025.pdf", "title": "Xây dựng xã hội học tập tỉnh Ninh Thuận giai đoạn 2026 - 2030",
     "locality": "Ninh Thuận", "level": "tỉnh/thành phố", "parents": [], "number": "1476/QĐ-UBND", "issued": "2025-05-12",
     "period": "2026-2030", "signer": {"name": "Đặng Minh Hiển", "capacity": "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"}},
    {"id": "budang_96-KH-UBND_2024.docx", "title": "Xây dựng xã hội học tập trên địa bàn huyện Bù Đăng giai đoạn 2026 - 2030",
     "locality": "Bù Đăng", "level": "huyện", "parents": ["Bình Phước"], "number": "96/KH-UBND", "issued": "2024-12-16",
     "period": "2026-2030", "signer": {"name": "Điểu Thị Ngọc Hân", "capacity": "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"}},
    {"id": "nghiathanh_41-KH-UBND_2025.txt", "title": "Xây dựng xã hội học tập phường Nghĩa Thành năm 2025",
     "locality": "Nghĩa Thành", "level": "xã", "parents": ["Gia Nghĩa", "Đắk Nông"], "number": "41/KH-UBND",
     "issued": "2025-02-20", "period": "2025", "signer": {"name": "Y Thành Niê", "capacity": "CHỦ TỊCH"}},
]

os.makedirs(os.path.dirname(OUT), exist_ok=True)
with open(OUT, "w", encoding="utf-8") as f:
    for p in PLANS:
        f.write(json.dumps(p, ensure_ascii=False) + "\n")
print(len(PLANS), "->", OUT)
