"""Build data/geo/countries.json from world-atlas's Natural Earth TopoJSON.

Run once, by hand, when the boundaries are updated; the output is committed:

    npm install --prefix /tmp/geo world-atlas@2
    .venv/bin/python data/geo/build_shapes.py /tmp/geo/node_modules/world-atlas/countries-50m.json

It decodes the TopoJSON arcs, projects them with the Equal Earth projection
(equal-area, so no country looks bigger than it is), simplifies each ring with
Douglas-Peucker and writes one SVG path per country, keyed by ISO 3166-1
alpha-2 code. Antarctica is left out so the map spends its height on the
inhabited world.
"""

from __future__ import annotations

import argparse
import itertools
import json
import math
from pathlib import Path

from django_countries.data import ALT_CODES

WIDTH = 1000.0
TOLERANCE = 0.3  # SVG units (the world is 1000 wide): finer than a reader can see
MIN_RING_AREA = 0.6  # square SVG units; smaller islands are dropped unless they are all there is
SMALL_AREA = 12.0  # countries smaller than this also get a dot so they can be found and clicked
SOUTH_LIMIT = -58.0  # degrees; crop below Tierra del Fuego
# Natural Earth features without an ISO code, mapped to the country they are part of.
UNCODED = {"Somaliland": "SO", "N. Cyprus": "CY", "Kosovo": "XK"}
SKIP = {"Antarctica", "Indian Ocean Ter.", "Siachen Glacier"}

A1, A2, A3, A4 = 1.340264, -0.081106, 0.000893, 0.003796
M = math.sqrt(3) / 2
X_MAX = 2.7066297319215575
Y_MAX = 1.3173627591574


def equal_earth(lon: float, lat: float) -> tuple[float, float]:
    """Project degrees to Equal Earth, scaled so the world is WIDTH units wide."""
    lam, phi = math.radians(lon), math.radians(lat)
    theta = math.asin(M * math.sin(phi))
    t2 = theta * theta
    t6 = t2 * t2 * t2
    denominator = 3 * (9 * A4 * t6 * t2 + 7 * A3 * t6 + 3 * A2 * t2 + A1)
    x = 2 * math.sqrt(3) * lam * math.cos(theta) / denominator
    y = theta * (A4 * t6 * t2 + A3 * t6 + A2 * t2 + A1)
    scale = WIDTH / (2 * X_MAX)
    return (x + X_MAX) * scale, (Y_MAX - y) * scale


def decode_arcs(topology: dict) -> list[list[tuple[float, float]]]:
    """Absolute lon/lat coordinates of each delta-encoded, quantised arc."""
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def ring_points(
    ring: list[int], arcs: list[list[tuple[float, float]]]
) -> list[tuple[float, float]]:
    """Stitch a ring from its arcs (a negative index ~i is arc i reversed)."""
    points: list[tuple[float, float]] = []
    for index in ring:
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]
        points.extend(arc if not points else arc[1:])
    return points


def simplify(points: list[tuple[float, float]], tolerance: float) -> list[tuple[float, float]]:
    """Douglas-Peucker, iteratively (rings can have thousands of points)."""
    if len(points) < 4:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        index, distance = _farthest(points, first, last)
        if distance > tolerance:
            keep[index] = True
            stack += [(first, index), (index, last)]
    return [p for p, k in zip(points, keep, strict=True) if k]


def _farthest(points: list[tuple[float, float]], first: int, last: int) -> tuple[int, float]:
    (x1, y1), (x2, y2) = points[first], points[last]
    dx, dy = x2 - x1, y2 - y1
    length = math.hypot(dx, dy)
    best, best_distance = first, 0.0
    for i in range(first + 1, last):
        px, py = points[i]
        if length:
            distance = abs(dy * px - dx * py + x2 * y1 - y2 * x1) / length
        else:
            distance = math.hypot(px - x1, py - y1)
        if distance > best_distance:
            best, best_distance = i, distance
    return best, best_distance


def area(points: list[tuple[float, float]]) -> float:
    return abs(sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in itertools.pairwise(points))) / 2


def polygons(geometry: dict) -> list[list[list[int]]]:
    if geometry["type"] == "Polygon":
        return [geometry["arcs"]]
    if geometry["type"] == "MultiPolygon":
        return geometry["arcs"]
    return []


def project_rings(geometry: dict, arcs: list) -> list[list[tuple[float, float]]]:
    """Projected, simplified rings of a geometry, tiny islands dropped."""
    rings = []
    for polygon in polygons(geometry):
        for ring in polygon:
            lonlat = [p for p in ring_points(ring, arcs) if p[1] >= SOUTH_LIMIT]
            full = [equal_earth(lon, lat) for lon, lat in lonlat]
            projected = simplify(full, TOLERANCE)
            projected = projected if len(projected) >= 4 else full
            if len(projected) >= 3:
                rings.append(projected)
    big = [r for r in rings if area(r) >= MIN_RING_AREA]
    return big or sorted(rings, key=area, reverse=True)[:1]


def path_d(rings: list[list[tuple[float, float]]]) -> str:
    parts = []
    for ring in rings:
        coords = [f"{x:.1f} {y:.1f}" for x, y in ring]
        deduped = [c for i, c in enumerate(coords) if i == 0 or c != coords[i - 1]]
        parts.append("M" + "L".join(deduped) + "Z")
    return "".join(parts)


def centre(rings: list[list[tuple[float, float]]]) -> tuple[float, float]:
    """Centre of the bounding box of the largest ring (where a marker dot goes)."""
    largest = max(rings, key=area)
    xs, ys = [p[0] for p in largest], [p[1] for p in largest]
    return round((min(xs) + max(xs)) / 2, 1), round((min(ys) + max(ys)) / 2, 1)


def alpha2_by_numeric() -> dict[int, str]:
    return {numeric: alpha2 for alpha2, (_alpha3, numeric) in ALT_CODES.items() if numeric}


def build(topology: dict) -> dict:
    arcs = decode_arcs(topology)
    by_numeric = alpha2_by_numeric()
    shapes: dict[str, list] = {}
    names: dict[str, str] = {}
    for geometry in topology["objects"]["countries"]["geometries"]:
        name = geometry["properties"]["name"]
        code = UNCODED.get(name) or by_numeric.get(int(geometry.get("id") or 0))
        if name in SKIP or not code:
            continue
        shapes.setdefault(code, []).extend(project_rings(geometry, arcs))
        names.setdefault(code, name)
    return {"viewBox": view_box(shapes), "countries": describe(shapes, names)}


def describe(shapes: dict[str, list], names: dict[str, str]) -> dict[str, dict]:
    countries = {}
    for code, rings in sorted(shapes.items()):
        if not rings:
            continue
        x, y = centre(rings)
        alpha3, numeric = ALT_CODES.get(code, ("", 0))
        countries[code] = {
            "alpha3": alpha3,
            "numeric": f"{numeric:03d}" if numeric else "",
            "name": names[code],
            "d": path_d(rings),
            "x": x,
            "y": y,
            "small": sum(area(r) for r in rings) < SMALL_AREA,
        }
    return countries


def view_box(shapes: dict[str, list]) -> str:
    ys = [y for rings in shapes.values() for ring in rings for _, y in ring]
    top, bottom = math.floor(min(ys)) - 2, math.ceil(max(ys)) + 2
    return f"0 {top} {WIDTH:.0f} {bottom - top}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("topojson", type=Path, help="world-atlas countries-50m.json")
    parser.add_argument("--out", type=Path, default=Path(__file__).with_name("countries.json"))
    args = parser.parse_args()
    result = build(json.loads(args.topojson.read_text(encoding="utf-8")))
    args.out.write_text(json.dumps(result, separators=(",", ":"), sort_keys=True) + "\n")
    print(f"{len(result['countries'])} countries, {args.out.stat().st_size:,} bytes -> {args.out}")


if __name__ == "__main__":
    main()
