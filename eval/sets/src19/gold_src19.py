"""Write eval/sets/gold19/plans.jsonl (metadata gold, same fields as gold/plans.jsonl).

    python eval/sets/src19/gold_src19.py

Bắc Hà is a huyện of tỉnh Lào Cai (March 2025, before districts were abolished); Ia Kring is a pre-2025-merger phường
of thành phố Pleiku, tỉnh Gia Lai (parents: the city, then the province). The markdown's number sits in inline code
(`45/KH-UBND`); the gold number is the text inside it.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "gold19", "plans.jsonl")

PLANS = [
    {"id": "dienbien_3185-KH-UBND_2024.docx", "title": "Xây dựng xã hội học tập tỉnh Điện Biên giai đoạn 2025 - 2030",
     "locality": "Điện Biên", "level": "tỉnh/thành phố", "parents": [], "number": "3185/KH-UBND",
     "issued": "2024-10-18", "period": "2025-2030",
     "signer": {"name": "Quàng Văn Thịnh", "capacity": "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"}},
    {"id": "bacha_96-KH-UBND_2025.pdf",
     "title": "Thực hiện phong trào học tập suốt đời, xây dựng xã hội học tập trên địa bàn huyện Bắc Hà giai đoạn 2025 - 2030",
     "locality": "Bắc Hà", "level": "huyện", "parents": ["Lào Cai"], "number": "96/KH-UBND",
     "issued": "2025-03-12", "period": "2025-2030",
     "signer": {"name": "Lù Thị Dung", "capacity": "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"}},
    {"id": "iakring_45-KH-UBND_2025.md", "title": "Xây dựng xã hội học tập phường Ia Kring giai đoạn 2025 - 2027",
     "locality": "Ia Kring", "level": "xã", "parents": ["Pleiku", "Gia Lai"], "number": "45/KH-UBND",
     "issued": "2025-02-20", "period": "2025-2027", "signer": {"name": "Nguyễn Đình Khang", "capacity": "CHỦ TỊCH"}},
]

os.makedirs(os.path.dirname(OUT), exist_ok=True)
with open(OUT, "w", encoding="utf-8") as f:
    for p in PLANS:
        f.write(json.dumps(p, ensure_ascii=False) + "\n")
print(len(PLANS), "->", OUT)
