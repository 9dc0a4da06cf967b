"""Geocoders: typed text to the agency's places, and a map pin to the nearest address.

`get_geocoder()` returns the backend named by the PLACES_GEOCODER setting. The local one
matches against the agency's own address points (no network, so it works offline and in
tests); an agency may plug in its own service (ArcGIS, the US Census geocoder) by writing a
class with the same three methods and naming it in the setting.
"""

import math
from dataclasses import dataclass
from decimal import Decimal
from typing import Protocol

from django.conf import settings
from django.utils.module_loading import import_string
from rapidfuzz import fuzz
from rapidfuzz.distance import DamerauLevenshtein

from .models import AddressPoint, Intersection
from .parsing import ParsedAddress, Street, fold, parse_address, street_from_words

# A street name this similar (0-100) or better is a candidate; the resident confirms the match.
STREET_CUTOFF = 60
# How many streets per typed name are looked at, and how far a house number may be off.
STREETS_PER_NAME = 4
NEAR_NUMBER = 20
# A map pin further than this from every address point gets no address filled in.
NEAREST_WITHIN_METRES = 150


@dataclass(frozen=True)
class Place:
    """One suggestion: what to show, where it is, and how sure the matcher is."""

    key: str
    label: str
    latitude: Decimal
    longitude: Decimal
    score: float
    exact: bool = False
    address_id: str = ""
    # The street line alone ("12 Oak Avenue") and the city, for filling the form's fields.
    address: str = ""
    city: str = ""


class Geocoder(Protocol):
    def suggest(self, text: str, *, city: str = "", limit: int = 5) -> list[Place]: ...

    def nearest(self, latitude: Decimal, longitude: Decimal) -> Place | None: ...

    def has_data(self) -> bool: ...


def get_geocoder() -> Geocoder:
    return import_string(settings.PLACES_GEOCODER)()


def metres_between(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Haversine distance; plenty for 'which address is nearest to this pin'."""
    r = 6_371_000
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * r * math.asin(math.sqrt(a))


def _similarity(typed: Street, known: Street) -> float:
    # Damerau-Levenshtein counts a swapped pair ("oka") as one slip, as people make them.
    score = max(
        fuzz.ratio(typed.name, known.name),
        DamerauLevenshtein.normalized_similarity(typed.name, known.name) * 100,
    )
    if typed.type and known.type and typed.type != known.type:
        score -= 10
    if typed.direction and known.direction and typed.direction != known.direction:
        score -= 10
    return score


def _unit_label(unit: str) -> str:
    return unit[:1].upper() + unit[1:] if unit else ""


class LocalGeocoder:
    """Matches against AddressPoint and Intersection rows, with typo tolerance."""

    def has_data(self) -> bool:
        return AddressPoint.objects.exists()

    def _streets(self, typed: Street, keys: list[str]) -> dict[str, float]:
        scored = []
        for key in keys:
            known = street_from_words(key.split())
            if known is None:
                continue
            score = _similarity(typed, known)
            if score >= STREET_CUTOFF:
                scored.append((score, key))
        scored.sort(reverse=True)
        return {key: score for score, key in scored[:STREETS_PER_NAME]}

    def suggest(self, text: str, *, city: str = "", limit: int = 5) -> list[Place]:
        parsed = parse_address(text)
        if parsed.street is None:
            return []
        city = fold(city) or parsed.city
        keys = list(AddressPoint.objects.values_list("street_key", flat=True).distinct())
        if parsed.is_intersection:
            places = self._crossings(parsed, city)
        elif parsed.number:
            places = self._addresses(parsed, city, keys)
        else:
            return []
        places.sort(key=lambda p: (-p.score, p.label))
        exact = [p for p in places if p.exact]
        if len(exact) > 1:
            # Two equally good answers: the resident must choose.
            places = [Place(**{**p.__dict__, "exact": False}) if p.exact else p for p in places]
        return places[:limit]

    def _city_penalty(self, typed_city: str, known_city: str) -> float:
        if not typed_city or not known_city:
            return 0
        return 0 if fuzz.ratio(typed_city, fold(known_city)) >= 80 else 15

    def _addresses(self, parsed: ParsedAddress, city: str, keys: list[str]) -> list[Place]:
        streets = self._streets(parsed.street, keys)
        if not streets:
            return []
        unit = _unit_label(parsed.unit)
        places = {}
        for point in AddressPoint.objects.filter(street_key__in=streets):
            street_score = streets[point.street_key] - self._city_penalty(city, point.city)
            if point.number.lower() == parsed.number.lower():
                score = street_score
                exact = street_score >= 100 and (
                    not parsed.street.type
                    or parsed.street.type == street_from_words(point.street_key.split()).type
                )
            elif point.number.isdigit() and parsed.number.isdigit():
                distance = abs(int(point.number) - int(parsed.number))
                if distance > NEAR_NUMBER:
                    continue
                score = street_score - 20 - distance / 2
                exact = False
            else:
                continue
            label = f"{point.number} {point.street}"
            if unit:
                label += f" {unit}"
            elif point.unit:
                label += f" {point.unit}"
            if point.city:
                label += f", {point.city}"
            key = f"a:{point.pk}"
            places[key] = Place(
                key=key,
                label=label,
                latitude=point.latitude,
                longitude=point.longitude,
                score=score,
                exact=exact,
                address_id=point.address_id,
                address=label.split(",")[0],
                city=point.city,
            )
        return list(places.values())

    def _crossings(self, parsed: ParsedAddress, city: str) -> list[Place]:
        keys = set(Intersection.objects.values_list("key_a", flat=True).distinct())
        keys |= set(Intersection.objects.values_list("key_b", flat=True).distinct())
        first = self._streets(parsed.street, sorted(keys))
        second = self._streets(parsed.cross, sorted(keys))
        if not first or not second:
            return []
        rows = Intersection.objects.filter(key_a__in=first, key_b__in=second) | (
            Intersection.objects.filter(key_a__in=second, key_b__in=first)
        )
        places = []
        for row in rows:
            a, b = (row.key_a, row.key_b) if row.key_a in first else (row.key_b, row.key_a)
            if a not in first or b not in second:
                continue
            score = (first[a] + second[b]) / 2 - self._city_penalty(city, row.city)
            # Named in the order the resident typed them.
            names = (row.street_a, row.street_b) if a == row.key_a else (row.street_b, row.street_a)
            address = " & ".join(names)
            places.append(
                Place(
                    key=f"x:{row.pk}",
                    label=f"{address}, {row.city}" if row.city else address,
                    latitude=row.latitude,
                    longitude=row.longitude,
                    score=score,
                    exact=first[a] >= 100 and second[b] >= 100,
                    address=address,
                    city=row.city,
                )
            )
        return places

    def nearest(self, latitude: Decimal, longitude: Decimal) -> Place | None:
        lat, lon = float(latitude), float(longitude)
        # A box around the pin first, so one indexed-enough query reads a handful of rows.
        box = 0.003
        best = None
        for point in AddressPoint.objects.filter(
            latitude__range=(lat - box, lat + box), longitude__range=(lon - box, lon + box)
        ):
            distance = metres_between(lat, lon, float(point.latitude), float(point.longitude))
            if distance <= NEAREST_WITHIN_METRES and (best is None or distance < best[0]):
                best = (distance, point)
        if best is None:
            return None
        point = best[1]
        return Place(
            key=f"a:{point.pk}",
            label=point.label,
            latitude=point.latitude,
            longitude=point.longitude,
            score=100,
            exact=True,
            address_id=point.address_id,
            address=f"{point.number} {point.street}",
            city=point.city,
        )
