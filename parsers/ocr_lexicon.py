"""Tone-mark repair of OCR text against a word list: "đấy mạnh" → "đẩy mạnh", "tố chức" → "tổ chức".

Tesseract ``-l vie`` on a degraded scan keeps the letters of a syllable and
loses its tone mark: the hook above (dấu hỏi) comes out as an acute, less
often as a tilde ("tổ" → "tố", "thể" → "thế"); a hook appears on a bare
syllable ("chi bộ" → "chỉ bộ", "an ninh" → "an nỉnh"); and now and then the
result is no syllable at all ("chuẩn" → "chuãn", "triển" → "triến"). A
syllable alone cannot be judged ("tố" is a word: "tố cáo"), its neighbours
can: "tố chức" is no Vietnamese word while "tổ chức" is. So a syllable is
replaced only when

* with its left or right neighbour (two or three syllables, no punctuation
  between) it forms no run of any dictionary entry — or only a two-word one
  while a respelling makes a three-word entry ("đối số" in "chuyển đối số"),
* it is not one of the frequent words that stand alone in any sentence
  (``FREE_WORDS``: "số người", "giá của", "toàn tỉnh" are right as printed),
* exactly one respelling of it, in the direction OCR errs (``MISREADS``; any
  tone or hat when the printed syllable is no syllable at all), forms a whole
  dictionary entry with that neighbour, and the neighbour is not already part
  of a word on its other side ("Công an tỉnh" is not "an tĩnh").

A syllable that forms a word as printed is never touched: correct body text
stays as written ("biếu tặng", "tố cáo", "thế giới", "đấy là"). Single
syllables with no compound around them are left alone ("đế" may be a misread
"để" or not: no evidence), and so are bare syllables that could take a hook
("Uy ban", "Tinh ủy"): names are full of them.

The dictionary is ``Viet74K.txt`` from the installed underthesea wheel
(underthesea is Apache-2.0; the wheel carries no separate notice for the word
list), read once on first use (about 0.2 s, some 40 MB), never copied into the
project; ``DOMAIN_ENTRIES`` adds the few e-government terms it predates.
Measured on correct text (the 36 digital samples, the real documents) the
only words it changes are the writers' own typos ("luât", "sữa chữa").
"""

from __future__ import annotations

import importlib.util
import re
import unicodedata
from functools import lru_cache
from pathlib import Path

# Tone marks as combining characters (NFD) and the one-character names used in keys. Hats
# (circumflex, breve, horn) belong to the letter and stay in the key's letters.
_TONES = {"\u0300": "`", "\u0301": "'", "\u0303": "~", "\u0309": "?", "\u0323": "."}
_MARK = {t: c for c, t in _TONES.items()}
# (printed tone, true tone): the confusions measured on samples/scans against their digital
# twins. Hook read as acute is most of them; hook read as tilde; a hook added to a bare syllable.
# The reverse directions (acute read as hook, a hook lost) were tried and only added false
# corrections on correct text ("cấp tỉnh" → "cấp tính", "Đồng Đăng" → "Đồng Đẳng").
MISREADS = frozenset({("'", "?"), ("~", "?"), ("?", "")})
# Frequent words that stand alone in ordinary sentences, with no compound around them, and whose
# respelling happens to make a dictionary entry with a neighbour ("số người" → "sổ người", "giá
# của" → "giả của", "toàn tỉnh" → "toàn tinh", "có chứa" → "có chửa"). Only words whose printed
# tone is one MISREADS starts from matter. Deliberately absent: "thế", "chỉ", "đối", "tổ",
# whose OCR twins ("cụ thế", "chỉ bộ", "đối mới", "tố chức") are the commonest errors.
_FREE_WORDS_TEXT = """
    các có với đó nước đến khác mới nhất thứ trước thấy rất chính cách cấp dưới pháp nếu tới số
    lớn hướng lấy đúng tháng vốn chống biết ít giá chứa sách tiếp nói nó bước nhóm khá cái thiếu
    gắn chúng lúc sống ấy đất vấn phối tốt
    những đã cũng giữa rõ sẽ vẫn mỗi dẫn chỗ xã nữa dễ giữ vững lẫn diễn cũ chữ lỗi hãy chữa
    của phải ở để đảng cả bởi bản đủ giảm khỏi tỉnh gửi khoản xảy kể nhỏ chủ thử trả mở bỏ sở cử
    hiểu kiểu điểm chuyển hưởng giả
"""
FREE_WORDS = frozenset(_FREE_WORDS_TEXT.split())
# Syllables that live only inside compounds yet read as a frequent word's misread: "đế" is in
# "đế quốc", "hoàng đế"; alone it is "để" with its hook read as an acute ("thông báo đế các cơ
# quan"). Not one alone in the samples' or the real documents' text.
_SOLO = {"đê'": "đê?"}
_WORD = re.compile(r"^(?P<pre>\W*)(?P<core>[^\W\d_]+)(?P<post>\W*)$")


def split_tone(syllable: str) -> tuple[str, str]:
    """("tổ" → ("tô", "?")): the letters with their hats, and the tone mark apart.

    Ignoring where the mark sits makes the old and new spellings ("uỷ"/"ủy",
    "hoà"/"hòa") one syllable.
    """
    nfd = unicodedata.normalize("NFD", syllable)
    tone = "".join(_TONES[c] for c in nfd if c in _TONES)
    return unicodedata.normalize("NFC", "".join(c for c in nfd if c not in _TONES)), tone


def _bare(letters: str) -> str:
    """Letters without hats ("chuân" → "chuan", đ kept): what a syllable's respellings share."""
    return "".join(c for c in unicodedata.normalize("NFD", letters) if not unicodedata.combining(c))


class Lexicon:
    """The syllables and compounds of a word list, keyed "letters+tone" ("tô?" for "tổ")."""

    def __init__(self, entries: list[str] | tuple[str, ...]) -> None:
        self.runs: set[str] = set()  # every run of 2-3 syllables inside an entry ("tổ dân" in "tổ dân phố")
        self.entries: set[str] = set()  # whole entries of 2-3 syllables
        self.syllables: set[str] = set()
        self.by_letters: dict[str, list[str]] = {}  # "tô" → tones the list has on those letters
        self.by_bare: dict[str, list[str]] = {}  # "chuan" → every syllable spelled with those letters
        memo: dict[str, str] = {}
        for entry in entries:
            words = entry.lower().split()
            if len(words) > 1 and not entry.replace(" ", "").isalpha():
                continue
            keys = []
            for w in words:
                k = memo.get(w)
                if k is None:
                    letters, tone = split_tone(w)
                    k = memo[w] = letters + tone
                keys.append(k)
            if 2 <= len(keys) <= 3:
                self.entries.add(" ".join(keys))
            for n in (2, 3):
                for i in range(len(keys) - n + 1):
                    self.runs.add(" ".join(keys[i:i + n]))
        for w, k in memo.items():
            if not w.isalpha():
                continue
            self.syllables.add(k)
            letters, tone = split_tone(w)
            self.by_letters.setdefault(letters, []).append(tone)
            self.by_bare.setdefault(_bare(letters), []).append(k)

    def respellings(self, key: str, letters: str, tone: str, lower: bool = True) -> list[str]:
        """The dictionary syllables the printed one may be a misread of.

        A lower-case word that is no syllable of the list ("chuãn", "triến") may take any
        tone or hat; a capitalised one may be a name the list lacks ("Nguyễn"), so not.
        """
        if key not in self.syllables:
            if not lower:
                return []
            return [k for k in self.by_bare.get(_bare(letters), ()) if k != key]
        return [letters + t for t in self.by_letters.get(letters, ()) if (tone, t) in MISREADS]


# Terms of today's administrative prose that the word list (older than e-government) lacks.
DOMAIN_ENTRIES = ("chuyển đổi số", "cổng thông tin", "kinh tế số", "xã hội số", "chính phủ số")


def _dictionary_path() -> Path:
    """Viet74K.txt inside the installed underthesea, found without importing it (that takes seconds)."""
    spec = importlib.util.find_spec("underthesea")
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError("underthesea is not installed: its word list Viet74K.txt is needed")
    return Path(next(iter(spec.submodule_search_locations))) / "corpus" / "data" / "Viet74K.txt"


def _dictionary_text() -> str:
    return _dictionary_path().read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The word list, read once, on the first OCR line that needs it."""
    return Lexicon(unicodedata.normalize("NFC", _dictionary_text()).splitlines() + list(DOMAIN_ENTRIES))


def _key(core: str) -> tuple[str, str, str]:
    letters, tone = split_tone(core.lower())
    return letters + tone, letters, tone


def _place_tone(letters: str, tone: str) -> str:
    """Write ``tone`` on ``letters`` (lower case) in the traditional placement ("hòa", "thủy", "chuẩn")."""
    if not tone:
        return letters
    groups: list[list[str]] = []
    for c in unicodedata.normalize("NFD", letters):
        if unicodedata.combining(c) and groups:
            groups[-1].append(c)
        else:
            groups.append([c])
    plain = "".join(g[0] for g in groups)
    start = 2 if plain[:2] in ("qu", "gi") and len(plain) > 2 and plain[2] in "aeiouy" else 0
    vowels = [i for i in range(start, len(groups)) if plain[i] in "aeiouy"] or \
        [i for i in range(len(groups)) if plain[i] in "aeiouy"]
    if not vowels:
        return unicodedata.normalize("NFC", letters)
    hatted = [i for i in vowels if len(groups[i]) > 1]
    if hatted:
        pos = hatted[-1]  # the hatted vowel carries it; "ươ": the ơ
    elif len(vowels) == 1 or vowels[-1] < len(groups) - 1:
        pos = vowels[-1]  # one vowel, or a final consonant follows: "hoàn", "tuyến"
    else:
        pos = vowels[-2] if len(vowels) == 2 else vowels[1]  # open: "hòa", "ủy", "khoái"
    groups[pos].append(_MARK[tone])
    return unicodedata.normalize("NFC", "".join("".join(g) for g in groups))


def _respell(core: str, new_key: str) -> str:
    """``core`` respelled as ``new_key``, in its case; a tone mark moved in place where it had one."""
    new_tone = new_key[-1] if new_key[-1] in _MARK else ""
    new_letters = new_key[:len(new_key) - len(new_tone)]
    letters, tone = split_tone(core.lower())
    nfd = unicodedata.normalize("NFD", core)
    if letters == new_letters and tone:  # same letters: swap the mark where the writer put it
        out = unicodedata.normalize("NFC", "".join(
            (_MARK[new_tone] if new_tone else "") if c in _TONES else c for c in nfd))
        return out
    out = _place_tone(new_letters, new_tone)
    if core.isupper():
        return out.upper()
    return out[0].upper() + out[1:] if core[0].isupper() else out


def _case_ok(core: str) -> bool:
    """lower, Title or CAPS: a mixed-case token ("ĐẤy", "iPhone") is a misread or a name, not judged."""
    return core.islower() or core.isupper() or (core[0].isupper() and core[1:].islower())


def repair_words(words: list[str]) -> list[str]:
    """Tone repair on a printed line split at single spaces; as many words come back."""
    lex = lexicon()
    out = list(words)
    for _ in range(2):  # a fixed neighbour can settle the next one ("biếu tống hợp")
        matches = [_WORD.match(w) for w in out]
        keys: list[str | None] = []
        parts: list[tuple[str, str]] = []
        link: list[bool] = []  # link[i]: words i and i+1 may form a compound (no punctuation between)
        for k, m in enumerate(matches):
            core = m.group("core") if m else ""
            if core and _case_ok(core):
                key, letters, tone = _key(unicodedata.normalize("NFC", core))
                keys.append(key)
                parts.append((letters, tone))
            else:
                keys.append(None)
                parts.append(("", ""))
            nxt = matches[k + 1] if k + 1 < len(out) else None
            link.append(m is not None and not m.group("post") and nxt is not None and not nxt.group("pre"))

        def spans(i: int, key: str, table: set[str], keys: list = keys, link: list = link) -> list[tuple[int, int]]:
            """The runs of 2-3 words through word i that ``table`` holds, with ``key`` as word i."""
            found = []
            for n in (2, 3):
                for s in range(max(0, i - n + 1), min(i, len(keys) - n) + 1):
                    window = [key if j == i else keys[j] for j in range(s, s + n)]
                    if None in window or not all(link[j] for j in range(s, s + n - 1)):
                        continue
                    if " ".join(window) in table:  # type: ignore[arg-type]
                        found.append((s, s + n))
            return found

        def pair(a: int, table: set[str], keys: list = keys, link: list = link) -> bool:
            """Words a and a+1 form a run of ``table``."""
            return 0 <= a < len(keys) - 1 and link[a] and bool(keys[a]) and bool(keys[a + 1]) and \
                f"{keys[a]} {keys[a + 1]}" in table

        def taken(s: int, e: int, i: int) -> bool:
            """A neighbour of word i in the span already makes a word outside it ("công an" in "Công
            an tỉnh"), unless the word it makes it with is itself taken further on ("quốc việt" in
            "Tố quốc Việt Nam" is not a word: "Việt Nam" is)."""
            return (s < i and pair(s - 1, lex.runs) and not pair(s - 2, lex.runs)) or \
                (e - 1 > i and pair(e - 1, lex.runs) and not pair(e, lex.runs))

        fixes: dict[int, str] = {}
        for i, key in enumerate(keys):
            if key is None:
                continue
            own = spans(i, key, lex.runs)
            letters, tone = parts[i]
            if letters + tone in FREE_WORDS_KEYS or any(e - s == 3 for s, e in own):
                continue
            # As printed it makes a word of two at most; a respelling must make one of as many
            # words and more: "chuyển đối số" has "đối số", "chuyển đổi số" is three.
            longer = 3 if own else 2
            hits = [v for v in lex.respellings(key, letters, tone, matches[i].group("core").islower())
                    if any(e - s >= longer and not taken(s, e, i) for s, e in spans(i, v, lex.entries))]
            if len(hits) == 1:
                fixes[i] = hits[0]
            elif not hits and key in _SOLO and not any(
                    spans(i, letters + t, lex.runs) for t in lex.by_letters.get(letters, ())):
                fixes[i] = _SOLO[key]  # and no other tone makes a word here ("ĐẾ NGHỊ" is "ĐỀ NGHỊ")
        for i, new in fixes.items():
            m = matches[i]
            assert m is not None
            out[i] = m.group("pre") + _respell(m.group("core"), new) + m.group("post")
        if not fixes:
            break
    return out


FREE_WORDS_KEYS = frozenset("".join(split_tone(w)) for w in FREE_WORDS)


def repair_tones(text: str) -> str:
    """Tone repair on one printed line of OCR text; the line unchanged when nothing is sure."""
    if not text or not any(c.isalpha() for c in text):
        return text
    # Tesseract writes NFC; other text may come decomposed, and the word list is NFC.
    nfc = unicodedata.normalize("NFC", text)
    words = nfc.split(" ")
    fixed = repair_words(words)
    return text if fixed == words else " ".join(fixed)


def split_glued(word: str) -> tuple[str, str] | None:
    """Two syllables Tesseract read as one word ("Tàichính", "SởNông"): where to cut.

    Only a word that is no syllable itself, with exactly one cut into two
    well-formed syllables that the word list has side by side ("tài chính").
    """
    from parsers.legacy import valid_syllable

    low = word.lower()
    if not low.isalpha() or valid_syllable(low):
        return None
    lex = lexicon()
    cuts = [i for i in range(1, len(word))
            if valid_syllable(low[:i]) and valid_syllable(low[i:])
            and f"{_key(low[:i])[0]} {_key(low[i:])[0]}" in lex.runs]
    return (word[:cuts[0]], word[cuts[0]:]) if len(cuts) == 1 else None
