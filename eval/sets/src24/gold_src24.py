"""Write eval/sets/gold24/plans.jsonl (metadata gold, same fields as gold/plans.jsonl).

    python eval/sets/src24/gold_src24.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "gold24", "plans.jsonl")

PLANS = [
    {"id": "daknong_2157-KH-UBND_2024.md", "title": "Xây dựng xã hội học tập tỉnh Đắk Nông giai đoạn 2025 - 2030",
     "locality": "Đắk Nông", "level": "tỉnh/thành phố", "parents": [], "number": "2157/KH-UBND", "issued": "2024-10-18",
     "period": "2025-2030", "signer": {"name": "Phạm Quang Khải", "capacity": "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"}},
    {"id": "khanhvinh_87-KH-UBND_2024.docx", "title": "Xây dựng xã hội học tập huyện Khánh Vĩnh giai đoạn 2024 - 2030",
     "locality": "Khánh Vĩnh", "level": "huyện", "parents": ["Khánh Hòa"], "number": "87/KH-UBND", "issued": "2024-04-15",
     "period": "2024-2030", "signer": {"name": "Cao Thị Mỹ Linh", "capacity": "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"}},
    {"id": "khanhvinh_42-KH-UBND_2025.pdf",
     "title": "điều chỉnh, bổ sung một số nội dung của Kế hoạch số 87/KH-UBND",
     "locality": "Khánh Vĩnh", "level": "huyện", "parents": ["Khánh Hòa"], "number": "42/KH-UBND", "issued": "2025-03-10",
     "period": "2024-2030", "signer": {"name": "Trần Quốc Hưng", "capacity": "CHỦ TỊCH"}},
    {"id": "nghiduc_05-KH-TTHTCD_2025.txt", "title": "Hoạt động năm 2025 của Trung tâm học tập cộng đồng xã Nghị Đức",
     "locality": "Nghị Đức", "level": "xã", "parents": ["Tánh Linh", "Bình Thuận"], "number": "05/KH-TTHTCĐ",
     "issued": "2025-01-06", "period": "2025", "signer": {"name": "Phan Văn Hòa", "capacity": "GIÁM ĐỐC"}},
]

os.makedirs(os.path.dirname(OUT), exist_ok=True)
with open(OUT, "w", encoding="utf-8") as f:
    for p in PLANS:
        f.write(json.dumps(p, ensure_ascii=False) + "\n")
print(len(PLANS), "->", OUT)
