"""A small foreign town far from every other place of the report is a namesake: it gets no map point.

The gazetteer's world fallback (extract/worldtowns.py) takes the most populous town of each spelling on earth, so
"Bule" in a report on Ituri resolves to a Swiss village and "Fano", an Ethiopian militia, to an Italian town. A
world town of under 100,000 people lying more than 2,000 km from every place the report names in the local
gazetteer keeps its name as the claim's location but loses its coordinates: a missing point on the dashboard's map
misleads less than a point on another continent. Real far-off towns of that size in a report (a veterans' home
town in England) lose their point too; the name, which is what the researcher checks, stays.
"""

from __future__ import annotations

from functools import lru_cache
from math import asin, cos, radians, sin, sqrt

from extract.gazetteer import gazetteer, _mentions
from extract.gazplaces import GazPlace
from extract.placeextent import Place
from extract.placefold import key_of

SMALL_TOWN = 100_000  # people: a town this small is known abroad only by its namesakes
FAR_KM = 2_000  # from the nearest place of the report named in the local gazetteer
_EARTH_KM = 6371.0


def km_between(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance in km between two (lat, lon) points."""
    la1, lo1, la2, lo2 = map(radians, (*a, *b))
    h = sin((la2 - la1) / 2) ** 2 + cos(la1) * cos(la2) * sin((lo2 - lo1) / 2) ** 2
    return 2 * _EARTH_KM * asin(min(1.0, sqrt(h)))


def _world_town(place: Place) -> GazPlace | None:
    """The world.tsv town a resolved place is, or None when the local gazetteer resolved it."""
    if place.name is None or place.lat is None:
        return None
    town = gazetteer().world.get(key_of(place.name))
    return town if town is not None and (town.lat, town.lon) == (place.lat, place.lon) else None


@lru_cache(maxsize=64)
def _local_points(text: str) -> tuple[tuple[float, float], ...]:
    """The coordinates of the places `text` names that the local gazetteer (not the world fallback) resolves."""
    world = gazetteer().world
    return tuple((m.place.lat, m.place.lon) for m in _mentions(gazetteer(), text)
                 if m.place.lat is not None and m.place.lon is not None
                 and world.get(key_of(m.place.name)) is not m.place)


def unplace_namesake(text: str, place: Place | None) -> Place | None:
    """`place` without coordinates when it is a small world town far from every local place of `text`."""
    if place is None or place.lat is None or place.lon is None:
        return place
    town = _world_town(place)
    if town is None or town.population >= SMALL_TOWN:
        return place
    points = _local_points(text)
    here = (place.lat, place.lon)
    if not points or any(km_between(here, p) <= FAR_KM for p in points):
        return place
    return Place(place.written, None, None, None, None, None)
