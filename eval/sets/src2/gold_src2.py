"""Hand-written metadata gold for the second held-out set's plans; writes eval/sets/gold2/plans.jsonl.

    python eval/sets/src2/gold_src2.py

Same fields as gold/plans.jsonl; read off the plan texts by hand (check_sets.py checks number, title, signer).
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(os.path.dirname(HERE), "gold2")

PLANS = [
    {"id": "tuyhoa_318-KH-UBND_2024.docx",
     "title": "Xây dựng xã hội học tập trên địa bàn thành phố Tuy Hòa giai đoạn 2025 - 2030",
     "locality": "Tuy Hòa", "level": "huyện", "parents": ["Phú Yên"], "number": "318/KH-UBND",
     "issued": "2024-12-26", "period": "2025-2030",
     "signer": {"name": "Võ Thị Kim Thoa", "capacity": "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"}},
    {"id": "dongve_31-KH-UBND_2025.pdf",
     "title": "Xây dựng xã hội học tập, đẩy mạnh học tập suốt đời trên địa bàn phường Đông Vệ năm 2025",
     "locality": "Đông Vệ", "level": "xã", "parents": ["Thanh Hóa", "Thanh Hóa"], "number": "31/KH-UBND",
     "issued": "2025-02-24", "period": "2025",
     "signer": {"name": "Lê Văn Thắng", "capacity": "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"}},
    {"id": "soctrang_97-KH-UBND_2024.txt",
     "title": "Thực hiện phong trào “Cả nước thi đua xây dựng xã hội học tập, đẩy mạnh học tập suốt đời” trên địa bàn tỉnh Sóc Trăng giai đoạn 2024 - 2030",
     "locality": "Sóc Trăng", "level": "tỉnh/thành phố", "parents": [], "number": "97/KH-UBND",
     "issued": "2024-06-05", "period": "2024-2030",
     "signer": {"name": "Thạch Sô Phanh", "capacity": "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"}},
]

if __name__ == "__main__":
    os.makedirs(GOLD, exist_ok=True)
    with open(os.path.join(GOLD, "plans.jsonl"), "w", encoding="utf-8") as f:
        for r in PLANS:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(PLANS), "plans ->", GOLD)
