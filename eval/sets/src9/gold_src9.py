"""Write eval/sets/gold9/plans.jsonl (metadata gold, same fields as gold/plans.jsonl).

    python eval/sets/src9/gold_src9.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "gold9", "plans.jsonl")

PLANS = [
    {"id": "hungyen_187-KH-UBND_2024.docx", "title": "Xây dựng xã hội học tập tỉnh Hưng Yên giai đoạn 2025 - 2030",
     "locality": "Hưng Yên", "level": "tỉnh/thành phố", "parents": [], "number": "187/KH-UBND", "issued": "2024-11-14",
     "period": "2025-2030", "signer": {"name": "Đào Minh Khuê", "capacity": "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"}},
    {"id": "chogao_64-KH-UBND_2025.pdf",
     "title": "Xây dựng xã hội học tập trên địa bàn huyện Chợ Gạo giai đoạn 2025 - 2030",
     "locality": "Chợ Gạo", "level": "huyện", "parents": ["Tiền Giang"], "number": "64/KH-UBND", "issued": "2025-03-12",
     "period": "2025-2030", "signer": {"name": "Huỳnh Thị Mỹ Duyên", "capacity": "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"}},
    {"id": "nghiphong_38-KH-UBND_2025.md", "title": "Xây dựng xã hội học tập xã Nghi Phong giai đoạn 2025 - 2030",
     "locality": "Nghi Phong", "level": "xã", "parents": ["Nghi Lộc", "Nghệ An"], "number": "38/KH-UBND",
     "issued": "2025-01-20", "period": "2025-2030", "signer": {"name": "Hoàng Văn Thắng", "capacity": "CHỦ TỊCH"}},
]

os.makedirs(os.path.dirname(OUT), exist_ok=True)
with open(OUT, "w", encoding="utf-8") as f:
    for p in PLANS:
        f.write(json.dumps(p, ensure_ascii=False) + "\n")
print(len(PLANS), "->", OUT)
