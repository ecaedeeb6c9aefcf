"""Question analysis: diacritics, abbreviations, English terms, plan/locality, agency, intent, follow-ups."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache, cached_property

from index.aliases import (
    ABBREVIATIONS,
    BODY_FORMS,
    COLLOQUIAL,
    ENGLISH_MARKERS,
    PREDECESSORS,
    SECTORS,
    SHORTHAND,
    UNIT_ALIASES,
)
from index.bounds import asked_bound
from index.described import described_plans
from index.diacritics import DiacriticRestorer
from index.gazetteer import (
    CITIES,
    MERGED_2025,
    PLACE_ALIASES,
    PROVINCES,
    REGIONS,
    UNIT_NAME_RE,
    by_own_names,
    named_places,
    named_regions,
)
from index.glossary import either_terms, english_terms
from index.ordinals import point_into
from index.relative_years import absolute_years, conversation_years, this_year
from index.telex import untyped
from index.types import Query
from ingest.chunk import recipients_chunk
from ingest.clean import UPPER, is_syllable
from ingest.legend import expand as plan_expand
from ingest.matrix import table_bodies
from ingest.metadata import COMMUNE_WORD, LEVELS, number_as_asked, number_digits
from ingest.outline import inline_agency
from ingest.textnorm import canonical_tones, fold, nfc, squash_spaces, strip_accents, tidy_spaces
from ingest.types import Document

_PERIOD_END_RE = re.compile(r"\b(?:đến |vào )?(?:cuối|hết) (?:giai đoạn|kỳ kế hoạch|kỳ)\b|\bby the end of the (?:plan|period)\b",
                            re.I)
_PLAIN_MONEY_RE = re.compile(r"\bbao nhieu (?:tien|dong|trieu|ty)\b|\b(?:kinh phi|ngan sach)\b.{0,80}\bbao nhieu\b")
_AGENCY_HEAD = (
    r"(?:(?<!cơ )sở|(?<!biên )phòng(?!\s*,?\s*(?:chống|ngừa|tránh|bệnh|dịch|cháy|học|họp)\b)|ban(?! hành)|ủy ban nhân dân|ubnd|ủy ban mặt trận tổ quốc|ủy ban|mặt trận tổ quốc|"
    r"(?<!xã )hội(?! học| nhập| (?:thi|thao|thảo|diễn|giảng|nghị|chợ|trại|khỏe|sách|xuân|làng|viên)\b)|đoàn(?! viên\b)|liên đoàn|công an|bộ chỉ huy|bộ đội|đồn biên phòng|trung tâm|(?<!môi )(?<!thị )(?<!quảng )(?<!chiến )(?<!hiện )trường|lực lượng|"
    r"đài|cơ quan|"
    r"thành đoàn|huyện đoàn|tỉnh đoàn|quận đoàn|thị đoàn|trạm|chi cục|(?<!chi )(?-i:Cục)|(?-i:Viện)|bưu điện|ngân hàng|"
    r"kho bạc|văn phòng|tòa án|bảo hiểm xã hội|(?-i:Thanh tra)|hạt kiểm lâm|(?-i:Hạt)(?=\s+(?-i:[A-ZĐ]))|"
    r"(?-i:Thư viện|Bảo tàng)(?=\s+(?:tỉnh|thành phố|huyện|quận|thị xã|(?-i:[A-ZĐ])))|"
    # a ministry, a newspaper, a Party committee's standing body ("Bộ GD&ĐT", "Báo Thái Nguyên", "Thường trực Tỉnh ủy")
    r"(?-i:Bộ)(?=\s+(?-i:[A-ZĐ]))|(?-i:Báo)(?=\s+(?-i:[A-ZĐ]))|thường trực\s+(?:tỉnh|huyện|thành|quận|thị|đảng)\s+ủy|"
    # a ministry's own departments ("Vụ Pháp chế", "Tổng cục Du lịch")
    r"(?-i:Vụ|Tổng cục)(?=\s+(?-i:[A-ZĐ]))|"
    # a university, an academy, a hospital by its name ("Đại học Quốc gia Hà Nội", "Bệnh viện Đa khoa tỉnh")
    r"(?-i:Đại học|Học viện|Bệnh viện)(?=\s+(?-i:[A-ZĐ])))"
)
_NAMED_AFTER_RE = re.compile(
    r"(?<!\w)(?:(?:cộng sản|cong san|tncs|tiền phong|tien phong|tư tưởng|tu tuong|phong cách|phong cach|đạo đức|"
    r"dao duc|chủ tịch|chu tich|bác|lăng|lang|bảo tàng|bao tang|học viện chính trị quốc gia|"
    r"hoc vien chinh tri quoc gia)\s+(?:hồ chí minh|ho chi minh|hcm)|tncshcm|đtncshcm)(?!\w)", re.I)
# a place after its unit word in a question typed all in lower case ("huyện tiên lãng", as a phone dictates it)
_LOWER_UNIT_NAME_RE = re.compile(rf"(?<!\w)(?:tỉnh|thành phố|huyện|quận|thị xã|{COMMUNE_WORD}|phường|thị trấn|đặc khu)"
                                 r"\s+([^\W\d_]+\s+[^\W\d_]+)")
_EN_WORDS_RE = re.compile(r"\b(?:the|what|which|who|how|does|do|is|are|for|of|plan|set|sets|target|targets)\b", re.I)
# a place named bare after "của / ở / tại" in a Vietnamese question ("kế hoạch của Cần Giờ", "ở Phú Quốc"): two or
# three capitalised syllables, no more after them
_VI_PLACE_AFTER_RE = re.compile(rf"(?<!\w)(?:[Cc]ủa|[Ởở]|[Tt]ại)\s+((?:[{UPPER}][^\W\d_A-ZĐ]+\s+){{1,2}}[{UPPER}][^\W\d_A-ZĐ]+)"
                                rf"(?!\s*[\w&]*[{UPPER}])(?!\w)")
# first words of a capitalised name that is a body, a document, a title or a person, not a place
_NOT_PLACE_HEADS = frozenset("""sở phòng ban ủy hội đoàn trung trường công bộ cục chi tổng liên mặt thành huyện tỉnh nhà
viện quỹ đài báo tòa văn thư kho đảng quân đội bệnh ngân hợp chương phong kế đề quyết nghị luật thông chỉ cổng tuần
ngày tháng năm giải lễ hệ câu thanh phụ cựu người nông học đại cao xã phường quận thị khu ấp thôn bản tổ
nguyễn trần lê phạm hoàng huỳnh phan vũ võ đặng bùi đỗ ngô dương lý đinh trịnh mai""".split())
_EN_CAPS_NAME_RE = re.compile(r"(?<![\w'])((?:[A-ZĐ][^\W\d_A-Z]*\s+){1,2}[A-ZĐ][^\W\d_A-Z]*)(?![\w'])")
# English words that are Vietnamese syllables too ("Can", "Do", "The"): never the first word of a name
_EN_SYLLABLE_WORDS = frozenset("can do does is the me he may so to on in an no a i are what which how how's".split())
# syllables a lower-case phrase after a unit word holds when it is no name ("xã phải", "huyện nào")
_NOT_NAME_SYLLABLES = frozenset("phai lam co duoc va thi la nao gi nam cua o tai trong cho voi da se can nhu nay do kia cac "
                                "nhung moi hang giao ve den tu hoi hoc tap bao nhieu nhiem vu chi tieu ke hoach "
                                "thi tran xa phuong huyen tinh quan thanh pho ubnd doan ban phong so".split())
_ARTICLE_LINE_RE = re.compile(r"(?m)^[\s*]*Điều\s+\d+\s*[.:][^\n]*")
_NO_NAME = "x"  # stands for the missing name when a question names a body by its head alone ("the police" → "Công an")
_STRONG_HEAD = re.compile(r"^(sở|phòng|ban|công an|bộ chỉ huy|bộ đội|đồn|liên đoàn|hội|công chức|trưởng|trạm|chi cục|tổng cục|cục|vụ|viện|"
                          r"bưu điện|ngân hàng|kho bạc|bộ|báo|thường trực|hạt|thư viện|bảo tàng|đại học|học viện|bệnh viện|tòa án)\s+(.+)$", re.I)
_AGENCY_STOP = (
    r"(?=\s+(?:phải|có|được|làm|chịu|thì|sao|ở|của|còn|theo|trong|tại|đã|cần|sẽ|là|nhiệm|thực|giao|việc|chuyện|"
    r"gì|nào|đề|cho|với|về|trong|như|chậm|vào|trước|hạn|thành phố|tỉnh|huyện|bao|mấy|bằng cách|mỗi|hằng|hàng năm|"
    r"năm(?=\s+(?:19|20)\d\d)|"
    r"ít nhất|tối thiểu)\b|"
    # a task verb ends the name ("giao công an tổ chức lớp …"); lower-case only, so "Ban Tổ chức" stays a name
    r"\s+(?-i:tổ chức|chủ trì|phối hợp|triển khai|tham mưu|hướng dẫn|đẩy mạnh|tăng cường|vận động|"
    r"tuyên truyền|bố trí|cân đối|hỗ trợ|mở|lập|dạy|xóa|phụ trách|tham gia|những|các|nên|báo cáo|gửi|nộp|yêu cầu|"
    r"phân công|chỉ đạo|ban hành|đặt ra|đặt|lo|liên quan|không|hay không|"
    # "Trung tâm học tập cộng đồng và lớp xóa mù chữ": what follows "và" is a thing, not the body's name going on
    r"và (?:lớp|khóa|chương trình|hoạt động|phong trào|mô hình|điểm|quỹ|thư viện|tủ sách|việc|nhiệm vụ)|"
    # English around a Vietnamese name ("ask the Sở Văn hóa và Thể thao to implement?")
    r"to|do|does|did|is|are|was|were|in|for|with|must|should|has|have|had|carry|need|needs|and|or|under|on|at|by|"
    r"plan|play|take|run|lead|report)\b|[?,.;:]|\s*\(|$)"
)
_AGENCY_RE = re.compile(rf"\b({_AGENCY_HEAD}(?:\s+[\wđ&\-]+){{0,14}}?){_AGENCY_STOP}", re.IGNORECASE)
# the catch-all body of an outline ("Các sở, ban, ngành", "các phòng, ban khác"): its own section answers
# a commune's officials and a village's head are bodies of its plan too ("Công chức Văn hóa - Xã hội", "Trưởng thôn")
_TITLE_RE = re.compile(rf"\b(công chức|trưởng (?:thôn|ấp|bản|buôn|xóm|làng|khu phố|tổ dân phố))((?:\s+[\wđ&\-]+){{0,8}}?){_AGENCY_STOP}",
                       re.IGNORECASE)
# "khoản đó", "số tiền này": the money the previous turn was about
_MONEY_BACK_RE = re.compile(r"\b(?:khoản(?: tiền| kinh phí)?|số tiền|khoản chi) (?:đó|này|ấy|trên)\b", re.I)
# "who is in charge of …?": the answer is an agency's own section
WHO_RE = re.compile(r"\bai\b|(?:cơ quan|đơn vị|sở|phòng|ban|bộ phận) nào|\bwho\b|which (?:office|agency|body|department|"
                    r"unit|organi[sz]ation)", re.I)
# a follow-up that asks for a body itself ("Ai tham mưu …?", "Which office …?"), not "họ phối hợp với ai"
_WHO_ASKS_RE = re.compile(r"^\s*(?:vậy|thế|còn|and|so)?\s*(?:ai|cơ quan nào|đơn vị nào|bộ phận nào|who|which (?:office|"
                          r"agency|body|department|unit))\b", re.I)
# a body's role asked: leading a task or cooperating in it
_LEAD_ASK_RE = re.compile(r"\bchủ trì\b|\bin charge\b|\blead(?:s|ing)?\b", re.I)
_COOP_ASK_RE = re.compile(r"\bphối hợp\b|\bcooperat|\bcoordinat|\bsupport(?:s|ing)?\b|\bassist", re.I)
# the titles a body is named by through its head ("Chủ tịch Hội Nông dân xã", "Bí thư Đoàn xã")
_HEAD_TITLES = (r"phó chủ tịch|chủ tịch|phó bí thư|bí thư|phó giám đốc|giám đốc|hiệu trưởng|thủ trưởng|"
                r"chỉ huy trưởng|trưởng ban|phó trưởng|trưởng")
_CATCHALL_RE = re.compile(r"\bcác (sở|phòng)\s*,?\s*(?:ban\b(?:\s*,\s*ngành)?|ngành\b)", re.I)
# a lower level asked by its units ("các xã, phường phải làm gì?", "giao gì cho cấp xã?"): its People's Committee
_LEVEL_BODY_RE = re.compile(r"\b(?:các|mọi|cấp)\s+(xã|phường|thị trấn|huyện|quận|thị xã)\b", re.I)
# the previous answer asked for again, in full or with its source ("chi tiết hơn", "trích nguyên văn đoạn đó",
# "nguồn ở đâu?", "more details", "quote it"): matched whole, on the folded text without accents
_AGAIN_RE = re.compile(
    r"(?:(?:vay|the|ok|okay|roi|and|so|please|cho (?:toi|minh|em) (?:xem|biet)?)\s+)*"
    r"(?:(?:chi tiet|cu the|ro|day du|ky) hon(?: (?:nua|chut))?|noi ro hon|giai thich (?:them|ro hon)"
    r"|trich(?: (?:nguyen van|dan|lai))?(?: (?:doan|cau|y|noi dung|phan|dieu|muc|dong) (?:do|nay|tren|nao))?"
    r"|nguyen van(?: (?:doan|cau) (?:do|nay))?"
    r"|nguon (?:o dau|nao|tu dau)|(?:dan|trich|ghi) nguon|can cu (?:o dau|nao)|(?:o|trong|thuoc) (?:muc|phan|doan) nao"
    r"|more details?|in (?:more )?details?|tell me more|(?:the )?exact (?:wording|text)|quote (?:it|that|the text)"
    r"|(?:what is the |which is the )?source|where does it say(?: that| so)?|which section)"
    r"(?:\s+(?:please|nhe|nha|a|di|duoc khong|the))*")
# "còn gì nữa không?", "liệt kê nốt giúp", "anything else?" after a partial list: the rest of the same answer, i.e.
# the previous question once more, answered in full (matched on the question lower-cased without accents)
_MORE_RE = re.compile(
    r"^\W*(?:(?:vay|the|ok|da|uh|u)\s+)*(?:ngoai (?:ra|(?:chuyen|viec|cai|noi dung|y|dieu) (?:do|nay|tren|ay))\W*)?"
    r"(?:(?:con|co) (?:gi|viec gi|nhiem vu gi|noi dung gi|ai|viec nao|y nao)(?: khac)? nua"
    r"(?: khong| chang| ko| k)?(?: a| vay| nhi| nhe| the)?\W*)?"
    r"(?:(?:liet ke|ke|neu) (?:not|tiep|het|them|day du|ra het)(?: (?:giup|dum|ho|cho))?(?: (?:toi|minh|em|anh|chi))?"
    r"(?: (?:voi|nhe|nha|a|di))?\W*)?$|"
    r"^\W*(?:and )?(?:anything else|what else|is that all|(?:and )?the rest|(?:list|give me) the rest(?: of (?:it|them))?)"
    r"(?: please)?\W*$")
# a follow-up comparing the previous figure with another place's ("cao hơn hay thấp hơn Huế?", "so với Hà Nội?")
# ("so với Huế thì sao?" asks Huế's figure, as "còn Huế?" does: no comparison is asked)
_COMPARE_BACK_RE = re.compile(r"\b(?:cao|thấp|nhiều|ít|lớn|nhỏ) hơn\b|\bso sánh\b|\bchênh\b|"
                              r"\b(?:higher|lower|more|less) than\b|\bcompared? (?:with|to)\b|\bversus\b", re.I)
# the milestone before the one asked ("so với mốc trước đó?", "còn năm trước?", "vs the previous milestone")
_EARLIER_MARK_RE = re.compile(r"\b(?:mốc|năm|giai đoạn|kỳ) (?:trước(?: đó)?|liền trước)\b|\b(?:previous|earlier|prior) "
                              r"(?:milestone|year|target year|deadline)\b", re.I)
# one part of an item's address in a plan ("điểm e", "khoản 3", "tiểu mục 2.2"): a follow-up swapping it
# a quarter or month named ("quý IV", "tháng 6"): in a short follow-up, it replaces the one asked before
_QUARTER_MONTH_RE = re.compile(r"\b(?P<kind>[Qq]uý|[Tt]háng|[Qq]uarter)\s+(?:[IVX]{1,3}|\d{1,2})\b")
_ADDRESS_PART_RE = re.compile(r"\b(?P<kind>điểm|khoản|tiểu mục)\s+(?:[a-ik-mđ]|\d{1,2}(?:\.\d{1,2})?)\b(?!\s*\))", re.I)
# the milestone after the one asked ("Còn mốc tiếp theo thì bao nhiêu?", "the next milestone?")
_NEXT_MARK_RE = re.compile(r"\bmốc (?:tiếp theo|kế tiếp|sau(?: đó)?|kế)\b|\bnext (?:milestone|target year)\b", re.I)
# a body set aside before the ask ("Ngoài Sở GD&ĐT(,| thì) … còn …", "Besides the Department of …, who else …?")
_SET_ASIDE_RE = re.compile(r"(?:^|(?<=[,.;:])\s*)(?:ngoài|trừ|ngoại trừ|besides|apart from|aside from|other than|"
                           r"except(?: for)?)\s+(?:the\s+)?(?P<body>[^,?;]{3,80}?)\s*(?:,|\bthì\b|\bra\b|(?=\s+còn\b))",
                           re.I)
_OTHERS_ASK_RE = re.compile(r"\b(?:còn|cũng|khác|nữa)\b[^?]*\b(?:ai|cơ quan|đơn vị|sở|phòng|ban|ngành|tổ chức|hội|"
                            r"bên|đoàn thể)\b|\b(?:còn|cũng)?\s*(?:những ai|ai|(?:những|các)?\s*(?:cơ quan|đơn vị|sở|"
                            r"phòng|ban|ngành|tổ chức|hội|bên|đoàn thể)\s+(?:nào|khác))\b|"
                            r"\b(?:who(?: else)?|which(?: other)?|what other)\b", re.I)
# an asker introducing themselves first ("Tôi là cán bộ …, huyện X.", "I work at …") and first-person words after it
_ASKER_INTRO_RE = re.compile(r"^\W*(?:tôi|em|mình|chúng tôi|bên tôi|i|we)\s+(?:là|ở|làm|công tác|đang|quản lý|phụ trách|"
                             r"điều hành|dạy|giảng dạy|sống|am|work|'m|are|run|manage|teach|live)\b"
                       r"[^.?!;]*[.;!]", re.I)
# a question passed on for someone named before a colon: "Trưởng phòng … của một Sở ở Hà Nội hỏi: …"
_REPORTED_ASKER_RE = re.compile(r"^\W*([^:?!.]{5,160}?)\s+(?:hỏi|nhờ (?:hỏi|tra(?: giúp)?|tìm)|muốn biết|thắc mắc)\s*:\s*(?=\S)",
                                re.I)
_FIRST_PERSON_RE = re.compile(r"\b(?:tôi|chúng tôi|mình|em|bọn tôi|our|my|we|us)\b", re.I)
# an asker's own body ("bên tôi", "đơn vị tôi", "sở chúng tôi") or a body the asker says the plan does not name
_OWN_UNNAMED_RE = re.compile(r"\b(?:bên|đơn vị|cơ quan|sở|phòng|hội|ban)\s+(?:chúng tôi|chúng em|tôi|mình|em)\b|"
                             r"\bkhông (?:thấy|có|nhắc|ghi|nêu)\s+(?:tên|đến tên)\b", re.I)
# the kinds of a catch-all item for a body's head word ("Các sở, ban, ngành", "các tổ chức chính trị - xã hội")
# a body named by its sector, the way people talk ("bên giáo dục", "ngành y tế", "phía công an"), or a body's
# everyday name alone ("công đoàn", "mặt trận")
_SECTOR_RE = re.compile(r"\b(?:(?:bên|ngành|phía|mảng|khối|cánh|lĩnh vực)\s+("
                        + "|".join(sorted(map(re.escape, SECTORS), key=len, reverse=True))
                        + r")|(công đoàn|mặt trận))\b", re.I)
# a body named in English by its sector ("the transport department", "the health sector")
_EN_SECTORS = {"education": "giáo dục", "health": "y tế", "culture": "văn hóa", "labour": "lao động", "labor": "lao động",
               "home affairs": "nội vụ", "finance": "tài chính", "justice": "tư pháp", "police": "công an",
               "military": "quân sự", "agriculture": "nông nghiệp", "natural resources": "tài nguyên",
               "environment": "môi trường", "transport": "giao thông", "industry and trade": "công thương",
               "science and technology": "khoa học", "planning and investment": "kế hoạch", "ethnic affairs": "dân tộc",
               "tourism": "du lịch", "sports": "thể thao", "information": "thông tin"}
_EN_SECTOR_RE = re.compile(r"\bthe\s+(" + "|".join(sorted(map(re.escape, _EN_SECTORS), key=len, reverse=True))
                           + r")\s+(?:department|office|sector|service|people|division|authorities|bureau)\b", re.I)
_CATCH_ALL_KINDS = {"sở": "sở", "phòng": "phòng", "ban": "phòng|sở|ban", "hội": "tổ chức chính trị|đoàn thể|hội",
                    "liên": "tổ chức chính trị|đoàn thể", "đoàn": "tổ chức chính trị|đoàn thể"}
LONG_MESSAGE_WORDS = 40  # a message this long tells the asker's errand around its ask
# the asker's errand and courtesy around the ask ("nhờ em tra giúp", "cho em hỏi"): first person that asks nothing of
# the asker's own body
_ERRAND_RE = re.compile(r"\b(?:nhờ|cho|giúp|để)\s+(?:em|tôi|mình)\b|\b(?:em|tôi|mình)\s+(?:xin|muốn|cần|cảm ơn|hỏi)\b",
                        re.I)
# the plan of the level above named in the ask ("Kế hoạch của thành phố … bắt quận chúng tôi …"): the asker's own unit
# is asked of it; "Huyện chúng tôi phải làm gì theo kế hoạch?" names no plan but the unit's own
_PARENT_PLAN_RE = re.compile(r"\bkế hoạch\s+(?:\S+\s+){0,6}?(?:của\s+)?(?:ubnd\s+|ủy ban nhân dân\s+)?(?:tỉnh|thành phố|huyện|quận|thị xã)\b",
                             re.I)
# the asker's own kind of unit asked about as a kind ("trung tâm như chúng tôi", "doanh nghiệp như tôi", "schools like
# mine"): what the plan of the place above sets for that kind, not for the asker's unit by name
_LIKE_ME_RE = re.compile(r"\bnhư\s+(?:chúng tôi|chúng em|tôi|mình|em|bọn tôi)\b|\blike (?:me|us|mine|ours)\b", re.I)
# a Party committee the glossary gives for "the city/province Party Committee"
_PARTY_BODY_RE = re.compile(r"^(?:Thành|Tỉnh|Huyện|Quận|Thị|Đảng)\s*ủy\b")
# the asker's unit referred to by its level ("quận chúng tôi", "xã tôi", "our commune")
_MY_UNIT_RE = re.compile(r"\b(?:xã|phường|thị trấn|huyện|quận|thị xã)\s+(?:chúng tôi|chúng em|tôi|mình|em)\b|"
                         r"\bour (?:commune|ward|town|district)\b", re.I)
# "District Office of Home Affairs", "office of Education and Training": an office named by its field after "of"
_OFFICE_OF_RE = re.compile(r"\b(?:(district|commune|ward|town|city|provincial)\s+)?office of (?:the )?"
                           r"((?:(?!(?:in|under|of|for|at|to|on|what|which|who|and the)\b)[A-Za-z&'-]+\s?){1,4})(?<!\s)",
                           re.I)
# what follows the body a question says is given a task ("… được giao", "… có nhiệm vụ", "… phải")
_GIVEN_AFTER_RE = re.compile(r"(?:\s+[\wĐđÀ-ỹ]+){0,3}?\s+(?:được giao|được đề nghị|được phân công|có nhiệm vụ|có trách nhiệm|"
                             r"chịu trách nhiệm|phải(?! không| chăng| ko))\b", re.I)
_PRONOUNS = {"tôi", "mình", "em", "chúng", "bọn", "ta", "anh", "chị", "tui", "tớ"}
# a question that asks a list ("… có nhiệm vụ gì?", "gồm những ai?"): what "còn gì nữa không?" goes on with
_LIST_ASK_RE = re.compile(r"\blàm (?:những )?gì\b|\bnhiệm vụ gì\b|\bnhững (?:nhiệm vụ|việc|gì|ai|nội dung|giải pháp)\b|"
                          r"\bđược (?:giao|đề nghị) (?:những )?(?:gì|việc gì)\b|\bgồm (?:những )?(?:gì|ai)\b|\bcòn làm gì\b|"
                          r"\bwhat (?:must|should|does|do|will|are) .{0,60}\b(?:do|tasks?|duties)\b", re.I)
# the figure asked before, pointed back to ("con số đó", "chỉ tiêu ấy", "that figure")
_FIGURE_BACK_RE = re.compile(r"\b(?:con số|chỉ tiêu|tỷ lệ|tỉ lệ|mức|mục tiêu|số liệu)(?: \w+)? (?:đó|ấy|này|trên)\b|"
                             r"\bthat (?:figure|target|share|rate|number)\b", re.I)
# a turn correcting or going back on the previous one: the words that say so ("nhầm, …", "ý tôi là …", "quay lại …")
_CORRECTION_RE = re.compile(r"^\W*(?:(?:à|ồ|ơ|ấy|à không|không)\W+)*(?:(?:tôi |em |mình )?(?:nhầm|hỏi nhầm)(?: rồi)?|xin lỗi|"
                            r"ý (?:tôi|em|mình|là)(?: là| muốn hỏi)?|tôi muốn hỏi|quay (?:lại|về)(?: với)?|trở lại(?: với)?|"
                            r"sorry|i mean(?:t)?|back to)\b\W*", re.I)
_CORRECTION_TAIL_RE = re.compile(r"\s+(?:cơ|chứ|nhé|nha|ạ|mới đúng)(?=\s*[?.!]*\s*$)", re.I)
# a correction naming what it replaces: "không phải Huế, tôi hỏi Hà Nội", "… Huế chứ không phải Hà Nội", "không
# phải Sở, là Phòng …" — the negated part names the turn corrected, and is no part of the question
_NOT_THIS_LEAD_RE = re.compile(r"^\W*(?:(?:à|ồ|ơ)\W+)?không phải(?: là)?\s+(?P<neg>[^,;:?]{2,60}?)\s*(?:[,;:]|\bmà\b)\s*(?:mà\s+)?"
                               r"(?:là\s+|(?:tôi|em|mình)\s+(?:muốn\s+|định\s+)?hỏi\s+(?:về\s+)?|ý (?:tôi|em|mình) là\s+)?",
                               re.I)
_NOT_ASKED_RE = re.compile(r"^\W*(?:(?:à|ồ|ơ)\s+)?không\W+(?:(?:tôi|em|mình)\s+(?:định\s+|muốn\s+)?hỏi|ý (?:tôi|em|mình) là)\s+(?=\S)",
                           re.I)
_NOT_THIS_TAIL_RE = re.compile(r"\s*,?\s*\bchứ (?:không|ko|k) phải(?: là)?\s+(?P<neg>[^,;?]{2,60})", re.I)
# the years dropped: "thôi bỏ qua năm, cho tôi cả giai đoạn", "khỏi tách năm, cả hai mốc luôn", "all years"
_ALL_YEARS_RE = re.compile(r"\b(?:bỏ qua năm|khỏi tách năm|không (?:cần )?tách năm|không cần năm|cả giai đoạn|cả hai mốc|"
                           r"tất cả các (?:năm|mốc)|các mốc|mọi năm|all (?:the )?years|every year|whole period)\b", re.I)
# a turn narrowing the previous answer to a part ("chỉ phần về trung tâm học tập cộng đồng thôi", "riêng …")
_NARROW_RE = re.compile(r"^\W*(?:chỉ|riêng)\s+(?:(?:phần|mục|ý|nội dung|cái)\s+)?(?:về|của|liên quan)?\b.*\bthôi\b|"
                        r"^\W*riêng\s+(?:phần|mục|về)\b|^\W*only (?:the )?(?:part|bit|section)\b", re.I)
# polite and pointing words around such an ask ("trích dẫn giúp mình câu đó trong kế hoạch", "can you quote it")
_AGAIN_FILLER_RE = re.compile(r"\b(?:giup|dum|ho|minh|toi|em|anh|chi|ban|voi|nhe|nha|a|ah|duoc khong|the nao|"
                              r"(?:trong|cua|theo|o) (?:ke hoach|van ban)(?: (?:do|nay|ay|tren))?|"
                              r"can you|could you|for me|in the plan|from the plan|please)\b")
_BARE_HEADS = {"cơ quan", "trung tâm", "trường", "lực lượng", "ủy ban", "đài", "đoàn", "hội", "ban", "sở", "phòng"}

# "yêu cầu" as a noun (the plan's requirements), not the verb ("yêu cầu rà soát …")
REQUIREMENT_RE = re.compile(r"yêu cầu (?:của|đối với|đặt ra|chung)|(?:những|các|có) yêu cầu|yêu cầu (?:là )?gì|"
                            # "Kế hoạch yêu cầu việc triển khai phải bảo đảm những gì?"
                            r"yêu cầu\b[^?]{0,60}\b(?:bảo đảm|đảm bảo)\b[^?]{0,20}\b(?:gì|nào)\b|"
                            r"\brequirements?\b", re.I)
INTENTS: dict[str, re.Pattern[str]] = {
    "money": re.compile(r"bao nhiêu tiền|bao nhiêu đồng|mức chi|mức hỗ trợ|phụ cấp|bao nhiêu triệu|bao nhiêu tỷ|"
                        r"\b(?:tiền )?lương\b.{0,80}\b(?:bao nhiêu|mấy|thế nào)|\bthù lao\b|\bsalar(?:y|ies)\b|\bwages?\b|"
                        r"\bgiá(?: vé)?\b.{0,60}\bbao nhiêu\b|\bmức thưởng\b|\bhọc phí\b.{0,80}\bbao nhiêu\b|"
                        r"được cấp bao nhiêu|tổng kinh phí|(?:kinh phí|ngân sách|dự toán|khoản|xã hội hóa|nguồn vốn)\b.{0,120}\bbao nhiêu|"
                        r"\b(?:chi|dành|bố trí|phân bổ|trích)\s+(?:ra\s+)?bao nhiêu(?=\s*(?:cho|để|vào|mỗi|hằng|và|trong|,|$|\?))|"
                        r"\bbao nhiêu\s+(?:được\s+)?(?:dành|chi|bố trí|phân bổ|trích)\s+(?:cho|để|vào)\b|"
                        r"\b(?:spend|spends|spent|allocates?|allocated|set aside|earmark(?:s|ed)?)\b.{0,80}\b(?:on|for|to)\b|"
                        r"\bhỗ trợ\s+(?:tối thiểu\s+|ít nhất\s+|tối đa\s+|khoảng\s+)?bao nhiêu(?!\s+(?:lớp|người|hộ|học viên|lượt|trung tâm|"
                        r"xã|thôn|suất|buổi|đơn vị|cơ sở|trường))|"
                        # a money verb, what it is for, then a bare "bao nhiêu" ("hỗ trợ mỗi trung tâm … bao nhiêu mỗi
                        # năm?", "vận động bao nhiêu cho Quỹ …"): a counted noun after it asks a count instead
                        # ("cấp xã", "chi hội" are a level and a branch; a rate asked is a target)
                        r"\b(?!(?:[^?]*\b(?:tỷ lệ|tỉ lệ|phần trăm|chỉ tiêu)\b))(?:hỗ trợ|được cấp|"
                        r"chi(?!\s+(?:hội|bộ|nhánh|cục|tiết|đoàn)\b)|"
                        r"bố trí|phân bổ|trích|vận động|huy động|đóng góp|tài trợ|ủng hộ)\b[^?.;]{0,80}?"
                        r"\bbao nhiêu(?=\s*(?:mỗi|một|hằng|hàng|/|cho quỹ|vào quỹ|cho|để|vào|trong|\?|,|$))|"
                        r"bao nhiêu (?:kinh phí|ngân sách|tiền)|"
                        # a fund's size: "Quỹ khuyến học các cấp đạt bao nhiêu?" (not a share of it, nor a count of funds)
                        r"\bquỹ\b(?![^?]*\b(?:tỷ lệ|phần trăm|%))[^?]{0,60}\b(?:đạt|là|có|được|vận động)\s+(?:được\s+)?bao nhiêu\b(?!\s+(?:quỹ|phần trăm|%))|"
                        r"how much money|how much (?:funding|budget)|"
                        r"total (?:[\w']+ ){0,3}?(?:funding|budget|cost)|\bin VND\b|allowance|\b(?:cash|money|monetary) (?:reward|prize|award|bonus)|"
                        r"\bticket price|\bprice of\b|how much (?!time\b|of\b|(?:higher|lower|more|less|bigger|smaller|greater)\b)(?!.*\b(?:grow|increase|rise|fall|drop|decline|improve)\b)",
                        re.I),
    "target": re.compile(r"chỉ tiêu|bao nhiêu phần trăm|bao nhiêu %|tỷ lệ|tỉ lệ|phấn đấu|%|\btarget|percent|"
                         r"\bshare\b(?!\s+(?:the|a|an|their|its|this|that|these|those|responsibility|tasks?|work)\b)|"
                         r"\bmục tiêu\b[^?.]{0,80}\bbao nhiêu\b", re.I),  # ("đặt mục tiêu X là bao nhiêu?"; "mức độ mấy" asks a level)
    "deadline": re.compile(r"trước ngày|thời hạn|hạn chót|^\W*hạn\b|\bhạn (?:báo cáo|gửi|nộp|hoàn thành|của)\b|\b(?:còn|thế|vậy|ok)\s+hạn\b|khi nào|ngày nào|"
                           r"thời gian nào|bao giờ|lúc nào|thời điểm nào|"
                           r"deadline|by when|"
                           r"\bwhen (?:will|is|are|does|do|must|should|shall)\b|"
                           r"gửi báo cáo|báo cáo.*(?:trước|khi|cơ quan nào)|báo cáo (?:định kỳ|thế nào|như thế nào|ra sao)",
                           re.I),
    "funding": re.compile(r"kinh phí|ngân sách|nguồn vốn|nguồn lực tài chính|\bfunding|\bbudget|\bmoney", re.I),
    "legal": re.compile(r"căn cứ|thực hiện quyết định|quyết định nào|nghị quyết nào|văn bản nào|kế hoạch số mấy|tờ trình|"
                        # "thực hiện kế hoạch của tỉnh Hà Nam số mấy?": the higher document it carries out
                        r"thực hiện (?:kế hoạch|nghị quyết|chỉ thị|đề án) (?:số\b|của (?:tỉnh|thành phố|ubnd|ủy ban|"
                        r"huyện|thủ tướng|bộ)\b)|(?:thực hiện|theo|triển khai)\s+(?:theo\s+)?(?:kế hoạch|quyết định|"
                        r"nghị quyết|chỉ thị|đề án|văn bản|thông tư) nào|"
                        # "Hướng dẫn nào của Bộ Tư lệnh được dẫn trong kế hoạch?": a document the plan cites
                        r"\b(?:hướng dẫn|thông tư|chỉ thị|chương trình phối hợp|công văn|thông báo) (?:số\s+)?(?:nào|gì|mấy)\b"
                        r"[^?]{0,60}\b(?:dẫn|trích dẫn|viện dẫn|nêu|nhắc)\b|"
                        r"legal basis|based on|\bwhich\b.{0,80}\bimplement(?:s|ed|ing)?\b|\bpursuant to\b", re.I),
    # ("Tại sao phải xây dựng xã hội học tập?": why the work is done is what the plan is for)
    "purpose": re.compile(r"mục đích|nhằm (?:(?:mục đích|mục tiêu|đạt|đạt được) )?(?:gì|những gì|điều gì)|mục tiêu chung|mục tiêu tổng quát|để làm gì|purpose|\baim|"
                          r"hướng (?:tới|đến) (?:điều |những )?(?:gì|mục tiêu gì)|"
                          r"\b(?:tại sao|vì sao)\b|^\W*why\b|"
                          + REQUIREMENT_RE.pattern, re.I),
    "agency": re.compile(r"phải làm gì|làm (?:những )?gì|nhiệm vụ|trách nhiệm|được giao|giao .{0,40}việc gì|việc gì|vai trò|"
                         r"là cơ quan (?:gì|nào)|giữ vai trò|"
                         # "Which office is the standing agency …?": the body holding a role, as "là cơ quan nào"
                         r"\bwhich (?:[\w-]+ ){0,2}(?:office|body|agency|department|unit|organi[sz]ation) (?:is|acts as|serves as)\b|"
                         r"\bgiao\b.{0,60}\bnhững gì\b|\bgiao (?:những )?(?:gì|việc gì|nhiệm vụ gì) cho\b|được đề nghị (?:những )?(?:gì|việc|nội dung)|"
                         r"(?:tham gia|phụ trách|đảm nhận|đảm nhiệm) (?:những |các )?(?:nội dung|phần việc|công việc|"
                         r"hoạt động) (?:nào|gì)|(?:phụ trách|đảm nhận|đảm nhiệm|lo) (?:những )?(?:gì|việc nào)|"
                         r"đề nghị .{0,80}làm gì|must .{0,40}do|tasks?\b|duties|responsib|lo việc|"
                         r"(?:asked|expected|required|supposed|assigned) to do|\brole\b|what (?:does|do|will|should) "
                         r".{0,80}\bdo\b", re.I),
}
_LINK_WORDS = {"va", "cac", "cua", "de", "nghi", "nhung"}  # words of a body's name that say nothing of which it is
DISTINCT_BODY_STRENGTH = 0.8  # below this, a name sharing only the head with the asked one is another body
STRONG_BODY = 0.8  # a body matched at least this well is one a plan names as a body
PARENT_BODY = 0.9  # a unit's body must be matched closer: "UBND huyện" is no "Ủy ban Mặt trận Tổ quốc huyện" (0.83)
COUNTERPART_BODY = 0.6  # a body's counterpart in another plan: that plan's body matching its name this well
PREFIX_NAME_STRENGTH = 0.9  # an agency whose whole name opens the question's phrase
STANDALONE_WORDS = 8  # a follow-up this long, naming its place and asking, is a question of its own
OWN_TOPIC_WORDS = 2  # a follow-up with this many words of its own ("còn dòng họ?") names a new topic
_INTENT_ORDER = ("money", "target", "deadline", "funding", "legal", "purpose", "agency")
# what a follow-up with its own topic but no ask of its own inherits from the previous question's ask
_INTENT_CUE = {"money": "bao nhiêu tiền", "target": "chỉ tiêu", "deadline": "thời hạn", "funding": "kinh phí",
               "legal": "căn cứ", "purpose": "mục đích"}
_UNIT_WORDS = f"thành phố|tỉnh|huyện|quận|thị xã|thị trấn|{COMMUNE_WORD}|phường|đặc khu|tp"
# units below a plan's own level, by rank (a commune's 3 lies inside a district's 2, inside a province's 1)
_LOWER_UNITS = "xã|phường|thị trấn|đặc khu|huyện|quận|thị xã"
_INNER_RANK = {"xã": 3, "phường": 3, "thị trấn": 3, "đặc khu": 3, "huyện": 2, "quận": 2, "thị xã": 2}
# villages, below a commune ("thôn Hải Thanh", "ấp Tân Lợi"): named with a capital after their unit word
_VILLAGE_UNITS = "thôn|ấp|xóm|bản|khóm|tổ dân phố|khu phố"
_VILLAGE_RANK = 4
_VILLAGE_NAMED_RE = re.compile(rf"\b((?i:{_VILLAGE_UNITS}))\s+((?:[{UPPER}]\w*|\d+)(?:\s+[{UPPER}]\w*){{0,3}})")
_INNER_PLAN_RANK = {"tỉnh": 1, "huyện": 2, "xã": 3}


def _plan_rank(doc: Document) -> int:
    """A plan's level as a rank (1 province … 3 commune; 9 when the plan does not say), to compare with a unit's."""
    return _INNER_PLAN_RANK.get((doc.level or "").split("/")[0], 9)
# a landmark's lead-in: the place after it only says where the asked one is ("xã X cạnh Y", "giáp huyện Y")
_BESIDE_RE = re.compile(r"\b(?:canh|giap(?: ranh)?(?: voi)?|gan|ke ben|lan can|next to|near|bordering)\s+"
                        r"(?:(?:xa|phuong|huyen|quan|tinh|thi xa|thi tran|thanh pho|tp)\s+)?$")
_WITHIN = r"^(?:vậy |thế |còn )?trong (?:số )?(?:đó|ấy|này)\b|^of (?:that|which|this)\b"  # "Trong đó …"

# a follow-up opening on a task verb with no subject ("Phối hợp với ai?", "Thế báo cáo khi nào?", "Có phải lập kế
# hoạch không?"): the subject dropped is the body asked before
_SUBJECTLESS_LEAD_RE = re.compile(r"^\s*(?:(?:thế|vậy|rồi|và|còn)\s+)+", re.I)
_SUBJECTLESS_RE = re.compile(
    r"^\s*(?:(?:thế|vậy|rồi|và)\s+)*(?:(?:có|cũng|còn|phải|cần|được)\s+){0,3}"
    r"(?:phối hợp|chủ trì|tham mưu|báo cáo|gửi|nộp|triển khai|tổ chức|hướng dẫn|kiểm tra|theo dõi|tổng hợp|bố trí|"
    r"lập|xây dựng|thực hiện|tuyên truyền|vận động|chịu trách nhiệm|phụ trách|đề xuất|trình)\b", re.I)

_WITHIN_RE = re.compile(rf"(?:{_WITHIN})[,\s]*", re.I)
_FOLLOWUP_RE = re.compile(r"^(?:vậy|thế|rồi|và)?\s*(?:còn|với|đối với|what about|and|how about)\b|thì sao\??$|"
                          rf"{_WITHIN}|"
                          r"^(?:vậy|thế|còn)?\s*(?:đến năm|năm|vào năm) \d{4}|"
                          r"\b(?:chỉ tiêu|nhiệm vụ|kế hoạch|cơ quan|nội dung|việc|đơn vị|mục tiêu) (?:đó|ấy|này|trên)\b|"
                          r"^(?:vậy|thế|và|rồi)\b", re.I)
# words that point back to the previous turn ("ở đó", "khoản kinh phí đó", "việc ấy"), and the function words
# of a follow-up; what is left is the follow-up's own topic
_REFERENCE_RE = re.compile(r"\b(?:ở|tại|nơi|bên) (?:đó|ấy|đấy)\b|\b(?:đó|ấy|đấy|này|trên)(?=\s*[?,.]|\s*$)|"
                           r"\b(?:cùng )?(?:năm|mốc|thời điểm|giai đoạn) (?:đó|ấy|đấy)\b|\bthe same year\b|"
                           r"\b(?:there|that one|those)\b", re.I)
_POINTS_BACK_RE = re.compile(r"^(?:vậy |thế |còn )?(?<!dòng )họ\b|\b(?:cơ quan|đơn vị|họ|bên) (?:đó|ấy|này)\b|\b(?:khoản|việc|nhiệm vụ|chỉ tiêu|tỷ lệ|tỉ lệ|"
                             r"mục tiêu|con số|nội dung|hoạt động)(?: [\wđ]+){0,2} (?:đó|ấy|này)\b|\b(?:they|them|their|it)\b", re.I)
# a body named by pointing back ("sở này", "ban đó", "cơ quan tương ứng"): the previous question's body
# an item asked by its place in a list the question does not name ("cái thứ hai là gì?", "ý b) nói rõ hơn",
# "đơn vị cuối cùng trong danh sách đó làm gì?"): the list is the one the previous turn was about
_ORDINAL_BACK_RE = re.compile(
    r"^\W*(?:(?:vậy|thế|còn)\s+)?(?:cái|việc|ý|điểm|mục|nhiệm vụ|cơ quan|đơn vị|đầu mục|khoản|nội dung|giải pháp|nhóm)\s+"
    r"(?:(?:được\s+)?(?:nêu|kể|liệt kê|ghi)\s+)?(?:thứ\s+(?:\d{1,2}|nhất|hai|ba|tư|bốn|năm|sáu|bảy|tám|chín|mười)\b|"
    r"đầu tiên\b|cuối cùng\b|sau cùng\b|đầu\b|cuối\b|[a-eđ]\))", re.I)
# the part of the plan a question names: "mục III (Tổ chức thực hiện)", "phần V", "mục Tổ chức thực hiện"
_PART_NAMED_RE = re.compile(
    r"\b(?:mục|phần)\s+(?:[IVX]{1,4}\b(?:\s*\([^)]{3,60}\))?|(?:tổ chức thực hiện|nhiệm vụ(?:,| và)? giải pháp|"
    r"nội dung(?:,| và)? giải pháp|mục tiêu|kinh phí(?: thực hiện)?|mục đích(?:,| và)? yêu cầu|chế độ báo cáo)\b)", re.I)
_WHETHER_TAIL_RE = re.compile(r"\s*(?:hay\s+)?không\s*\?")  # "… có chỉ tiêu X không?": whether, not how much
_HOW_MUCH_RE = re.compile(r"\b(?:bao nhiêu|mấy)\b", re.I)
_BODY_REF_RE = re.compile(r"\b(?:cơ quan|đơn vị|sở|phòng|ban|hội|trung tâm|ủy ban)\s+(?:này|đó|ấy|đấy|tương ứng)\b|"
                          # its counterpart in the place now asked ("cơ quan làm việc tương đương", "phòng nào làm
                          # việc tương tự", "the equivalent office", "its counterpart")
                          r"\b(?:cơ quan|đơn vị|sở|phòng|ban|hội|trung tâm|ủy ban)(?:\s+nào)?(?:\s+(?:làm|giữ|đảm nhiệm|"
                          r"đảm nhận|phụ trách|có)\s+(?:việc|vai trò|nhiệm vụ|chức năng))?\s+(?:tương đương|tương tự)\b|"
                          r"\b(?:the|its|their)\s+(?:equivalent|counterpart)(?:\s+(?:body|office|department|agency))?\b|"
                          r"\b(?:equivalent|counterpart)\s+(?:body|office|department|agency)\b", re.I)
# a counterpart asked in another place ("chỉ tiêu tương đương", "phòng làm việc tương tự", "the equivalent target"):
# the previous turn's body or measure, in the place the follow-up names
_COUNTERPART_RE = re.compile(r"\b(?:tương đương|tương ứng|tương tự)\b|\b(?:counterparts?|equivalents?)\b", re.I)
# a thing pointed back to by its kind ("cụm đó", "lớp ấy", "học phần này"): the one of that kind the last answer
# named ("Cụm Đồng Hới - Bố Trạch", "lớp “Kỹ năng số”") — a body's kind is _BODY_REF_RE's, a figure's _FIGURE_BACK_RE's
_THING_KINDS = r"cụm|lớp|đội|câu lạc bộ|học phần|chuyên đề|chương trình|mô hình|đợt|hội thi|cuộc thi|giải thưởng|đề án|dự án"
_THING_REF_RE = re.compile(rf"\b({_THING_KINDS})\s+(?:đó|ấy|đấy|này|kia)\b", re.I)
_NAME_WORD = r"[A-ZĐÀ-Ỹ][^\W\d_]*|\d+"
_THING_NAME_RE = re.compile(rf"(?<![\w])((?i:{_THING_KINDS}))\s+(?:[“\"]([^”\"\n]{{3,80}})[”\"]|"
                            rf"((?:{_NAME_WORD})(?:(?:\s+|\s*-\s*)(?:{_NAME_WORD}))*))")
# a follow-up pointing back to the previous question's body ("Họ có …", "cơ quan đó …"); an English "they" is as
# often the places or the centres a target was about, and stays with the previous question
_BODY_BACK_RE = re.compile(r"^(?:vậy |thế |còn )?(?<!dòng )họ\b|\b(?:cơ quan|đơn vị|bên) (?:đó|ấy|này)\b", re.I)
# an age span in a question ("ở độ tuổi 15-60", "từ 15 đến 60 tuổi", "15 tuổi trở lên")
AGE_SPAN_RE = re.compile(r"(?:\b(?:ở|trong)\s+)?(?:\bđộ tuổi\s+|\btừ\s+)?\b\d{1,2}\s*(?:[-–]|đến)\s*\d{1,2}(?:\s*tuổi)?\b|"
                          r"(?:\b(?:ở|trong)\s+)?\bđộ tuổi\b|\b\d{1,2}\s*tuổi(?:\s*trở lên)?", re.I)
# a phase named by its place in the plan, not its years ("giai đoạn sau", "the next phase")
_PERIOD_REF_RE = re.compile(r"\bgiai đoạn (?:sau|tiếp theo|kế tiếp|còn lại|trước|đầu|cuối|hai|2)\b|"
                            r"\b(?:the )?(?:next|second|later|first|earlier) (?:phase|period|stage)\b", re.I)
MAX_HISTORY_TURNS = 6  # earlier user questions searched for the conversation's plan
MAX_CHAIN = 3  # follow-ups of follow-ups resolved back this far
_FOLLOWUP_WORDS = set("con thi sao vay the roi va voi doi khac nua cung nhu the nao what about and how la gi bao nhieu"
                      " o do ay nay kia cac nhung cua"
                      # the ask itself: when, by when, is it due ("Khi nào phải xong?", "Hạn là bao giờ?")
                      " khi luc gio phai xong han chot hoan thanh ket thuc when deadline due"
                      # unit words without a name ("còn các xã thì sao?", "phường đã đạt …"): a place, no topic
                      " xa phuong huyen quan tinh thanhpho thixa thitran tp cap"
                      # English function words and pointers ("And in Can Tho, who does that?": no topic of its own)
                      # (not those a folded Vietnamese word shares: "số", "tổ", "an")
                      " in at for of by does did that this it there who whom which one same then also too"
                      .split())
_DAY_ASK_RE = re.compile(r"ngày nào|từ ngày|trước ngày|đến ngày|ngày bao nhiêu|hạn chót|what date|which date|by what date|"
                         r"tháng mấy|tháng nào|quý mấy|quý nào|what month|which month|which quarter", re.I)
_CLOCK_RE = re.compile(r"(?<![\d/.:])([01]?\d|2[0-3]):([0-5]\d)(?![\d/.:])")
# another document's date of signing asked ("Chương trình phối hợp số 03 … được ký ngày nào?")
_CITED_DOC_DATE_RE = re.compile(r"\b(?i:chương trình phối hợp|quyết định|nghị quyết|chỉ thị|công văn|thông báo|hướng dẫn|"
                                r"quy chế|nghị định|thông tư|kết luận|kế hoạch liên tịch|kế hoạch)\s+(?:số\s+)?0*(\d+)[^?]*?"
                                r"\b(?i:ký|ban hành)\s+(?:vào\s+)?(?i:ngày nào|ngày bao nhiêu|khi nào|lúc nào)")
# another document's number and date asked ("Nghị quyết của Thành ủy … là nghị quyết số mấy, ngày nào?")
_CITED_DOC_NUMBER_RE = re.compile(r"\b(?i:nghị quyết|quyết định|chỉ thị|công văn|thông báo|hướng dẫn|chương trình|"
                                  r"thông tư|nghị định|kết luận|quy chế)\b[^?]{0,80}?\b(?i:số mấy|số bao nhiêu|số hiệu)"
                                  r"\b[^?]{0,20}?\b(?i:ngày nào|ngày bao nhiêu)")
_PERCENT_ASK_RE = re.compile(r"phần trăm|%|tỷ lệ|tỉ lệ|percent|\bshare\b", re.I)
# a count asked, whatever body must reach it ("How many topics must the centre run?"); not beside a body's
# tasks asked ("What does … do, and in how many wards?")
_HOW_MANY_RE = re.compile(r"^(?!.*\bwhat (?:does|do|will|should)\b.{0,80}\bdo\b).*\bhow many\b", re.I)
# ("có / được / gồm" then the ask: "được xã Ea Tu dùng …" counts nothing)
# ("nói về mấy người mới ra tù": "mấy" after a preposition is "those", colloquial, no count asked)
_COUNT_ASK_RE = re.compile(r"(?:(?:có|được|gồm)\s+(?:tất cả\s+)?(?:bao nhiêu|mấy)|"
                           r"(?<!\bvề )(?<!\bcho )(?<!\bvới )(?<!\bcủa )(?<!\bcác )mấy|bao nhiêu)\s*(?!phần trăm|%|tiền|đồng|"
                           r"triệu|tỷ|năm|ngày|tháng|lần)(?:trung tâm|đơn vị|người|lớp|xã|phường|huyện|quận|thị xã|thị trấn|"
                           r"thôn|ấp|trường|thư viện|câu lạc bộ|mô hình|gia đình|dòng họ|cơ sở|học viên|học sinh|"
                           r"giáo viên|hội viên|cán bộ|cơ quan|doanh nghiệp|hộ|buổi|tiết|khóa|lượt|chuyên đề)\b|bao nhiêu\s+giờ\b|số lượng|how many|"
                           # "Số lượt người học … là bao nhiêu?": a count named first, asked at the end
                           r"^\s*số\s+(?:lượt|lớp|người|học viên|hội viên|trung tâm|thôn|bản|ấp|hộ|buổi|chuyên đề)\b.*"
                           r"\b(?:là|có|đạt)\s+(?:bao nhiêu|mấy)\b|"
                           # "bao nhiêu lượt người": any counted noun but money, time, rates and function words
                           # ("mấy" alone is also "the few …", and "số bao nhiêu" asks a document's number)
                           r"(?<!số )bao nhiêu\s+(?!(?:phần trăm|tiền|kinh phí|ngân sách|vốn|đồng|triệu|tỷ|năm|ngày|tháng|lần|giờ|là|thì|vậy|mỗi|một|hằng|hàng|"
                           r"nhỉ|ạ|chỉ tiêu|tỷ lệ|tỉ lệ|của|và|với|cho|ở|tại|trong|được|đã|nào)\b)[^\W\d_]{2,}|"
                           # "ít nhất mấy chuyên đề": a least or most asked counts any noun but time and money
                           # ("mấy" alone is also "a few": "ai lo tiền cho mấy hoạt động …" counts nothing)
                           r"\b(?:ít nhất|tối thiểu|tối đa)\s+mấy\s+(?!(?:phần trăm|tiền|đồng|triệu|tỷ|năm|ngày|tháng|lần|"
                           r"giờ|tuổi)\b)[^\W\d_]{2,}", re.I)
# the words of an amount question that say "money", not what it is for
MONEY_WORDS_RE = re.compile(r"\b(?:một năm|một tháng|mỗi tháng|kinh phí|ngân sách|khoản|số tiền|tiền|vốn|đồng|triệu|tỷ|bố trí|dự toán|tổng|mức|chi|hỗ trợ|cấp|mỗi|"
                          r"hằng năm|hàng năm|thực hiện|hoạt động|nguồn|dành|giao|how much|money|funding|budget|"
                          r"allocate[sd]?|spend|total|each|per|year|does|will|is|are)\b", re.I)
# where an amount question says what the money is for: after "kinh phí / tiền" and after "cho / để"
_AMOUNT_FOR_RE = re.compile(
    r"\b(?:kinh phí|tiền)\s+(?!(?:cho|dành|là|bao|của|được|thực|hoạt|để)\b)([^?,.;]*?)"
    r"(?=\s+(?:cho|dành cho|để|là|bao nhiêu|của|được|năm|mỗi)\b|[?,.;]|$)|"
    r"\b(?:cho|dành cho|để|nhằm|phục vụ)\s+([^?,.;]*?)(?=\s+(?:là|bao nhiêu|năm|được|mỗi)\b|[?,.;]|$)|"
    # "hỗ trợ mỗi lớp xóa mù chữ bao nhiêu tiền?": what each amount is for
    r"\b(?:hỗ trợ|cấp|chi|bố trí|thưởng)\s+(?:cho\s+)?(?:mỗi|từng)\s+([^?,.;]*?)(?=\s+(?:là|bao nhiêu|năm|được|mấy)\b|[?,.;]|$)",
    re.I)
# an amount question whose subject is what the money is for: "Tuần lễ … được cấp bao nhiêu tiền?", "Lớp tiếng Hàn
# cho công nhân tốn bao nhiêu kinh phí?"
_AMOUNT_SUBJECT_RE = re.compile(r"^\s*([^?]+?)\s+(?:(?:được|sẽ được|phải|cần)\s+)?(?:cấp|hỗ trợ|chi|bố trí|phân bổ|tốn|"
                                r"cần|hết|dành|thưởng|khen thưởng|trị giá|có giá trị|giá trị)\s+(?:tối thiểu\s+|ít nhất\s+|tối đa\s+|khoảng\s+)?"
                                r"bao nhiêu\b", re.I)
# the words before a body that receives a report ("… báo cáo kết quả về Phòng Giáo dục và Đào tạo")
# (as is the body advised or submitted to: "Sở X phải tham mưu UBND thành phố những gì?" asks about the Sở)
_REPORTED_TO_RE = re.compile(r"\b(?:báo cáo|gửi|nộp|tham mưu|trình)\b(?:[^?.;]{0,80}?\s(?:về|lên|tới|cho))?\s+$", re.I)
# the words before the body that issued the plan asked about
# the rest of a name that lists its fields: ", Khoa học và Thông tin", ", Thể thao và Du lịch"
_CAPWORD = r"[A-ZĐÀ-Ỹ][^\W\d_]*(?:\s+[a-zđà-ỹ][^\W\d_]*)?"
_NAME_LIST_RE = re.compile(rf"(?:,\s+{_CAPWORD})+,?\s+và\s+{_CAPWORD}")
# a body that assigns or sets out ("Sở GD&ĐT giao …", "UBND tỉnh yêu cầu …", "… đề ra những nhiệm vụ nào?")
_ASSIGNS_RE = re.compile(r"\s+(?:giao|yêu cầu|phân công|chỉ đạo|đề ra|đặt ra|đặt|ban hành)\b", re.I)
# what a count asks for: the words after "bao nhiêu / mấy", up to the place, year or end
# the plan's own items counted ("có bao nhiêu chỉ tiêu …?", "mấy nhóm nhiệm vụ, giải pháp?"): a list is asked,
# not a figure the plan sets
ITEM_COUNT_RE = re.compile(r"(?:bao nhiêu|\bmấy)\s+(?:nhóm\s+)?(?:chỉ tiêu|mục tiêu|nhiệm vụ|giải pháp|nội dung|nhóm|mục|ý)\b",
                           re.I)
_COUNTED_RE = re.compile(r"(?:bao nhiêu|\bmấy)\s+(.+?)\s*(?:\?|$|\s(?:năm|ở|tại|của|trong|vào|so với)\s)", re.I)
# a document of one kind asked for ("Thông tư nào …", "quyết định số mấy", "which circular")
# (not "kế hoạch nào": the loaded plans themselves, "những kế hoạch nào giao …")
DOCUMENT_KINDS = ("thông tư", "quyết định", "nghị định", "nghị quyết", "chỉ thị", "công văn", "luật", "kết luận",
                  "đề án")
_DOCUMENT_ASK_RE = re.compile(rf"\b({'|'.join(DOCUMENT_KINDS)})\s+(?:số\s+)?(?:nào|gì|mấy|bao nhiêu)\b", re.I)
_EN_DOCUMENT_ASK_RE = re.compile(r"\bwhich (circular|decision|decree|resolution|directive|law)\b", re.I)
_EN_DOCUMENT_KIND = {"circular": "thông tư", "decision": "quyết định", "decree": "nghị định",
                     "resolution": "nghị quyết", "directive": "chỉ thị", "law": "luật"}
# one budget source named ("ngân sách xã", "ngân sách cấp huyện", "nguồn xã hội hóa"): its level, or "xã hội hóa"
BUDGET_SOURCE_RE = re.compile(r"\bngân sách\s+(?:cấp\s+|các\s+)?(trung ương|nhà nước|địa phương|tỉnh|thành phố|huyện|quận|"
                              r"thị xã|thị trấn|xã|phường)(?!\s+hội)\b|\b(xã hội hóa)\b", re.I)


def budget_source(m: re.Match[str]) -> str:
    """The source a ``BUDGET_SOURCE_RE`` match names, folded: "tỉnh", "xã", "xã hội hóa"."""
    return fold(next(g for g in m.groups() if g))


# an amount asked of one unit ("hỗ trợ mỗi trung tâm bao nhiêu?", "… each community learning centre"); the same
# words after (or just before) a line's amount make it one unit's share ("12 triệu đồng/trung tâm")
# ("mỗi bên", "từng kế hoạch": each of the plans asked, no unit the money is per)
PER_UNIT_RE = re.compile(r"\b(?:mỗi|từng)\s+(?!năm\b|tháng\b|quý\b|kỳ\b|đợt\b|bên\b|nơi\b|kế hoạch\b|văn bản\b|địa phương\b)[^\W\d_]+|"
                         r"^/\s*[^\W\d_]|/\s*(?:trung tâm|người|lớp|xã|phường|thôn|học viên|hộ|đơn vị)\b", re.IGNORECASE)
EN_PER_UNIT_RE = re.compile(r"\b(?:each|per|every)\s+(?!(?:year|month|quarter|plan|side|of|one|document)\b)[a-z]",
                            re.IGNORECASE)
# the same in English: "the provincial budget", "socialised sources"
_EN_SOURCE_RE = re.compile(r"\b(provincial|district|commune|ward|city|state|central)(?:-level)?\s+budgets?\b|"
                           r"\b(sociali[sz]ed|private)\s+(?:sources?|funds?|funding|contributions?)\b", re.I)
_EN_SOURCES = {"provincial": "tỉnh", "district": "huyện", "commune": "xã", "ward": "phường", "city": "thành phố",
               "state": "nhà nước", "central": "trung ương", "socialised": "xã hội hóa", "socialized": "xã hội hóa",
               "private": "xã hội hóa"}
_SOURCES_ASK_RE = re.compile(r"(?:những|các) nguồn|nguồn nào|từ (?:nguồn )?(?:đâu|nào)|\bsources?\b|"
                             r"\b(?:chia|phân|phân bổ|cơ cấu) (?:theo )?(?:từng )?nguồn\b|\btheo (?:từng )?nguồn (?:ra )?(?:sao|thế nào|như thế nào)", re.I)
_ISSUER_RE = re.compile(r"\b(?:kế hoạch|quyết định|văn bản|nghị quyết)(?:\s+liên tịch)?(?:\s+(?:số\s+)?\S*\d\S*)?"
                        # (its title between: "kế hoạch xây dựng thành phố học tập của UBND thành phố …")
                        # (a year in the title too: "kế hoạch phong trào … năm 2026 của LĐLĐ …")
                        r"(?:\s+(?!(?:của|do|giữa|nào|gì|mấy|số|theo|căn|cứ|dựa|ngày)\b)(?:[^\s\d,;?.:]+|(?:19|20)\d\d)){0,8}?\s+"
                        r"(?:của|do|giữa)\s+$", re.I)  # "kế hoạch liên tịch giữa Sở … và Hội …": its issuers
# a plan named by its issuer with no "của" between ("kế hoạch Hội Nông dân tỉnh …")
_PLAN_OF_BODY_RE = re.compile(r"\b(?i:kế hoạch)(?:\s+(?:số\s+)?[^\s,;:]*\d[^\s,;:]*)?\s+$")


def _next_plain_word(text: str) -> str:
    """The first lower-case word of ``text``, accent-free, past the names (capitalised) and unit words opening it:
    what a body just named does or has done to it ("… Cao Bằng viện dẫn" → "vien")."""
    for w in re.findall(r"\w+", text):
        if w[:1].isupper():
            continue
        plain = strip_accents(w.lower())
        if plain not in _ISSUER_UNIT_WORDS:
            return plain
    return ""


# a plan named by its signer ("do bà Vũ Thu Hà ký", "signed by Chairman Nguyen Van Tho")
_SIGNED_BY_VI_RE = re.compile(rf"\b(?:do|được)\s+(?:(?:ông|bà|đồng chí|đ/c)\s+)?(?P<name>[{UPPER}][^\W\d_]*"
                              rf"(?:\s+[{UPPER}][^\W\d_]*){{1,3}})\s+ký\b")
_SIGNED_BY_EN_RE = re.compile(r"\bsigned by\s+(?:(?:the\s+)?(?:Chairman|Chairwoman|Chair|Vice[- ]Chair(?:man|woman)?|"
                              r"Deputy Chair(?:man|woman)?|Mr\.?|Ms\.?|Mrs\.?|Dr\.?)\s+)?"
                              r"(?P<name>[A-Z][^\W\d_]*(?:\s+[A-Z][^\W\d_]*){1,3})")
# a document asked by its kind and its issuer ("Hướng dẫn nào của Bộ Tư lệnh …", "Quyết định số mấy của UBND …"): the
# body issued the document cited, it is no body asked about
_CITED_ISSUER_RE = re.compile(r"\b(?:hướng dẫn|thông tư|chỉ thị|công văn|quyết định|nghị quyết|nghị định|kết luận|"
                              r"thông báo|chương trình(?: phối hợp)?|văn bản|kế hoạch)\s+(?:số\s+)?(?:nào|gì|mấy)\s+"
                              r"(?:của|do)\s+$", re.I)
# the body where a task is done: "Sở Y tế … truyền thông sức khỏe tại TTHTCĐ"
_AT_BODY_RE = re.compile(r"\b(?:tại|ở)\s+(?:các\s+)?$", re.I)
_SO_OF_PROVINCE_RE = re.compile(r"\bSở\s+[^?,;]{2,50}?\s+(?:tỉnh|thành phố)\s+[A-ZĐ]")
_ROLE_IS_RE = re.compile(r"^\W*(?:thường trực|TT|cơ quan thường trực)\s+ban chỉ đạo\b[^?]{0,60}\blà (?:cơ quan|đơn vị) (?:nào|gì)\b",
                         re.I)
_IS_WHO_RE = re.compile(r"\blà ai\b|\bai là\b", re.I)  # "Cơ quan thường trực … là ai?": a role's holder asked
# the latest of a place's plans asked for ("theo kế hoạch mới nhất", "kế hoạch hiện hành", "the latest plan")
_LATEST_RE = re.compile(r"\b(?:kế hoạch|kh|văn bản)\s+(?:[^?,.]{0,30}\s)?(?:mới nhất|gần (?:đây )?nhất|hiện hành|đang (?:áp dụng|có "
                        r"hiệu lực)|còn hiệu lực)\b|\b(?:latest|most recent|current)\s+(?:\w+\s+){0,2}plan\b", re.I)
# "họ" as the one acting, after a year or a place ("Năm 2024 thì họ được giao …", "ở Huế họ phải …")
_THEY_ACT_RE = re.compile(r"(?:^|,|\bthì)\s*họ\s+(?:được giao|phải|có nhiệm vụ|chịu trách nhiệm|cần|sẽ|làm|chủ trì|phụ trách)\b",
                          re.I)
# "họ"/"they" opening a follow-up: the subject asked about, whatever body the rest names
_THEY_FIRST_RE = re.compile(r"^\W*(?:(?:vậy|thế|còn|và|rồi|and|so)\s+)?(?:họ|they)\b", re.I)
# the plan of the previous turn pointed back to ("mục tiêu chung của kế hoạch đó", "that plan"): its place comes
# along, the previous ask and topic do not
_PLAN_BACK_RE = re.compile(r"\b(?:của\s+|trong\s+|theo\s+)?(?:kế hoạch|văn bản)(?:\s+liên tịch)?\s+(?:đó|ấy|đấy|này|trên)\b|"
                           r"\b(?:in|of|under)?\s*(?:that|this|the same) plan\b", re.I)
_WHO_ANY_RE = re.compile(r"\b(?:ai|cơ quan nào|đơn vị nào|bộ phận nào)\b", re.I)  # who is asked, anywhere in it
# the people a task serves: "… cho người mới ra tù, bộ đội xuất ngũ đi học nghề" (soldiers, not a command)
_SERVED_RE = re.compile(r"(?<!giao )\b(?:cho|dành cho|đối với)\s+[^?.;:]{0,40}$", re.I)
# the body given the task: "… giao Phòng GD&ĐT việc gì?", "… giao cho các xã …"
_ASSIGNEE_RE = re.compile(r"\b(?:giao|yêu cầu|đề nghị|phân công)(?:\s+cho)?\s+$", re.I)
# a question word: without one, a question is typed as keywords ("kinh phí lớp tin học xã …")
_ASK_WORDS = (r"gì|nào|sao|thế nào|đâu|ai|không|bao giờ|khi nào|bao nhiêu|mấy|có phải|"
              r"what|how|which|where|who|when|whom|why|does|do")
_QUESTION_WORD_RE = re.compile(rf"\b(?:{_ASK_WORDS}|is|are)\b|\?", re.I)
# a request put as a command ("Trích dẫn đoạn …", "Liệt kê …", "Cho biết …"): a question, though it has no ask word
_COMMAND_RE = re.compile(r"\W*(?:hãy\s+|vui lòng\s+|xin\s+)?(?:trích(?: dẫn| nguyên văn)?|liệt kê|cho (?:tôi |em |mình )?biết|"
                         r"tóm tắt|nêu|kể tên|list|quote|summari[sz]e|tell me|give)\b", re.I)
_ASK_WORD_RE = re.compile(rf"\b(?:{_ASK_WORDS})\b", re.I)  # the same, without "?" ("… năm 2030?" typed as keywords)
# a part of the plan other than its targets, named in a keyword question ("các giải pháp về truyền thông … 2024?")
_NOT_TARGET_TOPIC_RE = re.compile(r"\b(?:giải pháp|nhiệm vụ|kinh phí|ngân sách|báo cáo|căn cứ|mục đích|yêu cầu|tuyên truyền|"
                                  r"truyền thông|phân công|kiểm tra|sơ kết|tổng kết|tổ chức thực hiện|solutions?|tasks?|"
                                  r"funding|budget|report(?:ing)?)\b", re.I)
# words left around what money is for that name nothing ("cho kế hoạch trong năm 2026" → nothing)
_AMOUNT_GLUE = {"trong", "của", "cho", "để", "với", "về", "tại", "ở", "và", "các", "những", "năm", "này", "đó",
                "vào", "việc", "gì", "nào", "một", "mỗi", "cả", "toàn"}  # "dùng vào những việc gì": the ask, not what the money is for
# a figure is asked, of whatever kind: a year the plan's period does not cover then needs a line naming it
# "Chỉ tiêu gia đình học tập năm 2028 của X?": one target's figure for a year, asked as keywords
_TARGET_OF_YEAR_RE = re.compile(r"^\s*chỉ tiêu\s+(?!năm\b)\S", re.I)
_WHICH_RE = re.compile(r"\b(?:gì|nào|những|các)\b|\bra sao\b|\bthế nào\b", re.I)
# glossary terms of an English question that frame the ask, not what is measured
_EN_FRAME_TERM_RE = re.compile(r"(?:phải\s+)?làm gì|hằng năm|hàng năm|mỗi năm|năm|bao nhiêu|khi nào|trước ngày|thời hạn|"
                               r"kinh phí|ngân sách|tổng|chỉ tiêu|mục tiêu|mục đích(?: mục tiêu)?|kế hoạch|tỷ lệ|tỉ lệ|"
                               r"xã|huyện|tỉnh|phường|quận|thị xã|thành phố|thị trấn",
                               re.I)
_FIGURE_ASK_RE = re.compile(r"(?<!số )(?:bao nhiêu|\bmấy\b)|how (?:many|much)|what (?:percentage|share)|"
                            r"\bwhat did\b.{0,60}\b(?:achieve|reach|attain)|\bactually (?:achieved?|reached)\b|"
                            # "What target does X set for … in 2026?", "What is X's 2030 … target?": one figure
                            r"^\s*what\s+(?:target|goal|rate|level)\b|^\s*what\s+is\b[^?]*\b(?:target|goal)\b(?!s)", re.I)
# a count of what the plan lists ("gắn với bao nhiêu văn bản? đó là những văn bản nào", "How many tasks does … give
# to …?"): the list answers it, no line states the number ("bao nhiêu cơ quan đạt Đơn vị học tập" is a target's)
_LISTED_COUNT_RE = re.compile(r"(?:bao nhiêu|\bmấy)\s+(?:văn bản|việc|cơ quan|sở|phòng|tổ chức|nguồn(?: kinh phí)?|mốc|"
                              r"hạn báo cáo|báo cáo)\b(?![^?]*\b(?:đạt|công nhận|danh hiệu|tham gia|người)\b)|"
                              r"\bhow many\s+(?:tasks|documents|items|bodies|agencies|organi[sz]ations|sources|deadlines|"
                              r"reports|duties)\b(?![^?]*\b(?:recogni[sz]ed|reach|achieve|people(?!['’]s)|participants)\b)", re.I)
# a grade asked ("phổ cập … mức độ mấy?", "which level"): "mức độ 3" answers it, no share or count
_GRADE_ASK_RE = re.compile(r"\b(?:mức(?:\s+độ)?|cấp\s+độ)\s+(?:mấy|nào|bao nhiêu)\b|\b(?:what|which) level\b(?![-\s]*\d)", re.I)
_SANCTION_ASK_RE = re.compile(r"xử lý|kỷ luật|xử phạt|chế tài|bị phạt|hình thức phạt|\bphạt\b|sanction|penalt|disciplin|"
                              # a consequence asked ("có bị giải thể / cắt kinh phí không?", "ai bồi thường?")
                              r"giải thể|bị cắt|cắt (?:giảm )?(?:kinh phí|ngân sách)|bị thu hồi|bồi thường|bị đình chỉ|"
                              r"khiển trách|cảnh cáo|hậu quả|\bconsequences?\b|dissolv|compensat|"
                              # an emulation score docked, a title withheld ("có bị trừ điểm thi đua không?")
                              r"trừ điểm|hạ bậc thi đua|không được xét (?:thi đua|khen thưởng)|"
                              r"\b(?:chậm|không|chưa|trễ|muộn|quá hạn)\b[^?]{0,40}\bthì (?:sao|bị gì|bị sao)\b",
                              re.I)
# how often something is done, asked ("mấy lần một năm", "bao lâu sơ kết một lần", "có báo cáo theo quý không",
# "How often …"): only a line stating a cadence answers; "định kỳ báo cáo" alone sets none
_CADENCE_ASK_RE = re.compile(r"\bmấy lần\s+(?:một|mỗi|trong|/)?\s*(?:năm|tháng|quý)\b|\bbao lâu\b[^?,.]{0,40}?\bmột lần\b|"
                             r"\bmấy (?:tháng|năm|quý)\s+(?:một|1)\s+lần\b|\bđịnh kỳ\s+(?:bao lâu|mấy tháng)\b|\btần suất\b|"
                             r"\btheo quý\b|\bhằng quý\b[^?]{0,20}\bkhông\b|\bhow often\b|\bhow frequently\b|"
                             r"\bhow many times\s+(?:a|per|each|every)\s+(?:year|month|quarter)\b|"
                             # "có việc nào phải làm hằng năm không?": the recurring tasks
                             r"\b(?:việc|hoạt động|nhiệm vụ|công việc)\s+(?:gì|nào)\b[^?]{0,30}\b(?:hằng|hàng)\s+(?:năm|quý|tháng)\b",
                             re.I)
# what a line must contain to state a cadence
CADENCE_RE = re.compile(r"\b(?:hằng|hàng|mỗi)\s+(?:năm|quý|tháng|tuần)\b|"
                        r"\b\d+\s*[^\W\d_]{0,10}\s*/\s*(?:năm|quý|tháng|tuần)\b|"  # "02 kỳ/tháng", "04 bài/tháng"
                        r"\bđịnh kỳ\s+(?:\d+|sáu|ba|hai)\s+tháng\b|"
                        r"\b(?:\d+|sáu|ba|hai)\s+tháng\s*(?:một|1|/)\s*lần\b|\blần\s*/\s*(?:năm|quý|tháng)\b|"
                        r"\bnăm\s+(?:một|1)\s+lần\b|\b(?:6|sáu)\s+tháng\s*(?:,|và)\s*(?:hằng|hàng|cả)\s+năm\b|"
                        r"\bbáo cáo\b[^.;]{0,60}\btheo yêu cầu\b|"  # on request: the cadence is whoever asks
                        r"\bnhân dịp\s+(?:sơ kết|tổng kết)\b|"  # at each review
                        # a plan's review milestones are its cadence of reviews ("sơ kết vào năm 2025, tổng kết …")
                        r"\b(?:sơ|tổng) kết\b[^.;]{0,40}\b(?:năm|vào|giai đoạn)\s+(?:năm\s+)?20\d\d\b", re.I)
# what a line must contain to state a sanction (or the consequence asked)
SANCTION_RE = re.compile(r"xử lý|kỷ luật|xử phạt|chế tài|khiển trách|cảnh cáo|giải thể|thu hồi|bồi thường|đình chỉ|"
                         r"cắt (?:giảm )?(?:kinh phí|ngân sách)", re.I)
# the words of a value question that name the kind of value, not what is measured
# a figure the question puts forward to be checked, and the check itself ("… là 80%, đúng không?", "… à?")
_CHECKED_FIGURE_RE = re.compile(r"(?<![\w/])\d+(?:[.,]\d+)?\s*%")
_CHECK_TAIL_RE = re.compile(r"\b(?:có\s+)?(?:phải|đúng|chính xác|đúng vậy)\s+không\b|\bđúng chứ\b|\bkhông\s*(?:ạ|vậy)?\s*\??\s*$|"
                            r"\bà\s*\??\s*$", re.I)
_VALUE_WORDS = re.compile(r"\b(?:chỉ tiêu|bao nhiêu|phần trăm|tỷ lệ|tỉ lệ|phấn đấu|mục tiêu|đặt|đạt|đến năm|năm|"
                          r"hiện nay|hiện có|hiện tại|tất cả|có|được|là|mấy|số lượng|kế hoạch|theo|của|ở|tại|mà|ra|về|cho|với|"
                          r"mong(?: muốn)?|hy vọng|tính theo|cụ thể|hay|hoặc|tới(?= năm| 20\d\d)|(?:được )?công nhận(?: là)?|muốn|dự kiến|đến(?= 20\d\d)|phải|cần|(?:giảm|tăng|hạ|nâng)(?: xuống| lên)?(?= (?:mức|còn|bao))|"
                          r"mức(?= nào| bao)|giao(?= (?:cho \S+ )?chỉ tiêu)|"
                          # a milestone named ("mốc 2025", "mốc đó", "mốc tiếp theo") or a rise asked ("nhích lên
                          # thành bao nhiêu") is when and how, not what is measured
                          r"mốc(?: thời gian)?|nhích(?: lên)?(?: thành)?|(?:lên|xuống) thành|sau (?:khi )?(?:điều chỉnh|sửa đổi|bổ sung)|"
                          r"những|các|nào|gì|thì|đó|này|trong năm|vậy|thế|còn|(?<!dòng )họ|ấy|"
                          # a comparison asked ("…: Mỹ Lộc, Hà Nội, ai cao hơn?") compares the measure, is no part of it
                          r"so sánh|so với|khác nhau|ra sao|ai|chỗ nào|"
                          # a change between milestones asked ("thay đổi thế nào giữa hai mốc 2025 và 2030", "tăng từ mấy
                          # lên mấy"): how the measure moves, no part of it
                          r"thay đổi(?: (?:ra sao|thế nào|như thế nào))?|(?:tăng|giảm)(?= (?:từ|lên|xuống) (?:bao nhiêu|mấy)\b)|giữa(?= (?:hai |2 )?(?:mốc|năm|20\d\d))|hai(?= mốc)|"
                          r"và(?= (?:năm |mốc )?20\d\d)|(?:từ|(?<!trở )lên)(?= (?:bao nhiêu|mấy)\b)|(?:cao|thấp|nhiều|ít|lớn|nhỏ) hơn(?: (?:nhiều|ít|một chút|hẳn))?(?: không)?|(?:cao|thấp|lớn|nhỏ) nhất|mỗi (?:bên|nơi)|"
                          r"chênh(?: lệch| nhau)?|cách nhau|điểm(?= phần trăm| %)|percentage points|points|"
                          # how binding the figure is asked ("chỉ tiêu cứng hay mức phấn đấu", "chắc chắn hay ước chừng",
                          # "bắt buộc hay chỉ phấn đấu"): the wording of the figure, no part of what it measures
                          r"(?<=chỉ tiêu )cứng|bắt buộc|chắc chắn|ước chừng|ước tính|con số(?= (?:chắc|cứng|cụ thể|cố định))|"
                          r"cố định|(?<=mức )sàn|"
                          r"(?:cao|thap|nhieu|it) hon|(?:cao|thap) nhat|chenh(?: lech| nhau)?|diem(?= phan tram| %)|"
                          r"what|percentage|percent|share|target|how many|should|be|by|in|of|the|compare|higher|lower)\b"
                          r"|\d{4}|%|[?,.:;]",
                          re.I)
_TASK_ASK_RE = re.compile(r"\blàm (?:những )?gì\b|\bnhiệm vụ gì\b|\bđược (?:giao|đề nghị) (?:những )?gì\b|\btrách nhiệm gì\b|"
                          r"\bwhat (?:must|should|does|do|will) .{0,60}\bdo\b", re.I)
_KNOWN_PLACE_RE = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(p) for p in sorted({*PROVINCES, *CITIES}, key=len, reverse=True))
                             + r")(?!\w)", re.I)  # (typed in lower case too: "biên phòng hải phòng giao …")
_EITHER_MEASURE_RE = re.compile(r"\b(?:số lượng|con số|số)\s+(?:hay|hoặc)\s+(?:là\s+)?(?:phần trăm|tỷ lệ|tỉ lệ)\b|"
                                r"\b(?:phần trăm|tỷ lệ|tỉ lệ)\s+(?:hay|hoặc)\s+(?:là\s+)?(?:số lượng|con số|số)\b", re.I)
# a unit word with a name ("huyện Giao Thủy"); a unit word alone ("bao nhiêu huyện, thị xã") is what is counted
_PLACE_UNIT_RE = re.compile(rf"\b(?i:huyện|thành phố|tỉnh|quận|thị xã|tp|{COMMUNE_WORD}|phường|thị trấn|"
                            r"đặc khu)(?:\s+[A-ZĐ][\wđ]*)+")
_UNIT_TOKENS = ({"huyen"}, {"xa"}, {"tinh"}, {"phuong"}, {"quan"}, {"tp"}, {"thon"}, {"ap"}, {"xom"}, {"ban"})
_MY_PLACE_RE = re.compile(r"\b(?:nhà (?:tôi|em|mình|tui)(?: ở)?|(?:thôn|ấp|xóm|bản|xã|phường) (?:tôi|mình|em|tui|nhà tôi))\b",
                          re.I)
_UNIT_PAIRS = (["thanh", "pho"], ["thi", "xa"], ["thi", "tran"])
_UNIT_ABBR = {"huyen", "xa", "tinh", "phuong", "quan", "tp", "p", "h", "x", "tx", "tt"}  # before a place's initials
# the present state ("hiện nay có bao nhiêu …"): a target the plan sets for later does not answer it
# a status reached yet ("Mỹ Lộc đã được công nhận huyện học tập chưa?", "has … been recognised yet"); group 1: the verb
STATUS_ASK_RE = re.compile(r"\bđã (?:được )?(?:(?!chưa\b)[\w]+ ){0,2}?(công nhận|đạt|hoàn thành|thành lập|xây dựng xong|gia nhập|kết nạp|trở thành)\b[^?]{0,60}\bchưa\b|"
                           r"\b(?:has|have)\b[^?]{0,60}\b(?:been|achieved|reached|completed)\b[^?]{0,40}\byet\b", re.I)
_CURRENT_RE = re.compile(r"hiện nay|hiện có|hiện tại|hiện đang|đang có|đang hoạt động|\bcurrently\b|\bat present\b|"
                         # "Hiện LILAMA có bao nhiêu …?": "hiện" opening the question, its "có" after the subject
                         r"^\W*[Hh]iện\s+(?:[^\s?]+\s+){1,4}?có\b|"
                         rf"{STATUS_ASK_RE.pattern}|\bđã (?:được )?có\b[^?]{{0,60}}\bchưa\b|"
                         r"\btoday\b|\bnowadays\b|\bat the moment\b|\bexisting\b|"
                         # what happened, not what was set: "actual rate", "có đạt 55% không"
                         r"\bactual(?:ly)?\b|\bcó đạt(?: được)?\s+(?:\d|mức\b)[^?]{0,60}\bkhông\b|\bđã đạt(?: được)? (?:bao nhiêu|mấy)\b|"
                         r"\bso far\b|\bto date\b|\bright now\b|"
                         # a result of the year before now, not a year the plan names
                         r"năm ngoái|năm vừa qua|năm rồi|\blast year\b|\bprevious year\b|\bpast year\b", re.I)
# a plan setting a figure ("đặt", "phấn đấu", "aims for"), as against a result that happened
_SETS_RE = re.compile(r"\bđặt\b|\bphấn đấu\b|\bđề ra\b|\byêu cầu\b|\baim|\bset\b|\bsets\b|\bplan(?:s|ned)? (?:for|to)\b", re.I)
# what a plan sets: asked "hiện nay" of an amended plan, its figure as amended
_PLAN_FIGURE_RE = re.compile(r"chỉ tiêu|mục tiêu|kinh phí|dự toán|thời hạn|\btargets?\b|\bbudget\b|\bdeadline\b", re.I)
# the body an amount is for ("kinh phí cho Hội Khuyến học"): a line with an amount for another body does not answer
_BODY_END_RE = re.compile(r"\s+(?:xã|phường|thị trấn|huyện|quận|thị xã|thành phố|tỉnh|năm|\d)", re.I)
_FOR_RE = re.compile(r"\b(?:cho|dành cho|hỗ trợ|for)\s+$", re.I)
# a place set aside before asking which plans ("Ngoài Hà Nội, còn kế hoạch nào …?", "Besides Hanoi, which plans …?")
_PLACE_ASIDE_RE = re.compile(r"(?:^|[,.;:]\s*)(?:ngoài|trừ|ngoại trừ|besides|apart from|other than|except(?: for)?)\s+"
                             r"(?:kế hoạch (?:của\s+)?)?(?P<place>[^,?;]{2,40}?)\s*(?:,|\bthì\b|(?=\s+còn\b))", re.I)
_WHICH_PLANS_RE = re.compile(r"kế hoạch nào|những kế hoạch|các kế hoạch|which plans?|all plans", re.I)
# A question about "which plans", all plans or a comparison starts afresh instead of inheriting the conversation's plan.
HEADLESS_MAX_DF = 2  # a pair of words in more bodies' names than this names none of them
_WHICH_BODY_EN_RE = re.compile(r"\b(?:which|what)\s+(?:office|agency|department|body|unit|organi[sz]ation|"
                               r"institution|authority)s?\b", re.I)
# a conversation's pointer back ("xã đó", "kế hoạch này", "that plan")
_BACK_RE = re.compile(r"\b(?:đó|này|ấy|đấy|nói trên|vừa rồi)\b|\b(?:that|this|the same)\s+(?:plan|one|document)\b", re.I)
_PLACE_REF_RE = re.compile(r"\b(?:ở|tại|nơi|bên) (?:đó|ấy|đấy)\b|\bthere\b", re.I)
# a question that knows the 2025 reorganisation ("Sở KH&CN (đã nhận mảng TT&TT từ 2025)", "Sở Dân tộc và Tôn giáo
# (thành lập năm 2025)"): the department merged into the one asked may answer; asked plainly, a plan that does not
# name the body asked is refused
_REFORM_RE = re.compile(r"\b(?:2025|sáp nhập|sap nhap|hợp nhất|hop nhat|sắp xếp|sap xep|thành lập|thanh lap|nay là|"
                        r"nay la|trước đây|truoc day|(?:đã )?nhận (?:thêm )?(?:mảng|chức năng|nhiệm vụ)|merged?|absorbed|"
                        r"took over|formerly|reorgani[sz]ation)\b", re.I)
_HEADS_RESTORED = {"số": "Sở", "so": "Sở", "sợ": "Sở", "phong": "Phòng", "phóng": "Phòng", "phông": "Phòng"}
_HEAD_BEFORE_NAME_RE = re.compile(r"(?<!\w)(số|so|sợ|phong|phóng|phông)\s+(?=(?:Thông tin|Giáo dục|Nội vụ|Tài chính|Y tế|"
                                  r"Tư pháp|Văn hóa|Lao động|Khoa học|Kế hoạch|Xây dựng|Công Thương|Nông nghiệp|"
                                  r"Tài nguyên|Giao thông|Ngoại vụ|Dân tộc|Kinh tế)\b)")
# the heads a body's proper name opens with (a partner of a joint-work question)
_PARTNER_HEADS = ("sở ", "phòng ", "ban ", "hội ", "ủy ban ", "công an", "đoàn ", "liên đoàn ", "bộ ", "cục ", "vụ ",
                  "viện ", "đài ", "báo ", "mặt trận ", "thành đoàn", "tỉnh đoàn", "huyện đoàn", "trung tâm ", "bưu điện ")
# two bodies in one phrase: "Sở Nội vụ và Sở Tài chính" (not "Sở Lao động - Thương binh và Xã hội")
_TWO_BODIES_RE = re.compile(r"(.+?)\s+(?:và|với|cùng)\s+((?:" + "|".join(h.strip() for h in _PARTNER_HEADS)
                            + r")\b.*)$", re.I)


def _body_name(phrase: str) -> str:
    """A body's proper name out of a phrase the agency pattern caught, or "": a head such as "Sở", "Hội", "Công an"
    written in capitals (a glossary's lower-case name of an English question too), never "Phòng tôi" or "các cơ
    quan"."""
    words = phrase.split()
    name = " ".join(words)  # (spaces squashed)
    if len(words) < 2 or not fold(name).startswith(_PARTNER_HEADS) or fold(words[1]) in _PRONOUNS \
            or (name[0].islower() and not fold(name).startswith(("sở ", "phòng ", "hội ", "ban ", "công an"))):
        return ""
    return name


# work of two bodies together: "X và Y cùng làm gì?", "X phối hợp với Y việc gì?", "X do together with Y"
_WHO_BODY_RE = re.compile(r"\b(?:ai|(?:phòng|sở|cơ quan|đơn vị|ban|tổ chức|bộ phận|đoàn thể|bên) nào|which|who)\b", re.I)
_ASKER_IS_RE = re.compile(r"\b(?:mình|tôi|em|chúng tôi) là\s*$", re.I)  # "Bên mình là Sở Nội vụ": the asker's own
_JOINT_RE = re.compile(r"\bcùng\b(?! (?:căn cứ|kỳ|lúc|năm))|\b(?:làm|việc|nhiệm vụ) chung\b|\bchung với\b|với nhau|phối hợp|\bvs\.?(?!\w)|\btogether\b|\bjoint(?:ly)?\b|"
                       r"\bwith\b|coordinat", re.I)
_BOTH_PLANS_RE = re.compile(r"\b(?:hai|2|cả hai|các|những) kế hoạch\b|\bcả hai\b|\b(?:both|two|the) plans\b", re.I)
_ALL_PLANS_RE = re.compile(_WHICH_PLANS_RE.pattern + r"|tất cả|so sánh|compare", re.I)
# a level named without a place: the loaded plans of that level ("the ward's budget" with one ward plan loaded)
_LEVEL_RE = {"trung ương": re.compile(r"\b(?i:của|theo|do|kế hoạch)\s+[Bb]ộ\b(?!\s+[A-ZĐ])|"
                                     r"\b(?i:the ministry|ministry's)\b"),
             "đơn vị": re.compile(r"\b(?i:của|theo|tại|kế hoạch)\s+(?i:tổng công ty|công ty|tập đoàn|doanh nghiệp|tct)\b"
                                  r"(?!\s+[A-ZĐ])|"
                                  r"\b(?i:the (?:company|corporation|enterprise)|company's|corporation's)\b"),
             "huyện": re.compile(r"cấp huyện|các huyện|\bhuyện\b(?! [A-ZĐ])|\b(?i:the district)\b(?!s)"),
             "tỉnh/thành phố": re.compile(r"cấp tỉnh|cấp thành phố|\b(?i:the province)\b(?!s)"),
             "xã": re.compile(r"\b(?i:the (?:ward|commune))\b(?!s)")}


def _level_before(verbs: str) -> re.Pattern[str]:
    """A level word right before one of the verbs ("Huyện giao …", "của tỉnh đặt …"): the level, not the measure."""
    return re.compile(rf"\b(?i:huyện|tỉnh|thành phố|quận|thị xã|xã|phường)\s+(?=(?i:{verbs})\b)")


_LEVEL_ASSIGNS_RE = _level_before("giao|phân bổ")
_LEVEL_SETS_RE = _level_before("giao|phân bổ|đặt|đề ra")
# a commune's own setting asked beside the district's ("huyện giao bao nhiêu và xã tự đặt bao nhiêu?")
_OWN_SETTING_RE = re.compile(r"\b(?:xã|phường|thị trấn)\s+(?:tự\s+)?(?:đặt|đề ra|phấn đấu)\b|"
                             r"\bkế hoạch (?:riêng )?(?:của )?(?:xã|phường|thị trấn)\b", re.I)
# a body giving a figure to another ("Hội Khuyến học tỉnh giao cho …"): the giver's words up to the verb
_GIVES_RE = re.compile(r"^\W*(?:(?:ủy ban|ubnd|hội|sở|phòng|ban|huyện|tỉnh|thành phố|kế hoạch)\b[^,?]{0,60}?\s)?"
                       r"giao(?:\s+cho)?\s+", re.I)
# "thành phố học tập", "learning city": a movement's title, no level of government
_LEARNING_UNIT_RE = re.compile(r"\s+học tập\b", re.I)
# a plan's level named as the one that assigns ("Huyện giao xã … bao nhiêu?", "the province's table")
# ("city" alone is no province: a district-level city is a "city" too — "the city budget" of Rạch Giá's plan)
_LISTER_LEVEL = {"huyện": r"\b(?:huyện|quận|thị xã|district)\b", "tỉnh/thành phố": r"\b(?:tỉnh|thành phố|province)\b"}
_PLAN_NO_RE = re.compile(r"(\d{1,4})\s*[-/]\s*(KH(?:LT)?|NQ|QĐ|CT|KL)\b[-/\w]*", re.I)  # KHLT: a joint plan's
_RESOLUTION_RE = re.compile(r"(nghị quyết|kế hoạch|quyết định)\s+(?:số\s+)?(\d{1,4})\b", re.I)
# "KH 87", "kế hoạch số 87", "Kế hoạch điều chỉnh số 42", "plan No. 42"
# a table cell naming a village by its unit word ("Thôn Tân Hòa", "Ấp 3", "Tổ dân phố Đông"): a listed place
_VILLAGE_CELL_RE = re.compile(rf"^(?:{_VILLAGE_UNITS})\s+((?:[A-ZĐÀ-Ỹ]\w*|\d+)(?:\s+(?:[A-ZĐÀ-Ỹ]\w*|\d+)){{0,3}})$",
                              re.I)
_FORMER_AREA_LINE_RE = re.compile(r"^(?:khu vực|địa bàn)\s+((?:xã|phường|thị trấn)\s+[^\n|:]{2,40}?)(?:\s+\(?cũ\)?)?\s*$",
                                  re.I | re.MULTILINE)
_FORMER_AREA_RE = re.compile(r"^(?:khu vực|địa bàn)\s+|\s*\(?\b(?:cũ|mới)\b\)?\s*$", re.I)
_PARTNER_BEFORE_RE = re.compile(r"\b(?:với|cùng|cùng với|giúp|phối hợp với)\s+$", re.I)
_QUOTES_RE = re.compile(r"[“”\"'‘’«»]")
_EVENT_RE = re.compile(r"\b(Hội thi|Hội diễn|Cuộc thi|Giải thưởng|Liên hoan)\s+([^?,.;]{3,60}?)(?=\s+(?:cấp|năm|ở|tại|"
                       r"của|do|được|tổ chức|diễn ra|vào|là|có)\b|[?,.;]|$)", re.I)
_SAME_ASK_RE = re.compile(r"\b(?:the\s+)?same\s+(?:question|thing|for)\b|\bsame\b(?=\s+(?:for|in|of)\b)|"
                          r"\b(?:câu hỏi|hỏi)\s+(?:tương tự|như trên|y như vậy)\b|\btương tự\b", re.I)
_OWN_PLAN_NO_RE = re.compile(r"\b(?:(?:KH(?:LT)?|kế hoạch)(?:\s+[^\W\d]+){0,3}?\s+(?:số\s+)?|plan\s+(?:no\.?\s*|number\s+|#\s*|(?!(?:19|20)\d\d\b)))"
                             r"(\d{1,4})\b(?!\s*[-/])", re.I)
# "kế hoạch điều chỉnh", "the amendment": of one place's plans, the one amending the other
# what a plan changes is asked ("Kế hoạch 41 sửa đổi những gì?", "what did it amend?"): read by the answer builders
CHANGES_ASK_RE = re.compile(r"điều chỉnh|sửa đổi|bổ sung|thay đổi|thay thế|bãi bỏ|\bamend|\bchang", re.I)
_AMENDMENT_ASK_RE = re.compile(r"kế hoạch (?:về việc )?(?:điều chỉnh|sửa đổi)|\bamend(?:ment|ing)\b", re.I)
_YEAR_RE = re.compile(r"\b(20\d{2})\b")
# "Kế hoạch số 87 ban hành năm 2024": the year a plan was issued names the plan, not a year its figures are for
_ISSUE_YEAR_RE = re.compile(r"\b(?:ban hành|được ký|issued|signed)(?:\s+(?:vào|in|on))?(?:\s+ngày\s+\d{1,2}"
                            r"(?:\s*/\s*\d{1,2}\s*/\s*|\s+tháng\s+\d{1,2}\s+năm\s+)|\s+năm\s+|\s+)(?:20\d{2})\b", re.I)
_QUOTED_RE = re.compile(r"[“\"]([^”\"]{3,80})[”\"]")
MAX_QUOTE_REPEATS = 3
_HEADER_CHARS = 600
# a body typed by initials: an optional unit letter ("P.", "B.") and initials, parted by "&", "-" or "." or not
_BODY_HEADS = "Phòng|Ban|Khoa|Trung tâm|Văn phòng|Sở|Hội|Đội|Tổ|Viện|Cục|Chi cục|Trường|Đài|Báo"
_BODY_ACRONYM_RE = re.compile(rf"(?<![\w/-])((?:P|B|K|TT|VP)\.\s?|(?:(?i:{_BODY_HEADS})|TT|VP)\s+)?"
                              r"([A-ZĐ]{2,}(?:[&.-][A-ZĐ]{1,})*)(?![\w/])")
MIN_ACRONYM = 4
_BODY_HEADS_RE = re.compile(rf"^(?:{_BODY_HEADS})\b", re.I)


def _split_head(name: str) -> tuple[str, str]:
    """("Phòng", "Quản lý đào tạo và Nghiên cứu khoa học"): a body's unit word and the rest of its name."""
    m = _BODY_HEADS_RE.match(name.strip())
    return (m.group(0), name.strip()[m.end():].strip(" :-–")) if m else ("", name.strip())


# a body's name's last word naming its level ("Hội Nông dân tỉnh"): the question may name the level itself
_LEVEL_TAIL_RE = re.compile(r"\s+(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường)$", re.I)


def _code_of(code: str, name: str) -> bool:
    """Is the code the body's initials ("TCT" of "Trường Chính trị", "CTĐ" of "Hội Chữ thập đỏ", "HNDT" of "Hội
    Nông dân tỉnh"), with or without its unit word or level?"""
    level = _LEVEL_TAIL_RE.sub("", name.strip())
    names = (name, _split_head(name)[1], level, _split_head(level)[1])
    return code.upper() in {_initials_of(n) for n in names} - {""}


def _initials_of(name: str) -> str:
    """The initials of a name's syllables, "và" and punctuation aside ("Tổ chức - Hành chính - Quản trị" → "TCHCQT")."""
    return "".join(w[0] for w in re.findall(r"[^\W\d_]+", name) if w.lower() != "và").upper()


_GENERIC_CODES = {"UBND", "HĐND", "BCĐ", "BCH", "BTV", "BTC", "BVHTTDL", "SGDĐT", "PGDĐT", "GDĐT"}  # any place's
_DOC_TYPES = {"KH", "NQ", "QĐ", "CT", "KL", "TW", "TU", "BCĐ", "UB", "HĐ", "TT", "CV"}  # a plan's header and subject line, where it names its own unit  # a quoted name repeated more often in a plan (its own title) singles nothing out


_EN_BODY_RE = re.compile(
    r"\b((?:[A-Z][\w'’-]*\s+){0,5}(?:Department|Association|Union|Committee|Bank|Chamber|Council|Federation|Front|"
    r"Command|Board|Agency|Authority|Police|Fund|Alliance|Institute|Hospital|Club)"
    r"(?:\s+(?:of|for)(?:\s+(?:[A-Z][\w'’-]*|and|the))+)?)")
_EN_NOT_NAME = {"which", "what", "who", "whose", "the", "a", "an", "each", "every", "any", "how", "does", "do", "is",
                "are", "must", "should", "will", "and", "in", "under", "of", "for"}


# local units as the actors of an English question ("An Giang's communes and wards have to report …")
_EN_LOCAL_BODY_RE = re.compile(r"\b(communes?|wards?|districts?|towns?|townships?)"
                               r"(?:\s*(?:,|and|&)\s*(communes?|wards?|towns?|townships?))?\b"
                               r"(?:\s+(?:of|in)\s+[A-Z][\w'’]*(?:\s+[A-Z][\w'’]*)*)?"  # "the communes of Doan Hung"
                               r"(?=\s+(?:must|have to|has to|should|need to|are required|are expected|send|report|"
                               r"submit|do|issue|draw up|prepare)\b)", re.I)


# the body a question's actors report or send to ("… report to the education office?") is not the one asked about
_EN_REPORTS_TO_RE = re.compile(r"\b(?:report|send|submit)\w*\b[^?]{0,60}?\bto\b", re.I)


_EN_LOCAL_UNITS = {"commune": "xã", "ward": "phường", "district": "huyện", "town": "thị trấn", "township": "thị trấn"}
_EN_LOCAL_FOLLOWUP_RE = re.compile(r"\s*(?:and|what about|how about)?\s*(?:for\s+)?(?:the\s+)?(communes?|wards?|districts?|"
                                   r"towns?|townships?)(?:\s*(?:,|and|&)\s*(?:the\s+)?(communes?|wards?|towns?|townships?))?"
                                   r"\s*\?", re.I)


def _singular_en(word: str) -> str:
    w = word.lower()
    return w[:-1] if w.endswith("s") else w


def _english_body(question: str) -> str | None:
    """A capitalised English body name of two words or more ("Chamber of Commerce", "Provincial Bar Association"),
    without the question words before it ("Which Department" names no body)."""
    for m in _EN_BODY_RE.finditer(question):
        words = m.group(1).split()
        while words and words[0].lower() in _EN_NOT_NAME:
            words = words[1:]
        if len(words) >= 2:
            return " ".join(words)
    return None


def _agency_re(names: Iterable[str], folded_texts: Sequence[str] = ()) -> re.Pattern[str]:
    """The agency pattern, with the first two words of the plans' own agency names that no fixed head starts
    ("Công chức Tài chính - Kế toán", "Trưởng thôn"): a commune's officials are asked about by those words.
    Two words the plans mostly use otherwise ("Báo cáo viên": "báo cáo" is a report) take the name's third."""
    pairs = {(" ".join(words[:2]), " ".join(words[:3]).rstrip(",;:.")) for name in names
             if not re.match(rf"{_AGENCY_HEAD}\b", name, re.I) and len(words := name.split()) >= 2}
    heads = set()
    for head, longer in pairs:
        if folded_texts and _mostly_other(fold(head), fold(longer), folded_texts):
            head = longer if longer != head else ""
        heads.add(head)
    heads = {h for h in heads if h and fold(h.split()[0]) not in ("các", "những", "đề")
             and re.fullmatch(r"[\w\s]+", h)}
    if not heads:
        return _AGENCY_RE
    alt = "|".join(re.escape(h) for h in sorted(heads, key=len, reverse=True))
    # (a title's second word is not a head of its own: "Hiệu trưởng các trường" is no "Trưởng các xóm")
    return re.compile(rf"\b((?:{_AGENCY_HEAD}|(?<!hiệu )(?<!tổ )(?<!phó )(?:{alt}))(?:\s+[\wđ&\-]+){{0,14}}?)"
                      rf"{_AGENCY_STOP}", re.IGNORECASE)


def _mostly_other(head: str, name: str, folded_texts: Sequence[str]) -> bool:
    """Do the plans use these words mostly otherwise than as the start of this name?"""
    def count(phrase: str) -> int:
        # (a deputy's or a board's title is the name's use too: "Phó Giám đốc", "Ban Giám đốc")
        pattern = re.compile(rf"(?<!\w)(?<!phó )(?<!ban )(?<!tổ ){re.escape(phrase)}(?!\w)")
        return sum(len(pattern.findall(t)) for t in folded_texts)
    as_name = count(name) if name != head else 0
    return count(head) > 2 * as_name + 2


@dataclass
class AgencyMatch:
    doc: str
    section_id: int
    name: str
    strength: float
    alias: bool = False  # matched through a unit alias (Sở ↔ Phòng), not the exact unit
    inline: bool = False  # named at the start of a line inside another agency's section ("- Công an Thành phố: …")


def inline_agencies(doc: Document) -> list[tuple[int, str]]:
    """(section id, agency name) for task lines that name their agency inside another agency's section.

    The section is the deepest one holding the line, so a lettered item "d) Đề nghị Hội …" is its own.
    """
    out = []
    for s in doc.agencies():
        pos = s.body_start
        for line in doc.text[s.body_start:s.end].split("\n"):
            at, pos = pos, pos + len(line) + 1
            name = inline_agency(line)
            if not name:
                continue
            holder = max((x for x in doc.sections if x.start <= at < x.end), key=lambda x: x.level)
            if holder.agency and (holder.start == at or fold(name) in fold(holder.agency)):
                continue  # the line is an agency heading already, or its own section's agency
            out.append((holder.id, name))
    return out


# the head of a village is one office whatever the region calls the village ("Trưởng thôn", "Trưởng các xóm",
# "Trưởng ấp", "Trưởng bản"): names are compared in one wording
_VILLAGE_HEAD_RE = re.compile(r"\b(trưởng)\s+(?:các\s+)?(?:thôn|xóm|ấp|buôn|bản|sóc|làng|tổ dân phố|khu phố)\b",
                              re.I)


def _village_head(s: str) -> str:
    return _VILLAGE_HEAD_RE.sub(lambda m: f"{m.group(1)} thôn", s)


_JOINED = (("thi xa", "thixa"), ("thi tran", "thitran"), ("xa hoi", "xahoi"), ("hop tac xa", "hoptacxa"),
           ("thanh pho", "thanhpho"), ("dac khu", "dackhu"))


# a whole unaccented Vietnamese syllable: onset, one to three vowels, coda ("nghiep", "khuyen", "hoach")
_SYLLABLE = re.compile(r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ch|nh|ng|[cmnpt])?")


def _not_a_syllable(w: str) -> bool:
    """An unaccented word no Vietnamese syllable spells ("tasks", "model", "community"): English evidence.
    Upper-case abbreviations (UBND, GDĐT) and possessives are left out."""
    if w.isupper() or "'" in w or w.isdigit():
        return False
    w = w.lower().replace("đ", "d")
    return len(w) > 7 or not _SYLLABLE.fullmatch(w)


_WORD_RE = re.compile(r"(?<![\wđ])[a-zđ]['’][\wđ]+|[\wđ]+")


# words of a clause, never of a body's name ("phòng gặp vướng mắc khi", "hội muốn tham gia thì")
_CLAUSE_WORD_RE = re.compile(r"\b(?:gặp|khi|thì|nếu|muốn|cần|đang|sẽ|bị|đã|phải|được|nào|gì|ai)\b", re.I)
_UNIT_HEAD_RE = re.compile(r"^(?:các\s+|những\s+)?(?:phòng|ban|sở|hội|trung tâm|đơn vị|cơ quan|tổ|đội)\s+(.+)$", re.I)


def _no_name(phrase: str) -> bool:
    """Is the phrase a unit word followed by plain words, no capital among them, that run into a clause ("các
    phòng gặp vướng mắc khi …")? Such words are the ask, not a body's name."""
    m = _UNIT_HEAD_RE.match(phrase.strip())
    if not m or any(w[:1].isupper() or "&" in w for w in m.group(1).split()):
        return False
    return bool(_CLAUSE_WORD_RE.search(m.group(1)))


def _pairs(words: Sequence[str]) -> set[tuple[str, str]]:
    """Adjacent word pairs ("cong dan hoc tap" → (cong, dan), (dan, hoc), (hoc, tap)): how a name or a task is
    compared, so "công nhận … học tập" is no "công dân học tập"."""
    return set(zip(words, words[1:], strict=False))


def _words(s: str) -> list[str]:
    """Accent-free words, with unit bigrams joined so "thị xã" never matches "xã"."""
    # a name's syllable joined by an apostrophe to a one-letter one ("Đưng K’Nớ", "Ea H'leo") is one word
    text = " ".join(w.replace("'", "").replace("’", "") for w in _WORD_RE.findall(strip_accents(fold(s))))
    for a, b in _JOINED:
        text = re.sub(rf"\b{a}\b", b, text)
    return text.split()


_VERBS_AFTER_HEAD = frozenset({"đạt", "được", "có", "phải", "là", "đã", "sẽ", "cần", "làm", "nào"})
# "<body> của / thuộc / trực thuộc <body>": the second names the organisation the first belongs to
_OWNER_BETWEEN_RE = re.compile(r"\s*,?\s*(?:của|thuộc|trực thuộc)\s+", re.I)
# an English plan's owner: a capitalised body before "'s" ("the Labour Federation's rubric"), or after "plan of/by"
_EN_OWNER_RE = re.compile(r"\b((?:[A-Z][\w-]*\s+){0,5}[A-Z][\w-]*)['’]s\b|"
                          r"\b(?:plan|programme|program|campaign|movement|rubric)\s+(?:of|by|from)\s+(?:the\s+)?"
                          r"((?:[A-Z][\w-]*\s+){0,5}[A-Z][\w-]*)")
# the same in lower case, for a question naming no plan: "the farmers' union's courses", "does the cooperative
# alliance ask …", "the farmers' union plan"
_EN_OWNER_LOWER_RE = re.compile(r"\bthe\s+((?:[\w-]+['’]?\s+){0,3}?[\w-]+['’]?\s*[\w-]+)(?:['’]s\b|\s+(?:plan|programme)\b)|"
                          r"\b(?:does|did|do|will|must|should|can)\s+the\s+((?:[\w-]+['’]?\s+){0,3}?[\w-]+)\s+"
                          r"(?:ask|request|require|set|organi[sz]e|run|fund|offer|train|choose|select|provide|hold|support)\b")
# an organisation's plan named by the kind of its issuer, as its own staff say it ("của bệnh viện", "the hospital's")
_ISSUER_KIND_RE = re.compile(r"\b(?:của|thuộc|trong|tại)\s+(bệnh viện|trung tâm y tế|bộ chỉ huy quân sự|tổng công ty|"
                             r"công ty|ngân hàng)\b|\b(?:the|this)\s+(hospital|health centre|health center|military command|"
                             r"corporation|company|bank)(?:'s|\b)", re.I)
_EN_KINDS = {"hospital": "bệnh viện", "health centre": "trung tâm y tế", "health center": "trung tâm y tế",
             "military command": "bộ chỉ huy quân sự", "corporation": "tổng công ty", "company": "công ty",
             "bank": "ngân hàng"}
_PROVINCE_NAMES = {" ".join(_words(p)): p for p in PROVINCES}  # accent-free key → the province's name
# each province (accent-free key) → every province of its 2025 merger group
_MERGED_KIN = {" ".join(_words(p)): frozenset(" ".join(_words(x)) for x in g) for g in MERGED_2025 for p in g}
_PROVINCE_ALT = "|".join(sorted((r"\s+".join(map(re.escape, k.split())) for k in _PROVINCE_NAMES), key=len, reverse=True))


_BODY_UNIT_WORDS = {"so", "phong", "ban"}
# first words of the units _STRONG_HEAD names (sở, phòng, ban, công an, bộ chỉ huy, liên đoàn, hội)
_UNIT_STARTS = {"so", "phong", "ban", "cong", "bo", "lien", "hoi", "truong", "tram", "chi", "cuc", "vien", "buu", "ngan",
                "kho", "bao", "thuong", "don", "vu", "tong", "dai", "hoc", "benh", "toa"}


def _ministry(words: Sequence[str]) -> bool:
    """A ministry's name ("bo giao duc …"), not "Bộ Chỉ huy Quân sự" nor "Bộ đội Biên phòng" (words as _words())."""
    return len(words) > 1 and words[0] == "bo" and words[1] not in ("chi", "doi")


# administrative level named in an agency ("các xã, phường" vs "quận, huyện, thị xã"); words as _words() gives them
_LEVEL_OF = {"xa": "commune", "phuong": "commune", "thitran": "commune", "dackhu": "commune",
             "quan": "district", "huyen": "district", "thixa": "district",
             "thanhpho": "province", "tinh": "province", "tp": "province"}
_LEVEL_AFTER_RE = re.compile(r"\s+(?:(?:các|mọi|những)\s+)?(cấp xã|cấp huyện|cấp tỉnh|thành phố|tỉnh|huyện|quận|thị xã|xã|phường|thị trấn|đặc khu)\b",
                             re.IGNORECASE)
# unit words as _words() gives them, spelled for an answer
_UNIT_NAMES = {"tinh": "tỉnh", "thanhpho": "thành phố", "tp": "thành phố", "huyen": "huyện", "quan": "quận",
               "thixa": "thị xã", "xa": "xã", "phuong": "phường", "thitran": "thị trấn", "dackhu": "đặc khu"}
_UNIT_KEY = {"tp": "thanhpho"}  # one key per unit word
# a Party committee named by its unit ("huyện ủy Tiểu Cần", "thành ủy Hà Nội", "đảng ủy xã …"): the unit's word
_PARTY_UNITS = ((r"\bthanh uy\b", "thanh pho"), (r"\bthi uy\b", "thi xa"), (r"\b(tinh|huyen|quan) uy\b", r"\1"),
                (r"\bdang uy (?=xa|phuong|thi tran)\b", ""))


_LEVEL_RANK = {"tinh": 1, "huyen": 2, "quan": 2, "xa": 3, "phuong": 3}


def _only_at_other_levels(phrase: str, texts: Sequence[str]) -> bool:
    """(``texts``: the plans' acting text, folded and accent-free.) "Hội Khuyến học tỉnh" of a district's plan that writes the name only as "Hội Khuyến học huyện" (the province's
    Hội being in its Nơi nhận alone): another level's body, not named. A mention with no level word after it, or
    an ambiguous one ("thành phố", "thị xã"), settles nothing."""
    words = strip_accents(fold(phrase)).split()
    at = next((i for i, w in enumerate(words) if w in _LEVEL_RANK), None)
    if at is None or at < 2:
        return False
    name = re.escape(" ".join(words[:at]))
    after = {m.group(1) for t in texts for m in re.finditer(rf"\b{name}\s+(\w+)", t)}
    return bool(after) and after <= set(_LEVEL_RANK) and _LEVEL_RANK[words[at]] not in {_LEVEL_RANK[w] for w in after}


def _unit_typed(raw: str) -> str:
    """The question as typed, accent-free, its unit words as one key each ("thi xa" → "thixa") and a Party
    committee's name read as its unit's ("huyen uy tieu can" → "huyen tieu can")."""
    typed = strip_accents(fold(raw))
    for a, b in _PARTY_UNITS:
        typed = re.sub(a, b, typed)
    for a, b in _JOINED:
        typed = re.sub(rf"\b{a}\b", b, typed)
    return typed
# a unit word in the plural names the units inside the place after it, not a unit of that name: "các xã Mỹ Lộc",
# "UBND các quận, huyện Hà Nội" (the text as typed, accents stripped, "thị xã" joined)
_UNITS_OF_RE = re.compile(rf"(?:\b(?:cac|nhung|moi)|\b(?:{'|'.join(_UNIT_NAMES)})\s*(?:,|va|/)?)\s*$")  # "quận huyện X": X's units
_UNIT_LEVEL = {"tinh": "tỉnh/thành phố", "thanhpho": "huyện", "huyen": "huyện", "quan": "huyện", "thixa": "huyện",
               "xa": "xã", "phuong": "xã", "thitran": "xã", "dackhu": "xã"}
_ENGLISH_UNITS = {"city": ("thanhpho",), "province": ("tinh",), "district": ("huyen", "quan"), "commune": ("xa",),
                  "ward": ("phuong",), "town": ("thixa", "thitran"), "zone": ("dackhu",), "special": ("dackhu",)}
_GENERIC = {"va", "cac", "thanhpho", "tinh", "de", "nghi", "cap", "to", "chuc", "cua", "truc", "thuoc", "tp",
            "nhung", "khac", "lien", "quan"}


# (accent-free abbreviation, its pattern, full form), longest first; compiled once
# "TP.HCM", "TP.HN": an abbreviation glued to the next one by a dot is a name of its own, left as written
_ABBR_PATTERNS = [(strip_accents(a), a, re.compile(rf"(?<![\w&/\-.]){re.escape(strip_accents(a))}(?![\w&/\-]|\.\w)",
                                                   re.I),
                   full) for a, full in sorted(ABBREVIATIONS.items(), key=lambda kv: -len(kv[0]))]


# "P. GDTX", "P.VH-XH": an office ("Phòng"); "P. Đông Kinh" stays a ward, its name is not in capitals
_OFFICE_P_RE = re.compile(r"(?<![\w.])P\.\s*(?=[A-ZĐ][A-ZĐ&\-]+\b)")


# "TT Văn hóa - Thể thao …", "TT GDNN-GDTX": a centre ("Trung tâm"); "TT Mỹ Lộc" stays a township (thị trấn)
_CENTRE_TT_RE = re.compile(r"(?<![\w.&/-])TT\.?\s+(?=(?:Văn hóa|Văn hoá|Y tế|Giáo dục|Chính trị|Học tập|Dịch vụ|"
                           r"Truyền thông|Phục vụ|Khuyến nông|Bồi dưỡng|Công nghệ|Thông tin|Phát triển|Hành chính|"
                           r"VH\w*|GD\w*|HTCĐ|CNTT)\b)")


_SHORTHAND_RE = re.compile(r"(?<![\w&-])(?:" + "|".join(map(re.escape, SHORTHAND)) + r")(?![\w&-])")  # case-sensitive


# "có k?", "đc k ạ": chat's "k" closing a yes/no ask ("điểm k" of a list is left alone)
_NO_K_RE = re.compile(r"\b(có|được|đc|dc|phải|đúng|chưa|hay|gì) k(?=\s*(?:[?.!]|$|ạ\b|nhỉ\b|vậy\b|nhé\b))", re.I)
_ABBR_KEYS = {a.upper() for a in ABBREVIATIONS}
# "Ban Tuyên giáo HU": the Party committee, in capitals only ("Cơ Tu" is a people; "-NQ/TU" a document's symbol)
_PARTY_COMMITTEE_RE = re.compile(r"(?<![\w/&-])(HU|TU)(?![\w/&-])")
_HEAD_SHORT_RE = re.compile(r"(?<![\w&-])((?:sở|phòng|ban)\s+)([a-zđ]{2,6}(?:[-&][a-zđ]{1,6})?)(?![\w&-])")
_PLACE_UNIT_BEFORE_RE = re.compile(r"\b(?:tinh|huyen|xa|phuong|quan|thanh pho|tp\.?|thi xa|thi tran)\s+$", re.I)
# "phòng GD", "Sở GD": a Sở or Phòng of education is the one of education and training
_HEAD_GD_RE = re.compile(r"(?<![\w&-])((?:[Ss]ở|[Pp]hòng|[Ss]o|[Pp]hong)\s+)(?:GD|gd|Gd)(?![\w&-])(?!\s*[-&]?\s*(?:ĐT|DT|đt|dt|Đt|Dt)\b)")


# "CC TC - KT" as a heading spaces it: "TC-KT" still, when the joined form is a known abbreviation
_SPACED_DASH_RE = re.compile(r"(?<![\w&])([A-ZĐ&]{1,6})\s+[-–]\s+([A-ZĐ&]{1,6})(?![\w&])")
_DASHED = {strip_accents(a).upper() for a in ABBREVIATIONS if "-" in a}


def _join_spaced(m: re.Match[str]) -> str:
    joined = f"{m.group(1)}-{m.group(2)}"
    return joined if strip_accents(joined).upper() in _DASHED else m.group(0)


def expand_abbreviations(text: str) -> str:
    """Replace known abbreviations (UBND, GD&ĐT, …) by their full form; plan numbers are left alone."""
    if " - " in text or " – " in text:
        text = _SPACED_DASH_RE.sub(_join_spaced, text)
    # "sở nv", "phòng tc-kh": after a body's head a lower-case shorthand is the body's field (NV: Nội vụ)
    text = _HEAD_SHORT_RE.sub(lambda m: m.group(1) + (m.group(2).upper() if m.group(2).upper() in _ABBR_KEYS
                                                       else m.group(2)), text)
    text = _HEAD_GD_RE.sub(r"\1Giáo dục và Đào tạo", text)
    out = _SHORTHAND_RE.sub(lambda m: SHORTHAND[m.group(0)],
                            _CENTRE_TT_RE.sub("Trung tâm ", _OFFICE_P_RE.sub("Phòng ", text)))
    out = _NO_K_RE.sub(r"\1 không", out)
    out = _PARTY_COMMITTEE_RE.sub(lambda m: "Huyện ủy" if m.group(1) == "HU" else "Tỉnh ủy", out)
    for abbr, given, pat, full in _ABBR_PATTERNS:
        if abbr.lower() not in strip_accents(out).lower():
            continue  # cheap test first: most abbreviations are not in a given question
        m = pat.search(strip_accents(out))
        while m:
            orig = out[m.start():m.end()]
            if (strip_accents(orig) != orig and orig.upper() != given.upper()) \
                    or (orig.islower() and len(orig) <= 3 and is_syllable(orig)) \
                    or _PLACE_UNIT_BEFORE_RE.search(strip_accents(out[:m.start()])):
                # "tất cả" holds no "CA" (Công an), nor does "dân ca" typed in lower case; "tỉnh CB" is a place's
                # initials, not "cán bộ"
                m = pat.search(strip_accents(out), m.end())
                continue
            out = out[:m.start()] + full + out[m.end():]
            m = pat.search(strip_accents(out), m.start() + len(full))
    return out


_UNIT_RANK = {"tinh": 3, "thanh pho": 3, "tp": 3, "quan": 2, "huyen": 2, "thi xa": 2, "xa": 1, "phuong": 1,
              "thi tran": 1}
_PLAN_RANK = {"tỉnh/thành phố": 3, "huyện": 2, "xã": 1}


def _without_recipients(doc: Document) -> str:
    """The plan's text with its recipients list (Nơi nhận) blanked out, and the articles of a decision issuing it
    ("Điều 3. Chánh Văn phòng …, Giám đốc Kho bạc … chịu trách nhiệm thi hành"), offsets kept: bodies named only
    there are sent the plan or charged with the decision, and given no task by the plan."""
    text = doc.text
    span = recipients_chunk(doc)
    if span is not None:
        text = text[:span.start] + " " * (span.end - span.start) + text[span.end:]
    first = min((sec.start for sec in doc.sections if sec.kind == "roman"), default=0)
    return _ARTICLE_LINE_RE.sub(lambda m: " " * len(m.group(0)) if m.start() < first else m.group(0), text)


def _header_places(doc: Document) -> list[str]:
    """The places a plan's title and header name, where a plan whose metadata missed its own unit still names
    it — not a unit above the plan's own level ("tỉnh Bắc Giang" merged into the ward's new province, "thành phố
    Bắc Ninh cũ"): a ward's plan does not answer for them."""
    rank = _PLAN_RANK.get(doc.level, 3)
    out = []
    for m in UNIT_NAME_RE.finditer(f"{doc.title}\n{doc.text[:_HEADER_CHARS]}"):
        unit = " ".join(_words(m.group(0)[:m.start(1) - m.start(0)]))
        own = _words(m.group(1)) == _words(doc.locality)
        if (_UNIT_RANK.get(unit, 0) > rank and not own) or not named_places(m.group(0)):
            continue
        out.append(m.group(1))
    return out


def _without_negated(text: str) -> tuple[str, str]:
    """A correction read as its replacement: "không phải Huế, tôi hỏi Hà Nội" → "à nhầm, Hà Nội", "Huế chứ không
    phải Hà Nội" → "Huế"; with what it negates ("" when it negates nothing)."""
    if m := _NOT_THIS_LEAD_RE.match(text):
        rest = text[m.end():].strip()
        if rest:
            return f"à nhầm, {rest}", m.group("neg").strip()
    if m := _NOT_ASKED_RE.match(text):  # "à không, tôi hỏi Mỹ Lộc năm 2030"
        return f"à nhầm, {text[m.end():].strip()}", ""
    if m := _NOT_THIS_TAIL_RE.search(text):
        return squash_spaces(text[:m.start()] + text[m.end():]), m.group("neg").strip()
    return text, ""


def _names_plans(notes: list[str]) -> bool:
    """Did plan detection find a place the plans name ("plans:" note), not only a level word ("huyện")?"""
    return any(n.startswith("plans:") for n in notes)


def _code(doc: Document) -> str:
    """The issuer's code at the end of a plan's number ("412/KH-SGDĐT" → "SGDĐT"), or ""."""
    return (doc.number or "").rsplit("-", 1)[-1] if "-" in (doc.number or "") else ""


def _sentence_case(text: str) -> str:
    """"Phối hợp với ai?" → "phối hợp với ai?" once a body is put before it: the capital only began the sentence (kept,
    "huyện Phối" would read as a place); a name ("Ba Vì", "Xã Đất Mũi") keeps its capitals."""
    words = text.split(maxsplit=2)
    if len(words) >= 2 and words[0][:1].isupper() and words[0][1:].islower() and words[1][:1].islower():
        return text[:1].lower() + text[1:]
    return text


# a claim put forward to be confirmed ("… phải không?", "có đúng là … không?", "is it true that …")
_CHECK_RE = re.compile(r"\b(?:có\s+)?(?:phải|đúng|chính xác)\s+không\b|\bđúng chứ\b|\b(?:à|hả|hở|nhỉ)\s*\??\s*$|\bđúng không\b|"
                       # "Có phải năm nay Huế đặt 50% … không?", "Có đúng là … không?": the claim between
                       r"(?:^|[.,;:]\s*)(?:có phải|co phai|có đúng|co dung|phải chăng)\b[^?]{0,240}?\b(?:không|khong)\s*\??\s*$|"
                       # "Huế có đặt chỉ tiêu … 50% năm 2026 không?": a figure put forward, asked whether the plan has it
                       r"\b(?:có|co)\b[^?]{0,80}\d\s*%[^?]{0,40}\b(?:không|khong)\s*\??\s*$|"
                       r"\bis it (?:true|correct|right)\b|\bis that (?:true|correct|right)\b|\bright\?\s*$", re.I)
# a sentence of the asker's own put up to be corrected ("Dự thảo ghi: "…". Sửa giúp."): its wording, figures and
# years are the asker's, to be set against the plan's lines, not a passage or a year the plan must hold
_CORRECT_RE = re.compile(r"\b(?:sửa|chỉnh|sua|chinh)\s+(?:lại\s+|lai\s+)?(?:giúp|giùm|hộ|cho đúng|giup|gium|ho|cho dung)\b|"
                       r"\b(?:sửa|chỉnh)\s+lại\b|\bcó khớp\b|\bkhớp (?:với|không)\b|"
                       r"\b(?:please\s+)?(?:correct|fix)\s+(?:it|this|that|my|the|them|please)\b|\bplease (?:correct|fix)\b", re.I)


def puts_forward(*texts: str) -> bool:
    """Does the question put something forward to be confirmed (or corrected) rather than ask it?"""
    return any(_CHECK_RE.search(t) or _CORRECT_RE.search(t) for t in texts)


_DRAFT_QUOTE_RE = re.compile(r"[“\"]([^”\"]{12,400})[”\"]")
MIN_DRAFT_WORDS = 4


def draft_sentence(question: str) -> str | None:
    """The asker's own sentence put up to be corrected ("Dự thảo của tôi ghi: “…”. Sửa giúp."), as the question to
    read — the sentence with the request after it, the errand around it left out — or None."""
    if not _CORRECT_RE.search(question):
        return None
    quotes = [q.strip(" .;") for q in _DRAFT_QUOTE_RE.findall(question) if len(q.split()) >= MIN_DRAFT_WORDS]
    if len(quotes) != 1:
        return None
    english = re.search(r"\b(?:correct|fix)\b", question, re.I) is not None
    return f"{quotes[0]} ({'please correct' if english else 'sửa giúp'})"


def asks_correction(*texts: str) -> bool:
    """Does the question put up a sentence of the asker's own to be corrected ("… Sửa giúp.", "Please fix it")?"""
    return any(_CORRECT_RE.search(t) for t in texts)


def _ask_of(text: str) -> str | None:
    """The first intent of ``_INTENT_ORDER`` the text asks, else ``None``."""
    return next((k for k in _INTENT_ORDER if INTENTS[k].search(text)), None)


def _as_written(agency: str) -> str:
    """A pattern for a body phrase as the question wrote it: "Ủy ban nhân dân xã" was "Ủy ban nhân dân các xã, thị
    trấn" (the phrase keeps the level, not the "các" before it nor the units listed after it)."""
    m = _LEVEL_AFTER_RE.search(agency)
    if not m or m.end() != len(agency):
        return re.escape(agency)
    return (rf"{re.escape(agency[:m.start()])}\s+(?:(?:các|mọi|những)\s+)?{re.escape(m.group(1))}"
            rf"(?:\s*,\s*(?:{_UNIT_WORDS})\b)*")


def _as_typed(syllables: list[str], gap: str) -> str:
    """A pattern for a name's syllables (folded) as a question may type them: each with its own accents or with
    none ("Sơn La", "Son La"), so another word that loses its accents the same way ("Sơn là") does not match."""
    return gap.join(rf"(?:{re.escape(s)}|{re.escape(strip_accents(s))})" for s in syllables)


# a turn that only takes in the previous answer ("ok, tức là …?", "vâng, cảm ơn", "I see")
_ACK_RE = re.compile(r"^\W*(?:ok(?:ay)?|vâng|dạ|ừ|ừm|cảm ơn|cám ơn|thanks?|thank you|tức là|nghĩa là|hiểu rồi|got it|i see)\b",
                     re.I)
_WHICH_YEAR_RE = re.compile(r"\bvào năm nào\b", re.I)
_EN_PEOPLE_RE = re.compile(r"(?:people|persons|individuals|participants|learners)\b", re.I)
# the asker's own body, introduced first ("Mình làm IT ở Sở TT&TT Cần Thơ. … giao gì cho sở mình …?", "Tôi là cán bộ
# Phòng Nội vụ huyện An Lão, … vậy phòng tôi phải làm gì?", "Phòng chúng tôi thuộc Sở GD&ĐT …"): what the
# question says of "sở mình", "phòng tôi", "chúng tôi" it says of that body
_ME = r"(?:chúng tôi|chúng em|chúng mình|bọn mình|tôi|mình|em)"
_BODY_HEADS = r"sở|phòng|ban|đơn vị|cơ quan|trung tâm|hội|trường|ủy ban|ubnd|xã|phường"
_INTRO_RE = re.compile(rf"(?:^|(?<=[.;,!?:]\s))(?:(?:{_BODY_HEADS})\s+)?{_ME}\s+(?:(?:là|đang|hiện|đang là)\s+)?"
                       rf"(?:(?:làm|công tác|làm việc|phụ trách|là)\s+(?:[\wđ&/]+\s+){{0,3}}?(?:ở|tại|thuộc|của|bên)\s+|"
                       rf"(?:ở|tại|thuộc|bên)\s+|(?:cán bộ|chuyên viên|công chức|nhân viên|viên chức|lãnh đạo|"
                       rf"trưởng phòng|phó trưởng phòng|giám đốc|phó giám đốc)\s+(?:của\s+|ở\s+|tại\s+)?)", re.I)
_MY_BODY_RE = re.compile(rf"\b(?:(?:{_BODY_HEADS})\s+(?:của\s+)?)?{_ME}\b", re.I)
# a body's part in the work asked ("phối hợp với ai", "chủ trì việc gì"): a body named so is asked for its tasks,
# even one the plan names only inside another body's clause
_ACTS_WITH_RE = re.compile(r"\b(?:phối hợp|chủ trì|tham mưu|cùng với)\b", re.I)
_DO_TO_RE = re.compile(r"\b(?:làm gì|làm những gì|làm thế nào|có (?:những )?(?:giải pháp|biện pháp) gì)\s+để\b", re.I)
_LISTED_UNITS = {"xa", "phuong", "thi tran", "thon", "ap", "ban", "xom", "khom", "to dan pho", "khu pho"}
_ROW_CELL_RE = re.compile(r"(?:^|(?<=\|))([^|\n]{3,60})(?=\|)", re.MULTILINE)  # a table row's cell ("| Xã Song Lãng |"), the first one too


# (not inside a document's symbol, "27-KH/TCT"; a one-letter unit is set apart from the initials: "h. AL", "t QT")
_UNIT_INITIALS_RE = re.compile(rf"(?<![/-])\b((?i:{_UNIT_WORDS}|tx|tt)\.?|(?i:h|t)\.(?=\s*[A-ZĐ])|(?i:h|t)(?=\s+[A-ZĐ]))"
                               rf"\s*([A-ZĐ]{{2,4}})(?![\w.&/-])")
_INITIALS_RE = re.compile(r"(?<![\w.&/-])([A-ZĐ]{2,4})(?![\w.&/-])")  # a place typed by its initials ("tỉnh QT")
_SYMBOL_BEFORE_RE = re.compile(r"\d+\s*/\s*(?:[A-ZĐ&]+-)*$")  # "41/KH-" before "UBND": a document's symbol


def _doc_type_at(m: re.Match[str], text: str) -> bool:
    """Initials that are a document type here ("CT 05", "NQ số 23", "KH-UBND"), not a place ("Sở VHTTDL CT")."""
    return m.group(1) in _DOC_TYPES and (re.match(r"\s*(?:số\s*)?\d|[-/]", text[m.end():]) is not None
                                         or re.search(r"[\d/-]$", text[:m.start()]) is not None)


# a plan named by its kind ("the commune plan", "the Party plan", "kế hoạch của xã", "kế hoạch Huyện ủy")
_PLAN_KIND_RE = re.compile(r"\b(?i:the\s+)?(?i:(commune|ward|district|provincial|province|party)(?:'s)?\s+plan)\b|"
                           r"\b(?i:kế hoạch\s+(?:của\s+)?(xã|phường|huyện ủy|đảng ủy|tỉnh ủy|huyện|tỉnh))\b(?!\s+(?:[A-ZĐ]|hội\b))")
_PLAN_KIND_LEVEL = {"commune": "xã", "ward": "xã", "xã": "xã", "phường": "xã", "district": "huyện", "huyện": "huyện",
                    "province": "tỉnh/thành phố", "provincial": "tỉnh/thành phố", "tỉnh": "tỉnh/thành phố"}
_LABELLED_PART_RE = re.compile(r"\b(?:[Cc]hương trình|[Dd]ự án|[Tt]iểu dự án|[Hh]ợp phần|[Nn]hóm nhiệm vụ|[Pp]hần)\s+"
                               r"(?:\d{1,2}|[IVX]{1,4})(?![\w/.])")
# words of a plan's title that say what kind of document it is or where, never what it is about
_TITLE_FILLER = set("""ke hoach thuc hien trien khai to chuc xay dung tren dia ban giai doan nam den tu va cua ve trong tai
cho voi theo nham tinh thanhpho huyen xa phuong quan thixa thitran uy ban nhan dan ubnd so ngay thang mot noi dung viec
""".split())  # (nor the issuer or a number an amending plan cites: "… Kế hoạch số 87/KH-UBND ngày 15/4/2024 của Ủy ban …")
_TITLE_FILLER_PAIRS = {("don", "vi")}  # "đơn vị nào …?" asks which body, not about "Đơn vị học tập"


# what a plan's author does, accent-free: "đề nghị", "giao", "yêu cầu", "hỗ trợ", "đặt (ra)", "đề ra", "ban hành", "chỉ đạo"
_AUTHOR_VERB_RE = re.compile(r"(?:de nghi|giao|yeu cau|ho tro|dat|de ra|ban hanh|chi dao)\b")
# the words after a body asked about, not authoring ("Công an tỉnh phải …", "… được giao …", "… có trách nhiệm …")
_ASKED_BODY_WORDS = frozenset("duoc phai co can chiu lam thi nhan".split())
# a body's own unit named before it: its standing board, its office, one of its rooms ("Ban Thường vụ Hội …")
_SUB_UNIT_RE = re.compile(r"^(?:Ban\s+(?:Thường\s+vụ|Thường\s+trực|Chấp\s+hành|Giám\s+đốc|Lãnh\s+đạo)|Thường\s+trực|"
                          r"Lãnh\s+đạo|Văn\s+phòng|Bộ\s+phận)$", re.I)
# what follows a unit asked as the doer: its ask ("… phải …", "… lo vụ gì", "… được giao …") or the body it belongs to
_UNIT_ACTS_RE = re.compile(r"^[\s,.]*(?:\w\.\s*)?(?:\w+\s+){0,2}?(?:phải|được|lo|làm|có nhiệm vụ|có trách nhiệm|cần|chịu|sẽ|"
                           r"chủ trì|phối hợp|tham gia|của|thuộc|trực thuộc|trong)\b", re.I)
_BELONGS_TO_RE = re.compile(r"\s*,?\s+(?:của|thuộc|trực thuộc|trong)\s+", re.I)
# who works with the body just asked about: "Và ai phối hợp?", "Thế Hội phối hợp với ai?"
_PARTNERS_ASK_RE = re.compile(r"^\W*(?:(?:và|thế|còn|vậy)\s+)?(?:\w+\s+)?(?:(?:ai|những ai|cơ quan nào|đơn vị nào)\s+phối hợp|"
                              r"phối hợp (?:với )?(?:ai|những ai|cơ quan nào|những cơ quan nào|đơn vị nào))(?:\s+(?:vậy|nhỉ|ạ))?"
                              r"\W*$", re.I)  # (the whole follow-up: "Việc đó ai phối hợp và hoàn thành khi nào?" asks more)
_BOTH_ASKED_RE = re.compile(r"\b(?:và|lần lượt|cả hai|hai kế hoạch|so với)\b", re.I)  # two things asked side by side
TASK_AIM_PAIRS = 2  # word pairs a line must share with the question to be the task asked about
# the plan's own purpose and goals ("I. MỤC ĐÍCH, YÊU CẦU", "II. MỤC TIÊU"): the purpose path quotes them
_AIM_PART_RE = re.compile(r"mục đích|yêu cầu|mục tiêu", re.I)
_AIM_WORD_RE = re.compile(r"\b(?:nhằm|để|góp phần)\b")
_AIM_ASK_RE = re.compile(r"\b(?:để làm gì|nhằm (?:mục đích )?gì|vì sao|tại sao|lý do|để làm chi|làm gì|phải|được|có)\b", re.I)
_AIM_SKIP = frozenset("ke hoach theo cua va cac nhung o tai trong".split())
_FIGURE_OWED_RE = re.compile(r"\b(?:phải|cần)\s+(?:\w+\s+){1,4}?(?:tối thiểu|ít nhất|bao nhiêu|mấy)\b", re.I)
# two bodies offered as one or the other: "Công an hay Bộ Chỉ huy Quân sự", "the police or the military command"
_EITHER_WORD = r"\s+(?:hay(?:\s+là)?|hoặc(?:\s+là)?|or)\s+"
_EITHER_JOIN_RE = re.compile(_EITHER_WORD, re.I)
_EITHER_END_RE = re.compile(_EITHER_WORD + "$", re.I)
_ISSUER_UNIT_WORDS = frozenset("tinh thanh pho huyen quan thi xa phuong tran dac khu thanhpho thixa thitran dackhu".split())
# a body's own people named before it ("giảng viên Trường Chính trị tỉnh", "hội viên Hội Nông dân"): its own matters
_MEMBER_WORDS = frozenset({("giang", "vien"), ("can", "bo"), ("hoc", "vien"), ("nhan", "vien"), ("cong", "chuc"),
                           ("vien", "chuc"), ("hoi", "vien"), ("doan", "vien"), ("giao", "vien"), ("thanh", "vien"),
                           ("lao", "dong"), ("cao", "vien")})


def _without_unit_tail(ws: Sequence[str]) -> tuple[str, ...]:
    """A body's accent-free words without the unit words closing it ("hội nông dân" of "hội nông dân tỉnh")."""
    ws = tuple(ws)
    while ws and ws[-1] in _ISSUER_UNIT_WORDS:
        ws = ws[:-1]
    return ws


def _surface(text: str, spelt: str) -> str | None:
    """The words of ``text`` that read as ``spelt`` (accent-free, as ``_words`` spells them), as typed."""
    tokens = list(re.finditer(r"\w+", text))
    for i, first in enumerate(tokens):
        for last in tokens[i:i + 8]:
            if " ".join(_words(text[first.start():last.end()])) == spelt:
                return text[first.start():last.end()]
    return None


def _subject_pairs(title: str, doc: Document) -> set[tuple[str, str]]:
    """Adjacent word pairs of a plan's title that name its subject: no filler word, digit or own place word."""
    places = {w for name in (doc.locality, doc.province or "", *doc.parents) for w in _words(name)}
    ws = _words(title)
    return {(a, b) for a, b in zip(ws, ws[1:], strict=False)
            if not ({a, b} & (_TITLE_FILLER | places)) and not any(c.isdigit() for c in a + b)
            and (a, b) not in _TITLE_FILLER_PAIRS}


_NOT_TERRITORIAL = ("trung ương", "đơn vị")  # a central body's or an organisation's plan: no place's
_LEGAL_FORM_RE = re.compile(r"\s*(?:-|–|,)?\s*(?:CTCP|JSC|TNHH(?: MTV)?|công ty cổ phần)\s*$", re.I)


def _organisation_names(doc: Document) -> list[str]:
    """The names a central body's or an organisation's plan goes by besides its issuer's full name: without its legal
    form and "Việt Nam" ("Tổng công ty Lắp máy"), and the code its number carries ("318/KH-LILAMA" → "LILAMA")."""
    if doc.level not in _NOT_TERRITORIAL:
        return []
    bare = _LEGAL_FORM_RE.sub("", doc.locality)
    out = [bare, re.sub(r"\s+Việt Nam$", "", bare)]
    if doc.level == "trung ương" and doc.locality.startswith("Bộ "):
        out.append(f"ngành {doc.locality[3:]}")  # "kế hoạch của ngành Văn hóa, Thể thao và Du lịch"
    if doc.number and (code := re.search(r"/[A-ZĐ]+-([A-ZĐ]{3,})$", doc.number)):
        out.append(code.group(1))
    if school := _SCHOOL_RE.match(bare):
        # "Trường Đại học Tây Nguyên" is "Đại học Tây Nguyên", "ĐH Tây Nguyên", "Tay Nguyen University" to its people
        out += [school.group(1) + school.group(2), f"{school.group(2).strip()} {_SCHOOL_EN[fold(school.group(1).strip())]}"]
    return [n for n in dict.fromkeys(out) if n and n != doc.locality]


_SCHOOL_RE = re.compile(r"^Trường\s+(Đại học|Cao đẳng)(\s+\S.*)$", re.I)
_SCHOOL_EN = {"đại học": "University", "cao đẳng": "College"}


class QueryAnalyzer:
    """Built once per loaded index: knows the plans' localities, numbers and agency names."""

    def __init__(self, documents: dict[str, Document], today: date | None = None) -> None:
        self.documents = documents
        self.year = this_year(today)  # "năm nay", "năm sau" are read as calendar years
        self.restorer = DiacriticRestorer(d.text for d in documents.values())
        self.place_names: dict[str, set[str]] = {}  # accent-free folded name → docs
        self.locality_names: set[str] = set()  # the plans' own units (not their parents)
        self.own_names: dict[str, set[str]] = {}
        self.own_units: dict[str, set[str]] = {}
        self.initials: dict[str, str] = {}  # "QT" for Quảng Trị
        # accent-free name → its spellings with accents ("son la" → "sơn la"): "Phước Sơn là …" names no Sơn La
        self.accented: dict[str, set[str]] = {}
        for d in documents.values():
            self.locality_names.add(" ".join(_words(d.locality)))
            for name in filter(None, [d.locality, d.province, *d.parents]):
                # ("Sài Gòn" asks the Hồ Chí Minh plan; "LILAMA", "Tổng công ty Lắp máy" the corporation's)
                for alias in (name, *PLACE_ALIASES.get(name, ()), *(_organisation_names(d) if name == d.locality else ())):
                    self.place_names.setdefault(" ".join(_words(alias)), set()).add(d.doc)
                    self.accented.setdefault(" ".join(_words(alias)), set()).add(fold(alias))
            # the units its title and header name ("ỦY BAN NHÂN DÂN XÃ CẨM BÌNH", "trên địa bàn xã …"): a plan
            # whose metadata missed its own unit is still found, never refused as "not loaded"
            for name in _header_places(d):
                self.place_names.setdefault(" ".join(_words(name)), set()).add(d.doc)
            # its own unit: the locality and the unit its subject line names ("… trên địa bàn xã Cẩm Bình")
            self.own_names[d.doc] = {" ".join(_words(n)) for n in [d.locality, *named_places(d.title)]}
            self.initials[d.doc] = "".join(w[0] for w in d.locality.split()).upper()
            # the unit word(s) the plan names itself by ("tỉnh Tuyên Quang", "UBND THỊ XÃ NINH HÒA")
            loc = " ".join(_words(d.locality))
            head = " ".join(_words(f"{d.title}\n{d.text[:_HEADER_CHARS]}"))
            self.own_units[d.doc] = {_UNIT_KEY.get(m.group(1), m.group(1)) for m in
                                     re.finditer(rf"\b(\w+) {re.escape(loc)}\b", head) if m.group(1) in _UNIT_NAMES}
        # places a plan lists as the rows of a table (a district's targets given per commune: "| Xã Song Lãng |
        # 70% | …"): the plan answers for them, though none is a loaded plan's own unit
        self.listed_places: dict[str, set[str]] = {}
        for d in documents.values():
            for cell in _ROW_CELL_RE.findall(d.text):
                value = cell.rsplit(": ", 1)[-1].strip()  # a row read with its headers: "Xã, thị trấn: Xã Song Lãng"
                # "Khu vực xã Lộc Yên cũ": a merged commune's former communes, rows of its own table
                value = _FORMER_AREA_RE.sub("", re.sub(r"\s*\([^()]*\)\s*$", "", value)).strip()  # "(09 ấp)" after it
                names = named_places(value) or [m.group(1) for m in [_VILLAGE_CELL_RE.match(value)] if m]
                # (not a commune's own name: "thị trấn Tiểu Cần cũ" in xã Tiểu Cần's table is the plan's own place;
                # a district's row for its seat town, "thị trấn Vũ Thư", is listed)
                if len(names) == 1 and len(value.split()) <= 5 and not (
                        d.level == LEVELS[3] and _words(names[0]) == _words(d.locality)):
                    self.listed_places.setdefault(" ".join(_words(names[0])), set()).add(d.doc)
            # a merged commune's table grouped under its former communes ("Khu vực xã Tân Trường cũ" on a line of
            # its own, over the rows of that area's villages)
            for m in _FORMER_AREA_LINE_RE.finditer(d.text):
                for name in named_places(m.group(1)):
                    if _words(name) != _words(d.locality):
                        self.listed_places.setdefault(" ".join(_words(name)), set()).add(d.doc)
        # every loaded or listed place's name, accent-free: its words are no Telex keys ("Đạ Sar" typed "da sar")
        self._place_keys = {n for names in self.own_names.values() for n in names if " " in n} | {
            k for k in self.listed_places if " " in k}
        self._listed_by_first: dict[str, list[str]] = {}
        for key in self.listed_places:
            self._listed_by_first.setdefault(key.split()[0], []).append(key)
        # units that hold loaded plans without being any loaded plan's own unit (a commune's district)
        owns = set().union(*self.own_names.values()) if self.own_names else set()
        self.parent_names = {" ".join(_words(p)): p for d in documents.values() for p in filter(None, [d.province, *d.parents])
                             if " ".join(_words(p)) not in owns}
        # each plan's text lower-cased without accents, folded once per loaded index, not per place or question
        self._plain_text_of = {d.doc: strip_accents(fold(d.text)) for d in documents.values()}
        # the issuer's code in a plan's number ("27-KH/TCT", "14/KH-CTĐ"), typed for its issuer ("KH của TCT"):
        # of one place's plans only, and no kind of document or generic body ("UBND", "BCĐ")
        codes: dict[str, set[str]] = {}
        for d in documents.values():
            m = re.search(r"(?:KH|KHLT)\s*[-/]\s*([A-ZĐ&]{3,8})\b|([A-ZĐ&]{3,8})\s*[-/]\s*KH\b", d.number or "")
            code = (m.group(1) or m.group(2)) if m else ""
            # (a code the plan's own text writes as a name, "LILAMA 18", is a name everyone reads)
            if code and d.issuer and not re.search(rf"(?<![\w/-]){re.escape(code)}(?![\w/-])", d.text) \
                    and _code_of(code, self._unplaced(d.issuer, d)):
                codes.setdefault(code, set()).add(d.doc)
        self._issuer_codes = {c: sorted(ds)[0] for c, ds in codes.items()
                              if len({documents[x].locality for x in ds}) == 1 and len({documents[x].issuer for x in ds}) == 1
                              and c not in _DOC_TYPES and c not in _GENERIC_CODES and not self._means_else(c)}
        # each code's issuer as the question will read it (its level word left to the question: "HLG tỉnh HY" →
        # "Hội Luật gia tỉnh HY")
        self._issuer_spelt = {c: _LEVEL_TAIL_RE.sub("", self._issuer_as_written(d)) for c, d in self._issuer_codes.items()}
        self._plain_title_of = {d.doc: strip_accents(fold(d.title)) for d in documents.values()}
        self._folded_titles = {d.doc: fold(d.title) for d in documents.values()}  # (titles as an answer quotes them)
        # the regions a loaded plan's title names (a regional body's plan): asked, they are that plan's place
        self._titled_regions = {r for r, names in REGIONS.items() for a in (*names, r)
                                if any(re.search(rf"\b{re.escape(strip_accents(fold(a)))}\b", title)
                                       for title in self._plain_title_of.values())}
        plain_texts = list(self._plain_text_of.values())
        # (as whole words: "Chính phủ thông qua" names no Phú Thọ)
        self.known_in_text = {
            " ".join(_words(p)) for p in (*PROVINCES, *CITIES)
            if any(re.search(rf"(?<!\w){re.escape(strip_accents(fold(p)))}(?!\w)", t) for t in plain_texts)
        }
        # place names by their first word (and run together: "cantho"), so a question is matched against the
        # names that start at its words instead of every plan's names
        self._places_by_first: dict[str, list[tuple[list[str], set[str]]]] = {}
        self._places_joined: dict[str, set[str]] = {}
        self.names_of: dict[str, set[str]] = {}  # doc → its place names (the inverse of place_names)
        for name, docs in self.place_names.items():
            for doc in docs:
                self.names_of.setdefault(doc, set()).add(name)
            ws = name.split()
            if ws:
                self._places_by_first.setdefault(ws[0], []).append((ws, docs))
                self._places_joined.setdefault(name.replace(" ", ""), set()).update(docs)
        # plan numbers ("74/KH-BCĐ") and "Nghị quyết 23" in titles, and plans per level
        self._by_number: dict[str, set[str]] = {}
        self._by_titled: dict[tuple[str, str], set[str]] = {}
        self._by_level: dict[str, list[str]] = {}
        for d in documents.values():
            nums = set(re.findall(r"\b(\d+)[-/]", d.title)) | ({number_digits(d.number)} if d.number else set())
            for num in nums:
                self._by_number.setdefault(num, set()).add(d.doc)
            for kind, num in re.findall(r"\b(nghị quyết|kế hoạch|quyết định)\s+(?:số\s+)?(\d{1,4})\b", d.title, re.I):
                self._by_titled.setdefault((kind.lower(), num), set()).add(d.doc)
            self._by_level.setdefault(d.level, []).append(d.doc)
        self._by_initials: dict[str, set[str]] = {}
        for doc, ini in self.initials.items():
            if len(ini) >= 2:
                self._by_initials.setdefault(ini, set()).add(doc)
        # agency vocabulary weights: words frequent across agency names carry less identity
        self.agencies: list[tuple[str, int, str, list[str], bool]] = []
        self._row_roles: dict[tuple[str, int, str], set[str]] = {}  # a responsibility-table row's body → its roles
        df: Counter[str] = Counter()
        for d in documents.values():
            named = [(s.id, s.agency or "", False) for s in d.agencies()]
            named += [(sid, name, True) for sid, name in inline_agencies(d)]
            rows = table_bodies(d)
            named += [(b.section_id, b.name, True) for b in rows]  # "Cơ quan chủ trì: Phòng GD&ĐT"
            for b in rows:
                self._row_roles.setdefault((d.doc, b.section_id, b.name), set()).add(b.role)
            for sid, name, inline in named:
                ws = _words(expand_abbreviations(_village_head(name)))
                self.agencies.append((d.doc, sid, name, ws, inline))
                df.update(set(ws))
        self._place_words = {w for d in documents.values()
                             for w in _words(" ".join([d.locality, d.province or "", *d.parents]))} | set(_UNIT_NAMES)
        # each body's name as pairs of words in a row, and how many names hold each pair ("bao chi": few;
        # "thanh pho": many)
        self._name_pairs = [_pairs(ws) for _, _, _, ws, _ in self.agencies]
        # a body's own initials ("QLĐT&NCKH" of "Phòng Quản lý đào tạo và Nghiên cứu khoa học"): only one body's
        self._acronyms: dict[str, set[str]] = {}
        for _, _, name, _, _ in self.agencies:
            head, rest = _split_head(name)
            if rest:
                self._acronyms.setdefault(_initials_of(rest), set()).add(name)
        self._pair_df: Counter[tuple[str, str]] = Counter(p for pairs in self._name_pairs for p in pairs)
        # agencies by word: a question is compared only with the agencies that share a word with it
        self._agencies_by_word: dict[str, list[int]] = {}
        for j, (_, _, _, ws, _) in enumerate(self.agencies):
            for w in dict.fromkeys(ws):
                self._agencies_by_word.setdefault(w, []).append(j)
        n = max(len(self.agencies), 1)
        self.weight = {w: 1.0 / (1.0 + c / n * 8) for w, c in df.items()}
        self.folded = {d.doc: fold(d.text) for d in documents.values()}
        self._agency_re = _agency_re((name for _, _, name, _, _ in self.agencies), list(self.folded.values()))
        # an organisation's own plan is named by the organisation ("ĐH Tây Nguyên", "Trường Đại học Tây Nguyên"): a
        # place to choose its plan by, no body asked of it
        orgs = {n for d in documents.values() if d.level == "đơn vị" for n in (d.locality, *_organisation_names(d))
                if len(n.split()) >= 2}
        self._org_re = re.compile("|".join(rf"(?<!\w){re.escape(n)}(?!\w)" for n in sorted(orgs, key=len, reverse=True)),
                                  re.I) if orgs else None
        self._unquoted_text: dict[str, str] = {}
        self._aim_lines_of: dict[str, list[tuple[set[tuple[str, str]], str, int]]] = {}
        # the subject words of each plan's title, as word pairs: "tuan le", "cong an" (one place's plans told apart)
        self._title_pairs = {d.doc: _subject_pairs(d.title, d) for d in documents.values()}
        # where a plan names its issuer: its header and its number's code ("412/KH-SGDĐT" → Sở Giáo dục và Đào tạo)
        self._issuer_words = {d.doc: " ".join(_words(f"{d.text[:_HEADER_CHARS]} {expand_abbreviations(_code(d))}"))
                              for d in documents.values()}
        # the body its letterhead names as the plan's owner ("BAN QUẢN LÝ KHU KINH TẾ HẢI PHÒNG")
        self._owner_words = {d.doc: " ".join(_words(d.issuer)) for d in documents.values()}
        # every run of up to 5 words that starts with an agency unit ("so tai chinh", "bo chi huy quan su"), per
        # plan: agency_known looks a name up here instead of scanning the plans' text per question
        self._unit_phrases: dict[str, set[str]] = {}
        # (the recipients list names bodies the plan only sends itself to: "Sở GD&ĐT (b/c)" is given no task)
        self._acting_folded = {d.doc: fold(_without_recipients(d)) for d in documents.values()}
        self._acting_plain = {d: strip_accents(t) for d, t in self._acting_folded.items()}  # (once, not per question)
        for d in documents.values():
            ws = [w for w in _words(_village_head(_without_recipients(d))) if w != "va"]
            phrases = self._unit_phrases.setdefault(d.doc, set())
            for i, w in enumerate(ws):
                if w in _UNIT_STARTS:
                    phrases.update(" ".join(ws[i:i + n]) for n in range(2, 6) if i + n <= len(ws))
        self._all_unit_phrases = set().union(*self._unit_phrases.values()) if self._unit_phrases else set()

    # ---- surface normalisation -------------------------------------------------------------
    def normalise(self, question: str, lang: str | None = None) -> tuple[str, str, list[str]]:
        """(text for retrieval, language, notes); ``lang`` when the conversation already tells it."""
        notes: list[str] = []
        q = squash_spaces(canonical_tones(nfc(question)))
        # "Hooij Khuyeens hocj …": Telex / VNI keys typed with the keyboard off (read before the language is told:
        # such words look English)
        bare = f" {' '.join(_words(q))} "
        decoded, typed = untyped(q, frozenset(w for name in self._place_keys if f" {name} " in bare for w in name.split()))
        if lang is None:
            lang = self._language(q)
            if lang == "en" and len(typed) >= 2 and self._language(decoded) == "vi" \
                    and not any(t.split("→")[0].lower() in ENGLISH_MARKERS for t in typed):
                lang = "vi"  # "Hooij Khuyeens hocj huyen My Loc …" looked English as typed
        if lang != "en" and typed:
            q = decoded
            notes.append("telex:" + ",".join(typed))
        q, relative = absolute_years(q, self.year)  # "Năm nay …" asked in 2026: "Năm 2026 …"
        notes += relative
        # "08:00", "8:30": a clock time as plans write it ("08h00", "08h30")
        q = _CLOCK_RE.sub(lambda m: f"{int(m.group(1)):02d}h{m.group(2)}", q)
        if lang == "en":
            q, added = self._translate(q)
            if added:
                notes.append("english-terms:" + ",".join(added))
        elif self.restorer.needs_restoring(q):
            restored = self.restorer.restore(q)
            if restored != q:
                notes.append(f"diacritics:{restored}")
                q = restored
        q, expanded = self._expand_abbreviations(q)
        if expanded:
            notes.append("abbrev:" + ",".join(expanded))
        if any(n.startswith("diacritics:") for n in notes):
            # "so tt&tt", "phong gd&dt": the head word guessed without its accents before the body's name was spelt
            # out ("số Thông tin …") is the body's head
            q = _HEAD_BEFORE_NAME_RE.sub(lambda m: _HEADS_RESTORED[m.group(1).lower()] + " ", q)
        # (a word inside a proper name is not the everyday word: "Tiền Giang" holds no "tiền")
        added = [v for k, v in sorted(COLLOQUIAL.items(), key=lambda kv: -len(kv[0]))
                 if any(m.group(0)[:1].islower() or q.isupper()
                        for m in re.finditer(rf"(?<!\w){re.escape(k)}(?!\w)", q, re.I))
                 and fold(v) not in fold(q)]
        if added:  # everyday words get the plans' wording beside them ("lo tiền" → "bố trí kinh phí")
            q = f"{q} ({'; '.join(dict.fromkeys(added))})"
            notes.append("synonyms:" + ",".join(added))
        return q, lang, notes

    def _english_followup(self, question: str, prev: str) -> bool:
        """"And in Hue?" after an English question: too short to tell by itself, English by the conversation
        (no accented word, an English function word, and the previous question English)."""
        words = re.findall(r"[\w']+", question)
        return (bool(words) and all(strip_accents(w) == w for w in words)
                and any(w.lower() in ENGLISH_MARKERS for w in words) and self._language(prev) == "en")

    def _language(self, q: str) -> str:
        """English when English function words dominate; a place name with accents ("Huế's") stays English."""
        # (a quoted name is the plan's own wording: "… the 'Đắk Nông học tập số' platform …" is English)
        tokens = re.findall(r"[\w']+", re.sub(r"(?<!\w)'[^']{2,80}'(?!\w)|[“\"][^”\"]{2,80}[”\"]", " ", q))
        # (a capitalised word is a name's: "Compare … of Bà Rịa - Vũng Tàu and Huế" is English)
        accented = [w for w in tokens if strip_accents(w) != w and not w[0].isupper()]
        words = [w for w in tokens if strip_accents(w) == w and not w.isdigit()]
        hits = sum(w.lower() in ENGLISH_MARKERS for w in words)
        shaped = sum(_not_a_syllable(w) for w in words)
        # a capitalised name typed without accents ("Lang Son ethnic minority literacy target") is neither
        # language's evidence: it does not dilute the English words around it
        words = [w for w in words if not w[0].isupper() or w.lower() in ENGLISH_MARKERS or _not_a_syllable(w)]
        # (keywords: "Can Tho police tasks" — every word besides the name is English, though there are only two)
        all_english = len(words) >= 2 and shaped == len(words) and not any(strip_accents(w) != w for w in tokens) \
            and sum(len(w) >= 4 and w.islower() for w in words) >= 2
        if not words or (hits < 2 or hits / len(words) < 0.2) and (hits + shaped < 3 or shaped / len(words) < 0.4) \
                and not all_english:
            return "vi"
        # Vietnamese names inside an English question ("Bộ Chỉ huy Quân sự") keep it English
        return "en" if len(accented) <= max(2, len(tokens) // 5) or hits >= 4 else "vi"

    def _translate(self, q: str) -> tuple[str, list[str]]:
        # in the question's order, one term per comma: an agency phrase never runs into the next term;
        # "which office leads …" asks who, it names no "Văn phòng"; "the District Office of Home Affairs" is the
        # district's home affairs office (Phòng Nội vụ), as the glossary names offices
        plain = _WHICH_BODY_EN_RE.sub("who", q)
        added = english_terms(plain)
        if "Văn phòng" in added:  # an "office" read alone: read "X office of Y" as the glossary names it
            added = english_terms(_OFFICE_OF_RE.sub(lambda m: f"{m.group(1) or ''} {m.group(2)} office".strip(), plain))
        return (q + " " + ", ".join(added)).strip(), added

    @cached_property
    def _place_names_re(self) -> re.Pattern[str] | None:
        """The loaded plans' places and the places their tables list, as written: a name is no ask ("Rạch Giá …
        bao nhiêu" is no price)."""
        names = {d.locality for d in self.documents.values() if d.locality}
        names |= {" ".join(w.capitalize() for w in k.split()) for k in self.listed_places}
        names = {n for n in names if len(n) >= 3}
        return re.compile(r"\b(?:" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) + r")\b",
                          re.I) if names else None

    @cached_property
    def _plan_legend(self) -> tuple[tuple[str, str], ...]:
        """The loaded plans' own short forms the general table lacks ("BĐD", "CHKH"); one a plan defines otherwise
        than another is left as typed."""
        seen: dict[str, set[str]] = {}
        for d in self.documents.values():
            for short, full in d.abbreviations:
                if short.upper() not in _ABBR_KEYS:
                    seen.setdefault(short, set()).add(full)
        return tuple((short, next(iter(fulls))) for short, fulls in seen.items() if len(fulls) == 1)

    def _expand_abbreviations(self, q: str) -> tuple[str, list[str]]:
        out = expand_abbreviations(q)
        if self._plan_legend:
            out = plan_expand(out, self._plan_legend)  # "BTV HKH tỉnh giao BĐD làm gì?": the plans' own legend
        if out == q:
            return q, []
        found = [a for a in ABBREVIATIONS
                 if re.search(rf"(?<![\w&/\-]){re.escape(strip_accents(a))}(?![\w&/\-])", strip_accents(q), re.I)]
        return out, found

    # ---- plan / locality ------------------------------------------------------------------
    def detect_plans(self, text: str, raw: str) -> tuple[list[str] | None, list[str]]:
        notes: list[str] = []
        plain = " ".join(_words(text))
        by_place: set[str] = set()
        qwords = plain.split()
        typed = fold(text)  # with canonical tones, as the accented names
        for i, w in enumerate(qwords):
            # "Cần Thơ", "can tho" and the run-together "cantho" alike (names indexed by their first word)
            by_place |= self._places_joined.get(w, set())
            for ws, docs in self._places_by_first.get(w, ()):
                if qwords[i:i + len(ws)] == ws and self._spelled(" ".join(ws), typed):
                    by_place |= docs
        # "thành phố Tuyên Quang" is not the plan of tỉnh Tuyên Quang: a unit word the plan never names itself by
        # ("thị trấn Vũ Thư" of the plan of huyện Vũ Thư is a row of its per-commune table: that plan answers)
        # (the unit words as typed, short forms read: "UBKT HU Tiểu Cần" names the district's Party committee)
        spelt = expand_abbreviations(raw)
        others = {d: p for d in sorted(by_place) if (p := self._other_unit(d, plain, spelt))
                  and d not in self.listed_places.get(" ".join(_words(self.documents[d].locality)), ())}
        other_unit = list(others.values())
        by_place -= set(others)
        # a plan of the named unit itself wins over plans that only lie inside it ("Huế" ≠ a district of Huế)
        # initials typed for a place ("tỉnh QT", "TP HN")
        by_initials: set[str] = set()
        for m in _INITIALS_RE.finditer(raw):
            after_unit = re.search(rf"\b(?:{_UNIT_WORDS})\s+$", raw[:m.start()], re.I) is not None
            if (m.group(1) in ABBREVIATIONS and not after_unit) or _doc_type_at(m, raw):
                continue  # "KH" is a plan, not Khánh Hòa; "huyện TC" is a place, "Phòng TC" its finance office
            by_initials |= self._by_initials.get(m.group(1), set())
        for m in _UNIT_INITIALS_RE.finditer(raw):  # "TP.CT": glued to its unit word by a dot
            by_initials |= self._by_initials.get(m.group(2), set())
        by_place |= by_initials
        own_unit = {d for d in by_place
                    if any(k and re.search(rf"\b{re.escape(k)}\b", plain) for k in self.own_names.get(d, ()))}
        if own_unit and not _LEVEL_RE["huyện"].search(text):
            by_place = own_unit
        elif others and not by_initials and not any(self._called_by_own_unit(d, spelt) for d in by_place):
            # "thành phố Vũng Tàu": not the province's plan, nor its districts' (inside the province); "huyện Tiểu
            # Cần" beside the commune xã Tiểu Cần is the district's own plan when one is loaded
            by_place = set()
        # plan numbers ("74/KH-BCĐ") and resolutions ("Nghị quyết 23")
        by_number: set[str] = set()
        for m in _PLAN_NO_RE.finditer(raw):
            by_number |= self._by_number.get(m.group(1), set())
        for m in _RESOLUTION_RE.finditer(text):
            by_number |= self._by_titled.get((m.group(1).lower(), m.group(2)), set())
        # a plan asked by its own number ("KH 87", "Kế hoạch số 87/KH-UBND") is that plan, not one whose title
        # names it (the plan amending it) — which comes along as its amendment
        asked_numbers = {m.group(1) for m in _PLAN_NO_RE.finditer(raw)} | {
            m.group(1) for m in _OWN_PLAN_NO_RE.finditer(text)}
        own_numbered = {d for d, doc in self.documents.items()
                        if doc.number and number_digits(doc.number) in asked_numbers}
        if own_numbered:
            by_number = own_numbered | {d for d, doc in self.documents.items()
                                        if any(doc.amends_plan(self.documents[o]) for o in own_numbered)}
        # the place named is only the unit a loaded plan lies in ("huyện Cẩm Xuyên" of a commune's plan): that
        # unit's own plan is not loaded, and the commune's plan does not answer for the district
        enclosing = None if own_unit or by_initials or by_number else self._enclosing_place(text, plain)
        unknown = self.unknown_places(text, plain, raw)
        if by_place or by_number:  # "Cần Thơ, trung tâm vùng ĐBSCL": the region only says where the place lies
            unknown = [p for p in unknown if p not in REGIONS]
        listed = {p: docs for p in unknown if (docs := self.listed_places.get(" ".join(_words(p))))}
        listed |= self._listed_named(plain)
        for d in sorted(by_place):  # a commune whose own plan is named, that a district's table lists as well
            key = " ".join(_words(self.documents[d].locality))
            if key not in listed and re.search(rf"\b{re.escape(key)}\b", plain) \
                    and (listers := self.listed_places.get(key, set()) - {d}):
                listed[key] = listers
        if listed:  # "xã Song Lãng": a row of a loaded district plan's per-commune table
            unknown = [p for p in unknown if p not in listed]
            listers = set().union(*listed.values())
            keys = {" ".join(_words(p)) for p in listed}
            # (a commune's plan may list the commune itself in a table of its own: it stays its own plan; a district's
            # table listing its seat town "thị trấn Vũ Thư" does not make the district plan the town's)
            own_plan = {d for d, doc in self.documents.items()
                        if " ".join(_words(doc.locality)) in keys and (d not in listers or doc.level == LEVELS[3])}
            listers -= own_plan
            # a commune with a plan of its own loaded is asked of that plan; the district's row for it only when
            # the question names the district ("Huyện giao xã Đạ Sar bao nhiêu …?", "theo kế hoạch huyện Lạc Dương")
            # (the listed place's own unit word is no lister's level: "thành phố Rạch Giá" listed by the province —
            # nor is that word elsewhere in the question, "kế hoạch thành phố học tập của thành phố Rạch Giá")
            bare = strip_accents(fold(text))  # (as long as ``text``: the listed names are keyed accent-free)
            names = [r"\s+".join(map(re.escape, _words(p))) for p in listed]
            own_units = {fold(m.group(1)) for name in names
                         for m in re.finditer(rf"\b(\w+(?: \w+)?)\s+{name}\b", bare)}
            # ("thành phố" of a province listing a city — "Thành phố Rạch Giá" — is as likely that city's own word)
            own_units |= {"thanh pho" for d in listers for name in names
                          if re.search(rf"\bthanh pho\s+{name}\b", self._plain_text_of[d])}
            level_at = [m.start() for d in listers
                        if (m := next((m for m in re.finditer(_LISTER_LEVEL.get(self.documents[d].level, r"$^"), text, re.I)
                                       if strip_accents(fold(m.group(0))) not in own_units
                                       and not _LEARNING_UNIT_RE.match(text[m.end():])
                                       and not text[:m.start()].lower().endswith("learning ")), None))]
            if not own_plan or level_at or any(
                    re.search(rf"\b{re.escape(' '.join(_words(self.documents[d].locality)))}\b", plain) for d in listers):
                first = min(level_at, default=len(text))
                named_at = min((m.start() for name in names if (m := re.search(name, bare))), default=0)
                if own_plan and first < named_at and not _OWN_SETTING_RE.search(text):
                    # "Huyện giao xã Đạ Sar …?", "According to the district plan, … in Đạ Sar": what the district
                    # assigns, not what the commune sets itself ("Xã Đạ Sar … đúng hạn huyện yêu cầu?" asks both)
                    by_place -= own_plan
                by_place |= listers
                if not own_plan & by_place:
                    # (its own plan kept beside the lister's: the place is asked of both, no row stands in for it)
                    notes.append("listed-place:" + ",".join(listed))
            else:
                by_place |= own_plan
        if other_unit and not by_place and not by_number:
            notes.append(f"unknown-place:{other_unit[0]}")
            return [], notes
        if enclosing:  # "huyện Giao Thủy, tỉnh Nam Định": the unit asked is the one inside, named first
            notes.append(f"unknown-place:{unknown[0] if unknown else enclosing}")
            return [], notes
        # "huyện An Lão, tỉnh Bình Định": a place of the same name in another province is no loaded plan's
        elsewhere = {d: p for d in by_place if (p := self._other_province(d, text))}
        if elsewhere and not by_number:
            by_place -= set(elsewhere)
            if not by_place:
                d, province = next(iter(elsewhere.items()))
                notes.append(f"unknown-place:{self.documents[d].locality} ({province})")
                return [], notes
        # a number and a place: the plan with both (many places issue a "Kế hoạch 74")
        found = (by_place & by_number) or (by_place | by_number)
        if _AMENDMENT_ASK_RE.search(text) and not own_numbered:
            amending = {d for d in found if any(self.documents[d].amends_plan(self.documents[o]) for o in found)}
            found = amending or found  # "kế hoạch điều chỉnh của Khánh Vĩnh": the amending plan
        own = any(" ".join(_words(self.documents[d].locality)) in plain for d in found)
        inner = self._inner_unit(text, unknown, found) if own else None
        if inner:
            # "Xã An Tiến thuộc huyện An Lão được giao gì?": a unit inside the loaded plan's, asked about itself;
            # the plan never names it, so it sets nothing of its own — no loaded plan is that unit's
            notes.append(f"unknown-place:{inner}")
            return [], notes
        if found and (own or not unknown):
            notes.append("plans:" + ",".join(sorted(found)))
            notes += [f"unloaded-place:{p}" for p in unknown]
            return sorted(found), notes
        if unknown:  # a named place none of the plans covers (only its province may be loaded) → refuse
            notes.append(f"unknown-place:{unknown[0]}")
            return [], notes
        if (kind := _ISSUER_KIND_RE.search(text)) and not by_number:
            # "Chi đoàn Thanh niên của bệnh viện", "the hospital's youth union": the one plan an organisation of that
            # kind issued, named by its kind (its title says it: "Xây dựng “Bệnh viện học tập”")
            key = strip_accents(fold(kind.group(1) or _EN_KINDS.get(fold(kind.group(2) or ""), "")))
            own = [d for d, title in self._plain_title_of.items() if re.search(rf"\b{key}\b", title)]
            if len(own) == 1:
                notes.append(f"plans:{own[0]}")
                return own, notes
        for level, pat in _LEVEL_RE.items():
            if pat.search(text):
                docs = self._by_level.get(level, [])
                if docs and len(docs) < len(self.documents):
                    notes.append(f"level:{level}")
                    return docs, notes
        return None, notes

    def _listed_named(self, plain: str) -> dict[str, set[str]]:
        """Listed places the question names with their unit word ("xa nam trung"), however the gazetteer reads
        the name ("Nam" is also a word)."""
        words = plain.split()
        out: dict[str, set[str]] = {}
        for i, w in enumerate(words[1:], 1):
            for key in self._listed_by_first.get(w, ()):
                ks = key.split()
                if words[i:i + len(ks)] == ks and (words[i - 1] in _LISTED_UNITS
                                                    or " ".join(words[max(0, i - 2):i]) in _LISTED_UNITS):
                    out[key] = self.listed_places[key]
        return out

    def _spelled(self, name: str, typed: str) -> bool:
        """Is the place written in the question, each syllable with its own accents or with none ("Sơn La",
        "Son La"), not another word that loses its accents the same way ("Phước Sơn là bao nhiêu")?"""
        forms = self.accented.get(name)
        if not forms:
            return True  # a name only the header or title gives: no accented spelling kept to compare
        spaces = r"\s+"
        return any(re.search(rf"(?<!\w){_as_typed(form.split(), spaces)}(?!\w)", typed) for form in forms)

    def _units_asked(self, doc: str, raw: str) -> tuple[list[str], str]:
        """The unit words the question puts to the plan's place ("huyện Tiểu Cần", "Tieu Can district", "the city of
        Huế"), as unit keys, and the name it calls the place by."""
        d = self.documents[doc]
        # the question as typed, punctuation kept: glossary terms added after it ("…, xã, phường, Huế") are not
        # a unit word before a name
        typed = _unit_typed(raw)
        eng = " ".join(_words(raw))
        asked: list[str] = []
        called = d.locality  # the name the question gives it
        # the plan's name, or a short name of it ("Vũng Tàu" for Bà Rịa - Vũng Tàu: "thành phố Vũng Tàu" is
        # another unit)
        for name in (d.locality, *PLACE_ALIASES.get(d.locality, ())):
            loc = " ".join(_words(name))
            found = [_UNIT_KEY.get(m.group(1), m.group(1)) for m in re.finditer(rf"\b(\w+)\s+{re.escape(loc)}\b", typed)
                     if m.group(1) in _UNIT_NAMES and not _UNITS_OF_RE.search(typed[:m.start()])]
            # ("… agency of Tieu Can commune's plan": each pattern on its own, one match may not hide the other)
            found += [k for rx in (rf"\b{re.escape(loc)} (\w+)\b", rf"\b(\w+) of {re.escape(loc)}\b")
                      for m in re.finditer(rx, eng) for k in _ENGLISH_UNITS.get(m.group(1), ())]
            if found and not asked:
                called = name
            asked += found
        return asked, called

    def _by_subject(self, text: str, chosen: list[str]) -> list[str]:
        """Of one place's plans, the one whose title's own subject the question names ("Tuần lễ …" of the event
        plan, "Công an tỉnh" of the police force's): pairs the other plans' titles share say nothing. A subject named
        right after "kế hoạch" ("theo kế hoạch Tuần lễ, Công an tỉnh phải làm gì?") names the plan; otherwise a
        question naming the subjects of two plans asks both. Each place's plans are told apart on their own."""
        if _BOTH_PLANS_RE.search(text):
            return chosen  # "hai kế hoạch của Đồng Nai (Tuần lễ và Công an tỉnh)": both are asked
        ws = _words(text)
        quoted = [strip_accents(fold(q)) for q in _QUOTED_RE.findall(text)]
        pairs = _pairs(ws)
        named = {p for i in range(len(ws) - 1) if ws[i:i + 2] == ["ke", "hoach"]
                 for p in zip(ws[i + 2:i + 7], ws[i + 3:i + 7], strict=False)}  # its next five words
        keep: set[str] = set()
        for place in dict.fromkeys(self.documents[d].locality for d in chosen):
            group = [d for d in chosen if self.documents[d].locality == place]
            if len(group) < 2 or len({self.documents[d].number or d for d in group}) != len(group):
                keep.update(group)  # (a plan's annex uploaded as its own file is the same plan: its number)
                continue
            authored = self._by_issuer(ws, group, place)
            if authored:
                # "kế hoạch Huyện ủy Tiểu Cần và kế hoạch xã Tiểu Cần": the other named by its own unit and place
                # (a unit the authored plans are not of: "tỉnh Quảng Trị" calls every provincial body's plan)
                # (named as a plan, "kế hoạch (của) xã Tiểu Cần", not a body of that place: "UBND thành phố …")
                units = {u for a in authored for u in self.own_units.get(a, ())}
                plain = " ".join(ws)
                authored += [d for d in group if d not in authored and self.own_units.get(d) and units
                             and not set(self.own_units[d]) & units
                             and any(re.search(rf"\b(?:ke hoach (?:cua )?|cua ){u} {' '.join(_words(place))}\b", plain)
                                     for u in self.own_units[d])]
            if len(authored) > 1:
                keep.update(authored)  # "kế hoạch của Ban Quản lý … và kế hoạch của LĐLĐ …": each one named
                continue
            own = {d: self._title_pairs[d] - set().union(*(self._title_pairs[o] for o in group if o != d))
                   for d in group}
            hit = [d for d in group if own[d] & named]
            if len(hit) != 1 and len(having := [d for d in group if quoted and all(
                    q in self._plain_text_of[d] for q in quoted)]) == 1:
                hit = having  # a name quoted ("mô hình “…”") that one of the place's plans alone has
            if len(hit) != 1 and authored:
                hit = authored  # "Liên minh HTX Cao Bằng hỗ trợ …" of the alliance's and the farmers' union's
            if len(hit) != 1:
                hit = [d for d in group if own[d] & pairs]
            keep.update(hit if len(hit) == 1 else group)
        return [d for d in chosen if d in keep]

    @cached_property
    def _issuer_name(self) -> dict[str, tuple[str, ...]]:
        """Each plan's issuing body in its own words, accent-free, up to its place ("liên minh hợp tác xã" of "LIÊN MINH
        HỢP TÁC XÃ TỈNH CAO BẰNG", "hội nông dân" of "HỘI NÔNG DÂN VIỆT NAM")."""
        out: dict[str, tuple[str, ...]] = {}
        for d, doc in self.documents.items():
            ws = _words(expand_abbreviations(doc.issuer))  # ("TỈNH ĐOÀN ĐẮK LẮK" as its people's question reads it)
            # (at the place's name as a whole: "Phòng" of "Biên phòng" is no "Hải Phòng")
            names = [tuple(_words(n)) for n in (doc.locality, doc.province or "", *doc.parents, "Việt Nam") if n]
            cut = min((i for i in range(len(ws)) for n in names if n and tuple(ws[i:i + len(n)]) == n), default=len(ws))
            out[d] = _without_unit_tail(ws[:cut])
        return out

    def _by_issuer(self, ws: list[str], group: list[str], place: str) -> list[str]:
        """Of one place's plans issued by different bodies, the one whose issuer the question names as the plan's
        author: "kế hoạch (của) Liên minh HTX …", the body by its full name with the place ("… cho Liên minh HTX tỉnh
        Cao Bằng"), or followed by what an author does ("Hội Nông dân đề nghị …", "được Hội Nông dân đề nghị"). A body
        named as the one asked about ("Công an tỉnh Đồng Nai phải làm gì?", "… được giao gì?") may be one the other
        plan tasks: not the author. (In English the body comes as the glossary's words after the question, with no
        order to read: "What must the Labour Federation do under Hai Phong's plan?" names no owner.) Each plan whose
        issuer is named so ("kế hoạch của X và kế hoạch của Y": both); none when the bodies are named alike."""
        names = {d: self._issuer_name[d] for d in group}
        if len(set(names.values())) != len(group) or any(len(n) < 2 for n in names.values()):
            return []
        places = set(_words(place))
        skip = places | _ISSUER_UNIT_WORDS
        authored: list[str] = []
        for d, name in names.items():
            for n in range(len(name), 1, -1):  # the longest opening of its name the question has
                if sum(o[:n] == name[:n] for o in names.values()) > 1:
                    break  # (an opening other bodies share names none of them)
                at = [i for i in range(len(ws) - n + 1) if tuple(ws[i:i + n]) == name[:n]]
                if not at:
                    continue
                for i in at:
                    before = ws[max(0, i - 3):i]
                    j, placed = i + n, False
                    while j < len(ws) and ws[j] in skip:
                        placed, j = placed or ws[j] in places, j + 1
                    after = " ".join(ws[j:j + 2])
                    if before[-2:] == ["ke", "hoach"] or (before[-1:] in (["cua"], ["do"]) and before[:2] == ["ke", "hoach"]) \
                            or (after.split(" ")[0] not in _ASKED_BODY_WORDS and (placed or _AUTHOR_VERB_RE.match(after))):
                        authored.append(d)
                        break
                break
        return authored

    def _called_by_own_unit(self, doc: str, raw: str) -> bool:
        """Does the question name the plan's place with the unit word the plan names itself by ("huyện Tiểu Cần",
        "Tieu Can district")?"""
        units = self.own_units.get(doc, ())
        return any(u in units for u in self._units_asked(doc, raw)[0])

    def _other_unit(self, doc: str, plain: str, raw: str) -> str | None:
        """The place asked, when the question names a plan's locality with a unit word the plan never uses for
        itself ("thành phố Tuyên Quang", "Tuyen Quang city" beside the plan of tỉnh Tuyên Quang); else None."""
        units = self.own_units.get(doc)
        if not units:
            return None  # the plan does not say what it is: nothing to tell another unit by
        d = self.documents[doc]
        asked, called = self._units_asked(doc, raw)
        if not asked or any(u in units for u in asked):
            return None
        # a unit word of the plan's own level is loose wording ("tỉnh Cần Thơ", "huyện Ninh Hòa" of a thị xã); a
        # city named like a province is its capital, a level below
        if any(_UNIT_LEVEL[u] == d.level for u in asked):
            return None
        return f"{_UNIT_NAMES[asked[0]]} {called}"

    def _sector_phrase(self, sector: str, said: str, docs: list[str] | None, notes: list[str]) -> str | None:
        """The body asked by its sector (``said`` as typed), noting when it is the plan's item for all bodies or
        no body of the asked plans; None in the latter case."""
        phrase, catch_all = self._sector_body(sector, docs)
        if catch_all:
            notes.append(f"catch-all:{said}")
        elif phrase is None:
            notes.append(f"unknown-agency:{said}")
        return phrase

    @cached_property
    def _agency_sector_text(self) -> list[tuple[str, str, str]]:
        """(doc, name, the name folded with its short forms spelt out beside it) of every body, read once."""
        return [(d, name, f"{fold(expand_abbreviations(name))} {fold(name)}") for d, _, name, _, _ in self.agencies]

    def _sector_body(self, sector: str, docs: list[str] | None) -> tuple[str | None, bool]:
        """(the body the plans name for a sector, whether it is their item for all bodies): one plan's own name
        for it ("Phòng Giáo dục và Đào tạo"; a state office before a centre of the same sector), the sector's usual
        name when several plans are asked, the one plan's "Các phòng, ban, ngành …" item when it names none;
        (None, False) when the plans name no body of that sector."""
        canonical, forms = SECTORS[sector]
        asked = docs or list(self.documents)
        found: dict[str, list[str]] = {}
        for d, name, low in self._agency_sector_text:
            if d in asked and any(f in low for f in forms):
                found.setdefault(d, []).append(name)
        if not found:
            head = "Phòng" if all(self.documents[d].level == LEVELS[2] for d in asked) else "Sở"
            general = self._catch_all(f"{head} {canonical}", docs)
            return (general.name, True) if general else (None, False)
        def first(names: list[str]) -> str:  # a state office before a centre of the same sector
            state = [n for n in names if fold(n).split()[0] in ("sở", "phòng", "ban", "bộ", "công")]
            return (state or names)[0]

        own = {first(names) for names in found.values()}
        # (plans naming it alike — a district's two years' plans — name it as one)
        return (own.pop() if len(own) == 1 else canonical), False

    def _catch_all(self, phrase: str, docs: list[str] | None) -> AgencyMatch | None:
        """The one agency item of the asked plan for a body's kind as a whole ("Các phòng, ban, ngành của huyện" for a
        Phòng it does not name; "các tổ chức chính trị - xã hội" for a Hội or a Liên đoàn), else None."""
        if not docs or len(docs) != 1:
            return None
        head = fold(phrase).split()[0] if phrase.split() else ""
        kinds = _CATCH_ALL_KINDS.get(head)
        if not kinds:
            return None
        found = [AgencyMatch(d, sid, name, 1.0) for d, sid, name, _, inline in self.agencies
                 if d == docs[0] and not inline and re.match(rf"(?:đề nghị\s+)?(?:ủy ban[^,;]*?\s+và\s+)?các\s+(?:{kinds})\b",
                                                              fold(name))]
        return found[0] if len(found) == 1 else None

    def _above_all(self, docs: list[str], places: list[str]) -> bool:
        """Is every plan of a level above each named place's unit ("thành phố Cần Thơ" above "quận Ninh Kiều")?"""
        units = [m.group(1) for p in places if (m := re.match(rf"({_LOWER_UNITS})\s", p, re.I))]
        return len(units) == len(places) and all(
            _plan_rank(self.documents[d]) < _INNER_RANK[fold(u)] for d in docs for u in units)

    def _branch_of(self, phrase: str, plans: list[str] | None) -> AgencyMatch | None:
        """The asked plan's body whose branch the phrase names in a lower unit the plan never names ("Hội Cựu chiến
        binh xã Mỹ Hà" under "Hội Cựu chiến binh huyện"), if one matches it well without that unit."""
        m = re.search(rf"\s+(?:{_LOWER_UNITS})\s+(?:[A-ZĐÀ-Ỹ][^\W\d_]*\s*){{1,4}}$", phrase)
        if not m or not plans:
            return None
        unit = " ".join(_words(m.group(0)))
        if any(re.search(rf"\b{re.escape(unit)}\b", self._plain_text_of[d]) for d in plans):
            return None  # the plan names that unit: its own words decide
        kin = max(self.match_agency(phrase[:m.start()], plans), key=lambda a: a.strength, default=None)
        return kin if kin is not None and kin.strength >= STRONG_BODY else None

    def _plans_above(self, places: list[str]) -> list[str]:
        """Loaded plans of a unit above each named place and of the same name ("thị trấn Mỹ Lộc" lies in huyện Mỹ
        Lộc, the district's seat); [] unless every place has one."""
        found: set[str] = set()
        for place in places:
            m = re.match(rf"({_LOWER_UNITS})\s+(.+)$", place, re.I)
            if not m:
                return []
            name = " ".join(_words(m.group(2)))
            docs = {d for d, doc in self.documents.items() if " ".join(_words(doc.locality)) == name
                    and _plan_rank(doc) < _INNER_RANK[fold(m.group(1))]}
            if not docs:
                return []
            found |= docs
        return sorted(found)

    def _other_province(self, d: str, text: str) -> str | None:
        """The province the question puts the plan's place in ("An Lão, tỉnh Bình Định", "An Lão (Bình Định)"),
        when the plan's place lies in another (a merger of 2025 joins provinces: Nam Định is in Ninh Bình now)."""
        doc = self.documents[d]
        own = {" ".join(_words(p)) for p in (doc.province or "", *doc.parents) if p}
        if not own:
            return None
        plain = strip_accents(fold(text))
        loc = r"\s+".join(map(re.escape, _words(doc.locality)))
        # (a unit word, brackets or "thuộc" say it: "Huế, Mỹ Lộc, Cần Thơ" is a list of places)
        m = re.search(rf"\b{loc}\s*(?:\(\s*(?:(?:tinh|thanh pho|tp\.?)\s+)?|,?\s*(?:thuoc\s+)?(?:tinh|thanh pho|tp\.?)\s+|"
                      rf"\s+thuoc\s+)({_PROVINCE_ALT})\b", plain)
        if not m:
            return None
        asked = " ".join(_words(m.group(1)))
        if any(asked in names for names in self.own_names.values()):
            return None  # "huyện Vũ Thư, tỉnh Bắc Ninh và xã …": a list naming a loaded province's own plan
        kin = set().union(*(_MERGED_KIN.get(p, frozenset()) for p in own))
        if asked in own or asked in kin or asked == " ".join(_words(doc.locality)):
            return None
        return _PROVINCE_NAMES.get(asked, m.group(1))

    def _enclosing_place(self, text: str, plain: str) -> str | None:
        """A unit the question names that loaded plans lie in (a parent in their metadata) but that is no
        loaded plan's own, with its unit word ("huyện Cẩm Xuyên"); a place qualifying an agency ("Trung tâm
        … huyện Cẩm Xuyên") names that body, not the plan asked about."""
        phrase = self.agency_phrase(text)
        agency = " ".join(_words(phrase)) if phrase else None
        typed = fold(text)
        for key, name in self.parent_names.items():
            m = re.search(rf"(?:\b(\w+) )?\b{re.escape(key)}\b", plain)
            if not m or (agency and re.search(rf"{re.escape(agency)} (?:\w+ )?{re.escape(key)}\b", plain)):
                continue
            if not any(re.search(rf"(?<!\w){re.escape(f)}(?!\w)", typed) for f in self.accented.get(key, {key})) \
                    and strip_accents(typed) != typed and not re.search(rf"(?<!\w){re.escape(key)}(?!\w)", typed):
                continue  # "hai phòng anh vừa nêu" (two offices) names no Hải Phòng: its own accents or none at all
            unit = _UNIT_NAMES.get(m.group(1) or "")
            return f"{unit} {name}" if unit else name
        return None

    def _inner_unit(self, text: str, unknown: list[str], found: set[str]) -> str | None:
        """An unloaded place named with a unit word below a loaded plan's level, right before that plan's place
        ("xã An Tiến thuộc huyện An Lão", "phường Thuận Hóa, thành phố Huế", "thôn Hải Thanh của xã Trường Lâm"),
        that the plan's text never names."""
        villages = [m.group(2) for m in _VILLAGE_NAMED_RE.finditer(text)]
        for place in [*unknown, *villages]:
            m = re.search(rf"\b({_LOWER_UNITS}|{_VILLAGE_UNITS})\s+{re.escape(place)}\b", text, re.I)
            if not m:
                continue
            rank = _INNER_RANK.get(fold(m.group(1)), _VILLAGE_RANK)
            after = text[m.end():]
            for d in found:
                doc = self.documents[d]
                # ("quận Thốt Nốt (Cần Thơ)": the place it is in, in brackets)
                named = re.match(rf"\s*(?:,\s*|\(\s*|[-–]\s*)?(?:(?:thuộc|của|ở|tại|trong|trên địa bàn)\s+)?"
                                 rf"(?:({_UNIT_WORDS})\.?\s*)?{re.escape(doc.locality)}\b", after, re.I)
                level = _INNER_PLAN_RANK.get(doc.level.split("/")[0], 0)
                if named and level and rank > level and " ".join(_words(place)) not in " ".join(
                        _words(self.folded[d])):
                    return f"{m.group(1).lower()} {place}"
        return None

    def _covered(self, key: str) -> bool:
        """Is a place (accent-free words) a loaded plan's unit or one of its parents ("Thừa Thiên Huế" ⊃ "Huế")?"""
        words = key.split()  # every run of whole words, looked up: no pass over all loaded places
        return any(" ".join(words[i:j]) in self.place_names
                   for i in range(len(words)) for j in range(i + 1, len(words) + 1))

    def _inside_loaded(self, key: str, plain: str) -> bool:
        """Does every mention of the place overlap a loaded place's name in the question ("kim son la" holds
        "kim son")?"""
        words = plain.split()
        n = len(key.split())
        spans = [i for i in range(len(words) - n + 1) if " ".join(words[i:i + n]) == key]
        return bool(spans) and all(
            any(" ".join(words[a:b]) in self.place_names and " ".join(words[a:b]) != key
                for a in range(max(0, i - 3), i + n) for b in range(max(a + 1, i + 1), min(len(words), a + 4) + 1))
            for i in spans)

    def unknown_places(self, text: str, plain: str, raw: str = "") -> list[str]:
        """Places the question names that no loaded plan covers: a unit word with a capitalised name
        ("huyện Giao Thủy", "TP Đà Lạt"), or a well-known province/city named bare and in no plan's text."""
        # "Đoàn TNCS HCM", "tư tưởng Hồ Chí Minh": a name the union and the thought bear, not the city
        text, plain, raw = (_NAMED_AFTER_RE.sub(" ", t) for t in (text, plain, raw))
        # a region ("vùng Tây Nguyên", "Mekong Delta") is no province's; its plan is one whose title names it
        regions, text = named_regions(text)
        plain, raw = named_regions(plain)[1], named_regions(raw)[1]
        regions = [r for r in regions if r not in self._titled_regions]
        spelled = {" ".join(_words(p)): p for p in (*PROVINCES, *CITIES)}  # "Binh Dinh" → "Bình Định"
        out = [spelled.get(" ".join(_words(p)), p) for p in named_places(text) if not self._covered(" ".join(_words(p)))]
        bare = strip_accents(nfc(text))  # the question's own letters and case, without accents (same offsets)
        cases = any(c.isupper() for c in text[1:])  # typed with capitals: a place name is written with one
        typed = raw or text  # as the user typed it (``text`` may have accents restored)
        accented = strip_accents(nfc(typed)) != nfc(typed)  # typed with accents: a place is named with its own
        asked = " " + " ".join(re.findall(r"[\wđ]+", fold(typed))) + " "  # ("Kim Sơn là" names no Sơn La)
        for p in (*PROVINCES, *CITIES):
            key = " ".join(_words(p))
            if re.search(rf"\b{re.escape(key)}\b", plain) and not self._covered(key) \
                    and key not in self.known_in_text and p not in out:
                if accented and " " + " ".join(re.findall(r"[\wđ]+", fold(p))) + " " not in asked:
                    continue
                if self._inside_loaded(key, plain):
                    continue  # "kim son la bao nhieu": "son la" shares its words with the loaded Kim Sơn
                # "ở vùng cao bằng cách nào" names no Cao Bằng: lower case where the question capitalises names
                m = re.search(r"\b" + r"\s+".join(map(re.escape, strip_accents(p).split())) + r"\b", bare, re.I)
                if cases and m and not bare[m.start()].isupper():
                    continue
                out.append(p)
        out += [p for p in self._unlisted_names(raw or text) if p not in out]
        for name, aliases in PLACE_ALIASES.items():  # "TP.HCM", "Saigon": a well-known place by its other name
            key = " ".join(_words(name))
            # (its name may be in a plan's text — "Đoàn TNCS Hồ Chí Minh" —, its other name is the place's own)
            if name not in out and not self._covered(key) and any(
                    re.search(rf"(?<![\w.]){re.escape(a)}(?![\w])", typed, 0 if a.isupper() else re.I)
                    for a in aliases if " ".join(_words(a)) not in self.place_names):
                out.append(name)
        return out + [r for r in regions if r not in out]

    def _unlisted_names(self, typed: str) -> list[str]:
        """Place names no gazetteer lists, told by their form and by no plan's text holding them: a name after its
        unit word in a question typed all in lower case ("huyện tiên lãng", as dictated), a capitalised name after
        "của / ở / tại" ("kế hoạch của Cần Giờ") and a capitalised name of Vietnamese syllables in an English
        question ("What targets does Sa Pa set?")."""
        cands = []
        capitalised = []  # named with capitals: its syllables are a name's whatever they mean in lower case
        if not any(c.isupper() for c in typed):
            cands += [m.group(1) for m in _LOWER_UNIT_NAME_RE.finditer(typed)]
        elif len(_EN_WORDS_RE.findall(typed)) < 2:
            capitalised = [m.group(1) for m in _VI_PLACE_AFTER_RE.finditer(typed)
                           if fold(m.group(1).split()[0]) not in _NOT_PLACE_HEADS
                           and all(is_syllable(w) for w in m.group(1).split())]
        if len(_EN_WORDS_RE.findall(typed)) >= 2:
            for m in _EN_CAPS_NAME_RE.finditer(typed):
                words = m.group(1).split()
                while words and words[0].lower() in _EN_SYLLABLE_WORDS:
                    words = words[1:]
                if len(words) >= 2 and all(is_syllable(w) for w in words) and m.start() > 0 \
                        and not re.search(r"[.?!:]\s*$", typed[:m.start()]):
                    cands.append(" ".join(words))
        out = []
        for cand in cands + capitalised:
            key = " ".join(_words(cand))
            if not key or (cand not in capitalised and set(key.split()) & _NOT_NAME_SYLLABLES) or self._covered(key) \
                    or key in self.known_in_text:
                continue
            folded = strip_accents(fold(cand))
            if any(re.search(rf"(?<!\w){re.escape(folded)}(?!\w)", t) for t in self._plain_text_of.values()):
                continue  # a phrase of some plan's text ("huyện học tập", "xã hội học"), or a place it names
            out.append(cand.title() if cand.islower() else cand)
        return out

    # ---- agency ---------------------------------------------------------------------------
    def _predecessor(self, phrase: str, chosen: list[str] | None) -> str | None:
        """The old department a plan written before the 2025 reorganisation names for the new one asked, as the
        plan writes it; ``None`` when the plans asked name none of them (or the name is no merged department)."""
        name = fold(self._strip_places(phrase))
        old = next((olds for new, olds in PREDECESSORS.items() if name == new or name.startswith(new + " ")), ())
        known = [o for o in old if self.agency_known(o, chosen)]
        return known[0] if len(known) == 1 else None

    def partner_of(self, text: str, agency: str) -> tuple[str, str]:
        """(the asked body, the second body of a joint-work question): "Sở GD&ĐT và Hội Khuyến học thành phố cùng
        làm gì?" names two bodies in one phrase, "… có phối hợp với Công an Thành phố việc gì không?" the second
        after the first; the body reported or advised to ("tham mưu UBND huyện") is no partner. (agency, "")
        when the question asks of one body."""
        if not _JOINT_RE.search(text) or _WHO_BODY_RE.search(text) or not _body_name(agency) \
                or re.search(r"\b(?:so sánh|compare)\b", text, re.I):
            return agency, ""  # (who works with a body is asked of its lines, not of two bodies)
        if (both := _TWO_BODIES_RE.match(agency)) and (one := _body_name(both.group(1))) \
                and (other := _body_name(both.group(2))):
            return one, other
        own = fold(agency)
        for m in self._agency_re.finditer(text):
            phrase = _body_name(self._strip_places(m.group(1).strip()))
            name, before = fold(phrase), text[:m.start(1)]
            if phrase and name not in own and own not in name and not _SYMBOL_BEFORE_RE.search(before) \
                    and not _ASKER_IS_RE.search(before) and not re.search(r"\bđược\s*$", before) \
                    and not _ISSUER_RE.search(before) and not _REPORTED_TO_RE.search(before):
                return agency, phrase
        return agency, ""

    def _by_signer(self, question: str) -> str:
        """A plan named by the person who signed it ("Trong kế hoạch do bà Vũ Thu Hà ký, …", "In the plan signed by
        Nguyen Thanh Binh, …"), said as that plan's place, so the rest of the question is asked of it; a name no
        loaded plan's signer bears is left as typed."""
        for rx, said in ((_SIGNED_BY_VI_RE, "của {}"), (_SIGNED_BY_EN_RE, "of {}")):
            m = rx.search(question)
            if m is None:
                continue
            name = " ".join(_words(m.group("name")))
            places = {d.locality for d in self.documents.values()
                      for sg in ([d.signer] if d.signer else []) + list(d.signers) if " ".join(_words(sg.name)) == name}
            if len(places) == 1:
                return tidy_spaces(f"{question[:m.start()]} {said.format(places.pop())} {question[m.end():]}")
        return question

    def _by_description(self, question: str, history: bool = False,
                        earlier: bool = False) -> tuple[str, list[str] | None, str]:
        """A plan named by how it is described, not by place or number ("Trong kế hoạch ban hành ngày 04/5/2024, …",
        "the 2021-2030 plan", "kế hoạch do Ban Chỉ đạo ban hành"): (the question with the description said as "kế
        hoạch", the plans that fit, ""). When none fits: (the question as typed, [], the description), to be refused
        plainly ("which plan …?" too: the plans that fit are its answer). A question naming a place or a number, or
        pointing back in a conversation ("kế hoạch năm 2025 của xã đó"), is left to those: (question, None, ""). An
        ``earlier`` turn of the conversation names its plan so however it asked ("Kế hoạch ban hành ngày 04/5/2024 là
        của đâu?")."""
        descs, fit, unfit = described_plans(question, self.documents)
        if not descs or (not earlier and history and _BACK_RE.search(question)):
            return question, None, ""
        _, notes = self.detect_plans(self.normalise(question)[0], question)
        if any(n.startswith(("plans:", "unknown-place:", "unloaded-place:")) for n in notes):
            return question, None, ""
        if unfit:
            return question, [], unfit
        said = "the plan" if self._language(question) == "en" else "kế hoạch"
        for desc in reversed(descs):
            question = f"{question[:desc.start]} {said} {question[desc.end:]}"
        return tidy_spaces(question), fit, ""

    def bodies_named(self, text: str) -> list[str]:
        """Every body-like phrase of a text, as typed ("Phòng Văn hóa - Thông tin", "BCHQS TP"), longest first."""
        out = set()
        for m in self._agency_re.finditer(text):
            words = m.group(1).split()
            if cut := next((i for i, w in enumerate(words) if re.search(r"\d", w)), None):
                words = words[:cut]  # ("… phân bổ 2 tỷ đồng": a figure is no part of a name)
            # (the place it ends with stays with the text: "Hội Khuyến học Hà Nội" → "Hội Khuyến học")
            for n in range(min(4, len(words) - 1), 0, -1):
                if " ".join(_words(" ".join(words[-n:]))) in self.place_names:
                    words = words[:-n]
                    break
            out.add(" ".join(words))
        return sorted(out, key=len, reverse=True)

    def agency_phrase(self, text: str, docs: list[str] | None = None) -> str | None:
        """The longest agency-like phrase, minus place names that follow it ("Sở Tài chính Huế")."""
        return self._agency_and_issuer(text, docs)[0]

    def _agency_and_issuer(self, text: str, docs: list[str] | None = None) -> tuple[str | None, str]:
        """(the body asked about, the plan's issuer when the question has it set out the plan).

        The body that assigns is not the one asked about: "Sở GD&ĐT giao các trường THPT làm gì?" asks about the
        schools, and "Sở GD&ĐT Sơn La đề ra những nhiệm vụ nào?" of the Sở's own plan asks about the plan."""
        catchall = _CATCHALL_RE.search(text)
        if catchall:
            return f"các {catchall.group(1).lower()}, ban, ngành", ""
        found: list[tuple[str, bool]] = []
        subjects: set[str] = set()  # bodies the question says are given a task ("Sở X được giao …")
        partners: set[str] = set()
        assignees: list[str] = []
        issuer = ""
        last_end = 0  # where the last body found ends
        # "Hải Phòng", "Thanh Hóa": a body's head word inside a place's name ("Hải Phòng chi …") is no body
        in_place = [(p.start(), p.end()) for p in _KNOWN_PLACE_RE.finditer(text)]
        in_org = [(p.start(), p.end()) for p in self._org_re.finditer(text)] if self._org_re else []
        for m in self._agency_re.finditer(text):
            if any(a < m.start(1) < b for a, b in in_place) or any(a <= m.start(1) < b for a, b in in_org):
                continue
            if _REPORTED_TO_RE.search(text[:m.start(1)]) or _ISSUER_RE.search(text[:m.start(1)]) \
                    or _CITED_ISSUER_RE.search(text[:m.start(1)]):
                # "các xã báo cáo về Phòng GD&ĐT …": the body reported to is not the one asked about, nor is the
                # plan's issuer ("Trong kế hoạch của Sở GD&ĐT Sơn La, Phòng … có nhiệm vụ gì?")
                continue
            if re.search(r"\b(?:đại|Đại|ĐẠI)\s*$", text[:m.start(1)]) and fold(m.group(1)).startswith("hội"):
                continue  # "Đại hội hợp nhất Hội Khuyến học xã": a congress, no body (the Hội after it is)
            if _SYMBOL_BEFORE_RE.search(text[:m.start(1)]):
                continue  # "UBND" of a document's symbol ("Kế hoạch 41/KH-UBND sửa đổi …") is no body asked about
            if found and _OWNER_BETWEEN_RE.fullmatch(text[last_end:m.start(1)]) \
                    and not re.search(r"\s(?:và|với|cùng|hoặc|hay)\s*$", text[:last_end]):
                continue  # "Phòng Quản lý đầu tư của Ban Quản lý Khu kinh tế": whose unit the body asked is
            phrase = m.group(1).strip()
            if len(phrase.split()) >= 2 and fold(phrase.split()[1]) in _PRONOUNS:
                continue  # "phòng tôi họp rà lại …": the asker's own office, named by no name
            if len(phrase.split()) >= 2 and fold(phrase.split()[1]) in _VERBS_AFTER_HEAD:
                continue  # "khoa, phòng đạt danh hiệu …", "phòng được giao …": a head and a verb, no body's name
            more = _NAME_LIST_RE.match(text, m.end(1))
            if more:  # "Phòng Văn hóa, Khoa học và Thông tin": a name listing its fields runs past the comma
                phrase = f"{phrase}{more.group(0)}".strip()
            level = _LEVEL_AFTER_RE.match(text[m.end(1) + (len(more.group(0)) if more else 0):])
            if level:  # "Ủy ban nhân dân thành phố (Hà Nội)": the level tells which UBND is meant
                phrase = f"{phrase} {level.group(1)}"
            phrase = self._strip_places(phrase)
            if _PLAN_OF_BODY_RE.search(text[:m.start(1)]) and text.startswith(phrase, m.start(1)) \
                    and _without_unit_tail(_words(phrase)) and not (docs and all(self._issues(d, phrase) for d in docs)) \
                    and _next_plain_word(text[m.start(1) + len(phrase):]) not in _ASKED_BODY_WORDS:
                continue  # "Chương trình … mà kế hoạch Hội Nông dân Cao Bằng viện dẫn": the plan's issuer, no body asked
            head_only = fold(phrase[:-len(level.group(1))].strip()) if level else fold(phrase)
            if _WHO_ANY_RE.search(text) and _SERVED_RE.search(text[:m.start(1)]):
                continue  # "Ai lo … cho … bộ đội xuất ngũ đi học nghề?": who is asked; those served are no body
            if len(phrase.split()) >= 2 and head_only not in _BARE_HEADS:  # "loa đài thành phố" names no body
                last_end = m.end(1) + (len(more.group(0)) if more else 0) + (level.end() if level else 0)
                found.append((phrase, bool(_ASSIGNS_RE.match(text, m.end() + (level.end() if level else 0)))))
                if _GIVEN_AFTER_RE.match(text, m.end()):
                    subjects.add(phrase)
                if _PARTNER_BEFORE_RE.search(text[:m.start(1)]) or _AT_BODY_RE.search(text[:m.start(1)]):
                    partners.add(phrase)  # (a body the task is done at, "… tại TTHTCĐ", is not the one asked either)
                if _ASSIGNEE_RE.search(text[:m.start(1)]):
                    assignees.append(phrase)
        assigners = {p for p, assigns in found if assigns}
        # "Ban CHQS xã tham gia gì với TTHTCĐ …?": the body a task is done with is the partner, not the one asked
        if len({p for p, _ in found}) > 1 and partners and (kept := [(p, a) for p, a in found if p not in partners]):
            found = kept
        if assignees and not subjects & {p for p, _ in found}:
            found = [(p, a) for p, a in found if p in assignees]  # the body given the task is the one asked
        elif assigners and len(assigners) < len({p for p, _ in found}):
            found = [(p, a) for p, a in found if not a]  # another body is asked about
        elif assigners and docs and all(self._issues(d, p) for d in docs for p in assigners):
            issuer, found = max(assigners, key=len), []  # the plan's own issuer setting out its plan
        if found and not issuer:  # the plan's own issuer giving the task ("UBND xã … giao TTHTCĐ làm gì?")
            issuer = next((p for p in sorted(assigners - {p for p, _ in found}, key=len, reverse=True)
                           if docs and all(self._issues(d, p) for d in docs)), "")
        best = None
        # "Sở Xây dựng được giao xây trung tâm học tập cộng đồng?": the body given the task, not the longer object
        # (only the first body named, with the others after its verb: "X và Y được đề nghị …" asks of both)
        given = [p for p, _ in found[:1] if p in subjects and len(subjects & {q for q, _ in found}) == 1]
        for phrase, _ in ([(p, False) for p in given] or found):
            if best is None or len(phrase) > len(best):
                best = phrase
        for m in _TITLE_RE.finditer(text):
            phrase = self._title_phrase(m.group(1), m.group(2))
            if phrase and (best is None or len(phrase) > len(best)):
                best = phrase
        # (not when a body is asked for: "Cơ quan nào … cho lao động các xã ven biển?" serves the communes)
        if best is None and not issuer and INTENTS["agency"].search(text) and not _WHO_ANY_RE.search(text) \
                and (lv := _LEVEL_BODY_RE.search(text)):
            best = f"Ủy ban nhân dân {lv.group(1).lower()}"
        return best, issuer

    def _either_bodies(self, text: str, phrase: str, chosen: list[str] | None) -> list[str]:
        """The two bodies offered as one or the other ("Công an thành phố hay Bộ Chỉ huy Quân sự thành phố"), else []."""
        at = text.find(phrase)
        if at < 0:
            return []
        parts = _EITHER_JOIN_RE.split(phrase)
        if len(parts) != 2:
            after = _EITHER_JOIN_RE.match(text, at + len(phrase))
            before = _EITHER_END_RE.search(text[:at])
            if after:
                other = self._agency_and_issuer(text[after.end():], chosen)[0]
                parts = [phrase, other] if other and text.startswith(other, after.end()) else []
            elif before:
                other = self._agency_and_issuer(text[:before.start()], chosen)[0]
                parts = [other, phrase] if other and text[:before.start()].rstrip().endswith(other) else []
            else:
                return []
        parts = [self._strip_places(p.strip(" ,")) for p in parts]
        if len(parts) != 2 or not all(len(p.split()) >= 2 and p[:1].isupper() for p in parts) \
                or _words(parts[0])[1:] == _words(parts[1])[1:]:
            return []  # ("Sở Nội vụ hoặc Phòng Nội vụ": one office at either level, both asked; "… hay cả Sở DL")
        return parts

    def _parent_body(self, phrase: str, text: str, chosen: list[str] | None) -> list[AgencyMatch]:
        """The matches of the body a unit belongs to, when the asked plans name that body and not the unit: the
        body the phrase ends with ("Ban Thường vụ Hội Khuyến học huyện") or the one it is said to belong to ("Phòng
        Giáo dục thường xuyên của Sở GD&ĐT"); [] otherwise."""
        at = text.find(phrase)
        if at < 0 or not _UNIT_ACTS_RE.match(self._strip_places(text[at + len(phrase):])):
            return []  # (a unit the ask acts on is no doer: "xã phải kiện toàn Ban Giám đốc TTHTCĐ trước ngày nào?")
        ws = phrase.split()
        found = [" ".join(ws[i:]) for i in range(1, len(ws) - 1) if _SUB_UNIT_RE.match(" ".join(ws[:i]))]
        if of := _BELONGS_TO_RE.match(text, at + len(phrase)):
            found.append(self._agency_and_issuer(text[of.end():], chosen)[0] or "")
        for body in found:
            body = re.sub(r"\s+\w\.?$", "", self._strip_places(body).strip())  # ("… Hội Khuyến học h.": a level cut short)
            if len(body.split()) < 2 or not re.match(rf"{_AGENCY_HEAD}\b", body, re.I):
                continue
            strong = [m for m in self._by_role(self.match_agency(body, chosen if chosen else None), text)
                      if m.strength >= PARENT_BODY]
            if strong:
                return sorted(strong, key=lambda m: -m.strength)
        return []

    def _task_with_aim(self, text: str, docs: list[str]) -> bool:
        """Does a line of the asked plans restate the task the question names (TASK_AIM_PAIRS of its word pairs, places
        and the ask's own words left out) and give that task's aim ("nhằm", "để", "góp phần")?"""
        ws = [w for w in _words(_AIM_ASK_RE.sub(" ", text)) if w not in _AIM_SKIP]
        skip = {w for d in docs for w in _words(self.documents[d].locality)}
        ws = [w for w in ws if w not in skip]
        # (the plan's own subject is no task: "Tại sao phải xây dựng xã hội học tập?" asks what the plan is for)
        titled = {w for d in docs for w in _words(self.documents[d].title)}
        asked = {p for p in _pairs(ws) if not set(p) <= titled}
        if len(asked) < TASK_AIM_PAIRS:
            return False
        for d in docs:
            for pairs, joined, cut in self._aim_lines(d):
                held = asked & pairs
                # (the aim after the task's words: "… hợp tác với … nhằm …", not a goal the line starts with)
                if len(held) >= TASK_AIM_PAIRS and min(joined.find(" ".join(p)) for p in held) < cut:
                    return True
        return False

    def _aim_lines(self, doc: str) -> list[tuple[set[tuple[str, str]], str, int]]:
        """(word pairs, words joined, where the aim word falls in them) of each line of a plan that gives an aim
        ("nhằm", "để", "góp phần") outside its preamble, Mục đích, yêu cầu and Mục tiêu (made once per plan, when first
        needed)."""
        if doc not in self._aim_lines_of:
            d = self.documents[doc]
            aims = [(sec.start, sec.end) for sec in d.sections
                    if sec.kind == "preamble" or (sec.level == 1 and _AIM_PART_RE.search(sec.title))]
            out = []
            pos = 0
            for line in d.text.split("\n"):
                at, pos = pos, pos + len(line) + 1
                if any(a <= at < b for a, b in aims) or (aim := _AIM_WORD_RE.search(fold(line))) is None:
                    continue
                lw = _words(line)
                out.append((_pairs(lw), " ".join(lw), len(" ".join(_words(line[:aim.start()])))))
            self._aim_lines_of[doc] = out
        return self._aim_lines_of[doc]

    def _task_fit(self, text: str, bodies: list[str], matches: list[AgencyMatch]) -> int:
        """How many of the question's word pairs, bodies' and places' names left out, a body's matched items hold."""
        skip = {w for b in bodies for w in _words(b)} | {w for m in matches for w in _words(self.documents[m.doc].locality)}
        asked = _pairs([w for w in _words(text) if w not in skip])
        held: set[tuple[str, str]] = set()
        for m in matches:
            if m.strength >= STRONG_BODY:
                sec = self.documents[m.doc].section(m.section_id)
                held |= _pairs(_words(self.documents[m.doc].text[sec.body_start:sec.end]))
        return len(asked & held)

    def _unquoted(self, doc: str) -> str:
        """A plan's folded text without quote marks, spaces squashed (made once per plan, when first needed)."""
        if doc not in self._unquoted_text:
            self._unquoted_text[doc] = " ".join(_QUOTES_RE.sub("", self.folded[doc]).split())
        return self._unquoted_text[doc]

    def _means_else(self, code: str) -> bool:
        """Does the code stand for a body in the table of abbreviations ("TTHTCĐ", "HKH") that a loaded plan names?
        Then it means that body, wherever typed; one no plan names ("TCT", a corporation) is free for an issuer."""
        full = ABBREVIATIONS.get(code)
        if not full:
            return False
        words = strip_accents(fold(full))
        return any(words in text for text in self._plain_text_of.values())

    def _spell_body_acronyms(self, text: str) -> str:
        """A body typed by its own initials ("P.QLĐT&NCKH", "P.TC-HC-QT") written out as the one plan body whose
        name has them; the unit letter before them ("P." for Phòng) must fit the name's head."""
        def spell(m: re.Match[str]) -> str:
            unit, letters = m.group(1) or "", re.sub(r"[^A-ZĐ]", "", m.group(2))
            if len(letters) < MIN_ACRONYM or letters in ABBREVIATIONS:
                return m.group(0)
            # "Phòng" / "Trung tâm" as a word, "P." / "TT" as its initials
            typed = _initials_of(unit) if any(c.islower() for c in unit) else unit.strip(" .").upper()
            names = {n for n in self._acronyms.get(letters, set())
                     if not unit or _initials_of(_split_head(n)[0]) == typed}
            return names.pop() if len(names) == 1 else m.group(0)
        return _BODY_ACRONYM_RE.sub(spell, text)

    @staticmethod
    def _unplaced(name: str, d: Document) -> str:
        """A body's name up to its place's ("HỘI LUẬT GIA TỈNH HƯNG YÊN" → "HỘI LUẬT GIA TỈNH")."""
        words = name.split()
        place = _words(d.locality)
        for i in range(len(words)):
            if _words(" ".join(words[i:i + len(place)])) == place:
                return " ".join(words[:i])
        return name

    def _issuer_as_written(self, doc: str) -> str:
        """The plan's issuer as its text writes it in running words ("Trường Chính trị tỉnh"), not in the
        letterhead's capitals; the capitals lowered when the text never writes it."""
        d = self.documents[doc]
        name = squash_spaces(self._unplaced(d.issuer, d))
        words = name.split()
        for n in range(len(words), 1, -1):
            pattern = r"\s+".join(re.escape(w) for w in words[:n])
            for m in re.finditer(pattern, d.text, re.I):
                if not m.group(0).isupper():
                    return squash_spaces(m.group(0))
        return name[:1] + name[1:].lower()

    def _spell_issuer_codes(self, text: str) -> str:
        """A loaded plan's issuer typed by the code of its plan's number ("BTV Tỉnh ủy nhận BC của TCT …" of
        "27-KH/TCT") written out as the plan's letterhead names it; the code inside a document's symbol stays."""
        if not self._issuer_spelt:
            return text
        return re.sub(r"(?<![\w/&.-])([A-ZĐ&]{3,8})(?![\w/&-])",
                      lambda m: self._issuer_spelt.get(m.group(1), m.group(0)), text)

    def _spell_place_initials(self, text: str, chosen: list[str]) -> str:
        """A chosen plan's place typed by its initials after a unit word ("tp HN", "TP.CT", "h. AL") written out:
        the words are searched and embedded, and initials mean nothing to either."""
        def spell(m: re.Match[str]) -> str:
            places = {self.documents[d].locality for d in self._by_initials.get(m.group(2), set()) & set(chosen)}
            return f"{m.group(1)} {places.pop()}" if len(places) == 1 else m.group(0)
        return _UNIT_INITIALS_RE.sub(spell, text)

    def _spell_initials(self, text: str) -> str:
        """A loaded place typed by its initials after a body ("Báo NA", "Đài PT-TH NA") written out, so the body
        is matched by the name the plan gives it ("Báo Nghệ An")."""
        def spell(m: re.Match[str]) -> str:
            docs = self._by_initials.get(m.group(1), set())
            places = {self.documents[d].locality for d in docs}
            before = re.findall(r"[\w.]+", text[:m.start()])[-1:]
            if m.group(1) in ABBREVIATIONS or _doc_type_at(m, text) or len(places) != 1 or (
                    before and strip_accents(fold(before[0])).rstrip(".") in _UNIT_ABBR):
                return m.group(0)  # ("xã DMC": a place after its unit is read as one where places are read)
            return places.pop()
        return _INITIALS_RE.sub(spell, text)

    def _present_asked(self, text: str, chosen: list[str] | None) -> bool:
        """Is the present state asked ("hiện nay có bao nhiêu TTHTCĐ")? Of a plan amended by another loaded one,
        "chỉ tiêu / kinh phí … hiện nay" asks the plan's figure as it now stands, amended, not the present state."""
        if not _CURRENT_RE.search(text):
            return False
        amended = any(doc.amends_plan(self.documents[d]) for d in chosen or [] for doc in self.documents.values())
        return not (amended and _PLAN_FIGURE_RE.search(text))

    def _past_result(self, notes: list[str], question: str) -> bool:
        """"Năm ngoái có bao nhiêu người tham gia?": a year before this one, asked what happened (a result), not
        what a plan set for it ("Năm ngoái Mỹ Lộc đặt mục tiêu bao nhiêu %…?" is answered from the plan)."""
        past = any(n.startswith("relative-year:") and int(n.rsplit("=", 1)[1]) < self.year for n in notes)
        return past and not (_PLAN_FIGURE_RE.search(question) or _SETS_RE.search(question))

    def _latest(self, chosen: list[str]) -> list[str]:
        """One place's plans of several periods, the latest asked for: the plan whose period ends last (then the
        latest issued) of each place, with the plans amending it."""
        by_place: dict[str, list[str]] = {}
        for d in chosen:
            by_place.setdefault(self.documents[d].locality, []).append(d)

        def when(d: str) -> tuple[int, int, str]:
            doc = self.documents[d]
            span = doc.period_span()
            return (span[1] if span else 0, doc.year or 0, doc.issued or "")

        keep = {max(docs, key=when) for docs in by_place.values()}
        return [d for d in chosen if d in keep or any(self.documents[d].amends_plan(self.documents[k]) for k in keep)]

    def _of_years(self, chosen: list[str], years: list[int]) -> list[str]:
        """One place's plans of several periods (a commune's 2025 and 2026 annual plans): the asked year picks
        those whose period covers it, when one does; other places' plans stay."""
        by_place: dict[str, list[str]] = {}
        for d in chosen:
            by_place.setdefault(self.documents[d].locality, []).append(d)
        keep: set[str] = set()
        for docs in by_place.values():
            covering = [d for d in docs if (span := self.documents[d].period_span())
                        and any(span[0] <= y <= span[1] for y in years)]
            keep.update(covering if len(docs) > 1 and covering else docs)
        # a plan amending a kept one stays with it, whatever its own period (what it changes is the current text)
        return [d for d in chosen if d in keep or any(self.documents[d].amends_plan(self.documents[k]) for k in keep)]

    def _english_issuer(self, question: str, chosen: list[str] | None, lower: bool = False) -> tuple[str, list[str]] | None:
        """(the body, its plans) an English question names as a plan's owner ("the Labour Federation's plan", "in
        the Economic Zone Authority's targets", "the plan of the Labour Federation"), in the plans' words, when one
        place's loaded plans are that body's (by its letterhead, or its header and number as ``_issues`` reads
        them); ``None`` otherwise."""
        for m in (_EN_OWNER_LOWER_RE if lower else _EN_OWNER_RE).finditer(question):
            for vi in english_terms(next(g for g in m.groups() if g)):
                key = " ".join(_words(vi))
                if not self.agency_phrase(vi):
                    continue
                mine = [d for d in sorted(chosen or self.documents)
                        if f" {key} " in f" {self._owner_words[d]} " or self._issues(d, vi)]
                if mine and len({self.documents[d].locality for d in mine}) == 1 \
                        and (not chosen or set(mine) < set(chosen) or len(chosen) == len(mine) == 1):
                    return vi, mine
        return None

    @cached_property
    def _distinct_issuers(self) -> frozenset[tuple[str, ...]]:
        """The issuers' names (``_issuer_name``) whose plans are all one place's: "hội luật gia" of one province,
        not "ủy ban nhân dân", which every place's plan has."""
        places: dict[tuple[str, ...], set[str]] = {}
        for d, name in self._issuer_name.items():
            places.setdefault(name, set()).add(self.documents[d].locality)
        return frozenset(n for n, p in places.items() if len(p) == 1)

    def _unplaced_author(self, text: str, phrase: str | None, intent: str) -> tuple[str, list[str]] | None:
        """(the body, its plans) when a question naming no place names a loaded plan's issuer as the plan's author
        or owner: "kế hoạch (của) Liên minh HTX", the body followed by what an author does ("Hội Nông dân tỉnh đề
        nghị …"), or the body asked about acting or owning in its own plan ("Liên minh HTX tỉnh chọn bao nhiêu …",
        "12 lớp của Liên minh HTX …"). Only an issuer whose plans are one place's and whom no other place's plan
        has for its letterhead; a body asked what it must do ("… phải làm gì?", "… được giao …") may be one other
        plans task, and is left to them."""
        ws = _words(text)
        asked = tuple(_words(phrase)) if phrase else ()
        by_name: dict[tuple[str, ...], list[str]] = {}
        for d, name in self._issuer_name.items():
            if len(name) >= 2:
                by_name.setdefault(name, []).append(d)
        for name, docs in by_name.items():
            if len({self.documents[d].locality for d in docs}) != 1:
                continue
            spelt = " ".join(name)
            if any(d not in docs and f" {spelt} " in f" {self._issuer_words[d]} " for d in self.documents):
                continue  # another place's plan has that body on its letterhead too
            n = len(name)
            for i in (i for i in range(len(ws) - n + 1) if tuple(ws[i:i + n]) == name):
                j = i + n
                while j < len(ws) and ws[j] in _ISSUER_UNIT_WORDS:
                    j += 1
                after, before = " ".join(ws[j:j + 2]), ws[max(0, i - 3):i]
                # "kế hoạch (tư vấn pháp luật) của Hội Luật gia": the plan's subject may come between
                titled = ws[max(0, i - 9):i - 1]
                named = before[-2:] == ["ke", "hoach"] or (before[-1:] in (["cua"], ["do"]) and any(
                    titled[k:k + 2] == ["ke", "hoach"] for k in range(len(titled))))
                authoring = after.split(" ")[0] not in _ASKED_BODY_WORDS and _AUTHOR_VERB_RE.match(after) is not None
                # (a figure it must reach is its own plan's: "Tỉnh đoàn phải mở tối thiểu bao nhiêu lớp?")
                acting = _without_unit_tail(asked) == name and intent != "agency" and (
                    not after or after.split(" ")[0] not in _ASKED_BODY_WORDS or _FIGURE_OWED_RE.search(text))
                # (its people at its own level: "cán bộ Hội Chữ thập đỏ cấp xã" are the communes' branches')
                owned = tuple(ws[max(0, i - 2):i]) in _MEMBER_WORDS and ws[j:j + 1] != ["cap"] \
                    and all(self._own_level_body(d, " ".join(ws[i:j])) for d in docs)
                if named or authoring or acting or owned:
                    return (phrase if acting and phrase else _surface(text, spelt) or spelt), sorted(docs)
        return None

    def _own_level_body(self, doc: str, phrase: str) -> bool:
        """Does the phrase name the plan's issuer itself, with no unit word or its own level's ("Liên minh HTX tỉnh"
        of the province's alliance), not a unit of another level ("Công an xã" beside the province's police)?"""
        words = _words(phrase)
        tail = words[len(_without_unit_tail(words)):]
        own = {"tỉnh/thành phố": {"tinh", "thanhpho"}, "huyện": {"huyen", "quan", "thixa"},
               "xã": {"xa", "phuong", "thitran"}}.get(self.documents[doc].level, set())
        return all(w in own for w in tail)

    def _issued_by(self, issuer: str, chosen: list[str] | None) -> list[str]:
        """The loaded plans the named body issued, among the asked place's plans or the plans of the places around
        them ("kế hoạch của Hội Khuyến học tỉnh" beside the city's plan in the same province); [] when the asked
        plans are already its, or no plan or several places' plans are."""
        mine = [d for d in self.documents if self._issues(d, issuer)]
        if not mine or (chosen and set(chosen) <= set(mine)):
            return []
        if chosen:
            near = {w for d in chosen for w in (self.documents[d].locality, *self.documents[d].parents)}
            mine = [d for d in mine if {self.documents[d].locality, *self.documents[d].parents} & near]
        places = {self.documents[d].locality for d in mine}
        return sorted(mine) if len(places) == 1 else []

    def _party_plan(self, doc: str) -> bool:
        """Is the plan a Party committee's ("Số 86-KH/HU", a letterhead "HUYỆN ỦY …")?"""
        d = self.documents[doc]
        return bool(d.number and re.match(r"\d+-[A-ZĐ]+/", d.number)) or re.search(
            r"^\W*(?:ĐẢNG BỘ|(?:HUYỆN|TỈNH|THÀNH|QUẬN|THỊ|ĐẢNG) [ỦU][YỶ])\b", d.text[:_HEADER_CHARS], re.M) is not None

    def _issues(self, doc: str, phrase: str) -> bool:
        """Is this body the plan's issuer, named in its header ("SỞ GIÁO DỤC VÀ ĐÀO TẠO") or its number's
        code ("412/KH-SGDĐT"), or its letterhead (a portal's page or a PDF may set the letterhead apart from the
        text's opening)?"""
        words = _words(phrase)
        name = _without_unit_tail(words)
        return " ".join(words) in self._issuer_words[doc] or (
            len(name) >= 2 and name == self._issuer_name[doc] and name in self._distinct_issuers
            and self._own_level_body(doc, phrase))

    def _title_phrase(self, head: str, name: str) -> str | None:
        """An official's title as the question names it, without the place after it ("Công chức Tư pháp -
        Hộ tịch xã Cẩm Bình" → "Công chức Tư pháp - Hộ tịch"). "công chức" alone is anyone's staff: it needs
        a name, capitalised or one the plans use ("công chức văn hóa - xã hội" typed in lower case)."""
        words = self._strip_places(f"{head}{name}").split()
        while len(words) > 2 and " ".join(_words(words[-1])) in _LEVEL_OF:
            words = words[:-1]  # "… Hộ tịch xã": the level is the place's, not the title's
        phrase = " ".join(words).strip(" -")
        if fold(head) != "công chức":
            return phrase
        rest = phrase[len(head):].strip()
        if not rest:
            return None
        known = " ".join(_words(phrase))
        return phrase if rest[0].isupper() or any(known in p for p in self._all_unit_phrases) else None

    def _strip_places(self, phrase: str) -> str:
        words = phrase.split()
        # "Sở Nội vụ Bình Định đào tạo nghề …": a loaded place inside the phrase, lower-case words after it, ends
        # the body's name there (what follows is what the body does)
        for i in range(2, len(words) - 1):
            for n in (4, 3, 2, 1):
                name = " ".join(_words(" ".join(words[i:i + n])))
                after = words[i + n] if i + n < len(words) else ""
                if name and (name in self.place_names or (n >= 2 and name in self.known_in_text)) \
                        and after[:1].islower():
                    words = words[:i + n]
                    break
            else:
                continue
            break
        while len(words) > 2:
            # a name of three or four words first ("Công an phường Bắc Nha Trang": not "Nha Trang" alone)
            longer = next((n for n in (4, 3) if len(words) - n >= 2
                           and (" ".join(_words(" ".join(words[-n:]))) in self.place_names
                                or " ".join(_words(" ".join(words[-n:]))) in self.known_in_text)), 0)
            if longer:
                words = words[:-longer]
                continue
            tail2 = " ".join(_words(" ".join(words[-2:])))
            tail1 = " ".join(_words(words[-1]))
            if (tail2 in self.place_names or tail2 in self.known_in_text) and not (
                    len(words) == 3 and fold(words[0]) in ("báo", "đài")):
                words = words[:-2]  # (a newspaper or station named by its place alone, "Báo Nghệ An", keeps it)
            elif tail1 in self.place_names or (words[-1].isupper() and words[-1] in self._by_initials
                                               and strip_accents(fold(words[-2])).rstrip(".") in _UNIT_ABBR):
                words = words[:-1]  # "… xã DMC": a loaded place typed by its initials after its unit word
            else:
                break
        return " ".join(words)

    def match_agency(self, phrase: str, docs: list[str] | None) -> list[AgencyMatch]:
        """Agency sections whose name matches the phrase; Sở and Phòng count as the same unit."""
        full = _words(_village_head(phrase))
        words = list(full)
        while len(words) > 2 and words[-1] in _LEVEL_OF:
            words = words[:-1]  # "Phòng Văn hóa - Xã hội thị xã": the town's office, named without its level
        # ("Ban Tổ chức Huyện ủy": a Party committee's organisation board, whose name is the "tổ chức" that is
        # generic elsewhere — "các tổ chức chính trị - xã hội")
        named = {"to", "chuc"} if words[:3] == ["ban", "to", "chuc"] else set()
        qw = [w for w in words if w not in _GENERIC or w in named]
        q_core = [w for w in qw if w not in _BODY_UNIT_WORDS] or qw
        if not q_core:
            return []
        # the level word kept too ("BCHQS xã" → "Bộ Chỉ huy Quân sự xã" meets the commune's "Ban Chỉ huy Quân sự
        # xã" by its level): the better of the two readings counts
        cores = [q_core]
        full_core = [w for w in full if (w not in _GENERIC or w in named) and w not in _BODY_UNIT_WORDS]
        if full_core and full_core != q_core:
            cores.append(full_core)
        # a body inside another ("Thanh tra Sở …", "Văn phòng Sở …", "Phòng GDTX Sở …"): its own name comes first
        inner = next((i for i, w in enumerate(full) if i > 0 and w == "so"), 0)
        head = [w for w in full[:inner] if w not in _GENERIC and w not in _BODY_UNIT_WORDS]
        out = []
        rows = sorted({j for core in cores for w in core for j in self._agencies_by_word.get(w, ())})
        for doc, sid, name, ws, inline in (self.agencies[j] for j in rows):
            if docs is not None and doc not in docs:
                continue
            names = set(ws)
            a_core = [w for w in ws if w not in _GENERIC and w not in _BODY_UNIT_WORDS]
            strength = 0.0
            for core in cores:
                total = sum(self.weight.get(w, 1.0) for w in core)
                got = sum(self.weight.get(w, 1.0) for w in core if w in names)
                st = got / total if total else 0.0
                # the agency's own identity words must be mostly covered too (avoid "Sở X" ~ "Sở X và Y")
                if a_core:
                    cover = sum(self.weight.get(w, 1.0) for w in a_core if w in set(core)) / sum(
                        self.weight.get(w, 1.0) for w in a_core)
                    st = 0.75 * st + 0.25 * cover
                strength = max(strength, st)
            if head and not set(head) <= names:
                continue  # "Thanh tra Sở GD&ĐT" is the Sở's inspectorate, not "Các phòng GD&ĐT"
            if len(ws) >= 2 and words[:len(ws)] == ws:
                # the phrase opens with the whole name and qualifies it: "Văn phòng Sở [Giáo dục và Đào tạo]" is
                # the plan's "Văn phòng Sở"
                strength = max(strength, PREFIX_NAME_STRENGTH)
            q_levels = {_LEVEL_OF[w] for w in _words(phrase) if w in _LEVEL_OF}
            a_levels = {_LEVEL_OF[w] for w in ws if w in _LEVEL_OF}
            if q_levels and a_levels and not q_levels & a_levels:
                continue  # "Ủy ban nhân dân cấp xã" is not the district's "Ủy ban nhân dân quận, huyện"
            q_unit = next((w for w in qw if w in _BODY_UNIT_WORDS), None)
            lead = ws[1:] if ws and ws[0] in ("cac", "nhung") else ws  # "Các phòng GD&ĐT": a phòng
            a_unit = lead[0] if lead and lead[0] in _BODY_UNIT_WORDS else None
            alias = bool(q_unit and a_unit and q_unit != a_unit)
            if _ministry(words) != _ministry(lead):
                continue  # "Bộ Giáo dục và Đào tạo" is the ministry, not the province's "Sở Giáo dục và Đào tạo"
            if alias:
                strength *= 0.85  # the district counterpart (Sở ↔ Phòng): relevant, but after exact matches
            if strength < DISTINCT_BODY_STRENGTH and min(len(set(words) - names - _LINK_WORDS),
                                                         len(set(a_core) - set(full))) >= 2:
                continue  # each names what the other lacks: "Bộ Chỉ huy Quân sự" is not "Bộ Chỉ huy Bộ đội Biên phòng"
            if strength >= 0.6:
                out.append(AgencyMatch(doc, sid, name, strength, alias, inline))
        return sorted(out, key=lambda a: -a.strength)

    def _by_role(self, matches: list[AgencyMatch], text: str) -> list[AgencyMatch]:
        """"X chủ trì những nhiệm vụ gì?" is answered by the responsibility-table rows X leads, "X phối hợp …" by
        those it cooperates in (a row naming X in the other column does not answer); an agency's own section
        stays either way."""
        lead, coop = bool(_LEAD_ASK_RE.search(text)), bool(_COOP_ASK_RE.search(text))
        if lead and coop:
            return matches
        if not (lead or coop):
            # "X có nhiệm vụ gì?" of a body with its own section: that section and the rows it leads; the rows
            # it only cooperates in are asked with "phối hợp"
            own = {m.doc for m in matches if (m.doc, m.section_id, m.name) not in self._row_roles and m.strength >= STRONG_BODY}
            return [m for m in matches
                    if not (m.doc in own and self._row_roles.get((m.doc, m.section_id, m.name)) == {"coordinate"})]
        unwanted = "coordinate" if lead else "lead"
        kept = [m for m in matches if self._row_roles.get((m.doc, m.section_id, m.name), set()) != {unwanted}]
        return kept or matches

    def _headless_body(self, text: str, docs: list[str]) -> str | None:
        """The one body of ``docs`` whose name holds two words in a row the question has and few other bodies'
        names share ("báo chí" of "Cơ quan thông tấn, báo chí của Thành phố"); ``None`` when none or several."""
        words = _words(text)
        # (a place's name is no body's: "Ở Cần Thơ" names no "… thành phố Cần Thơ")
        # (nor the plan's subject: "xã hội học tập" names no "Trung tâm học tập cộng đồng")
        taken = self._place_words | {w for d in docs for w in _words(self.documents[d].title)}
        asked = {(a, b) for a, b in zip(words, words[1:], strict=False) if a not in taken and b not in taken}
        found = []
        for (d, _, name, _, _), pairs in zip(self.agencies, self._name_pairs, strict=True):
            if d in docs and any(self._pair_df[p] <= HEADLESS_MAX_DF for p in pairs & asked):
                found.append(name)
        return found[0] if len(set(found)) == 1 else None

    def agency_known(self, phrase: str, docs: list[str] | None = None) -> bool:
        """Does any plan (of ``docs``, else all) mention this agency at all? ("Sở Y tế", "Sở Khoa học và Công nghệ": none does).

        The name is compared as accent-free words without "và" and punctuation, so "Sở Văn hóa Thể thao"
        still finds "Sở Văn hóa và Thể thao".
        """
        phrase = _village_head(phrase)
        texts = [self._acting_folded[d] for d in docs] if docs else list(self._acting_folded.values())
        if _only_at_other_levels(phrase, [self._acting_plain[d] for d in docs] if docs else list(self._acting_plain.values())):
            return False
        for body, forms in BODY_FORMS.items():
            if fold(phrase).startswith(body):
                return any(f in t for t in texts for f in forms)
        m = _STRONG_HEAD.match(phrase) or _STRONG_HEAD.match(f"{phrase.strip()} {_NO_NAME}")
        if not m:
            return True
        core_raw = re.split(r"\s+(?:những|các|có|ở)\s+|\d", m.group(2))[0].strip()
        core = fold(core_raw)
        words = all_words = [w for w in _words(core) if w not in ("va", _NO_NAME)]
        # ("quân sự" folds to the "quan" of "quận": typed with accents, only "quận" is the level)
        typed_accents = strip_accents(core) != core
        level = next((i for i, w in enumerate(words) if (w in _LEVEL_OF or w == "cap")
                      and not (w == "quan" and typed_accents and "quận" not in core)), None)
        if level is not None and words[level + 1:level + 2] == ["uy"]:
            level = None  # "Thường trực Tỉnh ủy": the committee's name, not a level
        # its name without the level, and only its first words: the phrase may run on into the question
        # ("Sở Tài chính phụ trách những …"); "Sở Khoa học", "Sở Y tế" are still told apart. A capitalised word
        # further on is the name's own ("Phòng Giáo dục Tiểu học" is not "Phòng Giáo dục Mầm non")
        syllables = [w for w in re.findall(r"[^\W\d_]+", core_raw) if fold(w) != "và"]
        caps = [i for i, w in enumerate(syllables) if w[0].isupper()]
        unit = " ".join(_words(m.group(1)))
        # (the phrases hold runs of five words at most, the unit's own words included: "công chức" is two)
        words = words[:level][:max(2, min(4, caps[-1] + 2 if caps else 2, 5 - len(unit.split())))]
        units = {unit, *(" ".join(_words(u)) for u in UNIT_ALIASES.get(fold(m.group(1)), ()))}
        if not words and " " not in unit:
            return True  # a bare one-word head ("Sở", "Phòng") names no particular body
        if not words and level is not None and all_words[level] in _LEVEL_OF:
            # a body named by its head and level alone ("Công an thành phố"): a plan names it as a body, with a
            # capital ("Công an Thành phố: …"); "nghĩa vụ công an" names none
            head = " ".join(m.group(1).split())
            named = re.compile(rf"(?<!\w){re.escape(head[:1].upper())}(?i:{re.escape(head[1:])})(?!\w)")
            return any(named.search(self.documents[d].text) for d in (docs or self.documents))
        phrases = set().union(*(self._unit_phrases.get(d, set()) for d in docs)) if docs else self._all_unit_phrases
        # with its unit: "khoa học và công nghệ" as a topic is no "Sở Khoa học và Công nghệ"; a body named by its
        # head and level alone ("Công an huyện") needs the head itself (the phrases hold every 2–5-word run)
        if not any(" ".join([u, *words]) in phrases for u in units):
            return False
        if " ".join([unit, *words]) not in phrases:
            # named only under another unit's head ("Sở GD&ĐT" for "Phòng GD&ĐT"): that body counts where the plan
            # gives it tasks, not where it is only reported to ("… báo cáo … Sở Giáo dục và Đào tạo tỉnh")
            aliased = [" ".join([u, *words]) for u in units if u != unit]
            if unit == "phong" and all(self.documents[d].level == LEVELS[1] for d in (docs or self.documents)):
                # a district's office ("Phòng Nội vụ") asked of a province's plan, which tasks its Sở: the plan
                # names no such office (a district plan's "Sở GD&ĐT" slip still finds its Phòng)
                return False
            actors = [" ".join(ws) for d, _, _, ws, _ in self.agencies if not docs or d in docs]
            if not any(a.startswith(p) for a in actors for p in aliased):
                return False
        # typed with accents, the accents must agree: "học liệu số và văn hóa đọc" names no "Sở Văn hóa"
        typed = [fold(w) for w in syllables[:len(words)]]
        if not words or all(strip_accents(w) == w for w in typed):
            return True
        heads = [fold(u) for u in (m.group(1), *UNIT_ALIASES.get(fold(m.group(1)), ()))]
        gap = r"[\s,\-–&]+(?:và\s+)?"  # "Lao động - Thương binh và Xã hội", "Văn hóa, Thể thao"
        pattern = re.compile(rf"(?<!\w)(?:{'|'.join(re.escape(h) for h in heads)}){gap}{_as_typed(typed, gap)}(?!\w)")
        return any(pattern.search(t) for t in texts)

    def _province_office_of_district(self, question: str, docs: list[str] | None, matches: list[AgencyMatch]) -> bool:
        """"Sở GD&ĐT tỉnh Lâm Đồng" asked of a district's plan that tasks its Phòng GD&ĐT: the province's Sở, which the
        district's plan gives no task (named with its province, it is no slip for the district's office)."""
        if not docs or any(self.documents[d].level == LEVELS[1] for d in docs) or not _SO_OF_PROVINCE_RE.search(question):
            return False
        return all(m.alias and "sở" not in fold(m.name) for m in matches)

    def _district_office_of_province(self, phrase: str, docs: list[str] | None, matches: list[AgencyMatch]) -> bool:
        """"Phòng Nội vụ" asked of a province's plan that tasks only its Sở Nội vụ: a district's office the plan
        never names (Sở and Phòng meet otherwise: a district plan's "Sở GD&ĐT" is its Phòng GD&ĐT)."""
        if not fold(phrase).startswith("phòng") or " sở " in f" {fold(phrase)} " or not docs:
            return False
        if any(self.documents[d].level != LEVELS[1] for d in docs):
            return False
        return all(m.alias and "phòng" not in fold(m.name) for m in matches)

    def _figure_without_intro(self, intro: str, ask: str) -> str:
        """The figure asked after the asker's introduction, with the places the introduction names (in brackets:
        they choose the plan, they are not measured) when the ask names no place of its own."""
        _, notes = self.detect_plans(ask, ask)
        if any(n.startswith(("plans:", "unknown-place:", "unloaded-place:")) for n in notes):
            return ask
        places = [m.group(0) for m in _PLACE_UNIT_RE.finditer(intro)]
        if not places:
            found, notes = self.detect_plans(intro, intro)
            places = [self.documents[d].locality for d in found or []] if _names_plans(notes) else []
            places += [n.split(":", 1)[1] for n in notes if n.startswith(("unknown-place:", "unloaded-place:"))]
        return f"{ask} ({', '.join(dict.fromkeys(places))})" if places else ask

    def _own_body(self, text: str) -> str:
        """The question with the asker's own body named where it says "sở mình", "phòng tôi" (see _INTRO_RE)."""
        m = _INTRO_RE.search(text)
        if m is None:
            return text
        clause = re.split(r"[.;!?,]", text[m.end():], maxsplit=1)[0]
        body = self.agency_phrase(clause)
        if not body:
            return text
        rest = _MY_BODY_RE.sub(body, text[m.end():])
        return squash_spaces(f"{text[:m.start()]}{rest}")

    def _own_body_from(self, history: list[tuple[str, str]], text: str) -> str:
        """The question with "đơn vị tôi", "bên tôi" named by the body an earlier turn introduced the asker in
        ("Tôi ở Phòng GD&ĐT huyện An Lão. …"); as typed when no turn did."""
        for turn in reversed(self._user_turns(history)):
            m = _INTRO_RE.search(turn)
            if m is None:
                continue
            clause = re.split(r"[.;!?,]", turn[m.end():], maxsplit=1)[0]
            body = self.agency_phrase(clause)
            if body:
                return squash_spaces(_MY_BODY_RE.sub(clause.strip() if len(clause.split()) <= 12 else body, text))
        return text

    # ---- whole analysis -------------------------------------------------------------------
    def _set_aside(self, text: str, chosen: list[str] | None) -> tuple[str, str]:
        """"Ngoài Sở Nội vụ, còn sở nào cũng được giao …?": the body set aside (one the plans name) and the question
        without it, so that the body asked is any other one; a thing set aside ("Trừ chỉ tiêu về …") is no body."""
        m = _SET_ASIDE_RE.search(text)
        if not m:
            return text, ""
        body = m.group("body").strip()
        if not _OTHERS_ASK_RE.search(text[m.end():]):
            # "Ngoài Công an thành phố, Viện Kiểm sát có được giao …?": the body after the one set aside is asked
            other = self.agency_phrase(text[m.end():])
            if not other or fold(other) in fold(body) or fold(body) in fold(other):
                return text, ""
        if max((a.strength for a in self.match_agency(body, chosen or None)), default=0.0) < STRONG_BODY:
            return text, ""
        return squash_spaces(f"{text[:m.start()]} {text[m.end():]}").strip(), body

    def analyse(self, question: str, history: list[tuple[str, str]] | None = None,
                plans: list[str] | None = None) -> tuple[Query, list[AgencyMatch]]:
        # "Tây Đô", "đất Tổ": the place by its own name (unless a loaded plan's place bears it: "xã Đất Mũi")
        if (draft := draft_sentence(question)) is not None:
            # "Dự thảo ghi “…”. Sửa giúp.": the sentence is the ask; a plan the errand around it names stays asked
            # ("… có đúng kế hoạch An Lão không? Sửa giúp.")
            around = self.detect_plans(question, question)[0] or []
            named = self.detect_plans(draft, draft)[0] or []
            places = [self.documents[d].locality for d in around if d not in named]
            question = f"{draft} ({', '.join(dict.fromkeys(places))})" if places and not named else draft
        question = self._spell_issuer_codes(question)  # "KH của TCT": the school whose plan is "27-KH/TCT"
        question = self._spell_body_acronyms(question)  # "P.QLĐT&NCKH": the plan's "Phòng Quản lý đào tạo và …"
        question = by_own_names(question, lambda name: " ".join(_words(name)) in self.place_names)
        question = self._by_signer(question)  # "Kế hoạch do bà Vũ Thu Hà ký …": the plan of that signer's place
        # "Kế hoạch ban hành ngày 04/5/2024 …": the plans fitting the description
        question, described, undescribed = self._by_description(question, bool(history))
        # "ý e nói gì?": the item e of the previous answer's list ("việc thứ hai …?" stays a follow-up by its pointer)
        question = point_into(question, history, keep=_ORDINAL_BACK_RE.match(question) is not None)
        earlier = self._user_turns(history)[:1]  # "Năm sau nâng lên bao nhiêu?" after "Năm 2024 …?": 2025
        question, following = conversation_years(question, absolute_years(earlier[0], self.year)[0] if earlier else None)
        question, relative = absolute_years(question, self.year)  # as asked, "năm ngoái" as the year it is
        text, lang, notes = self.normalise(question)
        notes = [*following, *relative, *notes, *([f"undescribed:{undescribed}"] if undescribed else [])]
        normalised = text
        intro = _ASKER_INTRO_RE.match(text)  # "Tôi là cán bộ … huyện X (tỉnh Y). …" (before the intro is folded in)
        introduced = (intro.group(0), text[intro.end():]) if intro else None
        if introduced and not _FIRST_PERSON_RE.search(introduced[1]) and (
                _FIGURE_ASK_RE.search(introduced[1]) or _PERCENT_ASK_RE.search(introduced[1])):
            # "Tôi là chuyên viên Phòng GD&ĐT huyện Mỹ Lộc, đang làm báo cáo sơ kết. Chỉ tiêu … của huyện là bao
            # nhiêu?": who asks and why is no part of the figure asked (nor its body); their place is, when the
            # question names none
            text, introduced = self._figure_without_intro(*introduced), None
        elif not introduced and lang == "vi" and (asker := _REPORTED_ASKER_RE.match(text)) \
                and self.agency_phrase(asker.group(1)):
            # "Trưởng phòng công nghệ thông tin của một Sở ở Hà Nội hỏi: kế hoạch đặt chỉ tiêu gì …?": the one
            # asking, and their office, are no part of the ask; their place is, when the ask names none
            text = self._figure_without_intro(asker.group(1), text[asker.end():])
        elif introduced and lang == "vi" and len(text.split()) >= LONG_MESSAGE_WORDS and "?" in introduced[1] \
                and not _FIRST_PERSON_RE.search(_ERRAND_RE.sub(" ", introduced[1][:introduced[1].rindex("?")])):
            # "em là văn thư mới về UBND một phường ở Huế, tuần này … ai cũng bận. Chủ tịch phường nhờ em tra giúp:
            # kế hoạch … có bắt phường tự cân đối ngân sách …không? Em cảm ơn, chúc …": a long message's own
            # errand is no part of the ask (its places are kept); the ask runs to its question mark
            ask = introduced[1][:introduced[1].rindex("?") + 1]
            text, introduced = self._figure_without_intro(introduced[0], ask), None
        if lang == "vi":
            text = self._own_body(text)
            if history and _MY_BODY_RE.search(text) and not _INTRO_RE.search(text):
                # "Thế còn đơn vị tôi?" after "Tôi là cán bộ Sở Văn hóa và Thể thao Hà Nội. …": the body the asker
                # said they work in, a turn or more back, with the place that turn named
                text = self._own_body_from(history, text)
        prev = self._resolved_previous(history)
        text, negated = _without_negated(text)
        if prev and (negated or _CORRECTION_RE.match(text)):
            # "à nhầm, Huế chứ không phải Hà Nội" after turns that drilled into a Hà Nội question: the turn corrected
            prev = self._corrected_turn(history, negated, text) or prev
        asked_again = squash_spaces(_AGAIN_FILLER_RE.sub(" ", strip_accents(fold(question)))).strip(" ?.!,")
        again = bool(prev) and (_AGAIN_RE.fullmatch(strip_accents(fold(question)).strip(" ?.!,")) is not None
                                or (bool(asked_again) and _AGAIN_RE.fullmatch(asked_again) is not None))
        more = strip_accents(fold(question)).strip()
        if prev and not again and re.search(r"\w", more) and _MORE_RE.match(more):
            # the rest of the list asked last, past the turns that drilled into it ("việc nào có hạn?")
            again, prev = True, self._earlier_asking(history, _LIST_ASK_RE) or prev
        elif prev and not again and self._figure_followup(normalised) and not self._asks_figure(prev):
            # "Còn năm 2030?" / "con số đó đến 2030?" after a turn about who carries the target out: the figure
            # asked before it, for the year now named
            prev = self._earlier_asking(history, None) or prev
        if prev and again:
            # "chi tiết hơn", "nguồn ở đâu?": the previous question once more (its answer quotes and cites in full)
            text, _, _ = self.normalise(prev)
            notes = [f"again:{prev}"]
        elif prev and lang == "vi" and (self._english_followup(question, prev) or (
                len(_words(question)) <= 4 and self._language(prev) == "en" and self._is_followup(text))):
            # ("Còn năm 2030?" after an English question: the English question, for 2030)
            text, lang, notes = self.normalise(question, "en")
        # "ở đó Ban Dân tộc thành phố được giao gì?": a whole question of its own but for its place, which the
        # conversation gives (an earlier question, or the answer that named the plan)
        body = self.agency_phrase(_PLACE_REF_RE.sub(" ", text)) if prev and _PLACE_REF_RE.search(text) else None
        # (a body some plan has a section for: one named only inside another's tasks is read with the earlier turn)
        place_back = bool(body) and not again and _ask_of(text) is not None \
            and max((m.strength for m in self.match_agency(body, None)), default=0.0) >= STRONG_BODY
        if place_back:
            text = squash_spaces(_PLACE_REF_RE.sub(" ", text))
        elif prev and not again and self._is_followup(text):
            text = self._name_body(self._name_them(self._name_thing(text, prev, history), prev, history), prev, history)
            text, more = self._rewrite_followup(text, prev)
            notes += more
        detected, pnotes = self.detect_plans(text, question)
        # ("Tôi ở UBND quận Ninh Kiều, Cần Thơ. Kế hoạch của thành phố … bắt quận chúng tôi …?": the asker's unit,
        # referred to by its level, is asked of the plan above it — as that plan's body of that level)
        if introduced and (not _FIRST_PERSON_RE.search(introduced[1]) or (
                (_MY_UNIT_RE.search(introduced[1]) or _LIKE_ME_RE.search(introduced[1]))
                and (_PARENT_PLAN_RE.search(introduced[1]) or _names_plans(
                    self.detect_plans(introduced[1], introduced[1])[1])))):
            # "Tôi là Phó Chủ tịch UBND huyện Phong Điền (Cần Thơ). Kế hoạch … của thành phố giao …?": the asker's
            # own unit (no plan of its own loaded) only says who asks; the plan asked is the loaded one the
            # introduction names, and the question is not about the asker's unit
            unknown = [n.split(":", 1)[1] for n in pnotes if n.startswith(("unknown-place:", "unloaded-place:"))]
            if unknown and all(u in introduced[0] for u in unknown):
                bare = text
                for u in unknown:  # (each time: "quận chúng tôi" was named by the unit in full)
                    bare = bare.replace(u, " ")
                again_found, again_notes = self.detect_plans(bare, bare)
                if not _names_plans(again_notes) and (above := self._plans_above(unknown)):
                    # "Tôi ở UBND thị trấn Mỹ Lộc. …": a unit below a loaded plan of the same name (the district's
                    # seat) lies in that plan; its name, not the question, named the plan
                    again_found, again_notes = above, ["plans:" + ",".join(above)]
                    bare = text
                asked = self.agency_phrase(introduced[1], again_found)
                named = not asked or max((m.strength for m in self.match_agency(asked, again_found or None)),
                                         default=0.0) >= STRONG_BODY  # (the body asked about is one the plan names)
                if again_found and _MY_UNIT_RE.search(introduced[1]) and not self._above_all(again_found, unknown):
                    # "Tôi ở Phòng GD&ĐT huyện Vụ Bản, Nam Định. … huyện tôi …": the asker's unit is asked about, and
                    # the plan found is a sibling's (Mỹ Lộc, a district too), not the plan above it
                    again_found = None
                if again_found and _names_plans(again_notes) and named:
                    detected, pnotes = again_found, [*again_notes, "asker-place:" + ",".join(unknown)]
        if described:
            # the plans the description fits, of the level a level word names ("kế hoạch giai đoạn 2021-2030 của cấp
            # huyện"); none of that level: as the level word alone reads
            fit = [d for d in described if detected is None or d in detected]
            if fit:
                detected, pnotes = fit, [*pnotes, "plans:" + ",".join(fit), "described"]
        # a level word alone ("ngân sách huyện chiếm bao nhiêu?") names no plan when the conversation named one
        level_only = detected is not None and not any(n.startswith(("plans:", "unknown-place:", "unloaded-place:"))
                                                      for n in pnotes)
        notes += pnotes
        if history and _PLAN_BACK_RE.search(question) and not _names_plans(self.detect_plans(question, question)[1]):
            # "Kế hoạch liên tịch đó đặt …?" after an answer citing "Kế hoạch liên tịch số 45/KHLT-…" as a basis: the
            # loaded plan the answer named by its number (one only), not the plan the answer was about
            last = next((c for r, c in reversed(history) if r == "assistant" and c.strip()), "")
            joint = "liên tịch" in fold(question)
            cited = {d for m in _PLAN_NO_RE.finditer(last) if not joint or m.group(2).upper() == "KHLT"
                     for d in self._by_number.get(m.group(1), set())}
            if len(cited) == 1 and sorted(cited) != detected:
                detected, level_only = sorted(cited), False
                notes.append("plans-from-answer:" + ",".join(detected))
        if (detected is None or level_only) and prev and not _ALL_PLANS_RE.search(text):
            # the conversation fixed a plan ("… ở Huế"); "Vậy Sở Tài chính thì được giao việc gì?" stays there,
            # and so does every later question that names no place (the latest turn that named one counts)
            answers = [c for r, c in reversed(history or []) if r == "assistant" and c.strip()][:1] if place_back else []

            @cache
            def own_issuer() -> tuple[str, list[str]] | None:  # (this question's own, asked once for every turn)
                return self._unplaced_author(text, self.agency_phrase(text), _ask_of(text) or "general")

            for earlier in [*self._user_turns(history), *answers]:
                inherited, found = self.detect_plans(self.normalise(earlier)[0], earlier)
                if earlier not in answers and not _names_plans(found) \
                        and (fit := self._by_description(earlier, earlier=True)[1]):
                    inherited, found = fit, ["plans:" + ",".join(fit)]  # "Kế hoạch ban hành ngày 04/5/2024 …?"
                elif earlier not in answers and not _names_plans(found) and lang == "vi" and not own_issuer():
                    # "Hội Chữ thập đỏ mở bao nhiêu lớp …?": the plan its issuer named, with no place (unless this
                    # question names an issuer itself: "Còn bên Hội Nông dân thì …?")
                    said = self.normalise(earlier)[0]
                    if owner := self._unplaced_author(said, self.agency_phrase(said), _ask_of(said) or "general"):
                        inherited, found = owner[1], ["plans:" + ",".join(owner[1])]
                if earlier in answers and len(inherited or ()) != 1:
                    break  # an answer naming several plans points at none of them
                if inherited and _names_plans(found):
                    if len(inherited) > 1 and self._by_subject(text, inherited) == inherited:
                        # "Ai chủ trì, ở đâu?" after "Triển lãm trong Tuần lễ ở Đồng Nai …": the plan asked there
                        inherited = self._by_subject(self.normalise(earlier)[0], inherited)
                    detected = inherited
                    notes.append("plans-from-history:" + ",".join(inherited))
                    if len(inherited) == 1:  # read as asked there: "… ? (Mỹ Lộc)", as a rewritten follow-up is
                        text = f"{text} ({self.documents[inherited[0]].locality})"
                    break
            else:
                # no earlier question named a place ("Giải cuộc thi … trao ở đâu?"): the one plan the last answer
                # cited, by its file name or its title, is where the conversation stands
                cited_plan = self._answer_plan(history)
                if cited_plan is not None and not self._names_other_issuer(text, cited_plan):
                    detected = [cited_plan]
                    notes.append(f"plans-from-answer:{cited_plan}")
        chosen = list(plans) if plans else detected
        others = False
        if chosen and not plans and (aside := _PLACE_ASIDE_RE.search(text)) and _WHICH_PLANS_RE.search(text[aside.end():]):
            # "Ngoài Hà Nội, còn kế hoạch nào nói đến …?": every other loaded plan, each judged on its own
            set_aside = {d for d in chosen if fold(self.documents[d].locality) in fold(aside.group("place"))}
            if set_aside:
                chosen, others = [d for d in self.documents if d not in set_aside], True
                notes.append("plans-set-aside:" + ",".join(sorted(set_aside)))
        if chosen:
            text = self._spell_place_initials(text, chosen)
        if chosen and not plans and any(n.startswith(("unknown-place:", "unloaded-place:")) for n in notes) \
                and all(self._only_beside(text, self.documents[d].locality) for d in chosen):
            # "Xã Cầu Khởi cạnh Dương Minh Châu …": the loaded place only locates the one asked, which has no plan
            chosen = []
            notes.append("beside-loaded-place")
        kinds = {fold(k.group(1) or k.group(2)) for k in _PLAN_KIND_RE.finditer(text)}
        if chosen and len(chosen) > 1 and not plans and len(kinds) == 1:
            # "According to the commune plan …", "kế hoạch của Huyện ủy": of one place's plans, the kind named
            # (two kinds named, "kế hoạch Huyện ủy và kế hoạch xã", ask both)
            word = kinds.pop()
            of_kind = [d for d in chosen if (self._party_plan(d) if word in ("party", "huyện ủy", "đảng ủy", "tỉnh ủy")
                                             else self.documents[d].level == _PLAN_KIND_LEVEL.get(word))]
            # (another plan named by its own unit as well, "… và kế hoạch xã Tiểu Cần", is asked too)
            if of_kind and len(of_kind) < len(chosen) and not any(
                    self._called_by_own_unit(d, question) for d in chosen if d not in of_kind):
                chosen = of_kind
                notes.append("plan-kind:" + ",".join(of_kind))
        if chosen and len(chosen) > 1 and not plans and (by_subject := self._by_subject(text, chosen)) != chosen:
            chosen = by_subject
            notes.append("plan-subject:" + ",".join(by_subject))
        if lang == "en" and chosen:  # "Quang Tri" typed without accents: the plan's own spelling helps the match
            text += ", " + ", ".join(dict.fromkeys(self.documents[d].locality for d in chosen))
        # (the asked places' names are no ask: "Rạch Giá đặt chỉ tiêu bao nhiêu %" is no price, "giá … bao nhiêu")
        intent = _ask_of(self._place_names_re.sub(" ", text) if self._place_names_re else text) or "general"
        if intent == "target" and WHO_RE.search(question) and not _FIGURE_ASK_RE.search(question) \
                and not re.search(r"bao nhiêu|%|\bhow (?:much|many)\b|\bwhat (?:is|are) the\b", question, re.I):
            intent = "general"  # "Who monitors the 'learning citizen' target?": a body is asked, not the figure
        if intent == "general" and lang == "vi" and _WHICH_YEAR_RE.search(text):
            intent = "deadline"  # "Mỹ Lộc sơ kết, tổng kết Đề án vào năm nào?": the year a task is done
        if intent != "money" and any(n.startswith("diacritics:") for n in notes) \
                and _PLAIN_MONEY_RE.search(strip_accents(fold(question))):
            intent = "money"  # "bao nhieu tien" typed without accents: the accents put back may miss ("tiên")
        if intent == "funding" and not _QUESTION_WORD_RE.search(text) and not _COMMAND_RE.match(text) \
                and _AMOUNT_FOR_RE.search(self._without_places(text, chosen or ())):
            # typed as keywords, "kinh phí lớp kỹ năng số cho người dân" asks the amount ("kinh phí an lão" names
            # only the plan: its funding part)
            intent = "money"
        if intent == "money" and _SOURCES_ASK_RE.search(text):
            intent = "funding"  # "… bao nhiêu, từ những nguồn nào?": the funding part whole, amounts and sources
        text, excluded = self._set_aside(text, chosen)
        if excluded:
            notes.append(f"excluded:{excluded}")
        phrase, issuer = self._agency_and_issuer(self._spell_initials(text), chosen)
        unplaced = not chosen and not plans and not any(n.startswith(("unknown-place:", "unloaded-place:")) for n in notes)
        if not issuer and unplaced and lang == "vi" \
                and (owner := self._unplaced_author(self._spell_initials(text), phrase, intent)):
            # "Liên minh HTX tỉnh chọn bao nhiêu HTX thí điểm …?", naming no place: the one loaded plan that body
            # issued, not another plan's request to it
            issuer, chosen = owner
            notes.append("plans-by-issuer:" + ",".join(chosen))
            if phrase == issuer and self._own_level_body(chosen[0], phrase):
                phrase = None  # the body acting in its own plan ("Hội Nông dân tổ chức …") is no body asked of it
        elif not issuer and chosen and not plans and lang == "vi" and _BOTH_ASKED_RE.search(text) \
                and (owner := self._unplaced_author(self._spell_initials(text), None, intent)) \
                and not set(owner[1]) & set(chosen):
            # "Tỉnh đoàn yêu cầu bao nhiêu đội hình, và ĐH Tây Nguyên cam kết cử bao nhiêu?": the plan a place (or an
            # organisation) names and the plan its issuer's act names, side by side
            chosen = sorted({*chosen, *owner[1]})
            notes.append("plans-by-issuer:" + ",".join(owner[1]))
            if phrase and _without_unit_tail(_words(phrase)) == _without_unit_tail(_words(owner[0])) \
                    and self._own_level_body(owner[1][0], phrase):
                phrase = None  # (the issuer acting in its own plan is no body asked of it)
        if not issuer and lang == "en" and (owner := self._english_issuer(question, chosen)
                                            or (unplaced and self._english_issuer(question, None, lower=True))):
            # "the Labour Federation's scoring rubric", "the plan of the Economic Zone Authority": of the loaded
            # plans, the one that body issued (an English body is named in the plans' words through the glossary)
            issuer, chosen = owner
            notes.append("plans-by-issuer:" + ",".join(chosen))
            if phrase and fold(phrase) == fold(issuer):
                # "What does the cooperative alliance ask the farmers' union to do?": the other body the glossary
                # named, when the owner's plan names it
                phrase = next((t for t in english_terms(question) if fold(t) != fold(issuer) and self.agency_phrase(t)
                               and self.agency_known(t, chosen)), None)
        if issuer and (own := self._issued_by(issuer, chosen)):
            # "Còn kế hoạch của Hội Khuyến học tỉnh thì ai ký?": of the place's plans, the one that body issued
            chosen = own
            notes.append("plans-by-issuer:" + ",".join(own))
        if issuer and chosen and all(self._issues(d, issuer) for d in chosen):
            # (the plan named by its issuer is asked as a plan: a place its table lists, carried over from an
            # earlier turn, is no row asked of it; one the question itself names is)
            asked_now = strip_accents(fold(question))
            notes = [n for n in notes if not n.startswith("listed-place:") or n.split(":", 1)[1] in asked_now]
        if not phrase and not issuer and lang == "vi" and INTENTS["agency"].search(text) \
                and (sector := _SECTOR_RE.search(text)) \
                and not any(fold(sector.group(0)) in fold(self.documents[d].title) for d in chosen or ()):
            # (not the sector a plan is for: "ngành Văn hóa, Thể thao và Du lịch" of the ministry's own plan)
            # "Bên giáo dục ở Huế được giao gì?": the body the asked plans name for that sector ("Sở Giáo dục và Đào
            # tạo"); none named: the plan's item for its bodies as a whole, else no body of the plan is asked
            phrase = self._sector_phrase(fold(sector.group(1) or sector.group(2)), sector.group(0), chosen, notes)
            intent = "agency" if phrase is None else intent
        if not phrase and not issuer and lang == "en" and (sector := _EN_SECTOR_RE.search(question)):
            # "the transport department", "the health sector": the body the asked plans name for that sector
            phrase = self._sector_phrase(_EN_SECTORS[fold(sector.group(1))], sector.group(0), chosen, notes)
        if phrase and (do := _DO_TO_RE.search(text)) and text.find(phrase) > do.end() \
                and not self._agency_and_issuer(text[:do.start()], chosen)[0]:
            phrase = None  # "Phường X làm gì để nâng cao … của TTHTCĐ?": the place acts; the body is the topic
        matches: list[AgencyMatch] = []
        agency = None
        if phrase and (forms := BODY_FORMS.get(fold(phrase))) and chosen:
            # "Bộ đội ở Cần Thơ": the body a plan names in its own words ("Bộ Chỉ huy Quân sự thành phố")
            own = [name for d, _, name, _, _ in self.agencies if d in chosen and any(f in fold(name) for f in forms)]
            if own and not any(fold(phrase) in fold(name) for name in own):
                text = re.sub(re.escape(phrase), own[0], text, count=1, flags=re.I)
                phrase = own[0]
        if phrase and chosen and not plans and any(n.startswith("level:") for n in notes) \
                and not self.agency_known(phrase, chosen):
            # "Vụ Thư viện … cho thư viện cấp tỉnh": the level words told what the task is for, not whose plan it
            # is; the plans naming the body answer
            if knowing := [d for d in self.documents if self.agency_known(phrase, [d])]:
                chosen = knowing
                notes = [n for n in notes if not n.startswith("level:")]
        either = self._either_bodies(text, phrase, chosen) if phrase and lang == "vi" else []
        if phrase and lang == "en" and (pair := either_terms(question)) and all(self.agency_phrase(t) for t in pair):
            either = list(pair)  # "the police or the military command", put into the plans' words by the glossary
        if either and (known := [p for p in either if self.agency_known(p, chosen)]) and len(known) == 1:
            # "Ban Thi đua - Khen thưởng hay Sở Nội vụ?" of a plan naming only the Sở: the body it names is asked
            phrase, either = known[0], []
        elif either and len(known) < 2:
            either = []
        if either:
            # "Công an hay Bộ CHQS chủ trì lớp xóa mù chữ …?": two bodies offered, neither asserted; both items are
            # searched and the task's words tell which one the plan gives it to
            by = {p: self._by_role(self.match_agency(p, chosen if chosen else None), text) for p in either}
            fit = {p: self._task_fit(text, either, by[p]) for p in either}
            top = max(fit.values())
            # (the item holding more of the task's word pairs is the one given it; a tie leaves both to retrieval)
            matches = next((by[p] for p in either if fit[p] == top and top and list(fit.values()).count(top) == 1),
                           [m for p in either for m in by[p]])
            notes.append("either-bodies:" + "|".join(either))
            phrase = None
            intent = "general" if intent == "agency" else intent
        if phrase:
            matches = self._by_role(self.match_agency(phrase, chosen if chosen else None), text)
            # the plan's own issuer ("Sở GD&ĐT" of the Sở's plan) is not its district kin ("Các phòng GD&ĐT"):
            # the whole plan is the issuer's, so the question is about the plan
            matches = [m for m in matches if not (m.alias and self._issues(m.doc, phrase))]
            if chosen and all(self._issues(d, phrase) for d in chosen) \
                    and all(fold(m.name).endswith(fold(phrase)) and fold(m.name) != fold(phrase) for m in matches):
                matches = []  # "Công an tỉnh" of the police force's own plan: not its "Đoàn Thanh niên Công an tỉnh"
            own = [d for d in chosen or () if self._issues(d, phrase)]
            one_place = len({self.documents[d].locality for d in chosen or ()}) == 1
            if not matches and own and (len(own) == len(chosen or ()) or (one_place and not plans)):
                # no asked plan names the body among its bodies, and it issued some of them: "Hội Luật gia tỉnh
                # Ninh Bình phải tổ chức bao nhiêu buổi …?" asks its own plan, whose whole text is its work
                if len(own) < len(chosen or ()):
                    chosen = own
                    notes.append("plans-by-issuer:" + ",".join(own))
                phrase, issuer = None, issuer or phrase
                intent = "general" if intent == "agency" else intent
        if phrase and chosen and max((m.strength for m in matches), default=0.0) < STRONG_BODY \
                and (parent := self._parent_body(phrase, text, chosen)):
            # "Ban Thường vụ Hội Khuyến học huyện", "Phòng GDTX của Sở GD&ĐT": a unit of a body the asked plan names,
            # never named itself; the body's item is the one its unit works under, said so in the answer (with no
            # plan asked, "Ban Tuyên truyền của Hội Khuyến học tỉnh" stays the body asked: whose Hội is unknown)
            unit = re.sub(r"\s+\w\.?$", "", phrase)  # ("… Hội Khuyến học h.": a level cut short)
            notes.append(f"catch-all:{unit}")
            phrase, matches = parent[0].name, parent
        if phrase:
            agency = phrase
            # no plan names it: "Sở Y tế", or "Ban Tổ chức" that only half-matches "các tổ chức …"
            if max((m.strength for m in matches), default=0.0) < STRONG_BODY and not self.agency_known(phrase, chosen):
                general = self._catch_all(phrase, chosen) if _OWN_UNNAMED_RE.search(question) else None
                old = None if general or not _REFORM_RE.search(question) else self._predecessor(phrase, chosen)
                if old:
                    # "Sở Dân tộc và Tôn giáo Hà Nội …" of a plan written before 2025: the body it merged ("Ban Dân
                    # tộc Thành phố") is the one the plan gives the task, said so in the answer
                    notes.append(f"predecessor:{phrase}={old}")
                    agency = phrase = old
                    matches = self._by_role(self.match_agency(old, chosen), text)
                elif general:
                    # "Đơn vị tôi là Phòng Nội vụ huyện …, bên tôi phải làm gì?": the asker's body has no item of
                    # its own; the plan's item for its kind as a whole ("7. Các phòng, ban, ngành của huyện") is
                    # what applies to it, said so in the answer
                    notes.append(f"catch-all:{phrase}")
                    agency, phrase = general.name, general.name
                    matches = [general]
                elif _no_name(phrase):
                    # "các phòng gặp vướng mắc khi …": a unit word and the words of the ask name no body; the
                    # question asks of the plan
                    agency, phrase = None, None
                elif (kin := self._branch_of(phrase, chosen)) is not None:
                    # "Tôi ở Hội Cựu chiến binh xã Mỹ Hà": a body's branch in a unit the plan never names; the
                    # plan's item for that body ("Hội Cựu chiến binh huyện") is the one it works under, said so
                    notes.append(f"catch-all:{phrase}")
                    agency, phrase = kin.name, kin.name
                    matches = [kin]
                else:
                    notes.append(f"unknown-agency:{phrase}")
            elif matches and (("phòng" in fold(question) and self._district_office_of_province(phrase, chosen, matches))
                              or self._province_office_of_district(question, chosen, matches)):
                # (named in this question: "cơ quan tương ứng" of a body carried over is the plan's own Sở)
                notes.append(f"unknown-agency:{phrase}")
                matches = []
        if not phrase and not issuer and chosen and intent == "agency" and lang == "vi" and not _WHO_ANY_RE.search(text) \
                and (named := self._headless_body(text, chosen)):
            # "báo chí của Hà Nội có trách nhiệm gì?": a body typed without its head ("Cơ quan thông tấn, báo chí …")
            phrase = agency = named
            matches = self._by_role(self.match_agency(named, chosen), text)
        if not phrase and chosen and (event := _EVENT_RE.search(text)):
            # "Hội thi Gia đình học tập tiêu biểu … tổ chức vào tháng mấy?": an event the asked plans never name
            # (its first words after the head, as the plan would write them) is not answered by their other lines
            named = _QUOTES_RE.sub("", fold(" ".join([event.group(1), *event.group(2).split()[:3]])))
            if not any(named in self._unquoted(d) for d in chosen):
                phrase = agency = None
                notes.append(f"unknown-agency:{event.group(1)} {event.group(2).strip()}")
        if lang == "en" and (not phrase or _EN_REPORTS_TO_RE.search(question)) \
                and (units := _EN_LOCAL_BODY_RE.search(question)):
            # "must the communes and wards send …": the local People's Committees act, not the places (nor the
            # office they report to)
            kinds = [_EN_LOCAL_UNITS[_singular_en(u)] for u in units.groups() if u]
            phrase = "Ủy ban nhân dân các " + ", ".join(dict.fromkeys(kinds))
            matches = self._by_role(self.match_agency(phrase, chosen if chosen else None), text)
            agency = phrase
        if lang == "en" and not phrase and not issuer:
            # an English body the glossary cannot put into the plans' words ("the Chamber of Commerce"): no plan
            # can be shown to name it, and quoting some other body's lines would be a wrong answer
            body = _english_body(question)
            # (a body the glossary did put into the plans' words, and that a plan asked names: "the city Party
            # Committee" → "Thành ủy")
            glossed = [t for n in notes if n.startswith("english-terms:") for t in n.split(":", 1)[1].split(",") if t]
            if body and any((_PARTY_BODY_RE.match(t) or self.agency_phrase(t)) and self.agency_known(t, chosen)
                            for t in glossed):
                body = None
            if body:
                agency = body
                notes.append(f"unknown-agency:{body}")
        # "Huế khuyến khích cơ sở GDTX hợp tác với trường đại học để làm gì?": the aim of one task is written on its own
        # line ("… nhằm mở rộng cơ hội học tập"), not in the plan's Mục đích; asked why, even of a body's task ("Vì sao
        # Sở Tài chính phải rà soát, hoàn thiện chính sách …?"), not the body's whole item
        task_aim = intent == "purpose" and bool(chosen) and lang == "vi" \
            and not re.search(r"mục đích|mục tiêu", text, re.I) and not REQUIREMENT_RE.search(text) \
            and self._task_with_aim(text, chosen or [])
        if task_aim and re.search(r"\b(?:vì sao|tại sao|lý do)\b", text, re.I):
            intent = "general"
            notes.append("task-aim")
        if intent == "purpose" and not re.search(r"mục đích|purpose|\baims?\b", text, re.I) and (
                (matches and max(m.strength for m in matches) >= STRONG_BODY)
                or (phrase and _ACTS_WITH_RE.search(text))):
            intent = "agency"  # "Phòng X phối hợp với ai và để làm gì?": a body's tasks, not the plan's purpose
        if task_aim and intent == "purpose":  # (a body's "phối hợp với ai, để làm gì?" stays its tasks)
            intent = "general"
            notes.append("task-aim")
        if intent == "funding" and matches and max(m.strength for m in matches) >= STRONG_BODY and _TASK_ASK_RE.search(text):
            intent = "agency"  # "UBND các xã phải làm gì về ngân sách?": the body's own tasks on the money
        if intent == "agency" and _ROLE_IS_RE.match(text):
            # "Thường trực Ban Chỉ đạo … là cơ quan nào?": which body holds the role, found in the lines naming it
            intent, agency, matches = "general", None, []
        if intent == "agency" and not phrase and not agency:
            intent = "general"  # "phần nhiệm vụ và giải pháp": a section of the plan, not an agency's duties
        years = [int(y) for y in _YEAR_RE.findall(_ISSUE_YEAR_RE.sub(" ", text))]
        if not years and chosen and (end := _PERIOD_END_RE.search(text)):
            # "đến cuối giai đoạn": the last year of the asked plan's period
            ends = {int(p[-4:]) for d in chosen if re.fullmatch(r"\d{4}\s*-\s*\d{4}", p := self.documents[d].period or "")}
            if len(ends) == 1:
                years = [ends.pop()]
                text = f"{text[:end.start()]} năm {years[0]}{text[end.end():]}"
        if intent == "general" and years and not agency and not _ASK_WORD_RE.search(text) \
                and not _NOT_TARGET_TOPIC_RE.search(text):
            intent = "target"  # "Tây Ninh gia đình học tập năm 2030?": keywords and a year ask the year's target
        if years and chosen and len(chosen) > 1 and not plans:
            chosen = self._of_years(chosen, years)
        elif chosen and len(chosen) > 1 and not plans and _LATEST_RE.search(question):
            chosen = self._latest(chosen)  # "theo kế hoạch mới nhất của huyện …": its latest plan
            notes.append("latest-plan:" + ",".join(chosen))
        # ("tính theo số lượng hay phần trăm?": either is asked, whichever the plan sets)
        percent = bool(_PERCENT_ASK_RE.search(text)) and not _EITHER_MEASURE_RE.search(text) \
            and not ITEM_COUNT_RE.search(text)
        day = bool(_DAY_ASK_RE.search(text))
        if day and (((cited := _CITED_DOC_DATE_RE.search(text)) and not any(
                number_as_asked(self.documents[d].number) == cited.group(1).lstrip("0") for d in chosen or ()))
                or _CITED_DOC_NUMBER_RE.search(text)):
            # "Chương trình phối hợp số 03 … được ký ngày nào?": a cited document's date, which its citation line
            # gives, is no deadline
            day, intent = False, "general" if intent == "deadline" else intent
        # a sanction asked outweighs the date it is for ("what penalty … for missing the deadline?")
        value = ("amount" if intent == "money" else "percent" if percent and intent == "target" else
                 "sanction" if _SANCTION_ASK_RE.search(question) else
                 "cadence" if _CADENCE_ASK_RE.search(text) else
                 "date" if day else None if ITEM_COUNT_RE.search(text) or _LISTED_COUNT_RE.search(text) or (
                     _GRADE_ASK_RE.search(text) and not _FIGURE_ASK_RE.search(_GRADE_ASK_RE.sub(" ", text))) else "count" if _COUNT_ASK_RE.search(text) and (intent != "agency" or _HOW_MANY_RE.search(text)) else
                 "figure" if intent == "target" and (_FIGURE_ASK_RE.search(text) or (
                     years and _TARGET_OF_YEAR_RE.match(text) and not _WHICH_RE.search(text))) else None)
        if value and any(n.startswith("followup:") for n in notes) and _WHO_ASKS_RE.search(question):
            # "Ai tham mưu bố trí khoản đó?" after "… bao nhiêu?": a body is asked now, not the figure again
            value, intent, agency, matches = None, "general", None, []
        indicator = ""
        if value in ("percent", "count", "amount", "figure"):
            words = _PLAN_NO_RE.sub(" ", text)  # "Kế hoạch 42/KH-UBND": a document's number measures nothing
            # "… là 55,55% phải không?": the figure the asker checks, and the check, measure nothing either
            words = _CHECKED_FIGURE_RE.sub(" ", _CHECK_TAIL_RE.sub(" ", words))
            # the places asked about are not what is measured; an "agency" phrase here is the indicator's
            # subject ("trung tâm học tập cộng đồng ứng dụng …") and stays
            words = _PLACE_UNIT_RE.sub(" ", words)
            # "Huyện giao xã X …", "kế hoạch của huyện đặt chỉ tiêu …" of a chosen plan: the level that assigns or
            # sets it, not the measure (with no plan chosen, "của tỉnh đặt …" is what names the province's plan)
            words = (_LEVEL_SETS_RE if chosen else _LEVEL_ASSIGNS_RE).sub(" ", words)
            keys = [k.split() for k in {n for doc in chosen or [] for n in self.names_of.get(doc, ())}]
            # (and a village or former commune a table lists: "thôn Bắc Sơn" is where, not what is measured)
            keys += [k.split() for n in notes if n.startswith("listed-place:") for k in n.split(":", 1)[1].split(",")
                     if k and k == " ".join(_words(k))]
            words = _MY_PLACE_RE.sub(" ", words)  # "Nhà tôi ở …", "thôn mình": the asker's place, no measure
            toks = words.split()
            plain_toks = [" ".join(_words(t)) for t in toks]
            drop: set[int] = set()
            for k in keys:
                for i in range(len(toks) - len(k) + 1):
                    if plain_toks[i:i + len(k)] == k:
                        drop.update(range(i, i + len(k)))
                        # and the unit word before the name ("xã cẩm bình" typed in lower case)
                        if i >= 1 and {plain_toks[i - 1]} in _UNIT_TOKENS:
                            drop.add(i - 1)
                        elif i >= 2 and plain_toks[i - 2:i] in _UNIT_PAIRS:
                            drop.update((i - 2, i - 1))
            words = " ".join(t for i, t in enumerate(toks) if i not in drop)
            if phrase and re.search(rf"{re.escape(phrase)}\s+(?:phải|cần|sẽ|có nhiệm vụ|được giao|chịu trách nhiệm)\b",
                                    words):
                words = words.replace(phrase, " ")  # "Sở X phải đào tạo … bao nhiêu lao động": the actor, not the measure
            if issuer:
                words = words.replace(issuer, " ")  # "Sở GD&ĐT đặt tỷ lệ … bao nhiêu?": the plan's issuer sets it
            if (given := _GIVES_RE.search(words)) and (to := self._agency_re.match(words[given.end():])):
                # "Hội Khuyến học tỉnh giao cho Hội Khuyến học thành phố X tỷ lệ … bao nhiêu?": who gives and who
                # is given are no part of what is measured
                words = words[given.end() + to.end(1):]
            if value == "amount":
                # what the money is for ("kinh phí mua sách cho thư viện"): the words right after the money word
                # and after "cho / để", not the words for money, nor the plan's own subject (its title)
                parts = [g for m in _AMOUNT_FOR_RE.finditer(words) for g in m.groups() if g] if lang == "vi" else []
                if lang == "vi" and (subject := _AMOUNT_SUBJECT_RE.match(words)):
                    parts.append(subject.group(1))  # "Lớp tiếng Hàn … tốn bao nhiêu?": what the money is for
                # (nor its issuer's name: "kinh phí kế hoạch Hội Liên hiệp Phụ nữ tỉnh" asks the plan's money)
                titles = {strip_accents(w) for d in chosen or [] for w in re.findall(r"\w+", fold(
                    f"{self.documents[d].title} {expand_abbreviations(self.documents[d].issuer)}"))}
                kept = MONEY_WORDS_RE.sub(" ", _VALUE_WORDS.sub(" ", " ".join(parts)))
                indicator = " ".join(w for w in re.findall(r"\w+", kept)
                                     if strip_accents(fold(w)) not in titles and fold(w) not in _AMOUNT_GLUE)
            else:
                counted = _COUNTED_RE.search(words) if value == "count" and lang == "vi" else None
                # "… mở được bao nhiêu lớp?": what is counted follows the ask; the verb before it is no part of it
                indicator = squash_spaces(_VALUE_WORDS.sub(" ", counted.group(1) if counted and _VALUE_WORDS.sub(
                    " ", counted.group(1)).strip() else words))
        if indicator:
            # what is measured is what the official typed: not the plans' wording added beside an everyday word
            # ("biết chữ (xóa mù chữ)") nor a filler opening a follow-up ("Thôi, vậy …")
            for n in notes:
                if n.startswith("synonyms:"):
                    for added in n.split(":", 1)[1].split(","):
                        indicator = indicator.replace(f"({added})", " ")
            # (nor the plans' wording a follow-up's rewritten text carries over: "… mức độ 2 (xóa mù chữ)")
            indicator = re.sub(r"\s*\([^()]*\)", " ", indicator).strip() or indicator
            indicator = squash_spaces(re.sub(r"^(?:(?:thôi|vậy|thế|rồi|còn)\b[,\s]*)+", "", indicator.strip(),
                                             flags=re.I)) or indicator
            # "bao nhiêu giờ một năm": the time it is counted over is no part of what is counted
            # ("mức độ một", "Bảng 1" keep theirs: a level's or a table's number)
            # (only off a unit counted, "giờ một", "chuyên đề mỗi": a longer indicator keeps what it says)
            unit = re.sub(r"(?<!\bđộ)(?<!\bbảng)(?<!\bloại)(?<!\bcấp)(?<!\bhạng)\s+(?:một|mỗi)$", "", indicator,
                          flags=re.I)
            indicator = unit if unit and len(unit.split()) <= 2 else indicator
        if indicator and lang == "en":
            # an English question measures what its glossary terms name in the plans' words ("workers" → "người lao
            # động"), not its English words nor the body or the time it names
            places = {fold(self.documents[d].locality) for d in chosen or []}
            # a body is what is counted when "how many" names it ("How many community learning centres …?")
            how_many = re.search(r"\bhow many\s+((?:[\w'-]+\s+){0,3}[\w'-]+)", question, re.I)
            counted_en = set(english_terms(how_many.group(1))) if how_many else set()
            vi_terms = [t for n in notes if n.startswith("english-terms:") for t in n.split(":", 1)[1].split(",")
                        if t.strip() and (t.strip() != phrase or t.strip() in counted_en)
                        and not _EN_FRAME_TERM_RE.fullmatch(t.strip())
                        and fold(t.strip()) not in places]
            # (a term's alternatives, "tập huấn đào tạo bồi dưỡng", each once)
            vi_words = re.findall(r"[^\W\d_]+", _VALUE_WORDS.sub(" ", " ".join(vi_terms)))
            # and the names it writes as the plans do ("VietGAP", "VNeID")
            vi_words += [w for w in re.findall(r"[A-Za-z]+", question)
                         if re.search(r"[a-z]", w) and sum(c.isupper() for c in w) >= 2]
            indicator = " ".join(dict.fromkeys(vi_words)) or indicator
            if how_many and _EN_PEOPLE_RE.match(how_many.group(1)) and not indicator.startswith("người"):
                indicator = f"người {indicator}"  # "How many people … vocational training": people trained
        recipient = ""
        if value == "amount" and phrase:
            at = text.find(phrase)
            if at > 0 and _FOR_RE.search(text[:at]):
                # the body's name without the place and year that follow it ("… cộng đồng xã Cẩm Bình năm 2025")
                recipient = _BODY_END_RE.split(phrase, maxsplit=1)[0].strip()
        asked_doc = _DOCUMENT_ASK_RE.search(question) or _EN_DOCUMENT_ASK_RE.search(question)
        document_kind = "" if not asked_doc else fold(asked_doc.group(1)) if lang == "vi" else \
            _EN_DOCUMENT_KIND[fold(asked_doc.group(1))]
        sources = ({budget_source(m) for m in BUDGET_SOURCE_RE.finditer(text)} if lang == "vi" else
                   {_EN_SOURCES[fold(g)] for m in _EN_SOURCE_RE.finditer(question) for g in m.groups() if g}) \
            if value == "amount" else set()
        if any(n.startswith("predecessor:") for n in notes):  # "(đã nhận mảng TT&TT từ 2025)" dates the merger
            years = [y for y in years if not all(_REFORM_RE.search(question[max(0, m.start() - 60):m.start()])
                                                 for m in re.finditer(rf"\b{y}\b", question))]
        agency, partner = self.partner_of(text, agency) if agency else (agency, "")
        if asks_correction(question) and not re.search(r"\d", _CORRECT_RE.sub(" ", question)) \
                and value in ("amount", "count", "figure", "percent"):
            value, indicator = None, ""  # a draft to correct that states no figure asks for none ("… lập dự toán …")
            intent = "funding" if intent == "money" else intent
        return Query(raw=question, text=text, plans=chosen, agency=agency, intent=intent, language=lang, partner=partner,
                     years=years, notes=notes, percent=percent, day=day, current=self._present_asked(text, chosen) or self._present_asked(question, chosen) or self._past_result(notes, f"{question} {text}"),
                     figure=value is not None or intent in ("target", "money")
                     or (bool(years) and bool(re.search(r"mục tiêu|chỉ tiêu|\btargets?\b|\bgoals?\b", text, re.I)))
                     or (intent != "legal" and bool(_FIGURE_ASK_RE.search(text))),
                     recipient=recipient, issuer=issuer, document_kind=document_kind, excluded=excluded,
                     bound=(asked_bound(question) or asked_bound(text)) if intent == "target" else None,
                     per_unit=value == "amount" and bool(PER_UNIT_RE.search(text) or EN_PER_UNIT_RE.search(question)), source=sources.pop() if len(sources) == 1 else "",
                     all_plans=others or (not chosen and bool(_WHICH_PLANS_RE.search(text))),
                     quoted=self._quoted(question, text), value=value, indicator=indicator,
                     undescribed=next((n.split(":", 1)[1] for n in notes if n.startswith("undescribed:")), ""),
                     # (each place once: "Mỹ Hà" named twice is one place not loaded)
                     missing_places=list(dict.fromkeys(n.split(":", 1)[1] for n in notes
                                                       if n.startswith(("unknown-place:", "unloaded-place:")))),
                     unknown_agency=next((n.split(":", 1)[1] for n in notes if n.startswith("unknown-agency:")),
                                         None),
                     listed_places=[t for n in notes if n.startswith("listed-place:")
                                    for t in n.split(":", 1)[1].split(",") if t],
                     english_terms=[t for n in notes if n.startswith("english-terms:")
                                    for t in n.split(":", 1)[1].split(",") if t]), matches

    def _quoted(self, raw: str, text: str) -> dict[str, list[str]]:
        """Per plan, the quoted names of the question that the plan does not repeat everywhere."""
        names = list(dict.fromkeys(fold(q) for q in _QUOTED_RE.findall(f"{raw} {text}")))
        # a part named by its own label ("Chương trình 1", "Dự án 2"): where a plan heads a part so ("1. Chương
        # trình 1: Thư viện …"), it is named as if quoted
        labels = list(dict.fromkeys(fold(m.group(0)) for m in _LABELLED_PART_RE.finditer(raw)))
        if not names and not labels:
            return {}
        return {doc: [q for q in names if folded.count(q) <= MAX_QUOTE_REPEATS]
                + [lb for lb in labels if re.search(rf"(?<!\w){re.escape(lb)}\s*[:.–-]", folded)]
                for doc, folded in self.folded.items()}

    def _name_them(self, text: str, prev: str, history: list[tuple[str, str]] | None) -> str:
        """"Và ai phối hợp với họ?" after "Ai tuyên truyền …?" was answered "Công an xã …": "họ" is the body
        the last answer named, when the question before named none."""
        # (the question before may name a role it asked the holder of: "Ai là đầu mối …?" answered by a body)
        # ("Họ phải tham mưu UBND thành phố gì?": "họ" opens the question, the body named after it is its object)
        subject = _THEY_FIRST_RE.match(text) is not None
        if not re.search(r"\bhọ\b|\bthey\b|\bthem\b", text, re.I) or (self.agency_phrase(text) and not subject):
            return text
        asked = self.agency_phrase(prev)
        if asked and not (_WHO_ASKS_RE.search(prev) or _IS_WHO_RE.search(prev)):
            # "Năm 2024 thì họ được giao …?" after "Phòng LĐTBXH phải làm gì?": the body asked before acts again
            if _THEY_ACT_RE.search(text):
                return re.sub(r"\bhọ\b", asked, text, count=1, flags=re.I)
            return text
        body = self._answer_body(history)
        return re.sub(r"\bhọ\b|\bthey\b|\bthem\b", body, text, count=1, flags=re.I) if body else text

    @staticmethod
    def _name_thing(text: str, prev: str, history: list[tuple[str, str]] | None) -> str:
        """"Vậy cụm đó học ở đâu?" after an answer naming "Cụm Đồng Hới - Bố Trạch": the one thing of that kind
        the last answer named by its proper name, which the question before did not (that one the follow-up keeps
        anyway); several of that kind named, or none, leave the question as it is."""
        m = _THING_REF_RE.search(text)
        answer = next((c for r, c in reversed(history or []) if r == "assistant" and c.strip()), "")
        if not m or not answer:
            return text
        kind = m.group(1).lower()
        names = {f"{n.group(1)} {n.group(2) or n.group(3)}" for n in _THING_NAME_RE.finditer(answer)
                 # (a proper name of two words or more: "lớp Trung cấp …" is no name "lớp Trung")
                 if n.group(1).lower() == kind and (n.group(2) or len(re.findall(_NAME_WORD, n.group(3))) >= 2)}
        if len(names) != 1 or fold(next(iter(names))) in fold(prev):
            return text
        return f"{text[:m.start()]}{next(iter(names))}{text[m.end():]}"

    def _answer_body(self, history: list[tuple[str, str]] | None) -> str | None:
        """The body the last answer named."""
        answer = next((c for r, c in reversed(history or []) if r == "assistant" and c.strip()), "")
        body = self.agency_phrase(self.normalise(answer, "vi")[0]) if answer else None
        if answer:
            # a body named by its plan's own long title ("Công chức phụ trách giáo dục - đào tạo (Phòng …)"): the
            # plan's name for it, when the answer opens with one, over the short phrase read off its words
            head = re.split(r"[.;:\n]", answer.strip(), maxsplit=1)[0]
            named = [m for m in self.match_agency(head, None) if m.strength >= STRONG_BODY and fold(m.name) in fold(head)]
            if named:
                body = max(named, key=lambda m: len(m.name)).name
        return body

    def _name_body(self, text: str, prev: str, history: list[tuple[str, str]] | None) -> str:
        """"Ở Cần Thơ sở này làm gì?", "cơ quan này báo cáo lên đâu?": the body the previous question asked about,
        or, when it asked who ("cơ quan nào là thường trực?"), the body its answer named."""
        m = _BODY_REF_RE.search(text)
        if not m:
            return text
        prev_text = self.normalise(prev)[0]
        body = self.agency_phrase(prev_text)
        head = m.group(0).split()[0]
        # ("Cơ quan thường trực … là ai?": the previous question named a role, its answer the body)
        if not body or _WHO_ASKS_RE.search(prev) or re.search(r"\blà (?:ai|cơ quan nào|đơn vị nào)\b|\bwho is\b", prev, re.I) \
                or re.match(r"(?:cơ quan|đơn vị|bộ phận)\b", body, re.I):
            body = self._answer_body(history) or body
        elif fold(head) not in ("cơ", "đơn") and not fold(body).startswith(fold(head)) \
                and (named := self._answer_body(history)) and fold(named).startswith(fold(head)):
            body = named  # "Sở đó" after "UBND các xã … gửi về đâu?" answered "Về Sở GD&ĐT": the Sở the answer named
        if not body:
            # "ban đó" after "Cần Thơ có ban chỉ đạo XHHT không?": the previous question's words under that head
            named = re.search(rf"\b{re.escape(head)}\s+(.{{3,60}}?)(?=\s+(?:không|có|là|ở|của|thì|được|phải|làm)\b|"
                              rf"[?,.;]|$)", prev_text, re.I)
            body = f"{head} {named.group(1)}" if named else None
        if not body:
            return squash_spaces(f"{text[:m.start()]} {text[m.end():]}")  # a reference to nothing names no body
        asked, named = self.detect_plans(text, text)
        if asked and _names_plans(named):  # (a place named, not a level word: "… với UBND quận, huyện")
            # "Ở Mỹ Lộc có phòng nào làm việc tương tự?" after An Lão's "Phòng Văn hóa Khoa học và Thông tin", "Về lại
            # An Lão: trung tâm đó …" after Mỹ Lộc's centre: the plan now asked names its own body of the nearest name
            found = self.match_agency(body, asked)
            near = max(found, key=lambda a: a.strength, default=None)
            if near is not None and near.strength >= COUNTERPART_BODY \
                    and not any(_words(a.name) == _words(body) for a in found):  # (its own name there: kept)
                body = near.name
        return squash_spaces(f"{text[:m.start()]} {body} {text[m.end():]}")

    def _previous_question(self, history: list[tuple[str, str]] | None) -> str | None:
        return next(iter(self._user_turns(history)), None)

    @staticmethod
    def _only_beside(text: str, locality: str) -> bool:
        """Is the loaded place named only as a landmark for another ("cạnh Dương Minh Châu", "giáp huyện …")?"""
        plain = strip_accents(fold(text))
        name = re.escape(strip_accents(fold(locality)))
        named = list(re.finditer(rf"\b{name}\b", plain))
        return bool(named) and all(_BESIDE_RE.search(plain[:m.start()][-40:]) for m in named)

    def _earlier_asking(self, history: list[tuple[str, str]] | None, pattern: re.Pattern[str] | None) -> str | None:
        """The latest earlier question (as understood) that asks a list (``pattern``), or a figure (``None``)."""
        turns = list(history or [])
        for i in range(len(turns) - 1, -1, -1):
            if turns[i][0] != "user" or not turns[i][1].strip():
                continue
            asked = self._resolved_previous(turns[:i + 1])
            if asked and (pattern.search(self.normalise(asked)[0]) if pattern else self._asks_figure(asked)):
                return asked
        return None

    @staticmethod
    def _figure_followup(text: str) -> bool:
        """"Còn năm 2030?", "Vậy đến 2030 thì con số đó là bao nhiêu?" (normalised): a year or the figure pointed
        back to."""
        return bool(_FIGURE_BACK_RE.search(text)) or (bool(_YEAR_RE.search(text)) and len(_words(text)) <= 5)

    def _asks_figure(self, question: str) -> bool:
        text = self.normalise(question)[0]
        return bool(_YEAR_RE.search(text)) or _ask_of(text) in ("target", "money") or bool(_FIGURE_ASK_RE.search(text))

    @staticmethod
    def _is_followup(text: str) -> bool:
        """Elliptical or pointing back ("Còn năm 2030?", "ở đó", "khoản đó"): read against the previous question."""
        return bool(_FOLLOWUP_RE.search(text.strip()) or _REFERENCE_RE.search(text) or _POINTS_BACK_RE.search(text)
                    or _COUNTERPART_RE.search(text) or (_ORDINAL_BACK_RE.match(text) and not _PART_NAMED_RE.search(text))
                    or _BODY_REF_RE.search(text) or _CORRECTION_RE.match(text) or _NARROW_RE.match(text)
                    or len(_words(text)) <= 5 or (_PERIOD_REF_RE.search(text) and len(_words(text)) <= 8)
                    or (_COMPARE_BACK_RE.search(text) and len(_words(text)) <= 7)
                    or (_ALL_YEARS_RE.search(text) and len(_words(text)) <= 10))

    def _resolved_previous(self, history: list[tuple[str, str]] | None, depth: int = 0) -> str | None:
        """The previous question as it was understood: "Còn cộng đồng học tập?" after "Còn năm 2030?" after "…
        đặt chỉ tiêu dòng họ học tập năm 2027 bao nhiêu?" keeps the ask ("chỉ tiêu") two turns back."""
        turns = list(history or [])
        at = next((i for i in range(len(turns) - 1, -1, -1) if turns[i][0] == "user" and turns[i][1].strip()), None)
        if at is None:
            return None
        raw = turns[at][1]
        earlier = turns[:at]
        if depth >= MAX_CHAIN or not any(r == "user" for r, _ in earlier):
            return raw
        if _ACK_RE.match(raw):
            # "ok, tức là tăng dần theo từng mốc?": the asker takes in the answer; the question before is the one
            # a "còn năm 2025?" goes on from
            return self._resolved_previous(earlier, depth + 1)
        text, lang, _ = self.normalise(raw)
        if not self._is_followup(text):
            return raw
        before = self._resolved_previous(earlier, depth + 1)
        if before is None or (lang == "vi" and self._english_followup(raw, before)):
            return raw
        return self._rewrite_followup(self._name_body(self._name_them(text, before, earlier), before, earlier),
                                      before)[0]

    def _corrected_turn(self, history: list[tuple[str, str]] | None, negated: str, text: str) -> str | None:
        """The question a correction corrects: the latest that named what it negates ("… chứ không phải Hà Nội"),
        else, when it names a place, the latest that named one, else the latest that asked something ("ừm", "dài
        quá" ask nothing); resolved as it was understood."""
        turns = list(history or [])
        users = [i for i in range(len(turns) - 1, -1, -1) if turns[i][0] == "user" and turns[i][1].strip()]

        def resolved(i: int) -> str | None:
            return self._resolved_previous(turns[:i + 1])

        if negated:
            plain = strip_accents(fold(negated))
            hit = next((i for i in users if plain in strip_accents(fold(turns[i][1]))), None)
            if hit is not None:
                return resolved(hit)
        read = {i: self.normalise(turns[i][1])[0] for i in users}
        if _names_plans(self.detect_plans(text, text)[1]):
            hit = next((i for i in users if _names_plans(self.detect_plans(read[i], read[i])[1])), None)
            if hit is not None:
                return resolved(hit)
        hit = next((i for i in users if "?" in turns[i][1] or _ask_of(read[i])), None)
        return resolved(hit) if hit is not None else None

    def _answer_plan(self, history: list[tuple[str, str]] | None) -> str | None:
        """The one loaded plan the last answer cites by its file name ("[bhxh_…_2026.docx]") or quotes under its
        full title (an answer of ours: "**Hưng Yên** — Kế hoạch …"); None when it cites none or several."""
        last = next((c for r, c in reversed(history or []) if r == "assistant" and c.strip()), "")
        if not last:
            return None
        folded = fold(last)
        cited = {d for d, title in self._folded_titles.items() if d in last or (len(title) >= 30 and title in folded)}
        return cited.pop() if len(cited) == 1 else None

    def _names_other_issuer(self, text: str, doc: str) -> bool:
        """Does the question name another loaded plan's issuer ("Còn bên Hội Luật gia …" after an answer from the
        social insurance agency's plan)?"""
        ws = f" {' '.join(_words(text))} "
        return any(d != doc and len(name) >= 2 and name != self._issuer_name.get(doc) and f" {' '.join(name)} " in ws
                   for d, name in self._issuer_name.items())

    @staticmethod
    def _user_turns(history: list[tuple[str, str]] | None) -> list[str]:
        """The user's earlier questions, latest first (a few: a conversation's place is set near its end)."""
        return [c for r, c in reversed(history or []) if r == "user" and c.strip()][:MAX_HISTORY_TURNS]

    def _without_places(self, text: str, docs: Iterable[str]) -> str:
        """The text without the plans' localities (with a unit word before them), as written, without accents and
        run together ("Hanoi"): a follow-up's place replaces them."""
        for d in docs:
            loc = self.documents[d].locality
            for name in dict.fromkeys((loc, strip_accents(loc), strip_accents(loc).replace(" ", ""))):
                text = re.sub(rf"(?:\b(?:{_UNIT_WORDS})\s+)?\b{re.escape(name)}\b", " ", text, flags=re.I)
        return squash_spaces(text)

    @staticmethod
    def _as_named(text: str, places: str) -> str:
        """Listed places ("Hương Trà") as the question named them, with their unit word ("xã Hương Trà"); a place
        noted twice, with and without accents ("Hương Trà,huong tra"), once."""
        names = places.split(",")
        accented = {fold(strip_accents(p)) for p in names if p != strip_accents(p)}
        out = []
        for place in dict.fromkeys(p for p in names if p not in accented):
            m = re.search(rf"\b(?:{_UNIT_WORDS})\s+{re.escape(place)}\b", text, re.I)
            out.append(m.group(0) if m else place)
        return ", ".join(out)

    def _places_named(self, docs: Iterable[str]) -> str:
        """The plans' places as a rewritten follow-up carries them along: " (Huế, Cần Thơ)"."""
        return " (" + ", ".join(dict.fromkeys(self.documents[d].locality for d in docs)) + ")"

    def _milestones(self, prev: str, prev_raw: str) -> set[int]:
        """The years the previous question's plans set targets for in their headings ("b) Mục tiêu đến năm 2030")."""
        plans = self.detect_plans(prev, prev_raw)[0] or []
        return {int(y) for d in plans for sec in self.documents[d].sections for y in _YEAR_RE.findall(sec.title)}

    def _rewrite_followup(self, text: str, prev_raw: str) -> tuple[str, list[str]]:
        """Resolve an elliptical follow-up against the previous question: swap what changed, keep the rest."""
        prev, _, _ = self.normalise(prev_raw)
        text = re.sub(r"(?<=\w)['’]s\b", "", text)  # "And My Loc's for 2030?": the place, not a word "loc's"
        earlier = _EARLIER_MARK_RE.search(text)
        asked = _YEAR_RE.findall(prev)
        if earlier and asked and not _YEAR_RE.search(text):
            # "so với mốc trước đó?" after "… 2030 bao nhiêu?": the plan's milestone before 2030 (a year its headings
            # set targets for: "2.1. Mục tiêu đến năm 2025"), else the year before; both years, to be compared
            year = int(asked[-1])
            marks = {y for y in self._milestones(prev, prev_raw) if y < year}
            before = max(marks) if marks else year - 1
            new = squash_spaces(f"{prev} so với năm {before}")
            return new, [f"followup:{new}"]
        if (part := _ADDRESS_PART_RE.search(text)) and len(_words(text)) <= 4 \
                and (same := re.search(rf"\b{part.group('kind')}\s+[\w.]+", prev, re.I)):
            # "Còn điểm e?" after "Điểm d khoản 15 Mục V kế hoạch Hà Nội nói gì?": the same address, that point
            new = squash_spaces(f"{prev[:same.start()]}{part.group(0)}{prev[same.end():]}")
            return new, [f"followup:{new}"]
        if (when := _QUARTER_MONTH_RE.search(text)) and len(_words(text)) <= 5 \
                and (same := re.search(rf"\b{when.group('kind')}\s+(?:[IVX]{{1,3}}|\d{{1,2}})\b", prev, re.I)):
            # "Còn quý IV thì sao?" after "… giao bao nhiêu lớp … quý III?": the same question, that quarter (month)
            new = squash_spaces(f"{prev[:same.start()]}{when.group(0)}{prev[same.end():]}")
            return new, [f"followup:{new}"]
        if _NEXT_MARK_RE.search(text) and asked and not _YEAR_RE.search(text):
            # "Còn mốc tiếp theo thì bao nhiêu?" after "… mốc 2025 …": the plan's next milestone (a later year its
            # headings set targets for: "b) Mục tiêu đến năm 2030"), else the year after; the question stays
            year = int(asked[-1])
            marks = {y for y in self._milestones(prev, prev_raw) if y > year}
            after = min(marks) if marks else year + 1
            new = squash_spaces(re.sub(rf"\b{year}\b", str(after), prev))
            return new, [f"followup:{new}"]
        if _ALL_YEARS_RE.search(text) and asked and not _YEAR_RE.search(text):
            # "thôi bỏ qua năm, cho tôi cả giai đoạn" after "… năm 2030 … bao nhiêu?": the question for every year
            new = squash_spaces(re.sub(r"(?:\b(?:năm|đến năm|vào năm)\s+)?\b20\d\d\b", " ", prev))
            return new, [f"followup:{new}", "all-years"]
        # "nhầm, năm 2030 cơ", "à không, ý tôi là Sở Nội vụ", "Quay lại kế hoạch Mỹ Lộc: …": what replaces the
        # previous question's part, without the words that say it is a correction
        text = squash_spaces(_CORRECTION_TAIL_RE.sub("", _CORRECTION_RE.sub("", text))) or text
        if _SAME_ASK_RE.search(text):
            # "Same question for Thuan Chau?", "Hỏi tương tự cho huyện X": the previous question, with what is named
            text = squash_spaces(_SAME_ASK_RE.sub(" ", text)) or text
        counterpart = _COUNTERPART_RE.search(text) is not None
        if counterpart:
            # "Ở Cần Thơ thì chỉ tiêu tương đương là mấy?": the previous measure, in the place named now
            text = squash_spaces(_COUNTERPART_RE.sub(" ", text)) or text
        if _ORDINAL_BACK_RE.match(text) and not _PART_NAMED_RE.search(text) and not self.agency_phrase(text):
            # "cái thứ hai là gì?" after "Mục Tổ chức thực hiện … gồm những ai?": the item of the list the previous
            # question was about — the part it named, else the body whose tasks it asked ("ý b)" of that body)
            part = _PART_NAMED_RE.search(prev)
            body = None if part else self.agency_phrase(prev)
            if part or body:
                new = f"{text} {'trong ' + part.group(0) if part else 'của ' + str(body)}"
                before = self.detect_plans(prev, prev_raw)[0]
                if before and not _names_plans(self.detect_plans(text, text)[1]):
                    new += self._places_named(before)
                return squash_spaces(new), [f"followup:{squash_spaces(new)}", "list-from-history"]
        if _WITHIN_RE.match(text.strip()):
            # "Trong đó ngân sách tỉnh bao nhiêu?": a part of what was just asked; the previous question stays whole
            new = squash_spaces(f"{_WITHIN_RE.sub(' ', text.strip(), count=1)} {prev}")
            return new, [f"followup:{new}"]
        period = _PERIOD_REF_RE.search(text)
        if period and len([w for w in _words(_PERIOD_REF_RE.sub(" ", _VALUE_WORDS.sub(" ", text)))
                           if w not in _FOLLOWUP_WORDS]) < OWN_TOPIC_WORDS:
            # "Giai đoạn sau thì bao nhiêu?" after "Giai đoạn 2026-2028 …": the phase after the one asked (from 2029),
            # the question stays
            span = re.search(r"\b(20\d\d)(?:\s*[-–]\s*(20\d\d))?\b", prev)
            later = re.search(r"sau|tiếp|kế|còn lại|hai|2|next|second|later", period.group(0), re.I)
            earlier = re.search(r"trước|earlier", period.group(0), re.I)
            named = _YEAR_RE.findall(_PERIOD_REF_RE.sub(" ", text))
            if span and named:
                # "Giai đoạn sau, tới 2030, chỉ tiêu đó …": the year the follow-up names is the one asked
                new = squash_spaces(f"{prev[:span.start()]}{named[-1]}{prev[span.end():]}")
                return new, [f"followup:{new}"]
            if span and (later or earlier):
                year = int(span.group(2) or span.group(1)) + 1 if later else int(span.group(1)) - 1
                plans, _ = self.detect_plans(prev, prev_raw)
                bounds = [int(y) for d in plans or () for y in re.findall(r"20\d\d", self.documents[d].period or "")]
                if later and bounds and max(bounds) > year:
                    phase = f"{year} - {max(bounds)}"  # up to the plan's last year
                elif earlier and bounds and min(bounds) < year:
                    phase = f"{min(bounds)} - {year}"
                else:
                    phase = str(year)
                new = squash_spaces(f"{prev[:span.start()]}{phase}{prev[span.end():]}")
            else:
                new = squash_spaces(f"{prev} ({period.group(0)})")
            return new, [f"followup:{new}"]
        if _PARTNERS_ASK_RE.search(text) and not self.agency_phrase(text) and INTENTS["agency"].search(prev) \
                and (body := self.agency_phrase(prev)):
            # "Và ai phối hợp?", "Thế Hội phối hợp với ai?" after a body's tasks: the partners its own item names
            new = squash_spaces(f"{body} phối hợp với những cơ quan nào, được giao làm gì?")
            before = self.detect_plans(prev, prev_raw)[0]
            if before and not _names_plans(self.detect_plans(text, text)[1]):
                new += self._places_named(before)
            return new, [f"followup:{new}"]
        new = prev
        inherited: list[str] = []
        cur_agency = self.agency_phrase(text)
        if not cur_agency and (units := _EN_LOCAL_FOLLOWUP_RE.match(text)):
            # "and the communes?" after "When must the education office report?": their People's Committees
            cur_agency = "Ủy ban nhân dân các " + ", ".join(
                dict.fromkeys(_EN_LOCAL_UNITS[_singular_en(u)] for u in units.groups() if u))
        prev_agency = self.agency_phrase(prev)
        cur_years = _YEAR_RE.findall(text)
        changed = False
        own_ask, prev_ask = _ask_of(text), _ask_of(prev)
        if cur_agency and prev_agency and own_ask and not _POINTS_BACK_RE.search(text) and own_ask != prev_ask:
            # "Công chức … báo cáo khi nào?" after "Ai là đầu mối …?": the body and its own ask are the question,
            # the previous one lends the rest (its place), not its ask
            new = squash_spaces(f"{text} {prev.replace(prev_agency, ' ')}")
            return new, [f"followup:{new}"]
        if _PLAN_BACK_RE.search(text) and own_ask is not None and own_ask != prev_ask and not cur_agency \
                and len(_words(text)) >= OWN_TOPIC_WORDS + 3:
            # "Thế mục tiêu chung đến 2030 của kế hoạch đó là gì?" after "Kế hoạch đó căn cứ văn bản nào?": the
            # same plan, asked something else — its place comes along, the previous ask does not
            new = squash_spaces(_PLAN_BACK_RE.sub(" ", text))
            before = self.detect_plans(prev, prev_raw)[0]
            if before and not _names_plans(self.detect_plans(text, text)[1]):
                new += self._places_named(before)
            return squash_spaces(new), [f"followup:{squash_spaces(new)}"]
        if cur_agency and prev_agency and _ASK_WORD_RE.search(text) \
                and len([w for w in _words(_VALUE_WORDS.sub(" ", text.replace(cur_agency, " ")))
                         if w not in _FOLLOWUP_WORDS]) >= OWN_TOPIC_WORDS:
            # "Ngoài ra sở đó còn phải lồng ghép nội dung gì?" after "Sở X tổ chức bao nhiêu lớp …?": a body (the
            # same, or the one the answer named) asked about a matter of its own; the previous ask and topic do not
            # come along, its place does
            new = text
            if not _names_plans(self.detect_plans(text, text)[1]) and (before := self.detect_plans(prev, prev_raw)[0]):
                new += self._places_named(before)
            return squash_spaces(new), [f"followup:{squash_spaces(new)}"]
        if cur_agency and prev_agency:
            # with the head's title each is named by ("Chủ tịch Hội Nông dân xã" → "Bí thư Đoàn xã")
            was = re.search(rf"(?:\b(?:{_HEAD_TITLES})\s+)?{_as_written(prev_agency)}", new, re.I)
            now = re.search(rf"(?:\b(?:{_HEAD_TITLES})\s+)?{re.escape(cur_agency)}", text, re.I)
            swap = now.group(0) if now else cur_agency
            new = new[:was.start()] + swap + new[was.end():] if was else new.replace(prev_agency, cur_agency)
            changed = True
        elif cur_agency and _TASK_ASK_RE.search(text):
            # "Phòng đó còn làm gì?" (the body the answer named) after "An Lão giao ai xây dựng thư viện số?": the
            # body's own tasks are asked; the previous question lends its place, not its ask
            new = text
            if not _names_plans(self.detect_plans(text, text)[1]) and (before := self.detect_plans(prev, prev_raw)[0]):
                new += self._places_named(before)
            return squash_spaces(new), [f"followup:{squash_spaces(new)}"]
        elif cur_agency:
            # ("Phối hợp với ai?" → "Liên đoàn Lao động huyện phối hợp với ai?": the capital only began a sentence;
            # kept, "huyện Phối" would read as a place)
            new = f"{cur_agency} {_sentence_case(new)}"
            changed = True
        if cur_years:
            prev_years = _YEAR_RE.findall(new)
            if prev_years and cur_years[0] not in prev_years and re.search(
                    rf"\b(?:so (?:với|voi)|compared (?:with|to)|versus|vs\.?)\s+(?:(?:năm|nam|the year)\s+)?{cur_years[0]}\b",
                    text, re.I):
                # "So với năm 2025 thì sao?" after "… đến năm 2030 …": both years, to be compared
                new = f"{new} so với năm {cur_years[0]}"
                prev_years = []
            for y in prev_years:
                new = new.replace(y, cur_years[0])
            if not prev_years and cur_years[0] not in new:
                new = f"{new} năm {cur_years[0]}"
            if re.search(r"\bbao nhiêu\b", text, re.I) and not re.search(r"\bbao nhiêu\b", new, re.I):
                # "Năm 2027 thì bao nhiêu?" after "… có chỉ tiêu X không?": the figure is asked now, not whether
                new = _WHETHER_TAIL_RE.sub(" ", new) + " bao nhiêu"
            changed = True
        if not cur_agency and INTENTS["money"].search(text) and not INTENTS["money"].search(prev):
            # "Khoản đó năm 2025 là bao nhiêu tiền?" after a body's tasks: the money is asked, not the body's tasks
            # again; the previous question's place and topic stay, its body does not bound the answer
            rest = prev.replace(prev_agency, " ") if prev_agency else prev
            new = squash_spaces(f"{_REFERENCE_RE.sub(' ', text)} {INTENTS['agency'].sub(' ', rest)}")
            return new, [f"followup:{new}"]
        cur_places, place_notes = self.detect_plans(text, text)
        if not _names_plans(place_notes):
            cur_places = None  # a level ("huyện") names no place
        # (a leading "Vậy"/"Thế" alone is a filler: "Vậy thành phố X đặt mục tiêu gì?" asks anew; "Còn …" does not)
        bare = re.sub(r"^\s*(?:vậy|thế|rồi)\s+(?!còn\b)", "", text.strip(), flags=re.I)
        places = {w for d in cur_places or () for w in (*_words(self.documents[d].locality),
                                                        "".join(_words(self.documents[d].locality)))}
        topic = [w for w in _words(_VALUE_WORDS.sub(" ", text)) if w not in _FOLLOWUP_WORDS and w not in places
                 and not w.isdigit() and w not in ("thi", "nam")]
        if cur_places and len(_words(text)) >= STANDALONE_WORDS and _QUESTION_WORD_RE.search(text) \
                and (len(topic) >= OWN_TOPIC_WORDS or (own_ask is not None and own_ask != prev_ask)) \
                and not (_FOLLOWUP_RE.search(bare) or _REFERENCE_RE.search(text) or _POINTS_BACK_RE.search(text)
                         or counterpart):
            # "Vậy thành phố Vĩnh Yên đặt mục tiêu chung gì đến năm 2030?": a whole question with its own place;
            # "Thế An Lão làm theo kế hoạch nào của thành phố?" after a target question: its own place and ask
            return text, []
        # "Còn phường Hoàng Văn Thụ thì sao?": a place with no loaded plan replaces the previous place too
        unloaded = [n.split(":", 1)[1] for n in place_notes if n.startswith("unknown-place:")]
        prev_places, prev_notes = self.detect_plans(prev, prev_raw)
        if not _names_plans(prev_notes):
            prev_places = None  # a level ("ngân sách huyện") names no place: the earlier turns' place stays
        if unloaded and not cur_places:
            new = f"{self._without_places(new, prev_places or ())} ({squash_spaces(_FOLLOWUP_RE.sub(' ', text))})"
            return new, [f"followup:{new}"]
        if cur_places and prev_places and _COMPARE_BACK_RE.search(text) \
                and not set(cur_places) & set(prev_places):
            # "cao hơn hay thấp hơn Huế?" after "Cần Thơ năm 2024 đặt chỉ tiêu kỹ năng sống bao nhiêu?": both
            # places, the same measure, compared
            names = ", ".join(self.documents[d].locality for d in cur_places)
            new = squash_spaces(f"{prev} so sánh với {names} ({', '.join(self.documents[d].locality for d in prev_places)}, {names})")
            return new, [f"followup:{new}"]
        if cur_places:
            # "Còn ở Huế thì sao?": Huế replaces the previous question's place, it is not added to it — and the
            # previous plan's number ("… trong kế hoạch 74?") with it
            new = self._without_places(new, set(prev_places or ()) - set(cur_places))
            own = {number_digits(self.documents[d].number).lstrip("0") for d in cur_places}
            for pattern in (_OWN_PLAN_NO_RE, _PLAN_NO_RE):
                new = pattern.sub(lambda m: m.group(0) if m.group(1).lstrip("0") in own else " ", new)
            new = squash_spaces(new)
            if not cur_years:
                # "Cần Thơ năm 2024 …" then "ở Huế thì sao?": a year the previous plan was for, outside every
                # period of the plans now asked, was that plan's, not asked of these
                spans = [self.documents[d].period_span() for d in cur_places]
                for y in set(_YEAR_RE.findall(new)):
                    if spans and all(sp and not sp[0] <= int(y) <= sp[1] for sp in spans):
                        new = squash_spaces(re.sub(rf"(?:\bnăm\s+)?\b{y}\b", " ", new, flags=re.I))
                # a year kept from the previous plan is that plan's: the answer may drop it where these set none
                inherited = [f"year-from-history:{y}" for y in dict.fromkeys(_YEAR_RE.findall(new))]
            new = f"{new} ({', '.join(self.documents[d].locality for d in cur_places)})"
            changed = True
        own_topic = _VALUE_WORDS.sub(" ", _REFERENCE_RE.sub(" ", text))
        # "Còn dòng họ học tập thì sao?" after "… đặt chỉ tiêu gì về gia đình học tập?": a new topic, the same ask
        ask = _INTENT_CUE.get(prev_ask or "", "") if own_ask is None else ""
        # the place a follow-up names ("And what about Hanoi?") is no topic of its own
        place_words = {w for d in cur_places or () for name in (self.documents[d].locality,)
                       for w in (*_words(name), "".join(_words(name)))}
        content = [w for w in _words(own_topic) if w not in _FOLLOWUP_WORDS and w not in place_words and not w.isdigit()]
        if cur_agency:
            content = [w for w in content if w not in set(_words(cur_agency))]
        if _WHO_ASKS_RE.search(text) and len(content) >= OWN_TOPIC_WORDS and not cur_agency \
                and not _POINTS_BACK_RE.search(_MONEY_BACK_RE.sub("kinh phí", text)):  # "việc đó": the previous task
            # "Ai tham mưu bố trí khoản đó trong dự toán?": a body is asked for its own task; the previous question
            # lends its place, not its words (they would pull in the body it was about)
            new = _REFERENCE_RE.sub(" ", _MONEY_BACK_RE.sub("kinh phí", text))
            if prev_places and not cur_places:
                new += self._places_named(prev_places)
            return squash_spaces(new), [f"followup:{squash_spaces(new)}"]
        body_back = _BODY_BACK_RE.search(text)
        matter = [w for w in _words(INTENTS["agency"].sub(" ", own_topic)) if w in content]  # not "làm gì nữa"
        if body_back and prev_agency and not cur_agency and not _IS_WHO_RE.search(prev) \
                and (len(matter) > OWN_TOPIC_WORDS or (own_ask is not None and own_ask != prev_ask)) \
                and not _MONEY_BACK_RE.search(text):
            # "Họ có tham gia mở lớp xóa mù chữ cho phạm nhân không?": the previous body, asked about a matter of
            # its own; the previous ask ("làm gì") does not come along, the place does
            new = f"{text[:body_back.start()]} {prev_agency} {text[body_back.end():]}"
            if prev_places and not cur_places:
                new += self._places_named(prev_places)
            return squash_spaces(new), [f"followup:{squash_spaces(new)}"]
        if prev_agency and not cur_agency and not cur_places and _SUBJECTLESS_RE.match(text) \
                and _QUESTION_WORD_RE.search(text) and _TASK_ASK_RE.search(prev) and not _IS_WHO_RE.search(prev):
            # "Phối hợp với ai?", "Báo cáo khi nào?" after "Hội LHPN huyện được đề nghị gì?": a task verb with no
            # subject — Vietnamese drops it — asks of the previous body; its place comes along, its ask does not
            new = f"{prev_agency} {_sentence_case(_SUBJECTLESS_LEAD_RE.sub('', text))}"
            if prev_places:
                new += self._places_named(prev_places)
            return squash_spaces(new), [f"followup:{squash_spaces(new)}"]
        # "tỷ lệ đó", "khoản kinh phí đó": the topic is the previous one, not a new one
        if len(content) >= OWN_TOPIC_WORDS and not (cur_agency and prev_agency) and not _POINTS_BACK_RE.search(text):
            # the follow-up states its own topic ("còn tỷ lệ đơn vị học tập thì sao?"): it replaces the
            # previous topic and inherits the rest — the place, the agency when it points back, the year
            new = f"{_REFERENCE_RE.sub(' ', text)} {ask}"
            if prev_places and not cur_places:
                # "khu vực đó", "xã đó": a place the previous question asked from a plan's table rows comes along
                listed = [self._as_named(prev, n.split(":", 1)[1]) for n in prev_notes if n.startswith("listed-place:")]
                new += " (" + ", ".join(dict.fromkeys(listed or [self.documents[d].locality for d in prev_places])) + ")"
            if prev_agency and not cur_agency and _POINTS_BACK_RE.search(text):
                new = f"{prev_agency}: {new}"
            if not cur_years and _YEAR_RE.search(prev):
                new += f" năm {_YEAR_RE.findall(prev)[-1]}"
            new = squash_spaces(new)
        elif not changed:
            new = f"{text}; {prev}"  # (";": a term the follow-up's English added, "xã", is no unit of what follows)
        if _HOW_MUCH_RE.search(text) and not _HOW_MUCH_RE.search(new) and _WHETHER_TAIL_RE.search(new):
            # "Ở Cần Thơ thì chỉ tiêu tương đương là mấy?" after "Huế có đặt chỉ tiêu … không?": the figure is
            # asked now, not whether there is one
            new = squash_spaces(f"{_WHETHER_TAIL_RE.sub(' ', new)} bao nhiêu")
        return new, [f"followup:{new}", *inherited]
