"""Hand-written metadata gold for the sixth held-out set's plans; writes eval/sets/gold6/plans.jsonl.

    python eval/sets/src6/gold_src6.py

Same fields as gold/plans.jsonl; read off the plan texts by hand (check_sets.py checks number, title, signer).
Vĩnh Yên: the file is a QUYẾT ĐỊNH (2150/QĐ-UBND) with the plan attached; the attached plan has no number of its
own, so `number` is the decision's, `issued` its date, `title` the plan's subject line under "KẾ HOẠCH" and the
signer the decision's. Vĩnh Yên is a thành phố thuộc tỉnh (level `huyện`, parents [Vĩnh Phúc]).
Sơn La: issued by the Sở Giáo dục và Đào tạo, not by the UBND; the locality is the province, signed KT. GIÁM ĐỐC.
Phước Sơn: the plan names huyện Tuy Phước but never its province; parents are given as [Tuy Phước, Bình Định].
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(os.path.dirname(HERE), "gold6")

PLANS = [
    {"id": "vinhyen_2150-QD-UBND_2024.docx",
     "title": "Xây dựng xã hội học tập thành phố Vĩnh Yên giai đoạn 2024 - 2030",
     "locality": "Vĩnh Yên", "level": "huyện", "parents": ["Vĩnh Phúc"], "number": "2150/QĐ-UBND",
     "issued": "2024-09-12", "period": "2024-2030",
     "signer": {"name": "Đỗ Thị Minh Hằng", "capacity": "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"}},
    {"id": "sonla_412-KH-SGDDT_2025.pdf",
     "title": "Triển khai xây dựng xã hội học tập trong ngành Giáo dục tỉnh Sơn La giai đoạn 2025 - 2030",
     "locality": "Sơn La", "level": "tỉnh/thành phố", "parents": [], "number": "412/KH-SGDĐT",
     "issued": "2025-04-07", "period": "2025-2030",
     "signer": {"name": "Lò Văn Thành", "capacity": "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC"}},
    {"id": "phuocson_27-KH-UBND_2025.md",
     "title": "Xây dựng xã hội học tập trên địa bàn xã Phước Sơn năm 2025",
     "locality": "Phước Sơn", "level": "xã", "parents": ["Tuy Phước", "Bình Định"], "number": "27/KH-UBND",
     "issued": "2025-02-24", "period": "2025",
     "signer": {"name": "Trần Văn Lực", "capacity": "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"}},
]

if __name__ == "__main__":
    os.makedirs(GOLD, exist_ok=True)
    with open(os.path.join(GOLD, "plans.jsonl"), "w", encoding="utf-8") as f:
        for r in PLANS:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(PLANS), "plans ->", GOLD)
