"""Write eval/sets/gold22/plans.jsonl (metadata gold, same fields as gold/plans.jsonl).

    python eval/sets/src22/gold_src22.py

Bình Định's page is read from the plan in <div class="noidung">, not from the portal's title, breadcrumb or sidebar.
Tân Lợi's docx is a draft with tracked changes: the gold is its accepted reading (the number 19 and the date 12/02 are
insertions; the deleted date 05/02 is not the plan's).
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "gold22", "plans.jsonl")

PLANS = [
    {"id": "binhdinh_214-KH-UBND_2024.html", "title": "Xây dựng xã hội học tập tỉnh Bình Định giai đoạn 2025 - 2030",
     "locality": "Bình Định", "level": "tỉnh/thành phố", "parents": [], "number": "214/KH-UBND",
     "issued": "2024-09-16", "period": "2025-2030", "signer": {"name": "Đào Minh Trí", "capacity": "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"}},
    {"id": "chuprong_163-KH-UBND_2024.pdf", "title": "Xây dựng xã hội học tập huyện Chư Prông giai đoạn 2024 - 2030",
     "locality": "Chư Prông", "level": "huyện", "parents": ["Gia Lai"], "number": "163/KH-UBND",
     "issued": "2024-05-24", "period": "2024-2030", "signer": {"name": "Rơ Mah Thuận", "capacity": "CHỦ TỊCH"}},
    {"id": "tanloi_19-KH-UBND_2025.docx", "title": "Xây dựng xã hội học tập, học tập suốt đời phường Tân Lợi năm 2025",
     "locality": "Tân Lợi", "level": "xã", "parents": ["Buôn Ma Thuột", "Đắk Lắk"], "number": "19/KH-UBND",
     "issued": "2025-02-12", "period": "2025", "signer": {"name": "Nguyễn Hữu Phước", "capacity": "CHỦ TỊCH"}},
]

os.makedirs(os.path.dirname(OUT), exist_ok=True)
with open(OUT, "w", encoding="utf-8") as f:
    for p in PLANS:
        f.write(json.dumps(p, ensure_ascii=False) + "\n")
print(len(PLANS), "->", OUT)
