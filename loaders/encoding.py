"""Bytes → text: detect the encoding instead of assuming UTF-8."""
from __future__ import annotations

import codecs

from charset_normalizer import from_bytes

# Encodings Chinese government text arrives in, in the order we try them
_CANDIDATES = ("utf-8", "gb18030", "big5")


def looks_binary(data: bytes) -> bool:
    """NUL bytes or many control characters mean this is not a text file (UTF-16 excepted)."""
    sample = data[:4096]
    if sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or _utf16_without_bom(sample[:2000]):
        return False
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 9 or 13 < b < 32)
    return controls > len(sample) * 0.05


def _utf16_without_bom(data: bytes) -> str | None:
    # Chinese UTF-16 text has a zero byte in every other position of its ASCII characters
    head = data[:2000 - (min(len(data), 2000) % 2)]
    even, odd = head[0::2].count(0), head[1::2].count(0)
    n = max(1, len(head) // 2)
    # zeros on one side only: ASCII characters of UTF-16 text (CJK alone has none, so also try
    # a strict decode that must yield mostly CJK)
    for enc, zeros, other in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        if zeros > n * 0.1 and other < n * 0.02:
            try:
                return data.decode(enc)
            except UnicodeDecodeError:
                pass
    if len(head) >= 8 and len(data) % 2 == 0:
        for enc in ("utf-16-le", "utf-16-be"):
            try:
                text = head.decode(enc)
            except UnicodeDecodeError:
                continue
            cjk = sum(1 for c in text if "\u4e00" <= c <= "\u9fff" or c in "，。、“”")
            if cjk > len(text) * 0.6:
                try:
                    return data.decode(enc)
                except UnicodeDecodeError:
                    pass
    return None


def decode(data: bytes) -> tuple[str, str]:
    """(text, encoding name); raises UnicodeError when no encoding fits."""
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith(codecs.BOM_UTF16_LE):
        return data[2:].decode("utf-16-le", errors="replace"), "utf-16-le"
    if data.startswith(codecs.BOM_UTF16_BE):
        return data[2:].decode("utf-16-be", errors="replace"), "utf-16-be"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    text = _utf16_without_bom(data)
    if text is not None:
        return text, "utf-16"
    # GB18030 decodes almost any byte string, so prefer Big5 when it decodes cleanly and the
    # detector agrees; otherwise take the first candidate that decodes without errors.
    best = from_bytes(data).best()
    guess = (best.encoding or "").lower().replace("_", "-") if best else ""
    if guess in ("big5", "big5hkscs", "cp950"):
        try:
            return data.decode("big5"), "big5"
        except UnicodeDecodeError:
            pass
    for enc in _CANDIDATES[1:]:
        try:
            return data.decode(enc), enc
        except UnicodeDecodeError:
            continue
    if best is not None:
        return str(best), guess
    raise UnicodeError("no known encoding fits (tried UTF-8, UTF-16, GB18030, Big5)")
