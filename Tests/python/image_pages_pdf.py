#!/usr/bin/env python3
"""Writes a PDF of N A4 pages, each one grey image over the whole page and no text: what a
scanned report looks like to a reader of its text layer.

Usage: image_pages_pdf.py OUT.pdf [N]
"""
import sys


def main(out, count):
    objects = []  # bodies; object k is objects[k - 1]
    pages = []
    image = 3 + 2 * count
    for index in range(count):
        page, content = 3 + 2 * index, 4 + 2 * index
        pages.append(page)
        objects.append(None)
        objects.append(None)
    body = {1: b"<< /Type /Catalog /Pages 2 0 R >>",
            2: b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % p for p in pages) + b"] /Count %d >>" % count}
    draw = b"q 595 0 0 842 0 0 cm /Im0 Do Q"
    for index, page in enumerate(pages):
        body[page] = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im0 %d 0 R >> >> "
                      b"/Contents %d 0 R >>" % (image, page + 1))
        body[page + 1] = b"<< /Length %d >>\nstream\n" % len(draw) + draw + b"\nendstream"
    pixels = bytes(range(100, 164))  # 8 x 8 greys
    body[image] = (b"<< /Type /XObject /Subtype /Image /Width 8 /Height 8 /ColorSpace /DeviceGray /BitsPerComponent 8 "
                   b"/Length %d >>\nstream\n" % len(pixels) + pixels + b"\nendstream")
    data = bytearray(b"%PDF-1.4\n")
    offsets = {}
    for number in sorted(body):
        offsets[number] = len(data)
        data += b"%d 0 obj\n" % number + body[number] + b"\nendobj\n"
    xref = len(data)
    total = max(body) + 1
    data += b"xref\n0 %d\n0000000000 65535 f \n" % total
    for number in range(1, total):
        data += b"%010d 00000 n \n" % offsets[number]
    data += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (total, xref)
    with open(out, "wb") as handle:
        handle.write(data)


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 1)
