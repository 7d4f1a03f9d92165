#!/usr/bin/env python3
"""Sets every entry date of a JKS trust store (Debian's /etc/ssl/certs/java/cacerts) to 0 and re-signs it.

keytool stamps each entry with the time the store was built, so two debootstraps give different bytes for the same
certificates. Only trusted-certificate entries (tag 2) are expected; anything else is refused unchanged.
Usage: jks-zero-dates.py FILE [PASSWORD]   (default password: changeit, Debian's)
"""
import hashlib
import struct
import sys

path = sys.argv[1]
password = sys.argv[2] if len(sys.argv) > 2 else "changeit"
data = bytearray(open(path, "rb").read())
magic, version, count = struct.unpack_from(">III", data, 0)
if magic != 0xFEEDFEED or version != 2:
    sys.exit(f"{path}: not a JKS v2 store (magic {magic:#x}, version {version})")
pos = 12
for _ in range(count):
    (tag,) = struct.unpack_from(">I", data, pos)
    if tag != 2:
        sys.exit(f"{path}: entry tag {tag} at byte {pos} is not a trusted certificate; left unchanged")
    pos += 4
    (alias_len,) = struct.unpack_from(">H", data, pos)
    pos += 2 + alias_len
    struct.pack_into(">q", data, pos, 0)  # creation date
    pos += 8
    (type_len,) = struct.unpack_from(">H", data, pos)
    pos += 2 + type_len
    (cert_len,) = struct.unpack_from(">I", data, pos)
    pos += 4 + cert_len
if pos + 20 != len(data):
    sys.exit(f"{path}: {len(data) - pos} trailing bytes, expected a 20-byte digest; left unchanged")
digest = hashlib.sha1(password.encode("utf-16-be") + b"Mighty Aphrodite" + bytes(data[:pos])).digest()
data[pos:] = digest
open(path, "wb").write(bytes(data))
