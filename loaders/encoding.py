"""Bytes → text: detect the encoding instead of assuming UTF-8.

Chinese government text arrives as UTF-8 (with or without BOM), UTF-16 (Word's "Unicode text",
often without BOM), GB18030/GBK (mainland Windows) or Big5 (Taiwan, Hong Kong, Macao).
GB18030 decodes almost any byte string and Big5 decodes much GB text, so "it decoded" proves
nothing: each candidate decoding is scored by how much of it is common Chinese for that
encoding, and the best one wins.
"""
from __future__ import annotations

import codecs
import re

# Lead bytes of the frequently used characters: GB2312 level 1+2 hanzi (B0–F7) and
# Big5 level 1 (A4–C6).  Text decoded with the wrong table lands elsewhere (kana,
# box drawing, rare extension characters), which is what the score measures.
_COMMON_LEAD = {"gb18030": (0xB0, 0xF7), "big5": (0xA4, 0xC6)}
_NATIVE = {"gb18030": "gb2312", "big5": "big5"}
_CJK = re.compile(r"[\u3400-\u9fff]")
# characters any real document may contain besides CJK: ASCII, Latin-1 letters, general
# punctuation (“”—…·), CJK symbols (、。《》【】) and full-width forms (，：（）)
_ORDINARY = re.compile(r"[\t\n\r\x20-\x7e\u00a0-\u00ff\u2000-\u206f\u2150-\u218f\u2460-\u24ff"
                       r"\u3000-\u303f\uff00-\uffef]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffd]")

_DETECTOR_TRUSTED = {"utf-8", "gb18030", "gbk", "gb2312", "big5", "big5hkscs", "cp950", "cp936", "shift-jis",
                     "cp932", "euc-jp", "euc-kr", "cp949", "cp1252", "latin-1", "iso8859-1", "ascii"}
_MAGIC = (  # formats people drop into a document folder by mistake
    (b"\x89PNG", "a PNG image"), (b"\xff\xd8\xff", "a JPEG image"), (b"GIF8", "a GIF image"),
    (b"BM", None), (b"\x1f\x8b", "a gzip archive"), (b"7z\xbc\xaf", "a 7-Zip archive"),
    (b"Rar!", "a RAR archive"), (b"\x7fELF", "a program"), (b"MZ", None), (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"), (b"ID3", "an audio file"), (b"\x00\x00\x00", None),
)


def sniff_binary(data: bytes) -> str | None:
    """A short name of what the bytes are when they are clearly not text, else None."""
    for magic, what in _MAGIC:
        if what and data.startswith(magic):
            return what
    if looks_binary(data):
        return "binary data"
    return None


_CONTROL_BYTES = bytes(b for b in range(256) if b < 9 or 13 < b < 32 and b != 27)


def looks_binary(data: bytes) -> bool:
    """NUL bytes or many control characters mean this is not a text file (UTF-16 excepted)."""
    sample = data[:8192]
    if sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or _utf16_order(sample):
        return False
    if b"\x00" in sample:
        return True
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))  # counted in C, not byte by byte
    return controls > len(sample) * 0.02


def _utf16_order(data: bytes) -> str | None:
    """'utf-16-le' / 'utf-16-be' when BOM-less bytes read as UTF-16 text, else None.

    The evidence is ASCII (digits, spaces, newlines), which puts a zero in the high byte of
    each such character.  UTF-16 without a single ASCII character is handled in decode() as a
    last resort, because any even run of GB or Big5 bytes also "decodes" as UTF-16 CJK.
    """
    head = data[:4000]
    head = head[:len(head) - len(head) % 2]
    if len(head) < 4:
        return None
    n = len(head) // 2
    even, odd = head[0::2].count(0), head[1::2].count(0)
    if odd > n * 0.05 and even < n * 0.01:
        order = "utf-16-le"
    elif even > n * 0.05 and odd < n * 0.01:
        order = "utf-16-be"
    else:
        return None
    return order if _utf16_score(head, order) > 0.8 else None


def _utf16_score(head: bytes, enc: str) -> float:
    try:
        text = head.decode(enc)
    except UnicodeDecodeError:
        return 0.0
    good = sum(1 for c in text if _CJK.match(c) or _ORDINARY.match(c) and not _CONTROL.match(c))
    return good / max(1, len(text))


def plausibility(text: str, encoding: str | None = None) -> float:
    """Share of characters that look like ordinary Chinese text decoded with ``encoding``."""
    sample = text[:20000]
    if encoding == "gb18030":
        # GBK also carries Traditional text; judge it by its Simplified form
        from .script import t2s

        sample = t2s(sample)
    cjk = _CJK.findall(sample)
    odd = sum(1 for c in sample if not _CJK.match(c) and (not _ORDINARY.match(c) or _CONTROL.match(c)))
    if not cjk:
        return 1.0 - odd / max(1, len(sample))
    native, (lo, hi) = _NATIVE.get(encoding or "", None), _COMMON_LEAD.get(encoding or "", (0, 0))
    if native is None:
        common = len(cjk)
    else:
        common = 0
        for c in cjk:
            try:
                common += lo <= c.encode(native)[0] <= hi
            except UnicodeEncodeError:
                pass
    return common / (len(cjk) + odd)


def decode(data: bytes) -> tuple[str, str]:
    """(text, encoding name); raises UnicodeError when no encoding fits."""
    for bom, enc, name in ((codecs.BOM_UTF8, "utf-8", "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16-le"),
                           (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16-be")):
        if data.startswith(bom):
            # a BOM states the encoding; a stray bad byte later should not lose the document
            return data[len(bom):].decode(enc, errors="replace"), name
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as e:
        utf8_error = e
    order = _utf16_order(data)
    if order:
        return data.decode(order, errors="replace"), order
    scored = []
    for enc in ("gb18030", "big5"):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        scored.append((plausibility(text, enc), enc, text))
    # mostly-UTF-8 with a few corrupt bytes (a truncated download) beats a mis-decoding
    if utf8_error.start > len(data) * 0.9 or _bad_utf8_share(data) < 0.001:
        text = data.decode("utf-8", errors="replace")
        scored.append((plausibility(text, "utf-8") - 0.01, "utf-8", text))
    if len(data) % 2 == 0:
        for enc in ("utf-16-le", "utf-16-be"):
            if _utf16_score(data[:4000], enc) > 0.95:
                text = data.decode(enc, errors="replace")
                scored.append((plausibility(text, enc) - 0.05, enc, text))
    if scored:
        score, enc, text = max(scored, key=lambda t: t[0])
        if score >= 0.6:
            return text, enc
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is not None and best.encoding:
        enc = best.encoding.replace("_", "-")
        if enc not in _DETECTOR_TRUSTED:
            # on short Western text the detector picks rare code pages (cp775 for café);
            # Windows-1252 is by far the likelier source
            try:
                return data.decode("cp1252"), "cp1252"
            except UnicodeDecodeError:
                pass
        text = str(best)
        if plausibility(text) >= 0.9:
            return text, enc
    raise UnicodeError("no known encoding fits (tried UTF-8, UTF-16, GB18030, Big5 and a detector)")


def _bad_utf8_share(data: bytes) -> float:
    text = data.decode("utf-8", errors="replace")
    return text.count("\ufffd") / max(1, len(text))
