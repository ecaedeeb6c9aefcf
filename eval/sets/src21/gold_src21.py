"""Write eval/sets/gold21/plans.jsonl (metadata gold, same fields as gold/plans.jsonl).

    python eval/sets/src21/gold_src21.py

Thái Nguyên's plan has no number of its own: it is issued with Quyết định số 2736/QĐ-UBND, whose number, date and
signer are the gold (as for set 6's Vĩnh Yên and set 15's Ninh Thuận). Tứ Kỳ is a huyện of Hải Dương (February 2025,
before districts were abolished); its strings are the Unicode a reader sees of the TCVN3 file. Hoằng Châu has two
annual plans: 2025 (a xã of huyện Hoằng Hóa) and 2026 (the same xã after the arrangement of 01/7/2025, directly
under tỉnh Thanh Hóa: no district parent).
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "gold21", "plans.jsonl")

PLANS = [
    {"id": "thainguyen_2736-QD-UBND_2024.docx",
     "title": "Xây dựng xã hội học tập tỉnh Thái Nguyên giai đoạn 2025 - 2030",
     "locality": "Thái Nguyên", "level": "tỉnh/thành phố", "parents": [], "number": "2736/QĐ-UBND",
     "issued": "2024-11-15", "period": "2025-2030",
     "signer": {"name": "Lương Đức Cảnh", "capacity": "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"}},
    {"id": "tuky_73-KH-UBND_2025.docx",
     "title": "Thực hiện phong trào “Học tập suốt đời” và xây dựng xã hội học tập huyện Tứ Kỳ giai đoạn 2025 - 2030",
     "locality": "Tứ Kỳ", "level": "huyện", "parents": ["Hải Dương"], "number": "73/KH-UBND",
     "issued": "2025-02-18", "period": "2025-2030",
     "signer": {"name": "Bùi Quang Thiều", "capacity": "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"}},
    {"id": "hoangchau_09-KH-UBND_2025.pdf", "title": "Xây dựng xã hội học tập xã Hoằng Châu năm 2025",
     "locality": "Hoằng Châu", "level": "xã", "parents": ["Hoằng Hóa", "Thanh Hóa"], "number": "09/KH-UBND",
     "issued": "2025-01-14", "period": "2025", "signer": {"name": "Lê Đình Hoan", "capacity": "CHỦ TỊCH"}},
    {"id": "hoangchau_27-KH-UBND_2026.pdf", "title": "Xây dựng xã hội học tập xã Hoằng Châu năm 2026",
     "locality": "Hoằng Châu", "level": "xã", "parents": ["Thanh Hóa"], "number": "27/KH-UBND",
     "issued": "2026-01-20", "period": "2026", "signer": {"name": "Trịnh Văn Sơn", "capacity": "CHỦ TỊCH"}},
]

os.makedirs(os.path.dirname(OUT), exist_ok=True)
with open(OUT, "w", encoding="utf-8") as f:
    for p in PLANS:
        f.write(json.dumps(p, ensure_ascii=False) + "\n")
print(len(PLANS), "->", OUT)
