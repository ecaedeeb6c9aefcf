"""Write eval/sets/gold17/plans.jsonl (metadata gold, same fields as gold/plans.jsonl).

    python eval/sets/src17/gold_src17.py

Bắc Ninh's number, title and signer are as the OCR text layer reads them (the header has no OCR error).
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "gold17", "plans.jsonl")

PLANS = [
    {"id": "vuthu_186-KH-UBND_2024.docx", "title": "Xây dựng xã hội học tập huyện Vũ Thư giai đoạn 2025 - 2030",
     "locality": "Vũ Thư", "level": "huyện", "parents": ["Thái Bình"], "number": "186/KH-UBND", "issued": "2024-10-21",
     "period": "2025-2030", "signer": {"name": "Phạm Thị Thu Hằng", "capacity": "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"}},
    {"id": "bacninh_245-KH-UBND_2024.pdf",
     "title": "Đẩy mạnh xây dựng xã hội học tập tỉnh Bắc Ninh giai đoạn 2025 - 2030",
     "locality": "Bắc Ninh", "level": "tỉnh/thành phố", "parents": [], "number": "245/KH-UBND",
     "issued": "2024-09-12", "period": "2025-2030",
     "signer": {"name": "Đào Quang Vinh", "capacity": "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"}},
    {"id": "cuonggian_21-KH-UBND_2025.md", "title": "Xây dựng xã hội học tập xã Cương Gián giai đoạn 2025 - 2030",
     "locality": "Cương Gián", "level": "xã", "parents": ["Nghi Xuân", "Hà Tĩnh"], "number": "21/KH-UBND",
     "issued": "2025-02-17", "period": "2025-2030", "signer": {"name": "Phan Văn Lợi", "capacity": "CHỦ TỊCH"}},
]

os.makedirs(os.path.dirname(OUT), exist_ok=True)
with open(OUT, "w", encoding="utf-8") as f:
    for p in PLANS:
        f.write(json.dumps(p, ensure_ascii=False) + "\n")
print(len(PLANS), "->", OUT)
