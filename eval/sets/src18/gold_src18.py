"""Write eval/sets/gold18/plans.jsonl (metadata gold, same fields as gold/plans.jsonl).

    python eval/sets/src18/gold_src18.py

Tháp Mười's plan AMENDS an earlier plan (KH 135/KH-UBND of 16/6/2022, not loaded): its title is the amending subject
line and its period the amended plan's "giai đoạn 2021 - 2030". Tân Ngãi is a pre-2025 ward of thành phố Vĩnh Long,
tỉnh Vĩnh Long (parents: the city, then the province, which share the name).
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "gold18", "plans.jsonl")

PLANS = [
    {"id": "quangnam_2847-KH-UBND_2024.docx", "title": "Xây dựng xã hội học tập tỉnh Quảng Nam giai đoạn 2025 - 2030",
     "locality": "Quảng Nam", "level": "tỉnh/thành phố", "parents": [], "number": "2847/KH-UBND",
     "issued": "2024-11-21", "period": "2025-2030",
     "signer": {"name": "Phan Thị Ngọc Diệp", "capacity": "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"}},
    {"id": "thapmuoi_58-KH-UBND_2025.pdf",
     "title": "Điều chỉnh, bổ sung Kế hoạch số 135/KH-UBND ngày 16/6/2022 của Ủy ban nhân dân huyện Tháp Mười về xây dựng xã hội học tập giai đoạn 2021 - 2030",
     "locality": "Tháp Mười", "level": "huyện", "parents": ["Đồng Tháp"], "number": "58/KH-UBND",
     "issued": "2025-04-07", "period": "2021-2030",
     "signer": {"name": "Huỳnh Thị Bích Trâm", "capacity": "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"}},
    {"id": "tanngai_09-KH-UBND_2025.txt", "title": "Xây dựng xã hội học tập phường Tân Ngãi giai đoạn 2025 - 2027",
     "locality": "Tân Ngãi", "level": "xã", "parents": ["Vĩnh Long", "Vĩnh Long"], "number": "09/KH-UBND",
     "issued": "2025-01-10", "period": "2025-2027", "signer": {"name": "Lâm Quốc Trung", "capacity": "CHỦ TỊCH"}},
]

os.makedirs(os.path.dirname(OUT), exist_ok=True)
with open(OUT, "w", encoding="utf-8") as f:
    for p in PLANS:
        f.write(json.dumps(p, ensure_ascii=False) + "\n")
print(len(PLANS), "->", OUT)
