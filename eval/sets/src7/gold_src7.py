"""Hand-written metadata gold for the seventh held-out set's plans; writes eval/sets/gold7/plans.jsonl.

    python eval/sets/src7/gold_src7.py

Same fields as gold/plans.jsonl; read off the plan texts by hand (check_sets.py checks number, title, signer).
Bến Tre: a pre-2025 province plan (2025-2030), signed KT. CHỦ TỊCH / PHÓ CHỦ TỊCH.
Đoan Hùng: a huyện annual plan for 2027 (fiction: district levels were abolished in 2025); period "2027"; signed by
the CHỦ TỊCH himself (TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH).
Hàm Hiệp: a commune plan exported from the commune's web portal; it names huyện Hàm Thuận Bắc but never its
province; parents are given as [Hàm Thuận Bắc, Bình Thuận]. The portal metadata repeats number, date and signer.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(os.path.dirname(HERE), "gold7")

PLANS = [
    {"id": "bentre_7125-KH-UBND_2024.docx",
     "title": "Xây dựng xã hội học tập tỉnh Bến Tre giai đoạn 2025 - 2030",
     "locality": "Bến Tre", "level": "tỉnh/thành phố", "parents": [], "number": "7125/KH-UBND",
     "issued": "2024-12-16", "period": "2025-2030",
     "signer": {"name": "Phan Thị Thanh Hương", "capacity": "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"}},
    {"id": "doanhung_08-KH-UBND_2027.pdf",
     "title": "Xây dựng xã hội học tập huyện Đoan Hùng năm 2027",
     "locality": "Đoan Hùng", "level": "huyện", "parents": ["Phú Thọ"], "number": "08/KH-UBND",
     "issued": "2027-01-14", "period": "2027",
     "signer": {"name": "Hà Văn Khởi", "capacity": "CHỦ TỊCH"}},
    {"id": "hamhiep_42-KH-UBND_2024.txt",
     "title": "Xây dựng xã hội học tập xã Hàm Hiệp giai đoạn 2024 - 2026",
     "locality": "Hàm Hiệp", "level": "xã", "parents": ["Hàm Thuận Bắc", "Bình Thuận"], "number": "42/KH-UBND",
     "issued": "2024-03-12", "period": "2024-2026",
     "signer": {"name": "Lê Văn Thạnh", "capacity": "CHỦ TỊCH"}},
]

if __name__ == "__main__":
    os.makedirs(GOLD, exist_ok=True)
    with open(os.path.join(GOLD, "plans.jsonl"), "w", encoding="utf-8") as f:
        for r in PLANS:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(PLANS), "plans ->", GOLD)
