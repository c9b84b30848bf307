#!/usr/bin/env python3
"""Read pixels of a PNG, independently of the loader's writer (stdlib zlib only).

Usage: python3 Tests/python/png_pixels.py FILE.png X,Y ...
       python3 Tests/python/png_pixels.py FILE.png --ink
Prints "WIDTH HEIGHT" and then "R,G,B" for each X,Y, or the number of inked pixels (a channel
below 160: text, rules, bars; not the white paper or light shading).  Reads 8-bit RGB or RGBA PNGs, every
filter type, no interlace.
"""
import struct
import sys
import zlib


def read(path):
    data = open(path, "rb").read()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    pos, idat, width = 8, b"", 0
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        assert zlib.crc32(kind + body) == struct.unpack(">I", data[pos + 8 + length:pos + 12 + length])[0], "bad CRC"
        if kind == b"IHDR":
            width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", body)
            assert depth == 8 and colour in (2, 6) and interlace == 0, "unsupported PNG"
            channels = 3 if colour == 2 else 4
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    raw = zlib.decompress(idat)
    stride = width * channels
    rows, prev = [], bytearray(stride)
    for y in range(height):
        kind, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            a = line[i - channels] if i >= channels else 0
            b = prev[i]
            c = prev[i - channels] if i >= channels else 0
            if kind == 1:
                line[i] = (line[i] + a) & 255
            elif kind == 2:
                line[i] = (line[i] + b) & 255
            elif kind == 3:
                line[i] = (line[i] + (a + b) // 2) & 255
            elif kind == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(line)
        prev = line
    return width, height, channels, rows


if __name__ == "__main__":
    width, height, channels, rows = read(sys.argv[1])
    print(width, height)
    if sys.argv[2:] == ["--ink"]:
        print(sum(1 for row in rows for x in range(width) if min(row[x * channels:x * channels + 3]) < 160))
        sys.exit(0)
    for point in sys.argv[2:]:
        x, y = map(int, point.split(","))
        print(",".join(str(v) for v in rows[y][x * channels:x * channels + 3]))
