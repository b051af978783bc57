"""QR codes for our PDFs, as SVG: Typst draws it as vectors (sharp at any print size), and it
passes into a document as text through ``sys_inputs`` (``image(bytes(sys.inputs.qr))``) where a
PNG would need a file or an image library."""

from __future__ import annotations

import qrcode
from qrcode.image.svg import SvgPathImage


def qr_svg(text: str) -> str:
    """The QR code of ``text``: error correction M (a crease or a stamp over a corner still
    reads), the four-module quiet zone the standard asks for."""
    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=4)
    code.add_data(text)
    code.make(fit=True)
    return code.make_image(image_factory=SvgPathImage).to_string(encoding="unicode")
